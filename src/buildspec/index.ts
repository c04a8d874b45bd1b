import { parse } from 'yaml';
import { FRAGMENTS } from './fragments.js';
import { mergeFragment } from './merge.js';
import { BuildspecError } from './nodes.js';
import { buildspecProblems } from './schema.js';

export { BuildspecError, buildspecProblems, mergeFragment };

/** Names of the embedded fragments (`npm`, `npm-s3`, `npm-local-cache`, `npm-codebuild-s3`, …). */
export const fragmentNames = (): string[] => Object.keys(FRAGMENTS).sort();

/** A fragment's YAML text, exactly as in buildspecs/NAME.yml. */
export function fragmentText(name: string): string {
  const text = FRAGMENTS[name];
  if (text === undefined)
    throw new BuildspecError(`unknown fragment '${name}'; one of: ${fragmentNames().join(', ')}`);
  return text;
}

/**
 * The fragment merged into `userText`, checked against the buildspec schema: a merge that would produce
 * an invalid buildspec is refused like a conflict.
 */
export function mergeChecked(userText: string, name: string, file: string): string {
  const merged = mergeFragment(userText, fragmentText(name), file);
  const problems = buildspecProblems(parse(merged));
  if (problems.length > 0)
    throw new BuildspecError(`${file} merged with ${name} is not a valid buildspec: ${problems.join('; ')}`);
  return merged;
}
