/**
 * `login` killed with SIGKILL at every file-system step (and at random moments), then `cleanup`: no file
 * anywhere in the sandbox (HOME, the state and config directory, the env file's directory) may hold a
 * token, and the user's own file login replaced must be back byte for byte.
 */
import { spawn } from 'node:child_process';
import { chmod, lstat, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { inputEnvName } from '../../src/platform/cli.js';
import { CLI } from '../helpers/cli.js';
import { LOGIN_FLAGS, loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';

const PRELOAD = resolve('test/helpers/crash-at.mjs');
/** Every token the emulator issues starts with its header `{"ver":1,"isu":` in base64url. */
const TOKEN_MARK = Buffer.from('{"ver":1,"isu":').toString('base64url');
const USER_ENV = 'export MINE=1\n';
const RANDOM_KILLS = Number(process.env.LOGIN_CRASH_RANDOM_KILLS ?? 12);

let emu: RunningEmulator;
beforeAll(async () => void (emu = await startEmulator({ port: 0 })));
afterAll(() => emu?.close());

/** A sandbox where login also replaces a file of the user's (the env file), so backups are exercised. */
async function sandbox(): Promise<{ box: LoginSandbox; userEnv: string; extra: NodeJS.ProcessEnv }> {
  const box = await loginSandbox(emu.endpoint);
  const userEnv = join(box.home, 'ci.env');
  await writeFile(userEnv, USER_ENV);
  await chmod(userEnv, 0o640);
  return { box, userEnv, extra: { [inputEnvName('env-file')]: userEnv } };
}

const ARGS = ['login', ...LOGIN_FLAGS, '--tools', 'npm,pip,twine'];

/** `login` under the crash preload; resolves with the signal that ended it (null: it finished). */
function crashingLogin(box: LoginSandbox, env: NodeJS.ProcessEnv, killAfterMs?: number) {
  return new Promise<NodeJS.Signals | null>((done, fail) => {
    const child = spawn(process.execPath, ['--import', PRELOAD, resolve(CLI), ...ARGS], {
      cwd: box.root,
      env: { ...box.env, ...env },
      stdio: 'ignore',
    });
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === null && code !== 0) fail(new Error(`login exited with ${code}`));
      else done(signal);
    });
  });
}

/** Every regular file under `dir` that holds a token. */
async function filesWithToken(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, String(name));
    if (!(await lstat(path)).isFile()) continue;
    if ((await readFile(path, 'latin1')).includes(TOKEN_MARK)) found.push(path);
  }
  return found;
}

/** Every regular file under `dir`, sorted. */
async function files(dir: string): Promise<string[]> {
  const names = (await readdir(dir, { recursive: true })).map((n) => join(dir, String(n)));
  const isFile = await Promise.all(names.map(async (p) => (await lstat(p)).isFile()));
  return names.filter((_, i) => isFile[i]).sort();
}

/** After cleanup: no token anywhere, the user's file back byte for byte, no other file left over. */
async function expectClean(box: LoginSandbox, userEnv: string, before: string[], what: string) {
  const cleaned = await box.cli(['cleanup'], {});
  expect({ what, code: cleaned.code, stderr: cleaned.stderr }).toEqual({
    what,
    code: 0,
    stderr: expect.anything(),
  });
  expect({ what, leaks: await filesWithToken(box.root) }).toEqual({ what, leaks: [] });
  expect({ what, files: await files(box.root) }).toEqual({ what, files: before });
  expect(await readFile(userEnv, 'utf8')).toBe(USER_ENV);
  expect((await stat(userEnv)).mode & 0o777).toBe(0o640);
}

/** One login in a fresh sandbox (optionally over a finished login), then `cleanup` and the checks. */
async function crashOnce(crash: NodeJS.ProcessEnv, killAfterMs: number | undefined, relogin: boolean) {
  const { box, userEnv, extra } = await sandbox();
  try {
    const before = await files(box.root);
    if (relogin) expect(await crashingLogin(box, extra)).toBeNull();
    const signal = await crashingLogin(box, { ...extra, ...crash }, killAfterMs);
    await expectClean(box, userEnv, before, `${JSON.stringify(crash)} ${killAfterMs ?? ''} ${signal}`);
    return signal;
  } finally {
    await box.cleanup();
  }
}

/** How many file-system steps a whole login takes (counted by the preload), checking the scan can fail. */
async function countSteps(relogin: boolean): Promise<number> {
  const { box, extra } = await sandbox();
  try {
    if (relogin) expect(await crashingLogin(box, extra)).toBeNull();
    const countFile = join(box.root, 'steps.txt');
    expect(await crashingLogin(box, { ...extra, CRASH_COUNT_FILE: countFile })).toBeNull();
    // A finished login leaves the token in its files: the scan finds it (and so would find a leak).
    expect((await filesWithToken(box.home)).length).toBeGreaterThanOrEqual(3);
    return (await readFile(countFile, 'utf8')).trim().split('\n').length;
  } finally {
    await box.cleanup();
  }
}

describe('login killed with SIGKILL, then cleanup', () => {
  it('at every file-system step, just before it and just after it', async () => {
    const steps = await countSteps(false);
    expect(steps).toBeGreaterThan(10);
    const kills = [];
    for (let n = 1; n <= steps; n++) {
      kills.push(await crashOnce({ CRASH_AT: String(n) }, undefined, false));
      kills.push(await crashOnce({ CRASH_AFTER: String(n) }, undefined, false));
    }
    // Every point really killed it: the checks above ran against a crashed login, not a finished one.
    expect(kills.filter((s) => s === 'SIGKILL')).toHaveLength(2 * steps);
  }, 600_000);

  it('at every file-system step of a login over a previous one (its undo of the first included)', async () => {
    const steps = await countSteps(true);
    expect(steps).toBeGreaterThan(20);
    const kills = [];
    for (let n = 1; n <= steps; n++) kills.push(await crashOnce({ CRASH_AT: String(n) }, undefined, true));
    // The undo's step count depends a little on what it finds; nearly every point must still kill it.
    expect(kills.filter((s) => s === 'SIGKILL').length).toBeGreaterThanOrEqual(steps - 3);
  }, 600_000);

  it('at random moments', async () => {
    for (let i = 0; i < RANDOM_KILLS; i++) await crashOnce({}, 50 + Math.random() * 700, i % 2 === 1);
  }, 300_000);
});
