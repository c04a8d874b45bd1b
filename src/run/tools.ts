import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { detectTools } from '../core/detect.js';
import type { LoginConfig } from '../core/config.js';
import { ECOSYSTEMS, type ToolName } from '../ecosystems/index.js';

/** Directories never worth listing: dependencies, VCS data, virtualenvs. */
const SKIP = new Set(['node_modules', '.git', '.venv', 'venv', 'vendor', '.yarn']);

/** Relative paths of files in `dir`, down to `depth` levels (lockfiles sit at the top of projects). */
async function listFiles(dir: string, depth: number, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isFile()) files.push(path);
    else if (entry.isDirectory() && depth > 0 && !SKIP.has(entry.name)) {
      files.push(...(await listFiles(dir, depth - 1, path)));
    }
  }
  return files;
}

/** The tools to configure: the configured list, or those whose lockfiles are in the working directory. */
export async function resolveTools(
  config: Pick<LoginConfig, 'tools' | 'workingDirectory'>,
): Promise<{ tools: readonly ToolName[]; notes: readonly string[]; warnings: readonly string[] }> {
  if (config.tools !== 'auto') return { tools: config.tools, notes: [], warnings: [] };
  const detection = detectTools(await listFiles(config.workingDirectory, 1));
  if (detection.tools.length === 0) {
    throw new Error(
      `No lockfile in ${config.workingDirectory} tells which tools to configure: set 'tools' ` +
        `(any of ${Object.keys(ECOSYSTEMS).join(', ')}) or 'working-directory'`,
    );
  }
  const notes = detection.tools.map(
    (tool) => `Detected ${tool} from ${(detection.evidence[tool] ?? []).join(', ')}`,
  );
  return { tools: detection.tools, notes, warnings: detection.warnings };
}

/** Each tool's lockfile checks (e.g. npm `resolved` URLs outside the repository), for the top-level lockfiles. */
export async function lockfileWarnings(
  tools: readonly ToolName[],
  workingDirectory: string,
  registries: Readonly<Partial<Record<ToolName, string>>>,
): Promise<string[]> {
  const warnings: string[] = [];
  for (const tool of tools) {
    const { lockfileWarnings: check, lockfiles } = ECOSYSTEMS[tool];
    const registry = registries[tool];
    if (check === undefined || registry === undefined) continue;
    for (const name of lockfiles.filter((glob) => !/[*?]/.test(glob))) {
      const text = await readFile(join(workingDirectory, name), 'utf8').catch(() => undefined);
      if (text !== undefined) warnings.push(...check(name, text, registry));
    }
  }
  return warnings;
}
