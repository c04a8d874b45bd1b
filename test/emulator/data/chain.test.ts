import type { EmulatorConfig } from '../../../src/emulator/config.js';
import { publishNpmVersion } from '../../../src/emulator/data/index.js';
import { newPackageGroup } from '../../../src/emulator/package-groups.js';
import { tarGz } from '../../../src/emulator/public/archive.js';
import { packageKey, type DomainRecord } from '../../../src/emulator/types.js';
import { OWNER, smallPublicPackages, startHarness, type DataHarness } from './harness.js';

// app → team → proxy (public:npmjs): the three-repository chain of the AWS guide's retention example.
const config: EmulatorConfig = {
  domains: [
    {
      name: 'acme',
      owner: OWNER,
      repositories: [
        { name: 'proxy', externalConnections: ['public:npmjs'] },
        { name: 'team', upstreams: ['proxy'] },
        { name: 'app', upstreams: ['team'] },
      ],
      packageGroups: [{ pattern: '/npm/acme/*', restrictions: { EXTERNAL_UPSTREAM: 'BLOCK' } }],
    },
  ],
};

let h: DataHarness;
let domain: DomainRecord;
const [first, second, third, fourth] = smallPublicPackages(4);

beforeAll(async () => {
  h = await startHarness({ config });
  domain = h.emu.ctx.store.domain('acme', OWNER)!;
});

afterAll(async () => {
  await h?.close();
});

const tarballUrl = (repo: string, name: string, version: string) =>
  `${h.endpoint('npm', repo)}${name}/-/${name.split('/').pop()}-${version}.tgz`;
const split = (name: string) => {
  const m = /^@([^/]+)\/(.+)$/.exec(name);
  return m ? { namespace: m[1], bare: m[2]! } : { namespace: undefined, bare: name };
};
const lastAudit = () => h.emu.ctx.audit.entries(h.emu.ctx.audit.lastSeq - 1)[0]!;

test('a fetched version is retained in the requested repository and the one with the external connection only', async () => {
  const { name, version } = first!;
  const packument = await h.request(`${h.endpoint('npm', 'app')}${name}`);
  expect(packument.status).toBe(200);
  // Metadata alone retains nothing: retention happens when an asset is fetched.
  for (const repo of ['app', 'team', 'proxy']) expect(h.pkg(repo, 'npm', name)).toBeUndefined();

  expect((await h.request(tarballUrl('app', name, version))).status).toBe(200);
  expect(lastAudit()).toMatchObject({ servedBy: 'external', servedFrom: 'public:npmjs', kind: 'asset' });
  const origin = { originType: 'EXTERNAL', domainEntryPoint: { externalConnectionName: 'public:npmjs' } };
  expect(h.pkg('app', 'npm', name)?.versions[version]?.origin).toEqual(origin);
  expect(h.pkg('proxy', 'npm', name)?.versions[version]?.origin).toEqual(origin);
  expect(h.pkg('team', 'npm', name)).toBeUndefined();

  // The intermediate repository gets it from the proxy's retained copy, with no second external fetch.
  const before = h.external();
  expect((await h.request(tarballUrl('team', name, version))).status).toBe(200);
  expect(lastAudit()).toMatchObject({ servedBy: 'upstream', servedFrom: 'proxy' });
  expect(h.external()).toEqual(before);
  expect(h.pkg('team', 'npm', name)?.versions[version]?.origin).toEqual(origin);
});

test('assets are stored once per domain however many repositories retain them', () => {
  expect(h.assetReferences()).toEqual({ references: 3, distinct: 1 });
  expect(h.blobUsage().assets).toBe(1);
});

test('a PUBLISH=ALLOW_SPECIFIC_REPOSITORIES package group lets only the listed repositories take publishes', async () => {
  const group = newPackageGroup('/npm/tools/*', 0);
  group.restrictions.PUBLISH = { mode: 'ALLOW_SPECIFIC_REPOSITORIES', allowedRepositories: ['team'] };
  domain.packageGroups[group.pattern] = group;
  const manifest = { name: '@tools/lint', version: '1.0.0' };
  const tarball = tarGz([{ path: 'package/package.json', content: Buffer.from(JSON.stringify(manifest)) }]);
  await expect(
    publishNpmVersion(h.emu.ctx, domain, domain.repositories.app!, manifest, tarball),
  ).rejects.toMatchObject({
    status: 403,
    message: expect.stringMatching(/PUBLISH origin control of its package group/),
  });
  await publishNpmVersion(h.emu.ctx, domain, domain.repositories.team!, manifest, tarball);
  // Scoped names work in both URL spellings.
  for (const path of [
    '@tools/lint/-/lint-1.0.0.tgz',
    '@tools%2flint/-/lint-1.0.0.tgz',
    '@tools%2Flint/-/lint-1.0.0.tgz',
  ]) {
    expect((await h.request(`${h.endpoint('npm', 'team')}${path}`)).status).toBe(200);
  }
});

test('upstreams are searched in order, depth first: the nearest copy of a version wins', async () => {
  const pack = (text: string) => tarGz([{ path: 'package/index.js', content: Buffer.from(text) }]);
  const manifest = { name: 'order-test', version: '1.0.0' };
  await publishNpmVersion(h.emu.ctx, domain, domain.repositories.team!, manifest, pack('team'));
  await publishNpmVersion(h.emu.ctx, domain, domain.repositories.proxy!, manifest, pack('proxy'));
  const res = await h.request(tarballUrl('app', 'order-test', '1.0.0'));
  expect(Buffer.from(await res.arrayBuffer()).equals(pack('team'))).toBe(true);
  expect(lastAudit()).toMatchObject({ servedBy: 'upstream', servedFrom: 'team' });
  expect(h.pkg('app', 'npm', 'order-test')?.versions['1.0.0']?.origin).toEqual({
    originType: 'INTERNAL',
    domainEntryPoint: { repositoryName: 'team' },
  });
});

test('an EXTERNAL_UPSTREAM=BLOCK package group keeps a whole namespace off the public side, without asking it', async () => {
  h.emu.publicRegistry!.publishNpm('@acme/ghost', '1.0.0');
  const before = h.external();
  for (const repo of ['app', 'proxy']) {
    expect((await h.request(`${h.endpoint('npm', repo)}@acme%2fghost`)).status).toBe(404);
  }
  expect(h.external()).toEqual(before);
});

test('INTERNAL_UPSTREAM=ALLOW_SPECIFIC_REPOSITORIES lets only the listed repositories retain from upstreams', async () => {
  const { name, version } = second!;
  const { namespace, bare } = split(name);
  const group = newPackageGroup(`/npm/${namespace ?? ''}/${bare}$`, 0);
  group.restrictions.INTERNAL_UPSTREAM = {
    mode: 'ALLOW_SPECIFIC_REPOSITORIES',
    allowedRepositories: ['team'],
  };
  domain.packageGroups[group.pattern] = group;
  expect((await h.request(`${h.endpoint('npm', 'app')}${name}`)).status).toBe(404);
  expect((await h.request(tarballUrl('app', name, version))).status).toBe(404);
  expect((await h.request(tarballUrl('team', name, version))).status).toBe(200);
  expect(h.pkg('app', 'npm', name)).toBeUndefined();
});

test('upstream=BLOCK on a package in an intermediate repository cuts the chain there', async () => {
  const { name, version } = third!;
  const { namespace, bare } = split(name);
  domain.repositories.team!.packages[packageKey('npm', namespace, bare)] = {
    format: 'npm',
    name: bare,
    ...(namespace ? { namespace } : {}),
    origin: { publish: 'ALLOW', upstream: 'BLOCK' },
    versions: {},
    distTags: {},
  };
  expect((await h.request(`${h.endpoint('npm', 'app')}${name}`)).status).toBe(404);
  expect((await h.request(tarballUrl('proxy', name, version))).status).toBe(200);
});

test('a cycle in the upstream graph visits each repository once', async () => {
  domain.repositories.proxy!.upstreams = ['app'];
  try {
    const res = await h.request(`${h.endpoint('npm', 'app')}${fourth!.name}`);
    expect(res.status).toBe(200);
    expect((await h.request(`${h.endpoint('npm', 'app')}never-published-anywhere`)).status).toBe(404);
  } finally {
    domain.repositories.proxy!.upstreams = [];
  }
});
