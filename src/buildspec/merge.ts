import { parseDocument } from 'yaml';
import { mergePhases, sameScalar } from './merge-phases.js';
import {
  BuildspecError,
  copy,
  itemTexts,
  mapAt,
  rootMap,
  scalarText,
  seqAt,
  setOrdered,
  TOP_ORDER,
  YAMLMap,
  YAMLSeq,
} from './nodes.js';

const ENV_SECTIONS = ['variables', 'parameter-store', 'secrets-manager'] as const;
const ENV_ORDER = ['shell', 'variables', 'parameter-store', 'secrets-manager', 'exported-variables'];
const CACHE_ORDER = ['key', 'fallback-keys', 'action', 'paths'];

/**
 * Inputs the fragment only suggests (domain, repository, bucket, where the CLI comes from and its sha256,
 * a vendored CLI's path, …): the user's value wins, so a customised buildspec can take a newer fragment and
 * re-merging is idempotent whatever URL the user pinned. Everything else the fragment defines (the env
 * file its commands source, GOMODCACHE) must match, or the merge is refused.
 */
const isSuggestion = (name: string): boolean =>
  name.startsWith('CODEARTIFACT_CACHE_') && name !== 'CODEARTIFACT_CACHE_EXPORT_FILE';

/**
 * Merges a fragment into a user's buildspec text, keeping the user's commands, env, cache settings and
 * comments. Throws a one-line {@link BuildspecError} listing every conflict; nothing is half-merged.
 */
export function mergeFragment(userText: string, fragmentText: string, file = 'buildspec.yml'): string {
  const doc = parseDocument(userText);
  if (doc.errors.length > 0) throw new BuildspecError(`${file} is not valid YAML: ${doc.errors[0]?.message}`);
  const fragment = rootMap(parseDocument(fragmentText), 'the fragment');
  const user = rootMap(doc, file);
  const version = scalarText(user.get('version', true));
  if (version === undefined)
    setOrdered(user, 'version', copy(fragment.get('version', true) as never), TOP_ORDER);
  else if (version !== '0.2') throw new BuildspecError(`${file} has version ${version}; fragments need 0.2`);

  const conflicts: string[] = [];
  mergeEnv(user, fragment, conflicts);
  mergePhases(user, fragment, conflicts);
  mergeCache(user, fragment, conflicts);
  if (conflicts.length > 0) throw new BuildspecError(`cannot merge into ${file}: ${conflicts.join('; ')}`);
  return doc.toString({ lineWidth: 0 });
}

function mergeEnv(user: YAMLMap, fragment: YAMLMap, conflicts: string[]): void {
  const theirs = mapAt(fragment, 'env', 'env');
  if (theirs === undefined) return;
  const ours = mapAt(user, 'env', 'env');
  if (ours === undefined) {
    setOrdered(user, 'env', copy(theirs), TOP_ORDER);
    return;
  }
  for (const section of ENV_SECTIONS) {
    for (const pair of mapAt(theirs, section, `env.${section}`)?.items ?? []) {
      mergeVariable(ours, section, String(scalarText(pair.key)), pair.value, conflicts);
    }
  }
  unionSeq(ours, theirs, 'exported-variables', ENV_ORDER);
  sameScalar(ours, theirs, 'shell', 'env.shell', conflicts, ENV_ORDER);
  sameScalar(ours, theirs, 'git-credential-helper', 'env.git-credential-helper', conflicts, ENV_ORDER);
}

function mergeVariable(
  env: YAMLMap,
  section: string,
  name: string,
  value: unknown,
  conflicts: string[],
): void {
  const wanted = scalarText(value);
  for (const other of ENV_SECTIONS) {
    const existing = mapAt(env, other, `env.${other}`)?.get(name, true);
    if (existing === undefined) continue;
    const same = other === section && scalarText(existing) === wanted;
    if (!same && !isSuggestion(name))
      conflicts.push(
        `env.${other}.${name} is '${scalarText(existing)}' here but the fragment needs '${wanted}'`,
      );
    return;
  }
  let target = mapAt(env, section, `env.${section}`);
  if (target === undefined) {
    target = new YAMLMap();
    setOrdered(env, section, target, ENV_ORDER);
  }
  target.set(name, copy(value as never));
}

function mergeCache(user: YAMLMap, fragment: YAMLMap, conflicts: string[]): void {
  const theirs = mapAt(fragment, 'cache', 'cache');
  if (theirs === undefined) return;
  const ours = mapAt(user, 'cache', 'cache');
  if (ours === undefined) {
    setOrdered(user, 'cache', copy(theirs), TOP_ORDER);
    return;
  }
  const ourKey = scalarText(ours.get('key', true));
  const theirKey = scalarText(theirs.get('key', true));
  if (ourKey !== undefined && theirKey !== undefined && ourKey !== theirKey) {
    conflicts.push(`cache.key is '${ourKey}' here but the fragment needs '${theirKey}'`);
    return;
  }
  sameScalar(ours, theirs, 'key', 'cache.key', conflicts, CACHE_ORDER);
  sameScalar(ours, theirs, 'action', 'cache.action', conflicts, CACHE_ORDER);
  unionSeq(ours, theirs, 'fallback-keys', CACHE_ORDER);
  unionSeq(ours, theirs, 'paths', CACHE_ORDER);
  if (itemTexts(seqAt(ours, 'fallback-keys', 'cache.fallback-keys')).length > 5)
    conflicts.push('cache.fallback-keys would exceed the five CodeBuild allows');
}

/** Appends the fragment's items the user's list lacks (creating the list if needed). */
function unionSeq(user: YAMLMap, fragment: YAMLMap, key: string, order: readonly string[]): void {
  const theirs = seqAt(fragment, key, key);
  if (theirs === undefined) return;
  let ours = seqAt(user, key, key);
  if (ours === undefined) {
    ours = new YAMLSeq();
    setOrdered(user, key, ours, order);
  }
  const present = new Set(itemTexts(ours));
  for (const node of theirs.items)
    if (!present.has(scalarText(node) ?? '')) ours.items.push(copy(node as never));
}

export { BuildspecError };
