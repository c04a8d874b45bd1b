/** Throughput against a local moto: `S3_BENCH_MIB=100 npm test -- test/cache/s3-bench.test.ts`. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createS3Store } from '../../src/cache/s3.js';
import { startMoto } from '../helpers/moto.js';
import { createBucket, makeBundle, useDummyAwsCredentials } from '../helpers/s3.js';

const mib = Number(process.env['S3_BENCH_MIB'] ?? '0');

(mib > 0 ? test : test.skip)(`S3 throughput for a ${mib} MiB bundle`, async () => {
  useDummyAwsCredentials();
  const moto = await startMoto();
  const work = await mkdtemp(join(tmpdir(), 's3-bench-'));
  try {
    await createBucket(moto.endpoint, 'bench');
    await makeBundle(join(work, 'in'), 'bench', mib * 1024 * 1024);
    const store = createS3Store({ bucket: 'bench', endpoint: moto.endpoint });
    const signal = AbortSignal.timeout(600_000);
    let started = performance.now();
    await store.save(join(work, 'in'), 'bench', { signal });
    const up = mib / ((performance.now() - started) / 1000);
    started = performance.now();
    await store.restore(join(work, 'out'), 'bench', [], { signal });
    const down = mib / ((performance.now() - started) / 1000);
    process.stdout.write(`S3 (moto) ${mib} MiB: up ${up.toFixed(1)} MiB/s, down ${down.toFixed(1)} MiB/s\n`);
  } finally {
    await moto.stop();
    await rm(work, { recursive: true, force: true });
  }
});
