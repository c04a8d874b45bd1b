import type { OsName } from '../ecosystems/types.js';

/** The directories a default cache-dir template may name. */
export interface CacheDirVars {
  /** The user's home directory. */
  readonly home: string;
  /** `%LOCALAPPDATA%` on Windows. @default `${home}/AppData/Local` */
  readonly localAppData?: string;
}

/** Fills `{home}` and `{localAppData}` in a descriptor's `defaultCacheDir` template. */
export function expandCacheDir(template: string, vars: CacheDirVars): string {
  const home = vars.home.replace(/[\\/]+$/, '');
  const localAppData = vars.localAppData ?? `${home}/AppData/Local`;
  // Replacement functions, so a `$` in a path is never read as a replacement pattern.
  return template.replace(/\{home\}/g, () => home).replace(/\{localAppData\}/g, () => localAppData);
}

/** True when `os` is one of the platforms descriptors document a default cache directory for. */
export function isKnownOs(os: string): os is OsName {
  return os === 'linux' || os === 'darwin' || os === 'win32';
}
