import { splitUrl } from './urls.js';

/** How npm's `replace-registry-host` treats `resolved` URLs, as the caller read it from npm's config. */
export interface NpmLockfileOptions {
  /**
   * Hosts whose `resolved` URLs npm rewrites to the configured registry (so they are not a bypass);
   * `'all'` for `replace-registry-host=always`.
   * @default []
   */
  readonly rewrittenHosts?: readonly string[] | 'all';
}

interface LockEntry {
  readonly version?: unknown;
  readonly resolved?: unknown;
  readonly link?: unknown;
  readonly inBundle?: unknown;
  readonly bundled?: unknown;
  readonly dependencies?: unknown;
}

interface Tally {
  total: number;
  missing: number;
  readonly elsewhere: Map<string, number>;
}

const isObject = (value: unknown): value is Record<string, LockEntry> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Installed packages of a v2/v3 (`packages`) or v1 (`dependencies`, nested) lockfile, links and bundles left out. */
function installedEntries(lock: Record<string, unknown>): LockEntry[] {
  if (isObject(lock.packages)) {
    return Object.entries(lock.packages)
      .filter(
        ([path, entry]) => path.includes('node_modules/') && entry.link !== true && entry.inBundle !== true,
      )
      .map(([, entry]) => entry);
  }
  const walk = (deps: unknown): LockEntry[] =>
    isObject(deps)
      ? Object.values(deps).flatMap((entry) =>
          entry.bundled === true ? [] : [entry, ...walk(entry.dependencies)],
        )
      : [];
  return walk(lock.dependencies);
}

/** Counts entries that resolve outside `registry` (by host) and entries with no `resolved` at all. */
function tally(entries: readonly LockEntry[], registry: string, options: NpmLockfileOptions): Tally {
  const ours = splitUrl(registry);
  const rewritten = options.rewrittenHosts ?? [];
  const result: Tally = { total: 0, missing: 0, elsewhere: new Map() };
  for (const entry of entries) {
    const { resolved, version } = entry;
    if (typeof resolved !== 'string') {
      // `file:`, git and alias specs without `resolved` never touch a registry.
      if (typeof version === 'string' && !/[:/]/.test(version)) {
        result.total++;
        result.missing++;
      }
      continue;
    }
    if (!/^https?:\/\//i.test(resolved)) continue;
    result.total++;
    const { host, path } = splitUrl(resolved);
    const inside = host.toLowerCase() === ours.host.toLowerCase() && path.startsWith(ours.path);
    const lowerHost = host.toLowerCase();
    if (inside || rewritten === 'all' || rewritten.some((h) => h.toLowerCase() === lowerHost)) continue;
    result.elsewhere.set(lowerHost, (result.elsewhere.get(lowerHost) ?? 0) + 1);
  }
  return result;
}

/**
 * Warnings for a package-lock.json / npm-shrinkwrap.json that would keep a build off the repository:
 * `resolved` URLs on another host (npm downloads from there, whatever the registry setting says), or no
 * `resolved` URLs (npm must revalidate every packument with the registry, so a warm build is never offline).
 */
export function npmLockfileWarnings(
  fileName: string,
  text: string,
  registry: string,
  options: NpmLockfileOptions = {},
): string[] {
  let lock: unknown;
  try {
    lock = JSON.parse(text);
  } catch {
    return [`${fileName} is not valid JSON, so it was not checked against the repository`];
  }
  if (!isObject(lock)) return [`${fileName} is not an npm lockfile, so it was not checked`];
  const { total, missing, elsewhere } = tally(installedEntries(lock), registry, options);
  const warnings = [...elsewhere].map(
    ([host, count]) =>
      `${fileName}: ${count} of ${total} packages resolve from ${host}, outside the repository ${registry}: ` +
      'npm downloads them from there, bypassing the registry setting (regenerate the lockfile through the ' +
      'repository, or set replace-registry-host)',
  );
  if (missing > 0) {
    warnings.push(
      `${fileName}: ${missing} of ${total} packages have no 'resolved' URL: npm asks the registry for their ` +
        'metadata on every install, even with a warm cache (regenerate the lockfile with ' +
        'omit-lockfile-registry-resolved=false so warm builds make no registry requests)',
    );
  }
  return warnings;
}
