import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutPackageOriginConfigurationCommand } from '@aws-sdk/client-codeartifact';
import { npmProject, npmSandbox, tempDir, type NpmSandbox } from '../../helpers/clients.js';
import { codeartifactClient } from '../../helpers/aws.js';
import { addToken, OWNER, smallPublicPackages, startHarness, type DataHarness } from './harness.js';

// Real npm against the default `acme` domain: internal (published @acme/*) → public-proxy → public:npmjs.
let h: DataHarness;
let tmp: { dir: string; cleanup: () => Promise<void> };
let npm: NpmSandbox;
let internal: string;
const [direct, scoped] = smallPublicPackages(2, { scoped: true });

beforeAll(async () => {
  h = await startHarness();
  tmp = await tempDir('data-npm');
  internal = h.endpoint('npm', 'internal');
  npm = await npmSandbox(tmp.dir, internal, h.token);
});

afterAll(async () => {
  await h?.close();
  await tmp?.cleanup();
});

const app = () => join(tmp.dir, 'app');
const cache = (name: string) => join(tmp.dir, 'caches', name);

test('npm install resolves internal and public packages through internal, retaining what it fetched', async () => {
  await npmProject(app(), {
    '@acme/ui': '^1.4.2',
    [direct!.name]: `^${direct!.version}`,
    [scoped!.name]: '*',
  });
  const r = await npm.npm(['install'], { cwd: app(), cache: cache('install') });
  expect(r.stderr).not.toMatch(/npm error/);
  expect(r.code).toBe(0);
  const lock = JSON.parse(await readFile(join(app(), 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version: string; resolved: string; integrity: string }>;
  };
  expect(lock.packages['node_modules/@acme/auth']?.version).toBe('2.1.0');
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path) expect(entry.resolved.startsWith(internal)).toBe(true);
  }
  const installed = lock.packages[`node_modules/${scoped!.name}`]!;
  expect(installed.resolved).toBe(
    `${internal}${scoped!.name}/-/${scoped!.name.split('/')[1]}-${installed.version}.tgz`,
  );
  // Retained where the service keeps it: the requested repository and the one with the external connection.
  for (const repo of ['internal', 'public-proxy']) {
    const version = h.pkg(repo, 'npm', direct!.name)?.versions[direct!.version];
    expect(version?.origin).toEqual({
      originType: 'EXTERNAL',
      domainEntryPoint: { externalConnectionName: 'public:npmjs' },
    });
  }
  expect(h.pkg('internal', 'npm', direct!.name)?.origin).toEqual({ publish: 'BLOCK', upstream: 'ALLOW' });
  expect(h.pkg('internal', 'npm', '@acme/auth')?.origin).toEqual({ publish: 'ALLOW', upstream: 'BLOCK' });
  // Each tarball crossed the external connection once and is stored once for the domain.
  const perAsset = Object.values(h.emu.ctx.audit.counters().externalFetchesPerAsset);
  expect(perAsset.every((n) => n === 1)).toBe(true);
  const { references, distinct } = h.assetReferences();
  expect(references).toBe(distinct + perAsset.length); // each public tarball: internal + public-proxy
  expect(h.blobUsage().assets).toBe(distinct);
});

test('a second npm ci with an empty npm cache makes no external fetch', async () => {
  const before = h.external();
  const since = h.emu.ctx.audit.lastSeq;
  const r = await npm.npm(['ci'], { cwd: app(), cache: cache('ci-warm') });
  expect(r.code).toBe(0);
  expect(h.external()).toEqual(before);
  const entries = h.emu.ctx.audit.entries(since);
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.every((e) => e.servedBy === 'internal' && e.status === 200)).toBe(true);
});

test('without resolved URLs in the lockfile, npm ci asks for packuments: cached metadata, still no external fetch', async () => {
  const lockPath = join(app(), 'package-lock.json');
  const lock = JSON.parse(await readFile(lockPath, 'utf8')) as {
    packages: Record<string, { resolved?: string }>;
  };
  for (const entry of Object.values(lock.packages)) delete entry.resolved;
  await writeFile(lockPath, JSON.stringify(lock, null, 2));
  const before = h.external();
  const since = h.emu.ctx.audit.lastSeq;
  const r = await npm.npm(['ci'], { cwd: app(), cache: cache('ci-no-resolved') });
  expect(r.code).toBe(0);
  expect(h.external()).toEqual(before);
  expect(h.emu.ctx.audit.entries(since).some((e) => e.kind === 'metadata')).toBe(true);
});

test('npm publish to internal, then view, dist-tags and the publish defaults', async () => {
  const dir = join(tmp.dir, 'newlib');
  await npmProject(dir, {});
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: '@acme/newlib', version: '1.0.0', main: 'index.js' }),
  );
  await writeFile(join(dir, 'index.js'), 'module.exports = 42;\n');
  const published = await npm.npm(['publish'], { cwd: dir, cache: cache('publish') });
  expect(published.stderr).not.toMatch(/npm error/);
  expect(published.code).toBe(0);
  const view = await npm.npm(['view', '@acme/newlib', 'version'], { cwd: tmp.dir, cache: cache('view') });
  expect(view.stdout.trim()).toBe('1.0.0');
  const pkg = h.pkg('internal', 'npm', '@acme/newlib')!;
  expect(pkg.origin).toEqual({ publish: 'ALLOW', upstream: 'BLOCK' });
  expect(pkg.versions['1.0.0']?.origin).toEqual({
    originType: 'INTERNAL',
    domainEntryPoint: { repositoryName: 'internal' },
  });
  const tag = await npm.npm(['dist-tag', 'add', '@acme/newlib@1.0.0', 'beta'], {
    cwd: tmp.dir,
    cache: cache('view'),
  });
  expect(tag.code).toBe(0);
  const tags = await npm.npm(['dist-tag', 'ls', '@acme/newlib'], { cwd: tmp.dir, cache: cache('tags') });
  expect(tags.stdout).toMatch(/beta: 1\.0\.0/);
  const deprecate = await npm.npm(['deprecate', '@acme/newlib@1.0.0', 'use 2.x'], {
    cwd: tmp.dir,
    cache: cache('view'),
  });
  expect(deprecate.code).toBe(0);
  expect(pkg.versions['1.0.0']?.metadata.deprecated).toBe('use 2.x');
  const again = await npm.npm(['publish'], { cwd: dir, cache: cache('publish') });
  expect(again.code).not.toBe(0);
  expect(again.stderr).toMatch(/previously published|E409/);
});

test('the registry refuses a version that exists already, here or upstream (409)', async () => {
  const body = (name: string, version: string) =>
    JSON.stringify({
      name,
      versions: { [version]: { name, version } },
      _attachments: {
        [`${name}-${version}.tgz`]: { data: Buffer.from('not really a tarball').toString('base64') },
      },
    });
  const put = (name: string, version: string) =>
    h.request(`${internal}${name.replace('/', '%2f')}`, { method: 'PUT', body: body(name, version) });
  const here = await put('@acme/auth', '2.1.0');
  expect(here.status).toBe(409);
  // A public package internal has never fetched: publishing its existing version would shadow it.
  const fetched = [...direct!.closure, ...scoped!.closure].map((id) => id.replace(/@[^@]*$/, ''));
  const [untouched] = smallPublicPackages(1, { exclude: fetched });
  const upstream = await put(untouched!.name, untouched!.version);
  expect(upstream.status).toBe(409);
  expect(((await upstream.json()) as { error: string }).error).toMatch(/public:npmjs/);
});

test('publish is refused with 403 when the package says publish=BLOCK', async () => {
  const client = codeartifactClient(h.emu.endpoint);
  await client.send(
    new PutPackageOriginConfigurationCommand({
      domain: 'acme',
      domainOwner: OWNER,
      repository: 'internal',
      format: 'npm',
      namespace: 'acme',
      package: 'locked',
      restrictions: { publish: 'BLOCK', upstream: 'ALLOW' },
    }),
  );
  const dir = join(tmp.dir, 'locked');
  await npmProject(dir, {});
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: '@acme/locked', version: '1.0.0' }));
  const r = await npm.npm(['publish'], { cwd: dir, cache: cache('locked') });
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/E403/);
  expect(r.stderr).toMatch(/publish=BLOCK/);
  // The placeholder keeps what was set: no version, same restrictions.
  expect(h.pkg('internal', 'npm', '@acme/locked')).toMatchObject({
    versions: {},
    origin: { publish: 'BLOCK' },
  });
});

test('a spoofed @acme/auth@99.0.0 on the public registry never appears in internal', async () => {
  h.emu.publicRegistry!.publishNpm('@acme/auth', '99.0.0');
  const versions = await npm.npm(['view', '@acme/auth', 'versions', '--json'], {
    cwd: tmp.dir,
    cache: cache('spoof'),
  });
  expect(JSON.parse(versions.stdout)).toEqual(['2.1.0']);
  const install = await npm.npm(['install', '@acme/auth@99.0.0'], { cwd: app(), cache: cache('spoof') });
  expect(install.code).not.toBe(0);
  expect(install.stderr).toMatch(/ETARGET|No matching version/);
  // The spoof is real: the proxy repository, which has no internal copy, does see it.
  const proxy = await h.request(`${h.endpoint('npm', 'public-proxy')}@acme%2fauth`);
  expect(Object.keys(((await proxy.json()) as { versions: object }).versions)).toContain('99.0.0');
  expect(h.pkg('internal', 'npm', '@acme/auth')?.versions['99.0.0']).toBeUndefined();
});

test('wrong, expired and other-domain tokens get 401; npm reports E401', async () => {
  const url = `${internal}@acme%2fauth`;
  expect((await h.request(url, { token: null })).status).toBe(401);
  expect((await h.request(url, { token: 'not-a-token' })).status).toBe(401);
  expect((await h.request(url, { token: addToken(h.emu, 'acme', -1) })).status).toBe(401);
  expect((await h.request(url, { token: addToken(h.emu, 'other-domain') })).status).toBe(401);
  const basic = Buffer.from(`aws:${h.token}`).toString('base64');
  expect((await fetch(url, { headers: { authorization: `Basic ${basic}` } })).status).toBe(200);
  const stranger = await npmSandbox(join(tmp.dir, 'stranger'), internal, 'expired-or-wrong');
  const r = await stranger.npm(['view', '@acme/auth', 'version'], { cwd: tmp.dir, cache: cache('stranger') });
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/E401/);
});

test('unknown repository and domain are 404', async () => {
  expect((await h.request(`${h.endpoint('npm', 'nope')}@acme%2fauth`)).status).toBe(404);
  expect((await h.request(`${h.endpoint('npm', 'internal', 'nodomain')}@acme%2fauth`)).status).toBe(404);
  expect((await h.request(`${internal}no-such-package-anywhere`)).status).toBe(404);
});
