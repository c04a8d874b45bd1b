import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { CacheManifest } from '../../src/cache/types.js';

/** Dummy credentials: moto accepts any, and the SDK's default chain must not look further. */
export function useDummyAwsCredentials(): void {
  process.env['AWS_ACCESS_KEY_ID'] = 'testing';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'testing';
  process.env['AWS_REGION'] = 'us-east-1';
  delete process.env['AWS_PROFILE'];
}

export function s3Client(endpoint: string): S3Client {
  return new S3Client({ endpoint, forcePathStyle: true, region: 'us-east-1' });
}

export async function createBucket(endpoint: string, bucket: string): Promise<void> {
  await s3Client(endpoint).send(new CreateBucketCommand({ Bucket: bucket }));
}

/** A bundle dir whose archive is `size` random bytes, with a matching manifest. */
export async function makeBundle(
  dir: string,
  key: string,
  size: number,
  createdAt = new Date(),
): Promise<Buffer> {
  const archive = randomBytes(size);
  const manifest: CacheManifest = {
    schema: 2,
    key,
    compression: 'zstd',
    sha256: createHash('sha256').update(archive).digest('hex'),
    size,
    createdAt: createdAt.toISOString(),
  };
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'archive'), archive);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return archive;
}

export interface FaultServer {
  readonly endpoint: string;
  /** Requests received so far. */
  readonly hits: number;
  stop(): Promise<void>;
}

/** A local HTTP server answering every request with `handler` (or never, when it returns 'hang'). */
export async function startFaultServer(
  handler: (req: IncomingMessage, res: ServerResponse) => 'hang' | void,
): Promise<FaultServer> {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits += 1;
    req.resume();
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get hits() {
      return hits;
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An S3-style XML error answer. */
export function s3Error(status: number, code: string, message: string) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(status, { 'content-type': 'application/xml' });
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    );
  };
}
