/**
 * Hints the operational commands print are complete commands: each is pasted into a shell as printed
 * (no flag added, stdin not a terminal) and must do what it says. Breaks when a hint leaves out a
 * required flag (--domain, --repository), the confirmation switch, or names a binary that is not there.
 */
import { resolve } from 'node:path';
import { hintCommand, invocation } from '../../src/ops/hints.js';
import { CLI, spawnEmulator, stop } from '../helpers/cli.js';
import { run } from '../helpers/clients.js';
import { loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';
import { opsApi, useEmulatorEnv } from './helpers.js';

// Linux only (hints are pasted into sh); elsewhere the suite says so and skips (CI runs it on Linux, strict).
const onLinux = process.platform === 'linux';
if (!onLinux) console.warn(`${process.platform}: skipped, Linux only`);

(onLinux ? describe : describe.skip)('on Linux', () => {
  let emulator: Awaited<ReturnType<typeof spawnEmulator>>;
  let box: LoginSandbox;
  let undoEnv: () => void;

  beforeAll(async () => {
    emulator = await spawnEmulator();
    box = await loginSandbox(emulator.endpoint);
    undoEnv = useEmulatorEnv(emulator.endpoint);
  });
  afterAll(async () => {
    undoEnv?.();
    await stop(emulator.child);
    await box.cleanup();
  });

  /** A command line run by sh from this checkout, as a user pastes it; stdin is not a terminal. */
  const sh = (line: string) => run('sh', ['-c', `${line} < /dev/null`], { env: box.env, cwd: process.cwd() });
  const after = (text: string, marker: string) =>
    text
      .slice(text.indexOf(marker) + marker.length)
      .trim()
      .split('\n');

  it('names the CLI the way it was started', () => {
    expect(invocation('/usr/local/bin/codeartifact-cache', '/work')).toBe('codeartifact-cache');
    expect(invocation(resolve(CLI), process.cwd())).toBe(`node ${CLI}`);
    expect(invocation('/opt/my tools/index.js', '/work')).toBe("node '/opt/my tools/index.js'");
    const target = { domain: 'acme', domainOwner: '111122223333', region: 'eu-west-1', repository: 'r' };
    expect(hintCommand('codeartifact-cache', 'protect', target, ['--namespace', 'a b'])).toBe(
      "codeartifact-cache protect --domain acme --domain-owner 111122223333 --region eu-west-1 --namespace 'a b'",
    );
  });

  it("pause-upstream's undo, pasted as printed, re-associates the connection", async () => {
    const paused = await sh(`node ${CLI} pause-upstream --domain acme --repository internal --yes`);
    expect(paused).toMatchObject({ code: 0 });
    const [undo] = after(paused.stdout, 'Undo: ');
    expect(undo).toBe(
      `node ${CLI} resume-upstream --domain acme --repository internal --external-connection public:npmjs --yes`,
    );
    const resumed = await sh(undo!);
    expect(resumed).toMatchObject({ code: 0 });
    expect(resumed.stdout).toContain('Associated public:npmjs with public-proxy');
  });

  it("audit's fixes, pasted as printed, clear its findings", async () => {
    const api = await opsApi();
    const internal = { domain: 'acme', domainOwner: '111122223333', repository: 'internal' };
    await api.putPackageOrigin(
      internal,
      { format: 'npm', namespace: 'acme', name: 'ui' },
      {
        publish: 'ALLOW',
        upstream: 'ALLOW',
      },
    );
    const audit = `node ${CLI} audit --domain acme --domain-owner 111122223333 --repository internal`;
    const before = await sh(audit);
    expect(before.code).toBe(1);
    const fixes = after(before.stdout, 'Fix with:').map((line) => line.trim());
    expect(fixes).toEqual([
      `node ${CLI} protect --domain acme --domain-owner 111122223333 --namespace acme --repository internal`,
    ]);
    for (const fix of fixes) expect(await sh(fix)).toMatchObject({ code: 0 });
    expect(await sh(audit)).toMatchObject({ code: 0, stdout: expect.stringContaining('No findings') });
  });
});
