import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createS3Store } from '../../src/cache/s3.js';
import { startTap } from '../helpers/forward-proxy.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { createBucket, makeBundle, s3Client, useDummyAwsCredentials } from '../helpers/s3.js';

const MiB = 1024 * 1024;
const BUCKET = 'cache-bucket';
let moto: Moto;
let work: string;
const signal = () => AbortSignal.timeout(60_000);

beforeAll(async () => {
  useDummyAwsCredentials();
  moto = await startMoto();
  await createBucket(moto.endpoint, BUCKET);
});
afterAll(async () => moto.stop());
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 's3-store-'));
});
afterEach(async () => rm(work, { recursive: true, force: true }));

function store(prefix: string, kmsKeyId?: string, endpoint = moto.endpoint) {
  return createS3Store({
    bucket: BUCKET,
    prefix,
    endpoint,
    ...(kmsKeyId ? { kmsKeyId } : {}),
  });
}

async function roundTrip(prefix: string, size: number) {
  const archive = await makeBundle(join(work, 'in'), 'npm-abc', size);
  const progress: number[] = [];
  const saved = await store(prefix).save(join(work, 'in'), 'npm-abc', { signal: signal() });
  const out = join(work, 'out');
  const hit = await store(prefix).restore(out, 'npm-abc', [], {
    signal: signal(),
    progress: (p) => progress.push(p.bytes),
  });
  expect(saved).toBe('saved');
  expect(hit).toEqual({ matchedKey: 'npm-abc', exact: true });
  expect((await readFile(join(out, 'archive'))).equals(archive)).toBe(true);
  expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(
    await readFile(join(work, 'in/manifest.json'), 'utf8'),
  );
  expect(progress.at(-1)).toBe(size);
}

test('round trip of a few MiB', () => roundTrip('small', 3 * MiB + 17));

test('round trip of a multipart bundle (> 16 MiB)', () => roundTrip('big/nested/', 20 * MiB + 5));

test('misses, and restore keys pick the newest entry by prefix', async () => {
  const s = store('rk');
  expect(await s.restore(join(work, 'none'), 'k-1', ['k-'], { signal: signal() })).toBeUndefined();
  const t0 = Date.now();
  for (const [i, key] of ['k-old', 'k-new', 'other-newest'].entries()) {
    await makeBundle(join(work, key), key, 1024, new Date(t0 + i * 1000));
    await s.save(join(work, key), key, { signal: signal() });
  }
  const hit = await s.restore(join(work, 'out'), 'k-missing', ['nope-', 'k-'], { signal: signal() });
  expect(hit).toEqual({ matchedKey: 'k-new', exact: false });
  const viaKeyPrefix = await s.restore(join(work, 'out2'), 'other', [], { signal: signal() });
  expect(viaKeyPrefix).toEqual({ matchedKey: 'other-newest', exact: false });
});

test('a lookup costs the listing alone: exact key, restore key and miss, no object read', async () => {
  const t0 = Date.now();
  for (const [i, key] of ['look-old', 'look-new'].entries()) {
    await makeBundle(join(work, key), key, 64 * 1024, new Date(t0 + i * 1000));
    await store('lookup').save(join(work, key), key, { signal: signal() });
    // LastModified has one-second resolution: entries a second apart are ordered without a HEAD.
    if (i === 0) await new Promise((resolve) => setTimeout(resolve, 1100));
  }
  const tap = await startTap(moto.endpoint);
  try {
    const s = store('lookup', undefined, tap.endpoint);
    const seen = () =>
      tap.seen.splice(0).map((r) => `${r.method} ${/[?&]list-type=2/.test(r.path) ? 'LIST' : r.path}`);
    expect(await s.lookup('look-new', ['look-'], { signal: signal() })).toEqual({
      matchedKey: 'look-new',
      exact: true,
    });
    expect(seen()).toEqual(['GET LIST']);
    expect(await s.lookup('look-zzz', ['nope-', 'look-'], { signal: signal() })).toEqual({
      matchedKey: 'look-new',
      exact: false,
    });
    expect(seen()).toEqual(['GET LIST']);
    expect(await s.lookup('gone-1', ['gone-'], { signal: signal() })).toBeUndefined();
    expect(seen()).toEqual(['GET LIST']);
    // The same tap sees a restore read the manifest and the archive: the counts above mean something.
    await s.restore(join(work, 'out'), 'look-new', [], { signal: signal() });
    expect(seen()).toEqual(expect.arrayContaining([expect.stringMatching(/^GET .*\/archive-/)]));
  } finally {
    await tap.stop();
  }
});

test('keys with slashes and odd characters stay separate entries', async () => {
  const s = store('odd');
  await makeBundle(join(work, 'a'), 'a/b c%', 10);
  expect(await s.save(join(work, 'a'), 'a/b c%', { signal: signal() })).toBe('saved');
  expect(await s.restore(join(work, 'o'), 'a', [], { signal: signal() })).toEqual({
    matchedKey: 'a/b c%',
    exact: false,
  });
  expect(await s.restore(join(work, 'o2'), 'a/b', [], { signal: signal() })).toEqual({
    matchedKey: 'a/b c%',
    exact: false,
  });
});

test('two concurrent saves of one key leave one valid entry; the other says exists', async () => {
  const s = store('race');
  const a = await makeBundle(join(work, 'a'), 'same', 9 * MiB);
  const b = await makeBundle(join(work, 'b'), 'same', 9 * MiB);
  const results = await Promise.all([
    s.save(join(work, 'a'), 'same', { signal: signal() }),
    s.save(join(work, 'b'), 'same', { signal: signal() }),
  ]);
  expect(results.sort()).toEqual(['exists', 'saved']);
  await s.restore(join(work, 'out'), 'same', [], { signal: signal() });
  const got = await readFile(join(work, 'out/archive'));
  expect(got.equals(a) || got.equals(b)).toBe(true);
  const listed = await s3Client(moto.endpoint).send(
    new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'race/' }),
  );
  expect(listed.Contents?.map((o) => o.Key).filter((k) => k?.includes('/archive-'))).toHaveLength(1);
  await makeBundle(join(work, 'c'), 'same', 10);
  expect(await s.save(join(work, 'c'), 'same', { signal: signal() })).toBe('exists');
});

test('SSE-KMS parameters and the checksum are stored with the objects', async () => {
  const kmsKeyId = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';
  await makeBundle(join(work, 'k'), 'kms', 1024);
  expect(await store('kms', kmsKeyId).save(join(work, 'k'), 'kms', { signal: signal() })).toBe('saved');
  const manifest = JSON.parse(await readFile(join(work, 'k/manifest.json'), 'utf8')) as { sha256: string };
  const client = s3Client(moto.endpoint);
  const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'kms/' }));
  expect(listed.Contents).toHaveLength(2);
  for (const object of listed.Contents ?? []) {
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: object.Key }));
    expect(head.ServerSideEncryption).toBe('aws:kms');
    expect(head.SSEKMSKeyId).toBe(kmsKeyId);
    expect(head.Metadata?.['sha256']).toBe(manifest.sha256);
  }
});

test('a streamed download keeps fetching while the consumer is busy, up to its window, and no further', async () => {
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const { downloadStream, PART_SIZE, STREAM_WINDOW } = await import('../../src/cache/s3-transfer.js');
  const parts = STREAM_WINDOW + 3;
  const body = Buffer.alloc(parts * PART_SIZE, 7);
  await s3Client(moto.endpoint).send(
    new PutObjectCommand({ Bucket: BUCKET, Key: 'window/archive', Body: body }),
  );
  const tap = await startTap(moto.endpoint);
  const gets = () => tap.seen.filter((r) => r.method === 'GET' && r.path.includes('window/archive')).length;
  const settled = async () => {
    for (let last = -1; last !== gets();) {
      last = gets();
      await new Promise((wait) => setTimeout(wait, 700));
    }
    return gets();
  };
  try {
    const s3 = s3Client(tap.endpoint);
    const stream = downloadStream(s3, { bucket: BUCKET, key: 'window/archive' }, body.length, {
      signal: signal(),
    });
    const first = await new Promise<Buffer>((done) => stream.once('data', done));
    stream.pause(); // a consumer busy with its first part
    expect(first.length).toBe(PART_SIZE);
    // Two parts taken from the fetcher (the one read, the one the stream buffered) and a full window beyond
    // them: not only the GETs that were in flight when a part was taken (that would be 2 + CONCURRENCY).
    expect(await settled()).toBe(2 + STREAM_WINDOW);
    stream.destroy();
    expect(await settled()).toBe(2 + STREAM_WINDOW);
  } finally {
    await tap.stop();
  }
}, 60_000);
