import { createHash } from 'node:crypto';
import { npmCatalog } from '../../../src/emulator/public/catalog.js';
import type { AbbreviatedPackument, FullPackument } from '../../../src/emulator/public/packument.js';
import { startPublicRegistry, type PublicRegistry } from '../../../src/emulator/public/server.js';

const ABBREVIATED = 'application/vnd.npm.install-v1+json';
const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
/** A scoped catalog package: scoped names are where registries' URL encoding goes wrong. */
const scoped = [...npmCatalog().packages.keys()].find((name) => name.startsWith('@')) ?? '@missing/scope';
const [scope, bare] = scoped.split('/') as [string, string];

describe('public registry over HTTP', () => {
  let registry: PublicRegistry;
  beforeAll(async () => {
    registry = await startPublicRegistry({ port: 0 });
  });
  afterAll(() => registry.close());
  beforeEach(() => registry.resetStats());

  it('listens on loopback with /npm/ and /pypi/ base URLs', () => {
    expect(registry.npmUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/npm\/$/);
    expect(registry.pypiUrl).toBe(registry.npmUrl.replace(/npm\/$/, 'pypi/'));
  });

  it('serves a scoped packument under both spellings, full or abbreviated by Accept', async () => {
    const scopedSpellings = [`${scope}%2f${bare}`, scoped];
    const [encoded, plain] = await Promise.all(scopedSpellings.map((p) => fetch(`${registry.npmUrl}${p}`)));
    expect(encoded?.status).toBe(200);
    const full = (await encoded?.json()) as FullPackument;
    expect(await plain?.json()).toEqual(full);
    expect(full.name).toBe(scoped);
    expect(Object.keys(full.time)).toEqual(
      expect.arrayContaining(['created', 'modified', full['dist-tags'].latest]),
    );
    const res = await fetch(`${registry.npmUrl}${scope}%2f${bare}`, {
      headers: { accept: `${ABBREVIATED}; q=1.0, application/json; q=0.8` },
    });
    expect(res.headers.get('content-type')).toBe(ABBREVIATED);
    const abbreviated = (await res.json()) as AbbreviatedPackument;
    expect(Object.keys(abbreviated).sort()).toEqual(['dist-tags', 'modified', 'name', 'versions']);
    expect(registry.stats().packument).toBe(3);
  });

  it('serves tarballs whose bytes match the advertised integrity and shasum', async () => {
    const doc = (await (await fetch(`${registry.npmUrl}${scoped}`)).json()) as FullPackument;
    const dist = doc.versions[doc['dist-tags'].latest ?? '']?.dist;
    expect(dist?.tarball.startsWith(registry.npmUrl)).toBe(true);
    const bytes = Buffer.from(await (await fetch(dist?.tarball ?? '')).arrayBuffer());
    expect(`sha512-${createHash('sha512').update(bytes).digest('base64')}`).toBe(dist?.integrity);
    expect(createHash('sha1').update(bytes).digest('hex')).toBe(dist?.shasum);
    expect(registry.stats().tarball).toBe(1);
  });

  it('answers 404 with a JSON error for unknown names and files, and counts them', async () => {
    for (const path of ['no-such-package-here', `${scope}/nope`, `${scoped}/-/${bare}-0.0.0.tgz`]) {
      const res = await fetch(`${registry.npmUrl}${path}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'Not found' });
    }
    expect(registry.stats().notFound).toBe(3);
  });

  it('revalidates with ETag / If-None-Match', async () => {
    const first = await fetch(`${registry.npmUrl}${scoped}`);
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(`${registry.npmUrl}${scoped}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves version documents by version, dist-tag or range, and answers ping', async () => {
    const doc = (await (await fetch(`${registry.npmUrl}${scoped}`)).json()) as FullPackument;
    const latest = doc['dist-tags'].latest ?? '';
    for (const spec of [latest, 'latest', `^${latest}`]) {
      const res = await fetch(`${registry.npmUrl}${scoped}/${encodeURIComponent(spec)}`);
      expect(await res.json()).toMatchObject({ name: scoped, version: latest });
    }
    expect((await fetch(`${registry.npmUrl}-/ping`)).status).toBe(200);
    const head = await fetch(`${registry.npmUrl}${scoped}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('rejects malformed publishes over HTTP', async () => {
    const put = (body: string): Promise<Response> =>
      fetch(`${registry.npmUrl}@fmt%2fbroken`, { method: 'PUT', body });
    expect((await put('not json')).status).toBe(400);
    const noTarball = {
      name: '@fmt/broken',
      versions: { '1.0.0': { name: '@fmt/broken', version: '1.0.0' } },
    };
    expect((await put(JSON.stringify(noTarball))).status).toBe(400);
    expect((await fetch(`${registry.npmUrl}@fmt%2fbroken`)).status).toBe(404);
  });

  it('serves injected versions, e.g. a spoofed private name', async () => {
    const { integrity } = registry.publishNpm('@acme/auth', '99.0.0', {
      packageJson: { description: 'not yours' },
    });
    const doc = (await (await fetch(`${registry.npmUrl}@acme%2fauth`)).json()) as FullPackument;
    expect(doc['dist-tags']).toEqual({ latest: '99.0.0' });
    expect(doc.versions['99.0.0']?.dist.integrity).toBe(integrity);
    expect(() => registry.publishNpm('@acme/auth', '99.0.0')).toThrow(/previously published/);
  });

  it('serves the PEP 503 index as HTML and PEP 691 JSON, with hashes that match the files', async () => {
    const list = await (await fetch(`${registry.pypiUrl}simple/`)).text();
    expect(list).toContain('<a href="fern-http/">fern-http</a>');
    const page = await (await fetch(`${registry.pypiUrl}simple/fern-http/`)).text();
    const link =
      /<a href="([^"#]+)#sha256=([0-9a-f]{64})" data-requires-python="&gt;=3.8">fern_http-3\.2\.0-py3-none-any\.whl<\/a>/.exec(
        page,
      );
    expect(link).not.toBeNull();
    const wheel = Buffer.from(await (await fetch(link?.[1] ?? '')).arrayBuffer());
    expect(createHash('sha256').update(wheel).digest('hex')).toBe(link?.[2]);
    const json = await fetch(`${registry.pypiUrl}simple/fern-http/`, { headers: { accept: SIMPLE_JSON } });
    expect(json.headers.get('content-type')).toBe(SIMPLE_JSON);
    const body = (await json.json()) as {
      meta: unknown;
      files: { filename: string; hashes: { sha256: string } }[];
    };
    expect(body.meta).toEqual({ 'api-version': '1.1' });
    expect(body.files.find((f) => f.filename.endsWith('3.2.0-py3-none-any.whl'))?.hashes.sha256).toBe(
      link?.[2],
    );
    expect(registry.stats()).toMatchObject({ simple: 3, file: 1 });
  });

  it('redirects non-normalized PyPI names to the canonical URL', async () => {
    for (const path of ['simple/Zephyr.Log/', 'simple/zephyr_log/', 'simple/zephyr-log']) {
      const res = await fetch(`${registry.pypiUrl}${path}`, { redirect: 'manual' });
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe(`${registry.pypiUrl}simple/zephyr-log/`);
    }
    expect((await fetch(`${registry.pypiUrl}simple/not-a-project/`)).status).toBe(404);
  });

  it('delays every response by latencyMs', async () => {
    const slow = await startPublicRegistry({ latencyMs: 150 });
    try {
      const started = performance.now();
      expect((await fetch(`${slow.pypiUrl}simple/`)).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      await slow.close();
    }
  });
});
