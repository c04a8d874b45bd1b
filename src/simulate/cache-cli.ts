/**
 * The cache step through the bundled CLI's own `restore` / `save` — the commands the buildspecs run. The
 * host store is the local backend in a per-host directory (CodeBuild's LOCAL cache); the shared store is
 * the s3 backend against moto when it is installed, else the local backend in one shared directory.
 */
import { join } from 'node:path';
import type { CacheOutcome, CacheStep } from './cache.js';
import { run, tail, type Host } from './host.js';
import type { S3Stand } from './moto.js';
import type { World } from './world.js';

type Store = 'host' | 'shared';

export interface CliCacheOptions {
  readonly cli: string;
  readonly repoRoot: string;
  readonly tools: World['tools'];
  readonly lockfiles: readonly string[];
  readonly sharedDir: string;
  readonly s3: S3Stand | undefined;
  /**
   * Test-only fault: restore asks the tools for their cache directories and gets a sink no client reads,
   * so it downloads and extracts as usual but nothing lands where the installs look (the "restore extracts
   * nothing" break). Save is untouched.
   */
  readonly restoreIntoSink: boolean;
}

function sinkEnv(host: Host): NodeJS.ProcessEnv {
  const sink = join(host.root, 'restore-sink');
  return {
    npm_config_cache: join(sink, 'npm'),
    PIP_CACHE_DIR: join(sink, 'pip'),
    GOMODCACHE: join(sink, 'gomod'),
  };
}

function storeFlags(o: CliCacheOptions, host: Host, store: Store): string[] {
  if (store === 'host') return ['--cache-backend', 'local', '--local-cache-dir', host.localStore];
  if (o.s3) return ['--cache-backend', 's3', '--s3-bucket', o.s3.bucket, '--s3-prefix', 'monorepo/'];
  return ['--cache-backend', 'local', '--local-cache-dir', o.sharedDir];
}

async function cli(o: CliCacheOptions, host: Host, store: Store, command: 'restore' | 'save') {
  const args = [o.cli, command, '--tools', o.tools.join(','), '--working-directory', o.repoRoot];
  args.push('--cache-dependency-path', o.lockfiles.join(','), '--cache-scope', 'monorepo');
  args.push(...storeFlags(o, host, store), '--state-dir', join(host.root, `cache-state-${store}`));
  const env = {
    ...host.env,
    ...(o.s3 ? { AWS_ENDPOINT_URL_S3: o.s3.endpoint } : {}),
    ...(command === 'restore' && o.restoreIntoSink ? sinkEnv(host) : {}),
  };
  const r = await run(process.execPath, args, { cwd: o.repoRoot, env });
  if (r.code !== 0) throw new Error(`codeartifact-cache ${command} (${store} store) failed: ${tail(r)}`);
  const output = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(r.stdout)?.[1];
  const perTool = [...r.stdout.matchAll(/^cache-hit-([a-z]+)=(true|false)$/gm)].map((m) => `${m[1]}:${m[2]}`);
  const bytes = Number(output('cache-restored-bytes') ?? 0);
  // Something restored counts as a hit; the per-tool figures say which tools had an exact key.
  return { r, hit: bytes > 0, bytes, perTool };
}

export function cliCache(o: CliCacheOptions): CacheStep {
  const shared = o.s3 ? `s3 backend on moto (bucket ${o.s3.bucket})` : `local backend in ${o.sharedDir}`;
  return {
    backend: `the CLI's restore/save: host store = local backend per host, shared store = ${shared}`,
    async restore(host) {
      const started = Date.now();
      const tried: string[] = [];
      const order = [['host', 'hit-local'] as const, ['shared', 'hit-shared'] as const];
      for (const [store, result] of order) {
        const c = await cli(o, host, store, 'restore');
        const detail = `${store} store: exact key ${c.perTool.join(' ')}`;
        tried.push(detail);
        if (c.hit) return { result, bytes: c.bytes, ms: Date.now() - started, detail } satisfies CacheOutcome;
      }
      return { result: 'miss', bytes: 0, ms: Date.now() - started, detail: tried.join('; ') };
    },
    async save(host) {
      const started = Date.now();
      const h = await cli(o, host, 'host', 'save');
      const s = await cli(o, host, 'shared', 'save');
      const bytes = Number(/([\d.]+) MiB/.exec(h.r.stdout + h.r.stderr + s.r.stderr)?.[1] ?? 0) * 1048576;
      return { bytes, ms: Date.now() - started };
    },
    stop: async () => o.s3?.stop(),
  };
}
