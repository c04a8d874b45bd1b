import { isScalar, type Node } from 'yaml';
import {
  copy,
  itemTexts,
  mapAt,
  PHASE_ORDER,
  scalarText,
  seqAt,
  setOrdered,
  YAMLMap,
  YAMLSeq,
} from './nodes.js';

/**
 * The fragment's commands go first in each phase (the CLI must be logged in before the user's installs),
 * except in post_build, where only the env-file source line goes first and `save` goes after the user's
 * commands (their build output is complete by then). Commands already present are not added again, so
 * merging twice equals merging once. `finally` commands are appended.
 */
export function mergePhases(user: YAMLMap, fragment: YAMLMap, conflicts: string[]): void {
  const fragmentPhases = mapAt(fragment, 'phases', 'phases');
  if (fragmentPhases === undefined) return;
  let userPhases = mapAt(user, 'phases', 'phases');
  if (userPhases === undefined) {
    userPhases = new YAMLMap();
    setOrdered(user, 'phases', userPhases, ['version', 'run-as', 'env', 'proxy', 'batch', 'phases']);
  }
  for (const pair of fragmentPhases.items) {
    const name = String(scalarText(pair.key));
    const theirs = pair.value as YAMLMap;
    const ours = mapAt(userPhases, name, `phases.${name}`);
    if (ours === undefined) setOrdered(userPhases, name, copy(theirs), PHASE_ORDER);
    else mergePhase(ours, theirs, name, conflicts);
  }
}

function mergePhase(user: YAMLMap, fragment: YAMLMap, name: string, conflicts: string[]): void {
  const commands = seqAt(fragment, 'commands', `phases.${name}.commands`)?.items ?? [];
  const [head, tail] = name === 'post_build' ? splitPostBuild(commands) : [commands, []];
  const userCommands = ensureSeq(user, 'commands', name);
  const present = new Set(itemTexts(userCommands));
  const missing = (nodes: unknown[]) => nodes.filter((node) => !present.has(scalarText(node) ?? ''));
  userCommands.items.unshift(...missing(head).map((node) => copy(node as Node)));
  userCommands.items.push(...missing(tail).map((node) => copy(node as Node)));

  const fragmentFinally = seqAt(fragment, 'finally', `phases.${name}.finally`);
  if (fragmentFinally !== undefined) {
    const userFinally = ensureSeq(user, 'finally', name);
    const had = new Set(itemTexts(userFinally));
    for (const node of fragmentFinally.items)
      if (!had.has(scalarText(node) ?? '')) userFinally.items.push(copy(node as Node));
  }
  sameScalar(user, fragment, 'on-failure', `phases.${name}.on-failure`, conflicts, ['run-as', 'on-failure']);
  mergeRuntimes(user, fragment, name, conflicts);
}

/** The env-file source lines open post_build; everything else (save) closes it. */
function splitPostBuild(commands: readonly unknown[]): [unknown[], unknown[]] {
  const sourcing = (node: unknown) => (scalarText(node) ?? '').startsWith('. ');
  return [commands.filter(sourcing), commands.filter((node) => !sourcing(node))];
}

function ensureSeq(map: YAMLMap, key: string, phase: string): YAMLSeq {
  const existing = seqAt(map, key, `phases.${phase}.${key}`);
  if (existing !== undefined) return existing;
  const created = new YAMLSeq();
  setOrdered(map, key, created, ['run-as', 'on-failure', 'runtime-versions', 'commands', 'finally']);
  return created;
}

function mergeRuntimes(user: YAMLMap, fragment: YAMLMap, phase: string, conflicts: string[]): void {
  const theirs = mapAt(fragment, 'runtime-versions', 'runtime-versions');
  if (theirs === undefined) return;
  const ours = mapAt(user, 'runtime-versions', `phases.${phase}.runtime-versions`);
  if (ours === undefined) {
    setOrdered(user, 'runtime-versions', copy(theirs), ['run-as', 'on-failure', 'runtime-versions']);
    return;
  }
  for (const pair of theirs.items) {
    const runtime = String(scalarText(pair.key));
    sameScalar(ours, theirs, runtime, `phases.${phase}.runtime-versions.${runtime}`, conflicts);
  }
}

/** Adds a scalar the user lacks; records a conflict when both have it with different values. */
export function sameScalar(
  user: YAMLMap,
  fragment: YAMLMap,
  key: string,
  where: string,
  conflicts: string[],
  order: readonly string[] = [],
): void {
  const theirs = fragment.get(key, true);
  if (!isScalar(theirs)) return;
  const ours = user.get(key, true);
  if (ours === undefined) setOrdered(user, key, copy(theirs), order);
  else if (scalarText(ours) !== scalarText(theirs))
    conflicts.push(`${where} is '${scalarText(ours)}' here but the fragment needs '${scalarText(theirs)}'`);
}
