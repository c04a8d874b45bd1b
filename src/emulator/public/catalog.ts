/**
 * The embedded public registry's npm catalog: one shared, lazily built instance of the generated graph,
 * memoized per-package tarballs, dependency closure and the "web-app" fixture.
 *
 * The graph (metadata only) is built on first use in tens of milliseconds; a package's tarballs are
 * built the first time anything asks for that package, then kept, so start-up stays fast and a test
 * that touches ten packages never pays for three hundred.
 */
import { buildCatalogTarball, catalogManifest, type NpmManifest, type NpmTarball } from './npm-content.js';
import { generateNpmGraph, type NpmGraph, type NpmPackageSpec } from './npm-graph.js';
import { maxSatisfying } from './semver.js';

/** One version as a registry serves it: manifest, publish time and tarball with digests. */
export interface NpmVersionRecord {
  readonly manifest: NpmManifest;
  readonly published: string;
  readonly tarball: NpmTarball;
}

let shared: NpmGraph | undefined;
const recordsByName = new Map<string, readonly NpmVersionRecord[]>();

/** The shared catalog graph, generated on first call. */
export function npmCatalog(): NpmGraph {
  shared ??= generateNpmGraph();
  return shared;
}

/** A catalog package's spec, or undefined when the catalog has no such name. */
export function catalogPackage(name: string): NpmPackageSpec | undefined {
  return npmCatalog().packages.get(name);
}

/** Every version of a catalog package with its tarball, built on first request and then memoized. */
export function catalogRecords(name: string): readonly NpmVersionRecord[] | undefined {
  const cached = recordsByName.get(name);
  if (cached) return cached;
  const pkg = catalogPackage(name);
  if (!pkg) return undefined;
  const records = pkg.versions.map((v) => ({
    manifest: catalogManifest(pkg, v),
    published: v.published,
    tarball: buildCatalogTarball(pkg, v),
  }));
  recordsByName.set(name, records);
  return records;
}

/** The packages a typical application installs directly, most popular first. */
export function topLevelPackages(): readonly string[] {
  return npmCatalog().topLevel;
}

/** Resolves each range to its highest satisfying version, as npm does, and walks the result. */
export function resolveNpmClosure(
  dependencies: Readonly<Record<string, string>>,
  graph = npmCatalog(),
): string[] {
  const resolved = new Set<string>();
  const queue = Object.entries(dependencies);
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [name, range] = next;
    const pkg = graph.packages.get(name);
    const version =
      pkg &&
      maxSatisfying(
        pkg.versions.map((v) => v.version),
        range,
      );
    const spec = pkg?.versions.find((v) => v.version === version);
    if (!spec) throw new Error(`No version of ${name} in the catalog satisfies ${range}`);
    const id = `${name}@${spec.version}`;
    if (resolved.has(id)) continue;
    resolved.add(id);
    queue.push(...Object.entries(spec.dependencies));
  }
  return [...resolved].sort((a, b) => a.localeCompare(b));
}

/** How many top-level packages the web-app fixture uses. */
const WEB_APP_TOP_LEVEL = 24;

/** The `dependencies` of the "web-app" fixture: ~25 top-level packages whose closure is ≥ 280 packages. */
export function webAppDependencies(graph = npmCatalog()): Record<string, string> {
  const deps: Record<string, string> = {};
  for (const name of graph.topLevel.slice(0, WEB_APP_TOP_LEVEL)) {
    const latest = graph.packages.get(name)?.versions.at(-1)?.version;
    if (latest) deps[name] = `^${latest}`;
  }
  return deps;
}

/** A complete package.json for the "web-app" fixture. */
export function webAppPackageJson(): Record<string, unknown> {
  return { name: 'web-app', version: '1.0.0', private: true, dependencies: webAppDependencies() };
}
