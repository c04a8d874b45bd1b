/**
 * Every `with:` input the docs give the action (`uses: acme/codeartifact-cache@…` in a YAML block) is an
 * input action.yml declares, so a renamed input cannot leave a documented workflow that warns and ignores
 * it. Breaks when the docs name an input action.yml does not have.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { blocks, DOC_FILES } from './markdown.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
const declared = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: object }).inputs);

/** The steps of a workflow snippet: a list of steps, or `steps:` at the top or under jobs. */
function steps(doc: unknown): Step[] {
  if (Array.isArray(doc)) return doc as Step[];
  if (typeof doc !== 'object' || doc === null) return [];
  const d = doc as { steps?: Step[]; jobs?: Record<string, { steps?: Step[] }> };
  return [...(d.steps ?? []), ...Object.values(d.jobs ?? {}).flatMap((j) => j.steps ?? [])];
}

const used = DOC_FILES.flatMap(blocks)
  .filter((b) => b.lang === 'yaml' && b.code.includes('uses: acme/codeartifact-cache@'))
  .flatMap((b) =>
    steps(parse(b.code))
      .filter((s) => s.uses?.startsWith('acme/codeartifact-cache@'))
      .flatMap((s) => Object.keys(s.with ?? {}).map((input) => `${b.file}:${b.line} ${input}`)),
  );

it('the docs give the action only inputs action.yml declares', () => {
  expect(used.length).toBeGreaterThan(0);
  expect(used.filter((u) => !declared.includes(u.split(' ')[1] ?? ''))).toEqual([]);
});
