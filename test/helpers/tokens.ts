import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The value of `export NAME='…'` in an env file login wrote (single-quoted values, no escapes in tokens). */
export async function tokenIn(envFile: string, name: string): Promise<string> {
  const text = await readFile(envFile, 'utf8');
  const value = new RegExp(`^export ${name}='([^']*)'$`, 'm').exec(text)?.[1];
  if (value === undefined) throw new Error(`${envFile} does not export ${name}`);
  return value;
}

/**
 * Whether a client can run here. Tests skip without it (saying so), except on CI where a missing client
 * would silently drop coverage: there they fail.
 */
export function toolAvailable(command: string, args: readonly string[]): boolean {
  if (spawnSync(command, args, { encoding: 'utf8' }).status === 0) return true;
  if (process.env.CI === 'true') throw new Error(`\`${command}\` is required on CI but is not on PATH`);
  console.log(`Skipping tests that need \`${command}\`: it is not on PATH`);
  return false;
}

/**
 * How to run pnpm in a shell: the one on PATH (CI installs it globally: as a devDependency its platform
 * binaries break `npm ci`), else a copy in node_modules; undefined (after saying so) when neither exists.
 */
export function pnpmCommand(): string | undefined {
  if (spawnSync('pnpm', ['--version']).status === 0) return 'pnpm';
  const local = resolve('node_modules/pnpm/bin/pnpm.mjs');
  if (existsSync(local)) return `node "${local}"`;
  return toolAvailable('pnpm', ['--version']) ? 'pnpm' : undefined;
}
