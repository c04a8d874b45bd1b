import { createHash } from 'node:crypto';
import { EXTERNAL_CONNECTIONS } from './control/ops/external-connections.js';
import { publishNpmVersion, publishPypiFile } from './data/index.js';
import type { EmulatorContext } from './context.js';
import type { DomainConfig, EmulatorConfig, SeedPackageConfig } from './config.js';
import { newPackageGroup } from './package-groups.js';
import { tarGz, zip } from './public/archive.js';
import { domainKey, type DomainRecord, type GroupRestrictionMode, type RepositoryRecord } from './types.js';

/** Create the domains of a config, with their repositories, package groups and published packages. */
export async function seed(ctx: EmulatorContext, config: EmulatorConfig): Promise<void> {
  for (const d of config.domains) {
    const domain = createDomain(ctx, d);
    for (const p of d.packages ?? []) await publishSeed(ctx, domain, p);
  }
  ctx.store.changed();
}

function createDomain(ctx: EmulatorContext, d: DomainConfig): DomainRecord {
  const now = Math.floor(ctx.now() / 1000);
  const owner = d.owner ?? ctx.accountId;
  const domain: DomainRecord = {
    name: d.name,
    owner,
    region: ctx.region,
    createdTime: now,
    encryptionKey: `arn:aws:kms:${ctx.region}:${owner}:key/emulator-${d.name}`,
    repositories: {},
    packageGroups: { '/*': newPackageGroup('/*', now) },
    tags: {},
  };
  for (const r of d.repositories) {
    const repo: RepositoryRecord = {
      name: r.name,
      upstreams: r.upstreams ?? [],
      externalConnections: (r.externalConnections ?? []).map((name) => ({
        externalConnectionName: name,
        packageFormat: EXTERNAL_CONNECTIONS[name] ?? 'generic',
        status: 'Available',
      })),
      createdTime: now,
      packages: {},
      ...(r.description ? { description: r.description } : {}),
    };
    domain.repositories[r.name] = repo;
  }
  for (const g of d.packageGroups ?? []) {
    const group = newPackageGroup(g.pattern, now, g.description ? { description: g.description } : {});
    for (const [type, mode] of Object.entries(g.restrictions ?? {})) {
      group.restrictions[type as keyof typeof group.restrictions].mode = mode as GroupRestrictionMode;
    }
    domain.packageGroups[g.pattern] = group;
  }
  ctx.store.state.domains[domainKey(owner, d.name)] = domain;
  return domain;
}

async function publishSeed(ctx: EmulatorContext, domain: DomainRecord, p: SeedPackageConfig): Promise<void> {
  const repo = domain.repositories[p.repository];
  if (!repo) throw new Error(`seed: no repository ${p.repository} in ${domain.name}`);
  for (const version of p.versions) {
    if (p.format === 'npm') {
      const manifest = npmManifest(p.name, version, p.dependencies ?? {});
      const tarball = tarGz([
        { path: 'package/package.json', content: Buffer.from(JSON.stringify(manifest, null, 2)) },
        {
          path: 'package/index.js',
          content: Buffer.from(`module.exports = { name: '${p.name}', version: '${version}' };\n`),
        },
      ]);
      await publishNpmVersion(ctx, domain, repo, manifest, tarball, { latest: version });
    } else {
      const filename = `${p.name.replace(/-/g, '_')}-${version}-py3-none-any.whl`;
      const bytes = wheel(p.name, version, Object.keys(p.dependencies ?? {}));
      await publishPypiFile(ctx, domain, repo, {
        name: p.name,
        version,
        filename,
        bytes,
        metadata: { summary: `${p.name} (internal)` },
      });
    }
  }
}

function npmManifest(
  name: string,
  version: string,
  dependencies: Record<string, string>,
): Record<string, unknown> {
  return {
    name,
    version,
    description: `${name}: an internal package`,
    main: 'index.js',
    license: 'UNLICENSED',
    dependencies,
  };
}

/** A minimal, valid pure-python wheel. */
function wheel(name: string, version: string, requires: string[]): Buffer {
  const module = name.replace(/-/g, '_');
  const info = `${module}-${version}.dist-info`;
  const files: { path: string; content: Buffer }[] = [
    { path: `${module}/__init__.py`, content: Buffer.from(`__version__ = "${version}"\n`) },
    {
      path: `${info}/METADATA`,
      content: Buffer.from(
        [
          `Metadata-Version: 2.1`,
          `Name: ${name}`,
          `Version: ${version}`,
          `Summary: ${name} (internal)`,
          ...requires.map((r) => `Requires-Dist: ${r}`),
          '',
        ].join('\n'),
      ),
    },
    {
      path: `${info}/WHEEL`,
      content: Buffer.from(
        'Wheel-Version: 1.0\nGenerator: codeartifact-cache\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
      ),
    },
  ];
  const record = files.map(
    (f) =>
      `${f.path},sha256=${createHash('sha256').update(f.content).digest('base64url')},${f.content.length}`,
  );
  files.push({
    path: `${info}/RECORD`,
    content: Buffer.from([...record, `${info}/RECORD,,`, ''].join('\n')),
  });
  return zip(files);
}
