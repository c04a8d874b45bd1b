import { PutPackageOriginConfigurationCommand } from '@aws-sdk/client-codeartifact';
import { MAX_SOCKETS_PER_HOST, poolStats } from '../../../src/emulator/data/external/pool.js';
import { npmCatalog } from '../../../src/emulator/public/catalog.js';
import { tarballFileName } from '../../../src/emulator/public/packument.js';
import { buildPypiFiles, pypiCatalog } from '../../../src/emulator/public/pypi-catalog.js';
import { startPublicRegistry, type PublicRegistry } from '../../../src/emulator/public/server.js';
import { codeartifactClient } from '../../helpers/aws.js';
import { startSlowUpstream, type SlowUpstream } from '../../helpers/slow-upstream.js';
import { OWNER, startHarness, type DataHarness } from './harness.js';

// External connections through a slow "internet" (a counting reverse proxy with injected latency in front
// of the embedded public registry): kept-alive connections, bounded concurrency, one metadata fetch per
// package however many clients ask at once, version documents instead of packuments for tarballs — and
// the chain's guarantees (retention, origin controls, TTL) unchanged.
const LATENCY_MS = 60;
const TTL_MS = 600_000;
let clock = Date.parse('2026-01-01T00:00:00Z');
let registry: PublicRegistry;
let slow: SlowUpstream;
let h: DataHarness;

beforeAll(async () => {
  registry = await startPublicRegistry({ port: 0 });
  slow = await startSlowUpstream(registry.npmUrl, LATENCY_MS);
  const through = (url: string) => url.replace(new URL(url).origin, slow.origin);
  h = await startHarness({
    now: () => clock,
    publicNpm: through(registry.npmUrl),
    publicPypi: through(registry.pypiUrl),
  });
});

afterAll(async () => {
  await h?.close();
  await slow?.close();
  await registry?.close();
});

beforeEach(() => slow.reset());

/** Public npm packages (latest versions first) not yet asked for by an earlier test. */
const pool = [...npmCatalog().packages.entries()].map(([name, p]) => ({
  name,
  versions: p.versions.map((v) => v.version).reverse(),
}));
const take = (count: number, pick: (p: (typeof pool)[number]) => boolean = () => true) =>
  pool
    .filter(pick)
    .slice(0, count)
    .map((p) => {
      pool.splice(pool.indexOf(p), 1);
      return { name: p.name, version: p.versions[0]!, versions: p.versions };
    });
const unused = (count: number) => take(count);

const tarball = (name: string, version: string, repo = 'internal') =>
  h.request(`${h.endpoint('npm', repo)}${name}/-/${tarballFileName(name, version)}`);
const packuments = () => slow.paths.filter((p) => /^\/npm\/[^/]+$/.test(p) && !p.includes('/-/'));
const versionDocs = () => slow.paths.filter((p) => /^\/npm\/[^/]+\/[^-][^/]*$/.test(p));
const tarballs = () => slow.paths.filter((p) => p.includes('/-/'));

test('cold tarball downloads reuse a few kept-alive connections, never more than the bound at once', async () => {
  const pkgs = unused(40);
  const answers = await Promise.all(pkgs.map((p) => tarball(p.name, p.version)));
  expect(answers.map((r) => r.status)).toEqual(pkgs.map(() => 200));
  await Promise.all(answers.map((r) => r.arrayBuffer()));

  expect(tarballs()).toHaveLength(40);
  expect(slow.paths).toHaveLength(80); // one version document and one tarball each
  expect(slow.connections).toBeLessThanOrEqual(MAX_SOCKETS_PER_HOST);
  expect(slow.maxInFlight).toBeLessThanOrEqual(MAX_SOCKETS_PER_HOST);
  expect(slow.maxInFlight).toBeGreaterThan(1); // bounded, not serialized
  const stats = poolStats(h.emu.ctx);
  expect(stats.connections).toBeLessThan(stats.requests / 4);
});

test('tarball requests ask for version documents, never the full packument', async () => {
  const [scoped] = take(1, (p) => p.name.startsWith('@') && p.versions.length > 1);
  const [plain] = unused(1);
  for (const v of scoped!.versions.slice(0, 2)) expect((await tarball(scoped!.name, v)).status).toBe(200);
  expect((await tarball(plain!.name, plain!.version)).status).toBe(200);
  expect(packuments()).toEqual([]);
  expect(versionDocs()).toHaveLength(3);
  // Each tarball's download started alongside its version document, not after it.
  expect(slow.maxInFlight).toBe(2);
  expect(tarballs()).toHaveLength(3);
});

test('concurrent requests for one package share one external metadata fetch and one download', async () => {
  const [p] = unused(1);
  const same = await Promise.all(Array.from({ length: 12 }, () => tarball(p!.name, p!.version)));
  expect(same.map((r) => r.status)).toEqual(same.map(() => 200));
  expect(versionDocs()).toHaveLength(1);
  expect(tarballs()).toHaveLength(1);

  const [q] = unused(1);
  const url = `${h.endpoint('npm', 'internal')}${q!.name}`;
  const docs = await Promise.all(Array.from({ length: 12 }, () => h.request(url)));
  expect(docs.map((r) => r.status)).toEqual(docs.map(() => 200));
  expect(packuments()).toEqual([`/npm/${q!.name}`]);
});

test('a kept-alive connection the registry dropped is retried once on a fresh one', async () => {
  const [warmup, p] = unused(2);
  expect((await tarball(warmup!.name, warmup!.version)).status).toBe(200);
  slow.dropNextReused = true;
  expect((await tarball(p!.name, p!.version)).status).toBe(200);
  expect(slow.dropNextReused).toBe(false); // the fault fired
  expect(tarballs().filter((path) => path.includes(`/${p!.name}/`))).toHaveLength(1);
});

test('a download that does not match the version document’s digests is refused and not retained', async () => {
  const [p] = unused(1);
  slow.corruptFiles = true;
  expect((await tarball(p!.name, p!.version)).status).toBe(502);
  expect(h.pkg('internal', 'npm', p!.name)).toBeUndefined();
  slow.corruptFiles = false;
  expect((await tarball(p!.name, p!.version)).status).toBe(200);
});

test('retention, origin controls and the metadata TTL hold through the pool', async () => {
  const [kept, blocked] = unused(2);
  expect((await tarball(kept!.name, kept!.version)).status).toBe(200);
  for (const repo of ['internal', 'public-proxy']) {
    expect(h.pkg(repo, 'npm', kept!.name)?.versions[kept!.version]?.origin.originType).toBe('EXTERNAL');
  }
  slow.reset();
  expect((await tarball(kept!.name, kept!.version)).status).toBe(200);
  expect(slow.paths).toEqual([]); // retained: served without the public side

  await codeartifactClient(h.emu.endpoint).send(
    new PutPackageOriginConfigurationCommand({
      domain: 'acme',
      domainOwner: OWNER,
      repository: 'internal',
      format: 'npm',
      package: blocked!.name,
      restrictions: { publish: 'ALLOW', upstream: 'BLOCK' },
    }),
  );
  expect((await tarball(blocked!.name, blocked!.version)).status).toBe(404);
  expect(slow.paths).toEqual([]);

  const packument = () => h.request(`${h.endpoint('npm', 'internal')}${kept!.name}`);
  expect((await packument()).status).toBe(200);
  expect((await packument()).status).toBe(200);
  expect(packuments()).toHaveLength(1);
  clock += TTL_MS + 1_000;
  expect((await packument()).status).toBe(200);
  expect(packuments()).toHaveLength(2);
});

test('pypi: concurrent requests for a file share one project page and one download, on kept-alive sockets', async () => {
  const release = pypiCatalog().find((r) => r.name === 'opal-schema')!;
  const [file] = buildPypiFiles(release);
  const url = `${h.endpoint('pypi', 'internal')}simple/${file!.project}/${release.version}/${file!.filename}`;
  const downloads = await Promise.all(Array.from({ length: 8 }, () => h.request(url)));
  expect(downloads.map((r) => r.status)).toEqual(downloads.map(() => 200));
  expect(slow.paths.filter((p) => p.startsWith('/pypi/simple/'))).toHaveLength(1);
  expect(slow.paths.filter((p) => p.startsWith('/pypi/files/'))).toHaveLength(1);
  expect(slow.connections).toBeLessThanOrEqual(2);
});
