import { createHash } from 'node:crypto';
import {
  catalogPackage,
  catalogRecords,
  npmCatalog,
  resolveNpmClosure,
  topLevelPackages,
  webAppDependencies,
  webAppPackageJson,
} from '../../../src/emulator/public/catalog.js';
import { buildCatalogTarball } from '../../../src/emulator/public/npm-content.js';
import { generateNpmGraph } from '../../../src/emulator/public/npm-graph.js';
import { abbreviatedPackument, fullPackument } from '../../../src/emulator/public/packument.js';
import { maxSatisfying, parseVersion } from '../../../src/emulator/public/semver.js';

const KiB = 1024;
const graph = npmCatalog();
const packages = [...graph.packages.values()];
const splitId = (id: string): [string, string] => {
  const at = id.lastIndexOf('@');
  return [id.slice(0, at), id.slice(at + 1)];
};

describe('generated npm catalog', () => {
  it('has ~320 packages with 1–4 valid versions each, a few scoped, none in the private scope', () => {
    expect(packages.length).toBeGreaterThanOrEqual(300);
    expect(packages.length).toBeLessThanOrEqual(340);
    for (const pkg of packages) {
      expect(pkg.versions.length).toBeGreaterThanOrEqual(1);
      expect(pkg.versions.length).toBeLessThanOrEqual(4);
      for (const v of pkg.versions) expect(parseVersion(v.version)).toBeDefined();
      expect(pkg.name).toMatch(/^(@[a-z]+\/)?[a-z][a-z0-9-]*$/);
    }
    const scoped = packages.filter((p) => p.name.startsWith('@'));
    expect(scoped.length).toBeGreaterThanOrEqual(5);
    expect(packages.some((p) => p.name.startsWith('@acme/'))).toBe(false);
  });

  it('only depends downwards, and every range is satisfiable', () => {
    for (const pkg of packages) {
      for (const v of pkg.versions) {
        for (const [dep, range] of Object.entries(v.dependencies)) {
          const target = catalogPackage(dep);
          expect(target?.layer).toBeLessThan(pkg.layer);
          expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
          expect(maxSatisfying(target?.versions.map((t) => t.version) ?? [], range)).toBeDefined();
        }
      }
    }
    expect(
      packages
        .filter((p) => p.layer === 0)
        .every((p) => p.versions.every((v) => Object.keys(v.dependencies).length === 0)),
    ).toBe(true);
  });

  it('gives web-app ~25 top-level dependencies whose closure is at least 280 packages', () => {
    const deps = webAppDependencies();
    expect(Object.keys(deps).length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(deps).every((name) => topLevelPackages().includes(name))).toBe(true);
    expect(webAppPackageJson()).toMatchObject({ name: 'web-app', dependencies: deps });
    const closure = resolveNpmClosure(deps);
    expect(closure.length).toBeGreaterThanOrEqual(280);
    expect(closure.length).toBeLessThan(packages.length + 40);
    for (const name of Object.keys(deps)) expect(closure.some((id) => id.startsWith(`${name}@`))).toBe(true);
  });

  it('builds tarballs of realistic sizes: most 2–60 KiB, a few heavyweights of 0.5–2 MiB', () => {
    // Only the resolved versions: building every version of every package would double the time.
    const sizes = resolveNpmClosure(webAppDependencies()).map((id) => {
      const [name, version] = splitId(id);
      const pkg = catalogPackage(name);
      const spec = pkg?.versions.find((v) => v.version === version);
      return pkg && spec ? buildCatalogTarball(pkg, spec).tarball.length : 0;
    });
    const typical = sizes.filter((s) => s >= 2 * KiB && s <= 60 * KiB).length;
    expect(typical / sizes.length).toBeGreaterThan(0.8);
    const heavy = sizes.filter((s) => s >= 400 * KiB);
    expect(heavy.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...heavy)).toBeLessThanOrEqual(2.5 * 1024 * KiB);
  });

  it('is deterministic: a second generation gives identical metadata and tarball bytes', () => {
    const again = generateNpmGraph();
    expect([...again.packages.values()]).toEqual(packages);
    const heavy = packages.find((p) => p.large);
    const sample = [heavy, ...packages.filter((_, i) => i % 40 === 0)].filter((p) => p !== undefined);
    for (const pkg of sample) {
      const version = pkg.versions.at(-1);
      if (!version) throw new Error(`${pkg.name} has no versions`);
      const first = buildCatalogTarball(pkg, version);
      const second = buildCatalogTarball(again.packages.get(pkg.name) ?? pkg, version);
      expect(second.integrity).toBe(first.integrity);
      expect(createHash('sha512').update(second.tarball).digest('base64')).toBe(
        first.integrity.slice('sha512-'.length),
      );
    }
  });

  it('renders full and abbreviated packuments with matching dist fields', () => {
    const pkg = packages.find((p) => p.versions.length > 1 && p.name.startsWith('@')) ?? packages[0];
    if (!pkg) throw new Error('empty catalog');
    const records = catalogRecords(pkg.name) ?? [];
    const base = 'http://127.0.0.1:1/npm/';
    const full = fullPackument(pkg.name, records, base);
    const latest = pkg.versions.at(-1)?.version ?? '';
    expect(full['dist-tags']).toEqual({ latest });
    expect(full.time[latest]).toBe(pkg.versions.at(-1)?.published);
    expect(full.modified).toBe(full.time.modified);
    const entry = full.versions[latest];
    if (!entry) throw new Error(`no ${latest} in the packument`);
    expect(entry).toMatchObject({
      name: pkg.name,
      version: latest,
      description: pkg.description,
      main: 'index.js',
    });
    expect(entry.dist.tarball).toBe(`${base}${pkg.name}/-/${pkg.name.split('/')[1]}-${latest}.tgz`);
    expect(entry.dist.shasum).toMatch(/^[0-9a-f]{40}$/);
    expect(entry.dist.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    const abbreviated = abbreviatedPackument(pkg.name, records, base);
    expect(Object.keys(abbreviated).sort()).toEqual(['dist-tags', 'modified', 'name', 'versions']);
    expect(Object.keys(abbreviated.versions[latest] ?? {}).sort()).toEqual([
      'dependencies',
      'dist',
      'name',
      'version',
    ]);
    expect(abbreviated.versions[latest]?.dist).toEqual(entry.dist);
  });
});
