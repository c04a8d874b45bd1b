/**
 * pip's HTTP cache keeps only HTTPS downloads: against the emulator over HTTPS a second install with the
 * same `--cache-dir` takes every file from pip's cache (it only revalidates: If-None-Match, 304, no body —
 * the emulator's files carry an ETag and no max-age, the service documents neither), while over plain
 * http the very same commands download every file again. So a pip cache round trip needs `--tls`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, trustEnv, type RunningEmulator } from '../../src/emulator/index.js';
import { LOGIN_FLAGS, loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';

const PIP = 'python3 -m pip install --disable-pip-version-check --cache-dir "$PWD/pip-cache"';
const PROJECTS = 'acme-utils raven-retry';

/** Files pip asked the emulator for since `since`: project, status, whether a body went out. */
function filesSince(emu: RunningEmulator, since: number): string[] {
  return emu.ctx.audit
    .entries(since)
    .filter((e) => e.kind === 'asset')
    .map((e) => `${e.package} ${e.status} ${e.bytes > 0 ? 'body' : 'no body'}`)
    .sort();
}

describe.each([
  ['https', true, ['acme-utils 304 no body', 'raven-retry 304 no body'], 'revalidates only'],
  ['plain http', false, ['acme-utils 200 body', 'raven-retry 200 body'], 'downloads again'],
])('pip against the emulator over %s', (_, tls, secondInstall, what) => {
  let emu: RunningEmulator;
  let box: LoginSandbox;

  beforeAll(async () => {
    emu = await startEmulator({ port: 0, tls });
    box = await loginSandbox(emu.endpoint, tls ? trustEnv(emu.tls!.caFile) : {});
    expect(await box.cli(['login', ...LOGIN_FLAGS, '--tools', 'pip'])).toMatchObject({ code: 0 });
  });

  afterAll(async () => {
    await emu?.close();
    await box?.cleanup();
  });

  it(`a second install with the same pip cache ${what}`, async () => {
    let since = emu.ctx.audit.lastSeq;
    expect(await box.sourced(`${PIP} --target "$PWD/site-1" ${PROJECTS}`, box.root)).toMatchObject({
      code: 0,
    });
    expect(filesSince(emu, since)).toEqual(['acme-utils 200 body', 'raven-retry 200 body']);
    since = emu.ctx.audit.lastSeq;
    const second = await box.sourced(`${PIP} --target "$PWD/site-2" ${PROJECTS}`, box.root);
    expect(second).toMatchObject({ code: 0 });
    expect(filesSince(emu, since)).toEqual(secondInstall);
    // The index pages are still asked for (pip revalidates them); only the files come from its cache.
    expect(emu.ctx.audit.entries(since).some((e) => e.kind === 'metadata')).toBe(true);
    expect(readdirSync(join(box.root, 'site-2')).some((name) => name.startsWith('acme_utils'))).toBe(true);
  });
});
