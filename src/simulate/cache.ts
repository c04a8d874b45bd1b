/**
 * The cache step of a build, behind one small seam (cache-cli.ts implements it with the bundled CLI's own
 * `restore` / `save`). Two stores, as in CodeBuild: a host-local one (LOCAL_CUSTOM_CACHE: only this host sees
 * it) and a shared one (the S3 cache: every host sees it).
 */
import type { Host } from './host.js';

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
