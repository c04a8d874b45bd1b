/**
 * The cache step of a build, behind one small seam so the CLI's own `restore` / `save` commands can
 * replace the stand-in below without touching the steps. Two stores, as in CodeBuild: a host-local one
 * (LOCAL_CUSTOM_CACHE: only this host sees it) and a shared one (the S3 cache: every host sees it).
 */
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CACHED_DIRS, run, type Host } from './host.js';

export interface CacheOutcome {
  readonly result: 'hit-local' | 'hit-shared' | 'miss';
  readonly bytes: number;
  readonly ms: number;
  /** Per-tool outcome, when the implementation knows it (e.g. "npm:true pip:true go:false"). */
  readonly detail?: string;
}

/** Restores the cached directories into a host's HOME and saves them back. */
export interface CacheStep {
  /** Shown in the report: which implementation and which stores. */
  readonly backend: string;
  restore(host: Host, key: string): Promise<CacheOutcome>;
  save(host: Host, key: string): Promise<{ bytes: number; ms: number }>;
  /** Stops whatever the step started (e.g. the S3 stand-in). */
  stop?(): Promise<void>;
}

const archiveName = (key: string): string => `${key.replace(/[^A-Za-z0-9._-]/g, '_')}.tar.zst`;

/**
 * tar + zstd into `<store>/<key>.tar.zst`: simulate's stand-in until `restore` / `save` are in the CLI.
 * Save writes the host store and the shared store; restore tries the host store first.
 */
export function standInCache(sharedStore: string): CacheStep {
  const tar = (args: string[], cwd: string) =>
    run('tar', ['-I', 'zstd -T0 -3', ...args], { cwd, env: process.env });
  return {
    backend: `stand-in tar+zstd (host store per host, shared store ${sharedStore})`,
    async restore(host, key) {
      const started = Date.now();
      const stores: [CacheOutcome['result'], string][] = [
        ['hit-local', join(host.localStore, archiveName(key))],
        ['hit-shared', join(sharedStore, archiveName(key))],
      ];
      for (const [result, file] of stores) {
        if (!existsSync(file)) continue;
        const r = await tar(['-xf', file], host.home);
        if (r.code !== 0) throw new Error(`Could not extract ${file}: ${r.stderr.trim()}`);
        return { result, bytes: (await stat(file)).size, ms: Date.now() - started };
      }
      return { result: 'miss', bytes: 0, ms: Date.now() - started };
    },
    async save(host, key) {
      const started = Date.now();
      const dirs = CACHED_DIRS.filter((d) => existsSync(join(host.home, d)));
      await mkdir(host.localStore, { recursive: true });
      await mkdir(sharedStore, { recursive: true });
      const file = join(host.localStore, archiveName(key));
      const r = await tar(['-cf', file, ...dirs], host.home);
      if (r.code !== 0) throw new Error(`Could not archive ${dirs.join(', ')}: ${r.stderr.trim()}`);
      await copyFile(file, join(sharedStore, archiveName(key)));
      return { bytes: (await stat(file)).size, ms: Date.now() - started };
    },
  };
}
