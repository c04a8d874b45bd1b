import { basename, isAbsolute, relative } from 'node:path';
import type { OpsTarget } from './options.js';

/** Used when nothing tells how the CLI was started (tests, the library called directly). */
export const DEFAULT_SELF = 'codeartifact-cache';

const SAFE = /^[A-Za-z0-9@%+=:,./_-]+$/;
/** One shell word: left alone when safe, else single-quoted. */
export const shellWord = (arg: string): string => (SAFE.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/**
 * How the user started this CLI, so a printed hint pastes as it is: the installed bin by its name (it is
 * on PATH), else `node <the script as a path from the working directory>` (a clone's dist/cli/index.js).
 */
export function invocation(script: string | undefined, cwd: string): string {
  if (script === undefined) return DEFAULT_SELF;
  if (basename(script) === DEFAULT_SELF) return DEFAULT_SELF;
  const fromCwd = relative(cwd, script);
  const path = fromCwd.startsWith('..') || isAbsolute(fromCwd) ? script : fromCwd;
  return `node ${shellWord(path)}`;
}

/**
 * A complete command for `command` against the same domain as `target` (owner and region included when
 * they were given), so running it as printed needs no flag added.
 */
export function hintCommand(
  self: string,
  command: string,
  target: OpsTarget,
  extra: readonly string[] = [],
): string {
  const args = ['--domain', target.domain];
  if (target.domainOwner !== undefined) args.push('--domain-owner', target.domainOwner);
  if (target.region !== undefined) args.push('--region', target.region);
  return [self, command, ...[...args, ...extra].map(shellWord)].join(' ');
}
