import { normalizePypiName } from '../packages.js';

const SDIST = /\.(tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i;

/**
 * The version a distribution file carries. Wheels: `{name}-{version}-...whl` (name has no `-`);
 * sdists: `{name}-{version}.tar.gz`, where older names may hold `-`, so the project name is stripped
 * when known and otherwise the version is what follows the last `-`.
 */
export function versionFromFilename(filename: string, project?: string): string | undefined {
  if (filename.endsWith('.whl')) {
    const version = filename.split('-')[1];
    return version || undefined;
  }
  if (!SDIST.test(filename)) return undefined;
  const stem = filename.replace(SDIST, '');
  if (project) {
    const want = normalizePypiName(project);
    for (let i = stem.indexOf('-'); i > 0; i = stem.indexOf('-', i + 1)) {
      if (normalizePypiName(stem.slice(0, i)) === want) return stem.slice(i + 1) || undefined;
    }
  }
  const dash = stem.lastIndexOf('-');
  return dash > 0 ? stem.slice(dash + 1) : undefined;
}
