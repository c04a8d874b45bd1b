import { ECOSYSTEMS } from '../ecosystems/index.js';
import { TOOL_NAMES, type ToolName } from '../ecosystems/types.js';
import { matchGlob } from './glob.js';

/** Directories whose lockfiles belong to dependencies or environments, not to the project. */
const IGNORED_DIRS = new Set(['node_modules', '.git', '.venv', 'venv', 'vendor', '.yarn']);

/** Which tools a project uses, and why. */
export interface Detection {
  /** Detected tools, in `TOOL_NAMES` order. */
  readonly tools: readonly ToolName[];
  /** The files that gave each detected tool away. */
  readonly evidence: Readonly<Partial<Record<ToolName, readonly string[]>>>;
  /** Ambiguities worth telling the user (e.g. yarn.lock without .yarnrc.yml). */
  readonly warnings: readonly string[];
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
const ignored = (path: string): boolean =>
  path
    .split(/[\\/]/)
    .slice(0, -1)
    .some((dir) => IGNORED_DIRS.has(dir));

/**
 * Detects tools from the relative paths of files present (the caller lists the working directory, to
 * whatever depth it likes). A file counts by its base name; files under node_modules, .git, virtualenvs,
 * vendor and .yarn never count.
 */
export function detectTools(files: readonly string[]): Detection {
  const names = files.filter((file) => !ignored(file));
  const present = new Set(names.map(baseName));
  const tools: ToolName[] = [];
  const evidence: Partial<Record<ToolName, readonly string[]>> = {};
  const warnings: string[] = [];
  for (const tool of TOOL_NAMES) {
    const { lockfiles, detectWarning } = ECOSYSTEMS[tool];
    const hits = names.filter((file) => lockfiles.some((glob) => matchGlob(glob, baseName(file))));
    if (hits.length === 0) continue;
    tools.push(tool);
    evidence[tool] = hits;
    if (detectWarning && !detectWarning.unless.some((file) => present.has(file))) {
      warnings.push(detectWarning.warning);
    }
  }
  return { tools, evidence, warnings };
}
