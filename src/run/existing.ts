import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipBypassWarnings, type RenderContext, type ToolName } from '../ecosystems/index.js';
import type { Platform } from '../platform/types.js';

/** What login reads of the configuration in effect before it, to carry over and to check. */
export type ExistingConfig = Pick<
  RenderContext,
  'existingNpmUserConfig' | 'existingPipConfig' | 'existingPipConfigPath' | 'existingYarnrc'
> & {
  /** Problems found in config files no renderer sees (site-wide pip config). */
  readonly warnings: readonly string[];
};

/** Site-wide pip config files: pip reads them whatever PIP_CONFIG_FILE says. */
const PIP_GLOBAL_FILES = ['/etc/xdg/pip/pip.conf', '/etc/pip.conf'];

const readText = (path: string): Promise<string | undefined> =>
  readFile(path, 'utf8').then(
    (text) => text,
    () => undefined,
  );

/** npm reads its `npm_config_*` variables in any case. */
function npmEnv(env: Platform['env'], name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === `npm_config_${name}`);
  const value = key === undefined ? undefined : env[key];
  return value === '' ? undefined : value;
}

/** The pip user config files, current location first: pip reads both, and the current one overrides. */
function pipUserFiles(platform: Platform): string[] {
  const home = platform.homeDir;
  const xdg = platform.env.XDG_CONFIG_HOME || join(home, '.config');
  const modern =
    process.platform === 'darwin'
      ? join(home, 'Library/Application Support/pip/pip.conf')
      : join(xdg, 'pip/pip.conf');
  return [modern, join(home, '.pip/pip.conf')];
}

/**
 * The pip config ours must carry over: PIP_CONFIG_FILE's file when it exists, else the user config
 * (pip skips the user config once PIP_CONFIG_FILE names an existing file, so ours must include it).
 */
async function readPip(platform: Platform): Promise<{ text?: string; path?: string }> {
  const candidates = [platform.env.PIP_CONFIG_FILE, ...pipUserFiles(platform)];
  for (const path of candidates.filter((p): p is string => p !== undefined && p !== '')) {
    const text = await readText(path);
    if (text !== undefined) return { text, path };
  }
  return {};
}

async function globalPipWarnings(): Promise<string[]> {
  const texts = await Promise.all(PIP_GLOBAL_FILES.map(readText));
  return PIP_GLOBAL_FILES.flatMap((path, i) =>
    texts[i] === undefined ? [] : pipBypassWarnings({}, texts[i] ?? '', path),
  );
}

/** Reads only what the chosen tools' renderers use. */
export async function readExisting(
  platform: Platform,
  tools: readonly ToolName[],
  workingDirectory: string,
): Promise<ExistingConfig> {
  const uses = (...names: ToolName[]) => names.some((name) => tools.includes(name));
  const result: { -readonly [K in keyof ExistingConfig]: ExistingConfig[K] } = { warnings: [] };
  if (uses('npm', 'pnpm')) {
    const path = npmEnv(platform.env, 'userconfig') ?? join(platform.homeDir, '.npmrc');
    const text = await readText(path);
    if (text !== undefined) result.existingNpmUserConfig = text;
  }
  if (uses('pip')) {
    const { text, path } = await readPip(platform);
    if (text !== undefined && path !== undefined) {
      result.existingPipConfig = text;
      result.existingPipConfigPath = path;
    }
    result.warnings = await globalPipWarnings();
  }
  if (uses('yarn')) {
    const text = await readText(join(workingDirectory, '.yarnrc.yml'));
    if (text !== undefined) result.existingYarnrc = text;
  }
  return result;
}
