/** Everything the steps share: the emulator, the Go proxy, the monorepo, the cache step, the CLI. */
import type { RunningEmulator } from '../emulator/index.js';
import type { CacheStep } from './cache.js';
import type { Monorepo } from './fixture.js';
import type { GoProxy } from './goproxy.js';
import type { Host } from './host.js';

export interface World {
  readonly root: string;
  readonly emu: RunningEmulator;
  /** Undefined when go is not installed: the sidecar is then skipped and said so. */
  readonly go: GoProxy | undefined;
  readonly repo: Monorepo;
  readonly cache: CacheStep;
  /** The bundled CLI (`node <cli> login …`). */
  readonly cli: string;
  /** Tools present on this machine among npm, pip (python3), go. */
  readonly tools: readonly ('npm' | 'pip' | 'go')[];
  /** Cache key of the monorepo's lockfiles. */
  cacheKey: string;
  /** Hosts by name, created on first use. */
  readonly hosts: Map<string, Host>;
  readonly log: (line: string) => void;
}

export const DOMAIN_OWNER = '111122223333';
/** Go module paths kept away from the public checksum database. */
export const GO_PRIVATE = '*.acme.example';
