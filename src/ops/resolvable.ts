import type { CodeArtifactOpsApi, RepositoryRef } from '../aws/ops.js';

/** The package format an external connection serves (`public:npmjs` → npm). */
export function connectionFormat(connection: string): string {
  const name = connection.replace(/^public:/, '');
  const known: Record<string, string> = {
    npmjs: 'npm',
    pypi: 'pypi',
    'nuget-org': 'nuget',
    'ruby-gems-org': 'ruby',
    'crates-io': 'cargo',
  };
  return known[name] ?? (name.startsWith('maven-') ? 'maven' : name);
}

/** What a repository holds of one format: packages, and versions by origin type. */
export interface Holdings {
  readonly packages: number;
  readonly versionsByOrigin: Readonly<Record<string, number>>;
}

/** Counts what `ref` holds of `format` (these stay resolvable while the external connection is away). */
export async function holdings(
  api: CodeArtifactOpsApi,
  ref: RepositoryRef,
  format: string,
): Promise<Holdings> {
  const packages = await api.listPackages(ref, { format });
  const versionsByOrigin: Record<string, number> = {};
  // A few at a time: one ListPackageVersions per package, without a burst the service would throttle.
  for (let i = 0; i < packages.length; i += 8) {
    const pages = await Promise.all(packages.slice(i, i + 8).map((p) => api.listPackageVersions(ref, p)));
    for (const v of pages.flat()) versionsByOrigin[v.originType] = (versionsByOrigin[v.originType] ?? 0) + 1;
  }
  return { packages: packages.length, versionsByOrigin };
}

/** "internal holds 3 npm packages (2 INTERNAL, 5 EXTERNAL versions)". */
export function holdingsLine(repository: string, format: string, h: Holdings): string {
  const origins = Object.entries(h.versionsByOrigin)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([origin, n]) => `${n} ${origin}`);
  const versions = origins.length > 0 ? ` (${origins.join(', ')} versions)` : '';
  return `${repository} holds ${h.packages} ${format} package(s)${versions}`;
}
