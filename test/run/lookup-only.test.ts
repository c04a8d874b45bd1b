/**
 * lookup-only: restore asks the store what it holds and reports it (outputs, log, summary) without
 * downloading or extracting anything — the tool's directory is neither created nor touched, no bundle or
 * temp file is left; the post step then saves unless the exact key was found, as actions/cache does.
 * Real local store and real npm; the platform is the in-memory one.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCacheInputs } from '../../src/core/cache-inputs.js';
import { MemoryPlatform } from '../../src/platform/memory.js';
import { restore } from '../../src/run/restore.js';
import { save } from '../../src/run/save.js';
import { makeTree } from '../helpers/cache-fixtures.js';
import { runCli } from '../helpers/cli.js';
import { npmFirstOnPath } from '../helpers/cache-machines.js';
import { cleanEnv, tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let project: string;
let storeDir: string;
let machines = 0;

beforeEach(async () => {
  tmp = await tempDir('lookup-only');
  project = join(tmp.dir, 'web');
  storeDir = join(tmp.dir, 'store');
  await cp('test/fixtures/lockfiles/apps/web', project, { recursive: true });
});
afterEach(() => tmp.cleanup());

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
const stored = () => readdir(storeDir).catch(() => [] as string[]);

/**
 * An `npm` first on PATH that notes each command in `log`, then runs the real one: asking npm where its cache
 * is makes it create that directory (its debug log), so lookup-only must not ask at all.
 */
async function npmThatLogs(log: string): Promise<Record<string, string>> {
  const real = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  const script = `echo "$*" >> '${log}'\nexec '${real}' "$@"`;
  return { PATH: await npmFirstOnPath(join(tmp.dir, 'npm-bin'), script) };
}

/** A fresh GitHub runner: its own HOME (so its own ~/.npm) and RUNNER_TEMP; the job has succeeded. */
async function machine(inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}) {
  const home = join(tmp.dir, `home-${++machines}`);
  const runnerTemp = join(tmp.dir, `runner-temp-${machines}`);
  await mkdir(runnerTemp, { recursive: true });
  const raw = {
    tools: 'npm',
    'working-directory': project,
    'cache-backend': 'local',
    'local-cache-dir': storeDir,
    'cache-scope': 'web',
    'job-status': 'success',
    ...inputs,
  };
  const env = { ...cleanEnv(home), RUNNER_TEMP: runnerTemp, ...extraEnv };
  const platform = new MemoryPlatform({ name: 'github', homeDir: home, env, inputs: raw });
  return {
    home,
    runnerTemp,
    npmCache: join(home, '.npm'),
    platform,
    config: parseCacheInputs(raw, 'github'),
  };
}

/** Restore with lookup-only, then check that it wrote nothing (no ~/.npm, nothing in RUNNER_TEMP) nor asked npm. */
async function lookUp() {
  const npmLog = join(tmp.dir, 'npm.log');
  const m = await machine({ 'lookup-only': 'true' }, await npmThatLogs(npmLog));
  const result = await restore(m.config, m.platform);
  expect(await readFile(npmLog, 'utf8').catch(() => '')).not.toContain('config get cache');
  expect(await exists(m.npmCache)).toBe(false);
  expect(await readdir(m.runnerTemp)).toEqual([]);
  expect(m.platform.warnings).toEqual([]);
  return { ...m, result };
}

/** A normal run that fills ~/.npm and saves it; returns the key it saved under. */
async function seed(): Promise<string> {
  const m = await machine();
  const key = (await restore(m.config, m.platform)).outputs['cache-primary-key'] ?? '';
  await makeTree(m.npmCache);
  expect((await save(m.config, m.platform)).map((r) => r.outcome)).toEqual(['saved']);
  return key;
}

it('exact key: outputs say hit, nothing is extracted, and the post step does not save', async () => {
  const key = await seed();
  const { result, platform, config, npmCache } = await lookUp();
  expect(result.outputs).toMatchObject({
    'cache-hit': 'true',
    'cache-primary-key': key,
    'cache-matched-key': key,
    'cache-hit-npm': 'true',
    'cache-matched-key-npm': key,
    'cache-restored-bytes': '0',
  });
  expect(platform.logs.join('\n')).toContain(`npm: found ${key} (exact key); lookup-only`);
  expect(platform.summarySections.join('')).toContain(
    '| npm | found (exact key), not downloaded: lookup-only |',
  );
  expect((await save(config, platform))[0]).toMatchObject({ outcome: 'skipped' });
  expect(await stored()).toHaveLength(1);
  // Not even save asked npm where its cache is (the question alone makes npm create it).
  expect(await exists(npmCache)).toBe(false);
});

it('restore key: outputs name the older entry, cache-hit is false, and the post step saves the new key', async () => {
  const old = await seed();
  await writeFile(join(project, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
  const { result, platform, config, npmCache } = await lookUp();
  expect(result.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-matched-key': old });
  expect(result.outputs['cache-primary-key']).not.toBe(old);
  expect(platform.summarySections.join('')).toContain('found (restore key), not downloaded');
  await makeTree(npmCache);
  expect((await save(config, platform))[0]).toMatchObject({
    outcome: 'saved',
    key: result.outputs['cache-primary-key'],
  });
  expect(await stored()).toHaveLength(2);
});

it('miss: outputs say so, and the post step saves what the job put in the directory', async () => {
  const { result, platform, config, npmCache } = await lookUp();
  expect(result.outputs).toMatchObject({ 'cache-hit': 'false', 'cache-matched-key': '' });
  expect(result.outputs['cache-primary-key']).toMatch(/^codeartifact-cache-web-.+-npm-/);
  await makeTree(npmCache);
  expect((await save(config, platform)).map((r) => r.outcome)).toEqual(['saved']);
});

it('fail-on-cache-miss still fails a lookup that finds nothing, and still writes nothing', async () => {
  const m = await machine({ 'lookup-only': 'true', 'fail-on-cache-miss': 'true' });
  await expect(restore(m.config, m.platform)).rejects.toThrow(/No cache entry was restored for npm/);
  expect(await exists(m.npmCache)).toBe(false);
});

it.each([
  ['a flag', ['--lookup-only', 'maybe'], {}],
  ['an env variable', [], { CODEARTIFACT_CACHE_LOOKUP_ONLY: 'maybe' }],
])(
  'the bundled CLI refuses lookup-only: maybe (as %s) in one line, exit 2, nothing written',
  (_how, flags, env) => {
    const home = join(tmp.dir, 'cli-home');
    const args = ['restore', '--tools', 'npm', '--working-directory', project, '--local-cache-dir', storeDir];
    const r = runCli([...args, ...flags], { ...cleanEnv(home), ...env });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      "codeartifact-cache: Input 'lookup-only' must be true or false (got 'maybe')",
    ]);
    return expect(readdir(tmp.dir)).resolves.toEqual(['web']);
  },
);
