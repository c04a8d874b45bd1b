/** moto's S3 as the shared (S3-style) cache store: `python3 -m moto.server` on loopback, with one bucket. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

export interface S3Stand {
  readonly endpoint: string;
  readonly bucket: string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (moto takes a port number, not 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts moto and creates the bucket; undefined when moto is not installed or does not come up. */
export async function startS3(bucket = 'simulate-build-cache'): Promise<S3Stand | undefined> {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
  });
  child.on('error', () => undefined);
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 20_000;
  while (
    !(await fetch(`${endpoint}/moto-api/`).then(
      () => true,
      () => false,
    ))
  ) {
    if (child.exitCode !== null || Date.now() > deadline) return void (await stop());
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const s3 = new S3Client({
    endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'simulate-access-key', secretAccessKey: 'simulate-secret-key' },
  });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } finally {
    s3.destroy();
  }
  return { endpoint, bucket, stop };
}
