import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createS3Store } from '../../src/cache/s3.js';
import {
  makeBundle,
  s3Error,
  startFaultServer,
  useDummyAwsCredentials,
  type FaultServer,
} from '../helpers/s3.js';

let work: string;
let server: FaultServer | undefined;

beforeAll(() => useDummyAwsCredentials());
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 's3-faults-'));
  await makeBundle(join(work, 'in'), 'key', 4096);
});
afterEach(async () => {
  await server?.stop();
  server = undefined;
  await rm(work, { recursive: true, force: true });
});

const storeAt = (endpoint: string) => createS3Store({ bucket: 'bucket', prefix: 'p', endpoint });

test('a store answering 500 fails fast with a thrown error after a few attempts', async () => {
  server = await startFaultServer(s3Error(500, 'InternalError', 'We encountered an internal error.'));
  const store = storeAt(server.endpoint);
  await expect(
    store.restore(join(work, 'out'), 'key', ['k'], { signal: AbortSignal.timeout(30_000) }),
  ).rejects.toThrow(/S3 cache: could not restore key from s3:\/\/bucket\/p: .*HTTP 500/);
  const hitsAfterRestore = server.hits;
  expect(hitsAfterRestore).toBeLessThanOrEqual(3);
  await expect(store.save(join(work, 'in'), 'key', { signal: AbortSignal.timeout(30_000) })).rejects.toThrow(
    /could not save key.*HTTP 500/,
  );
});

test('a store that accepts and never answers is aborted by the signal within the bound', async () => {
  server = await startFaultServer(() => 'hang');
  const store = storeAt(server.endpoint);
  const started = Date.now();
  await expect(
    store.restore(join(work, 'out'), 'key', [], { signal: AbortSignal.timeout(1_000) }),
  ).rejects.toThrow(/could not restore key.*abort/i);
  await expect(store.save(join(work, 'in'), 'key', { signal: AbortSignal.timeout(1_000) })).rejects.toThrow(
    /could not save key/,
  );
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('access denied surfaces as a clear thrown error', async () => {
  server = await startFaultServer(s3Error(403, 'AccessDenied', 'Access Denied'));
  const store = storeAt(server.endpoint);
  await expect(store.save(join(work, 'in'), 'key', { signal: AbortSignal.timeout(30_000) })).rejects.toThrow(
    /S3 cache: could not save key to s3:\/\/bucket\/p: .*403/,
  );
  await expect(
    store.restore(join(work, 'out'), 'key', [], { signal: AbortSignal.timeout(30_000) }),
  ).rejects.toThrow(/HTTP 403.*access denied: the credentials need s3:GetObject/);
});

test('a miss costs one round trip: one LIST answers the exact key and every restore key', async () => {
  const seen: string[] = [];
  server = await startFaultServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(
      '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>',
    );
  });
  const store = storeAt(server.endpoint);
  const signal = AbortSignal.timeout(30_000);
  expect(await store.open?.('app-npm-abc', ['app-npm-', 'app-'], { signal })).toBeUndefined();
  expect(await store.restore(join(work, 'out'), 'app-npm-abc', ['app-npm-'], { signal })).toBeUndefined();
  expect(seen).toEqual([
    expect.stringMatching(/^GET \/bucket\/\?list-type=2&prefix=p%2Fapp-$/),
    expect.stringMatching(/^GET \/bucket\/\?list-type=2&prefix=p%2Fapp-npm-$/),
  ]);
});
