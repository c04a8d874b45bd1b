import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from './audit.js';
import { closePool } from './data/external/pool.js';
import { DEFAULT_CONFIG, type EmulatorConfig } from './config.js';
import type { EmulatorContext } from './context.js';
import type { EmulatorFault } from './faults.js';
import { startPublicRegistry, type PublicRegistry } from './public/server.js';
import { seed } from './seed.js';
import { listen } from './server.js';
import { Store } from './store.js';
import { createTlsMaterial, type TlsMaterial } from './tls.js';

export { trustEnv } from './trust-env.js';
export type { TlsMaterial } from './tls.js';

export interface StartEmulatorOptions {
  /** 0 (the default) = any free port. */
  port?: number;
  /** Domains to create on a fresh start; defaults to the `acme` domain. Ignored when dataDir already holds state. */
  config?: EmulatorConfig;
  /** Persist state and assets here; in memory when absent. */
  dataDir?: string;
  /** Registry the npm external connection fetches from; default: an embedded generated public registry. */
  publicNpm?: string;
  /** Index base the pypi external connection fetches from (its `simple/` is used); default: embedded. */
  publicPypi?: string;
  /** Delay added to each external fetch. @default 0 */
  publicLatencyMs?: number;
  /** Reuse window for external metadata. @default 600 */
  metadataTtlSeconds?: number;
  /** Verify SigV4 signatures with this key pair. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Injectable clock for tests (epoch ms). */
  now?: () => number;
  /**
   * Serve HTTPS with a CA made at start; its files go to `<dataDir>/tls/`, else to a temp directory
   * removed on close. @default false
   */
  tls?: boolean;
  /** How many audit entries are held (the newest). @default DEFAULT_AUDIT_CAPACITY */
  auditCapacity?: number;
  /** Test-only: break one subject on purpose so a claim about it can be seen failing (faults.ts). */
  faults?: readonly EmulatorFault[];
}

export interface RunningEmulator {
  /** `http(s)://127.0.0.1:PORT` — for `AWS_ENDPOINT_URL_CODEARTIFACT` / `--endpoint-url`. */
  endpoint: string;
  ctx: EmulatorContext;
  /** With `tls`: the CA clients must trust (`trustEnv(tls.caFile)`) and the server's key pair. */
  tls?: TlsMaterial;
  /** The embedded public registry, when no --public-npm/--public-pypi replaced it. */
  publicRegistry?: PublicRegistry;
  close(): Promise<void>;
}

/** Start the emulator (and, unless told otherwise, the embedded public registry behind its external connections). */
export async function startEmulator(opts: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const config = opts.config ?? DEFAULT_CONFIG;
  const tlsFiles = startTls(opts);
  const needPublic = !opts.publicNpm || !opts.publicPypi;
  let publicRegistry: PublicRegistry | undefined;
  let server: Server;
  let ctx: EmulatorContext;
  let tls: TlsMaterial | undefined;
  try {
    publicRegistry = needPublic ? await startPublicRegistry({ port: 0 }) : undefined;
    ctx = context(opts, config, publicRegistry);
    tls = await tlsFiles.material;
    server = await listen(ctx, opts.port ?? 0, tls);
    if (ctx.store.isEmpty) await seed(ctx, config);
  } catch (err) {
    tlsFiles.remove();
    await publicRegistry?.close();
    throw err;
  }
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    closePool(ctx);
    ctx.store.flush();
    tlsFiles.remove();
    await publicRegistry?.close();
  };
  return {
    endpoint: ctx.baseUrl,
    ctx,
    close,
    ...(publicRegistry ? { publicRegistry } : {}),
    ...(tls ? { tls } : {}),
  };
}

function context(
  opts: StartEmulatorOptions,
  config: EmulatorConfig,
  publicRegistry: PublicRegistry | undefined,
): EmulatorContext {
  return {
    store: new Store(opts.dataDir),
    audit: new AuditLog(opts.auditCapacity),
    baseUrl: '',
    publicUrls: {
      npm: opts.publicNpm ?? publicRegistry?.npmUrl ?? '',
      pypi: opts.publicPypi ?? publicRegistry?.pypiUrl ?? '',
    },
    publicLatencyMs: opts.publicLatencyMs ?? 0,
    metadataTtlSeconds: opts.metadataTtlSeconds ?? 600,
    region: config.region ?? 'us-east-1',
    accountId: config.accountId ?? '111122223333',
    now: opts.now ?? Date.now,
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
    ...(opts.faults?.length ? { faults: new Set(opts.faults) } : {}),
  };
}

/**
 * With `tls`, start making the CA and server certificate at once, so the work overlaps the public
 * registry's start; `remove` deletes the files again when they went to a temp directory of our own.
 */
function startTls(opts: StartEmulatorOptions): {
  material: Promise<TlsMaterial | undefined>;
  remove(): void;
} {
  if (!opts.tls) return { material: Promise.resolve(undefined), remove: () => undefined };
  const temp = opts.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'codeartifact-emulator-tls-'));
  const material = createTlsMaterial(temp ?? join(opts.dataDir ?? '', 'tls'));
  material.catch(() => undefined); // awaited in startEmulator; a failure first seen there is not unhandled
  return { material, remove: () => temp && rmSync(temp, { recursive: true, force: true }) };
}
