/** Everything the steps share: the emulator, the Go proxy, the monorepo, the cache step, the CLI. */
import type { RunningEmulator } from '../emulator/index.js';
import type { CacheStep } from './cache.js';
import type { FixtureSize, Monorepo } from './fixture.js';
import type { GoProxy } from './goproxy.js';
import type { Host } from './host.js';
import type { TrafficSources } from './traffic.js';
import type { SimulateFault } from './types.js';

export type Tool = 'npm' | 'pip' | 'go';

export interface World {
  readonly root: string;
  readonly emu: RunningEmulator;
  /** Undefined when the run leaves go out (`--without go`). */
  readonly go: GoProxy | undefined;
  readonly repo: Monorepo;
  readonly fixture: FixtureSize;
  readonly cache: CacheStep;
  /** Where traffic figures come from (the emulator's audit log, the Go proxy, the public registry). */
  readonly traffic: TrafficSources;
  /** Environment that makes every client on a host trust the emulator's CA (it serves HTTPS). */
  readonly trust: Readonly<Record<string, string>>;
  /** The bundled CLI (`node <cli> login …`). */
  readonly cli: string;
  /** The tools this run builds with: npm always, pip and go unless left out. */
  readonly tools: readonly Tool[];
  /** Test-only faults (the report names them). */
  readonly faults: readonly SimulateFault[];
  /** Cache key of the monorepo's lockfiles. */
  cacheKey: string;
  /** Hosts by name, created on first use. */
  readonly hosts: Map<string, Host>;
  readonly log: (line: string) => void;
}

export const DOMAIN_OWNER = '111122223333';
/** The domain of the story, and a copy of it as it was before the migration (step 4's control). */
export const DOMAIN = 'acme';
export const UNPROTECTED_DOMAIN = 'acme-unprotected';
/** Go module paths kept away from the public checksum database. */
export const GO_PRIVATE = '*.acme.example';
