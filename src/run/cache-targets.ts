import { posix, win32 } from 'node:path';
import { expandCacheDir, isKnownOs, type CacheDirVars } from '../core/cache-dir.js';
import { ECOSYSTEMS, type OsName, type ToolName } from '../ecosystems/index.js';

/** One directory cached under its own key. */
export interface CacheTarget {
  /** Names the entry and the outputs: the tool, or `go-build`. */
  readonly id: string;
  readonly tool: ToolName;
  /** argv printing the directory; absent or failing = `defaultDir`. */
  readonly dirCommand?: readonly string[];
  readonly defaultDir?: Readonly<Record<OsName, string>>;
  /** argv printing the cache-format version (in the key); absent = none. */
  readonly versionCommand?: readonly string[];
  /** File-name globs whose contents key the entry. */
  readonly lockfiles: readonly string[];
}

/** pip, poetry and uv caches hold wheels built for one Python: its minor version goes in the key. */
const PYTHON_VERSION = ['python3', '-c', 'import sys; print("py%d.%d" % sys.version_info[:2])'];
const VERSIONED: Partial<Record<ToolName, readonly string[]>> = {
  pip: PYTHON_VERSION,
  poetry: PYTHON_VERSION,
  uv: PYTHON_VERSION,
};

/** Go's build cache: build output, cached only on request, and only valid for one Go version. */
const GO_BUILD: CacheTarget = {
  id: 'go-build',
  tool: 'go',
  dirCommand: ['go', 'env', 'GOCACHE'],
  defaultDir: {
    linux: '{home}/.cache/go-build',
    darwin: '{home}/Library/Caches/go-build',
    win32: '{localAppData}/go-build',
  },
  versionCommand: ['go', 'env', 'GOVERSION'],
  lockfiles: ECOSYSTEMS.go.lockfiles,
};

/** The directories to cache for `tools`: each tool's download cache (twine has none), plus GOCACHE on request. */
export function cacheTargets(tools: readonly ToolName[], goBuild: boolean): CacheTarget[] {
  const targets: CacheTarget[] = [];
  for (const tool of tools) {
    const e = ECOSYSTEMS[tool];
    if (e.cacheDirCommand === undefined && e.defaultCacheDir === undefined) continue;
    const versionCommand = VERSIONED[tool];
    targets.push({
      id: tool,
      tool,
      ...(e.cacheDirCommand ? { dirCommand: e.cacheDirCommand } : {}),
      ...(e.defaultCacheDir ? { defaultDir: e.defaultCacheDir } : {}),
      ...(versionCommand ? { versionCommand } : {}),
      lockfiles: e.lockfiles,
    });
    if (tool === 'go' && goBuild) targets.push(GO_BUILD);
  }
  return targets;
}

/**
 * A tool's documented default cache directory on `os`, in that OS's own path form (`C:\Users\…` on
 * Windows: templates are written with `/`); undefined for an unknown OS, no template, or a home that does
 * not make it absolute — a relative guess would cache some other directory.
 */
export function defaultCacheDir(
  templates: Readonly<Partial<Record<OsName, string>>> | undefined,
  os: string,
  vars: CacheDirVars,
): string | undefined {
  const template = isKnownOs(os) ? templates?.[os] : undefined;
  if (template === undefined || vars.home.trim() === '') return undefined;
  const path = os === 'win32' ? win32 : posix;
  const dir = path.normalize(expandCacheDir(template, vars));
  return path.isAbsolute(dir) ? dir : undefined;
}
