import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWheel, wheelFileName, type PythonRelease } from '../../../src/emulator/public/wheel.js';
import { pipIndexUrl, pipInstall, tempDir } from '../../helpers/clients.js';
import { startHarness, type DataHarness } from './harness.js';

// Real pip against the default `acme` domain: internal (acme-utils published) → public-proxy → public:pypi.
let h: DataHarness;
let tmp: { dir: string; cleanup: () => Promise<void> };
let internal: string;
const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';

beforeAll(async () => {
  h = await startHarness();
  tmp = await tempDir('data-pypi');
  internal = h.endpoint('pypi', 'internal');
});

afterAll(async () => {
  await h?.close();
  await tmp?.cleanup();
});

const basic = (token: string) => `Basic ${Buffer.from(`aws:${token}`).toString('base64')}`;
const get = (url: string, accept?: string) =>
  fetch(url, {
    headers: { authorization: basic(h.token), ...(accept ? { accept } : {}) },
    redirect: 'manual',
  });

test('pip installs the internal acme-utils and a public wheel with its dependency through internal', async () => {
  const target = join(tmp.dir, 'site');
  const r = await pipInstall(join(tmp.dir, 'home'), pipIndexUrl(internal, h.token), target, [
    'acme-utils',
    'quill-parse',
  ]);
  expect(r.stdout).toMatch(/Successfully installed/);
  expect(r.code).toBe(0);
  for (const module of ['acme_utils', 'quill_parse', 'tidy_config'])
    expect(existsSync(join(target, module))).toBe(true);
  for (const repo of ['internal', 'public-proxy-pypi']) {
    expect(h.pkg(repo, 'pypi', 'tidy-config')?.versions['1.2.0']?.origin).toEqual({
      originType: 'EXTERNAL',
      domainEntryPoint: { externalConnectionName: 'public:pypi' },
    });
  }
  expect(h.pkg('internal', 'pypi', 'acme-utils')?.origin).toEqual({ publish: 'ALLOW', upstream: 'BLOCK' });
  expect(h.pkg('internal', 'pypi', 'quill-parse')?.origin).toEqual({ publish: 'BLOCK', upstream: 'ALLOW' });
});

test('PEP 691 JSON lists every file of every version with its sha256, including files not yet retained', async () => {
  const res = await get(`${internal}simple/quill-parse/`, `${JSON_TYPE}, text/html;q=0.1`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(JSON_TYPE);
  const page = (await res.json()) as {
    meta: { 'api-version': string };
    name: string;
    versions: string[];
    files: {
      filename: string;
      url: string;
      hashes: { sha256?: string };
      'requires-python'?: string;
      size?: number;
    }[];
  };
  // api-version 1.1 (PEP 700) as the service documents: versions, and every file's size.
  expect(page.meta['api-version']).toBe('1.1');
  expect(page.versions).toEqual(expect.arrayContaining(['1.0.0']));
  for (const f of page.files) expect(f.size).toBeGreaterThan(0);
  expect(page.name).toBe('quill-parse');
  const names = page.files.map((f) => f.filename);
  expect(names).toEqual(
    expect.arrayContaining(['quill_parse-1.0.0-py3-none-any.whl', 'quill_parse-1.0.0.tar.gz']),
  );
  for (const f of page.files) {
    expect(f.url.startsWith(internal)).toBe(true);
    expect(f.hashes.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(f['requires-python']).toBe('>=3.8');
  }
  // The sdist was never downloaded; fetching it now retains it next to the wheel, with the promised digest.
  const sdist = page.files.find((f) => f.filename === 'quill_parse-1.0.0.tar.gz')!;
  const file = await get(sdist.url);
  expect(file.status).toBe(200);
  const bytes = Buffer.from(await file.arrayBuffer());
  expect(bytes.length).toBe(sdist.size);
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(sdist.hashes.sha256);
  expect(
    h
      .pkg('internal', 'pypi', 'quill-parse')
      ?.versions['1.0.0']?.assets.map((a) => a.name)
      .sort(),
  ).toEqual(['quill_parse-1.0.0-py3-none-any.whl', 'quill_parse-1.0.0.tar.gz']);
});

test('PEP 503 HTML: #sha256 fragments, escaped data-requires-python, redirects to the normalized name', async () => {
  const res = await get(`${internal}simple/quill-parse/`);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await res.text();
  expect(html).toMatch(
    /<a href="[^"]+\/quill_parse-1\.0\.0-py3-none-any\.whl#sha256=[0-9a-f]{64}" data-requires-python="&gt;=3\.8">/,
  );
  for (const path of ['simple/Quill_Parse/', 'simple/quill-parse']) {
    const redirect = await get(`${internal}${path}`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`${internal}simple/quill-parse/`);
  }
  // "CodeArtifact does not support the /simple/ API endpoint" (User Guide, "Python compatibility").
  expect((await get(`${internal}simple/`)).status).toBe(404);
  expect((await get(`${internal}simple/no-such-project/`)).status).toBe(404);
});

test('an Accept header naming no simple-API type gets 406; retained files carry upload-time', async () => {
  expect((await get(`${internal}simple/acme-utils/`, 'application/json')).status).toBe(406);
  expect((await get(`${internal}simple/acme-utils/`, 'application/vnd.pypi.simple.latest+html')).status).toBe(
    200,
  );
  const page = (await (await get(`${internal}simple/acme-utils/`, JSON_TYPE)).json()) as {
    files: { 'upload-time'?: string }[];
  };
  expect(page.files[0]?.['upload-time']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

function uploadForm(release: PythonRelease, wheel: Buffer): FormData {
  const form = new FormData();
  const fields: Record<string, string> = {
    ':action': 'file_upload',
    protocol_version: '1',
    name: release.name,
    version: release.version,
    filetype: 'bdist_wheel',
    pyversion: 'py3',
    metadata_version: '2.1',
    summary: release.summary,
    requires_python: release.requiresPython,
    sha256_digest: createHash('sha256').update(wheel).digest('hex'),
  };
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('content', new Blob([wheel]), wheelFileName(release));
  return form;
}

test('a twine-style upload publishes a wheel pip can then install; duplicates and blocked names are refused', async () => {
  const release: PythonRelease = {
    name: 'Acme_Tools',
    version: '0.1.0',
    summary: 'internal tools',
    requiresDist: ['tidy-config>=1.0'],
    requiresPython: '>=3.8',
  };
  const wheel = buildWheel(release);
  const upload = (form: FormData, token = h.token) =>
    fetch(internal, { method: 'POST', headers: { authorization: basic(token) }, body: form });
  expect((await upload(uploadForm(release, wheel))).status).toBe(200);
  expect((await upload(uploadForm(release, wheel))).status).toBe(409);
  expect((await upload(uploadForm(release, wheel), 'bad-token')).status).toBe(401);
  const ingested = { ...release, name: 'quill-parse', version: '9.9.9' };
  const refused = await upload(uploadForm(ingested, buildWheel(ingested)));
  expect(refused.status).toBe(403);
  expect(await refused.text()).toMatch(/publish=BLOCK/);

  const target = join(tmp.dir, 'tools');
  const r = await pipInstall(join(tmp.dir, 'home'), pipIndexUrl(internal, h.token), target, ['acme-tools']);
  expect(r.code).toBe(0);
  expect(existsSync(join(target, 'acme_tools'))).toBe(true);
  expect(h.pkg('internal', 'pypi', 'acme-tools')?.versions['0.1.0']?.metadata).toMatchObject({
    summary: 'internal tools',
    requires_python: '>=3.8',
  });
});

test('without good credentials the index answers 401 with a Basic challenge, and pip finds nothing', async () => {
  const res = await fetch(`${internal}simple/acme-utils/`);
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
  const r = await pipInstall(join(tmp.dir, 'home'), pipIndexUrl(internal, 'wrong'), join(tmp.dir, 'x'), [
    'acme-utils',
  ]);
  expect(r.code).not.toBe(0);
});
