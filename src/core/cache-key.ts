/** GitHub's limit on a cache key; every backend keeps to it so keys move between backends. */
export const MAX_KEY_LENGTH = 512;
/** Longest scope kept readable in a key; longer ones are cut and suffixed with their hash. */
const MAX_SCOPE = 100;

/** One file whose contents key the cache. */
export interface KeyFile {
  /** Relative to the working directory, `/`-separated: part of the hash, so a moved lockfile is a new key. */
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** What a key is made of. */
export interface KeyParts {
  readonly prefix: string;
  /** The project: repository, CodeBuild project, or `cache-scope`. */
  readonly scope: string;
  /** `process.platform` / `process.arch` names. */
  readonly os: string;
  readonly arch: string;
  /** `npm`, `pip`, `go-build`… */
  readonly tool: string;
  /** The tool's cache-format version where it matters (e.g. `py3.12` for pip); absent otherwise. */
  readonly toolVersion?: string;
  /** The lockfiles; order does not matter. */
  readonly files: readonly KeyFile[];
}

export interface CacheKey {
  readonly key: string;
  /** The same key without the lockfile hash, ending in `-`: any entry of the same project and tool. */
  readonly restoreKeys: readonly string[];
}

/** sha256 as hex; handed in, so this module stays free of the runtime (run/ passes node:crypto's). */
export type Digest = (data: string | Uint8Array) => string;

/** The hash of `files` by path and content, independent of their order. */
export function hashFiles(files: readonly KeyFile[], sha256: Digest): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sha256(sorted.map((f) => `${f.path}\0${sha256(f.content)}\n`).join(''));
}

/**
 * One key element: no commas (GitHub splits restore keys on them), no whitespace or control characters.
 * When anything had to change, or the element is long, a hash of the original is appended, so two
 * different scopes never end up with the same element.
 */
export function keyElement(value: string, sha256: Digest, max = MAX_SCOPE): string {
  // Control characters are exactly what must go.
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\s,\0-\x1f\x7f]+/g, '_');
  if (clean === value && clean.length <= max) return clean;
  return `${clean.slice(0, max - 9)}~${sha256(value).slice(0, 8)}`;
}

/** `prefix-scope-os-arch-tool[-version]-hash`, and the same without the hash as the restore key. */
export function cacheKey(parts: KeyParts, sha256: Digest): CacheKey {
  const element = (value: string, max?: number) => keyElement(value, sha256, max);
  const elements = [parts.prefix, element(parts.scope), parts.os, parts.arch, element(parts.tool, 40)];
  if (parts.toolVersion !== undefined) elements.push(element(parts.toolVersion, 40));
  const base = `${elements.join('-')}-`;
  const key = `${base}${hashFiles(parts.files, sha256)}`;
  if (key.length > MAX_KEY_LENGTH) throw new Error(`Cache key is longer than ${MAX_KEY_LENGTH}: ${key}`);
  return { key, restoreKeys: [base] };
}

/** The project part of a CodeBuild build id (`project:uuid`). */
export function codebuildProject(buildId: string): string | undefined {
  const project = buildId.split(':')[0] ?? '';
  return project === '' ? undefined : project;
}
