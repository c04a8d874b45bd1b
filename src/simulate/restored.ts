/**
 * What a cache restore really left where the clients read it: each lockfile package looked up in the host's
 * npm cache (content addressed by the lockfile's integrity), pip's HTTP cache (the wheel bodies it holds) and
 * GOMODCACHE (the module zips). A "hit" only says bytes were downloaded; this says they are usable.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GO_MODULES } from './goproxy.js';
import { pythonRequirements } from './fixture.js';
import type { Host } from './host.js';
import type { RestoredContents } from './types.js';
import type { World } from './world.js';

/** npm's cacache path of a `sha512-…` integrity. */
export function cacachePath(npmCache: string, integrity: string): string | undefined {
  const m = /^sha512-([A-Za-z0-9+/=]+)$/.exec(integrity.split(/\s+/)[0] ?? '');
  if (!m?.[1]) return undefined;
  const hex = Buffer.from(m[1], 'base64').toString('hex');
  return join(npmCache, '_cacache/content-v2/sha512', hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
}

async function npmContents(world: World, host: Host): Promise<RestoredContents> {
  const where = join(host.home, '.npm');
  const lock = JSON.parse(await readFile(join(world.repo.webApp, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; integrity?: string }>;
  };
  const locked = Object.entries(lock.packages).filter(([path]) => path.startsWith('node_modules/'));
  const missing = locked
    .filter(([, p]) => {
      const file = p.integrity ? cacachePath(where, p.integrity) : undefined;
      return file === undefined || !existsSync(file);
    })
    .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version ?? '?'}`);
  return { tool: 'npm', where: '~/.npm', expected: locked.length, missing };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** A wheel is a zip: its member names (`tidy_config-1.2.0.dist-info/…`) are stored in the clear. */
const distInfo = (pin: string): string => {
  const [name = '', version = ''] = pin.split('==');
  return `${name.replace(/[-_.]+/g, '_').toLowerCase()}-${version}.dist-info/`;
};

async function pipContents(world: World, host: Host): Promise<RestoredContents> {
  const where = join(host.home, '.cache/pip');
  const pins = pythonRequirements(world.fixture);
  const bodies = await Promise.all((await filesUnder(where)).map((f) => readFile(f)));
  const missing = pins.filter((pin) => !bodies.some((b) => b.includes(distInfo(pin))));
  return { tool: 'pip', where: '~/.cache/pip', expected: pins.length, missing };
}

function goContents(host: Host): RestoredContents {
  const where = join(host.home, 'go/pkg/mod/cache/download');
  const missing = GO_MODULES.filter((m) => !existsSync(join(where, m.path, '@v', `${m.version}.zip`))).map(
    (m) => `${m.path}@${m.version}`,
  );
  return { tool: 'go', where: '$GOMODCACHE', expected: GO_MODULES.length, missing };
}

/** The restored contents of each tool the run includes. */
export async function inspectRestored(world: World, host: Host): Promise<RestoredContents[]> {
  const found: RestoredContents[] = [await npmContents(world, host)];
  if (world.tools.includes('pip')) found.push(await pipContents(world, host));
  if (world.tools.includes('go')) found.push(goContents(host));
  return found;
}
