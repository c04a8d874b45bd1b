/**
 * GitHub's cache service, locally: a real Azurite for the blobs and a small Twirp stand-in for the three
 * CacheService methods @actions/cache 6 calls, handing out SAS URLs into Azurite.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { startTap, type Tap } from './forward-proxy.js';
import { serveLocal } from './github-cache-entries.js';
import { twirpHandler } from './github-cache-twirp.js';
import { freePort } from './moto.js';

const ACCOUNT = 'devstoreaccount1';
/** Azurite's published development key. */
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const CONTAINER = 'actions-cache';

export interface GitHubCacheService {
  /** ACTIONS_RESULTS_URL */
  readonly url: string;
  readonly token: string;
  /** Twirp method names in call order. */
  readonly calls: string[];
  /** Every request the signed URLs brought to the blob store (uploads and downloads of archives). */
  readonly blobRequests: Tap['seen'];
  stop(): Promise<void>;
}

export async function startGitHubCacheService(): Promise<GitHubCacheService> {
  const blobPort = await freePort();
  const azurite = spawn(
    process.execPath,
    [
      'node_modules/azurite/dist/src/blob/main.js',
      ...['--blobHost', '127.0.0.1', '--blobPort', String(blobPort)],
      ...['--disableTelemetry', '--skipApiVersionCheck', '--loose', '--silent', '--inMemoryPersistence'],
    ],
    { stdio: 'ignore' },
  );
  const blobUrl = `http://127.0.0.1:${blobPort}/${ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  const container = new BlobServiceClient(blobUrl, credential).getContainerClient(CONTAINER);
  await waitFor(() => container.createIfNotExists().then(() => true)).catch((error: unknown) => {
    azurite.kill('SIGTERM');
    throw error;
  });
  // Signed URLs lead through a tap (SAS signatures do not cover the host), so tests see every archive move.
  const tap = await startTap(`http://127.0.0.1:${blobPort}`);
  const signedUrl = (blob: string, permissions: string): string => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 3_600_000),
      },
      credential,
    );
    return `${tap.endpoint}/${ACCOUNT}/${CONTAINER}/${blob}?${sas.toString()}`;
  };
  const token = `runtime-${randomUUID()}`;
  const calls: string[] = [];
  const server = await serveLocal(twirpHandler(token, calls, signedUrl));
  return {
    url: `${server.origin}/`,
    token,
    calls,
    blobRequests: tap.seen,
    stop: async () => {
      await server.close();
      await tap.stop();
      if (azurite.exitCode === null) {
        const exited = new Promise((resolve) => azurite.once('exit', resolve));
        azurite.kill('SIGTERM');
        await exited;
      }
    },
  };
}

async function waitFor(probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error('azurite did not start within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
