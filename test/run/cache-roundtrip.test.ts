/**
 * Real caches through the local backend with real tar/zstd: ~/.npm filled by a real `npm ci` through the
 * emulator, pip's cache by a real `pip install`, Go's module cache by a real `go mod download`. Each is
 * saved on one "machine" (HOME) and restored on another, where the build then runs from the cache.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCacheInputs } from '../../src/core/cache-inputs.js';
import type { RawInputs } from '../../src/core/reader.js';
import { MemoryPlatform } from '../../src/platform/memory.js';
import { restore } from '../../src/run/restore.js';
import { save } from '../../src/run/save.js';
import { cleanEnv, npmProject, pipIndexUrl, run, tempDir } from '../helpers/clients.js';
import { GO_MODULES, startGoProxy, type GoProxy } from '../helpers/goproxy.js';
import { startHarness, type DataHarness } from '../emulator/data/harness.js';

const DEPENDENCIES = { '@acme/ui': '^1.4.2', 'maple-map': '^4.9.0', 'brisk-format': '^5.6.0' };

let h: DataHarness;
let goProxy: GoProxy;
let tmp: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  h = await startHarness();
  goProxy = await startGoProxy();
  tmp = await tempDir('cache-roundtrip');
});
afterAll(async () => {
  await goProxy?.close();
  await h?.close();
  await tmp?.cleanup();
});

/** A machine: its own HOME and env (npm's config files in it; nothing inherited from this one). */
async function machine(name: string) {
  const home = join(tmp.dir, name);
  await mkdir(home, { recursive: true });
  const registry = h.endpoint('npm', 'internal');
  const npmrc = [
    `registry=${registry}`,
    `${registry.replace(/^https?:/, '')}:_authToken=${h.token}`,
    'audit=false',
    'fund=false',
    'update-notifier=false',
    'loglevel=warn',
  ];
  await writeFile(join(home, '.npmrc'), `${npmrc.join('\n')}\n`);
  await writeFile(join(home, 'global-npmrc'), '');
  const base = Object.fromEntries(Object.entries(cleanEnv(home)).filter(([k]) => !/^GO/.test(k)));
  const env: NodeJS.ProcessEnv = {
    ...base,
    NPM_CONFIG_USERCONFIG: join(home, '.npmrc'),
    NPM_CONFIG_GLOBALCONFIG: join(home, 'global-npmrc'),
    GOPROXY: goProxy.url,
    GOSUMDB: 'off',
    GOFLAGS: '-modcacherw',
  };
  const platform = new MemoryPlatform({ homeDir: home, env });
  const cache = (inputs: RawInputs) =>
    parseCacheInputs(
      { 'local-cache-dir': join(tmp.dir, 'store'), 'cache-scope': 'roundtrip', ...inputs },
      'local',
    );
  return { home, env, platform, cache };
}

/** External fetches and requests the emulator has counted, read through its admin API. */
async function counters(): Promise<{
  requests: number;
  externalFetches: { metadata: number; assets: number };
}> {
  return (await (await fetch(`${h.emu.endpoint}/_emulator/counters`)).json()) as never;
}

test('npm: a real ~/.npm round-trips, and the warm build makes no request at all', async () => {
  const project = await npmProject(join(tmp.dir, 'web'), DEPENDENCIES);
  const a = await machine('npm-a');
  expect((await run('npm', ['install', '--package-lock-only'], { cwd: project, env: a.env })).code).toBe(0);
  await rm(join(a.home, '.npm'), { recursive: true, force: true });
  const cold = await run('npm', ['ci'], { cwd: project, env: a.env });
  expect(cold).toMatchObject({ code: 0 });
  const config = a.cache({ tools: 'npm', 'working-directory': project });
  expect((await restore(config, a.platform)).results[0]).toMatchObject({ outcome: 'miss' });
  const saved = await save(config, a.platform);
  expect(saved[0]).toMatchObject({ outcome: 'saved' });

  await rm(join(project, 'node_modules'), { recursive: true });
  const b = await machine('npm-b');
  const restored = await restore(b.cache({ tools: 'npm', 'working-directory': project }), b.platform);
  expect(restored.outputs['cache-hit']).toBe('true');
  const before = await counters();
  const warm = await run('npm', ['ci', '--prefer-offline'], { cwd: project, env: b.env });
  expect(warm).toMatchObject({ code: 0 });
  const after = await counters();
  expect(after.externalFetches).toEqual(before.externalFetches);
  expect(after.requests).toBe(before.requests);
  console.log(
    `npm cache: ${saved[0]?.bytes} bytes archived in ${saved[0]?.seconds}s, restored in ${restored.results[0]?.seconds}s`,
  );
});

// pip caches plain-http responses only from trusted hosts, hence --trusted-host for the local emulator.
test('pip: a real pip cache round-trips, and the warm install is served from it', async () => {
  const project = join(tmp.dir, 'py');
  await mkdir(project, { recursive: true });
  await writeFile(join(project, 'requirements.txt'), 'tidy-config==1.2.0\n');
  const index = pipIndexUrl(h.endpoint('pypi', 'internal'), h.token);
  const flags = '--isolated --disable-pip-version-check --no-input --trusted-host 127.0.0.1'.split(' ');
  const install = (m: Awaited<ReturnType<typeof machine>>) => {
    const dirs = ['--cache-dir', join(m.home, '.cache', 'pip'), '--target', join(m.home, 'site')];
    const args = ['-m', 'pip', 'install', ...flags, ...dirs, '--index-url', index, '-r', 'requirements.txt'];
    return run('python3', args, { cwd: project, env: m.env });
  };
  const a = await machine('pip-a');
  expect(await install(a)).toMatchObject({ code: 0 });
  const inputs = { tools: 'pip', 'working-directory': project };
  const saved = await save(a.cache(inputs), a.platform);
  expect(saved[0]).toMatchObject({ outcome: 'saved' });
  const b = await machine('pip-b');
  expect((await restore(b.cache(inputs), b.platform)).outputs['cache-hit']).toBe('true');
  const since = h.emu.ctx.audit.lastSeq;
  const before = await counters();
  const offline = await install(b);
  expect(offline).toMatchObject({ code: 0 });
  expect(offline.stdout).toMatch(/Using cached \S*tidy_config-1\.2\.0/);
  const assets = h.emu.ctx.audit.entries(since).filter((e) => e.kind === 'asset');
  // pip revalidates what it cached (no max-age from the data plane): 304s, not one byte of a wheel.
  expect(assets.map((e) => [e.status, e.bytes])).toEqual(assets.map(() => [304, 0]));
  expect((await counters()).externalFetches).toEqual(before.externalFetches);
});

test('go: a real module cache round-trips, and the warm download works with GOPROXY=off', async () => {
  const project = join(tmp.dir, 'gosvc');
  await mkdir(project, { recursive: true });
  const requires = GO_MODULES.map((m) => `\t${m.path} ${m.version}\n`).join('');
  await writeFile(join(project, 'go.mod'), `module acme.example/svc\n\ngo 1.19\n\nrequire (\n${requires})\n`);
  const a = await machine('go-a');
  expect(await run('go', ['mod', 'download', 'all'], { cwd: project, env: a.env })).toMatchObject({
    code: 0,
  });
  expect(await readFile(join(project, 'go.sum'), 'utf8')).toContain(GO_MODULES[0]?.path);
  const inputs = { tools: 'go', 'working-directory': project };
  expect((await save(a.cache(inputs), a.platform))[0]).toMatchObject({ outcome: 'saved' });
  const b = await machine('go-b');
  expect((await restore(b.cache(inputs), b.platform)).outputs['cache-hit']).toBe('true');
  const offline = await run('go', ['mod', 'download', 'all'], {
    cwd: project,
    env: { ...b.env, GOPROXY: 'off' },
  });
  expect(offline).toMatchObject({ code: 0 });
});
