/**
 * The release's npm tarball as a user gets it: packed by scripts/pack-cli.mjs, installed offline into an
 * empty prefix with a clean HOME (so nothing from this checkout's node_modules can help), and run through
 * the installed `codeartifact-cache` bin: --version, login --help, and a login against the emulator.
 * Breaks when: the bundle needs a package at run time (the offline install has none to give), `files`
 * leaves out a chunk (the lazily loaded commands fail), `bin` points nowhere, or package.json grows a
 * `dependencies` entry (an offline install cannot fetch it) or `private` (npm publish refuses it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnEmulator, stop } from '../helpers/cli.js';
import { cleanEnv, run, tempDir } from '../helpers/clients.js';
import { VERSION } from '../../src/cli/version.js';

// Linux only (the install prefix layout (bin/, lib/node_modules) and sha256sum are the Linux ones); elsewhere the suite says so and skips (CI runs it on Linux, strict).
const onLinux = process.platform === 'linux';
if (!onLinux) console.warn(`${process.platform}: skipped, Linux only`);

(onLinux ? describe : describe.skip)('on Linux', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;

  it('package.json is publishable and needs nothing at run time (everything is bundled in dist/cli)', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ 'codeartifact-cache': 'dist/cli/index.js' });
    expect(pkg.files).toEqual(['dist/cli/']);
  });

  describe('the packed tarball, installed into an empty prefix', () => {
    let root: string;
    let cleanup: () => Promise<void>;
    let env: NodeJS.ProcessEnv;
    let bin: string;
    let tarball: string;

    beforeAll(async () => {
      ({ dir: root, cleanup } = await tempDir('pack-install'));
      const packed = await run(process.execPath, ['scripts/pack-cli.mjs', '--out', join(root, 'out')], {
        env: cleanEnv(root),
      });
      expect(packed).toMatchObject({ code: 0 });
      tarball = /^file=(.+)$/m.exec(packed.stdout)![1]!;
      const home = join(root, 'home');
      await mkdir(home, { recursive: true });
      await writeFile(join(root, 'user-npmrc'), '');
      await writeFile(join(root, 'global-npmrc'), '');
      env = {
        ...cleanEnv(home),
        NPM_CONFIG_USERCONFIG: join(root, 'user-npmrc'),
        NPM_CONFIG_GLOBALCONFIG: join(root, 'global-npmrc'),
        NPM_CONFIG_CACHE: join(root, 'npm-cache'),
        NPM_CONFIG_UPDATE_NOTIFIER: 'false',
      };
      const prefix = join(root, 'prefix');
      const args = ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball];
      const installed = await run('npm', args, { env, cwd: root });
      expect(installed).toMatchObject({ code: 0 });
      bin = join(prefix, 'bin', 'codeartifact-cache');
    }, 180_000);
    afterAll(() => cleanup());

    it('the sha256 file matches the tarball, in sha256sum format', async () => {
      const r = await run('sha256sum', ['-c', `${tarball}.sha256`], { env, cwd: join(root, 'out') });
      expect(r).toMatchObject({ code: 0 });
    });

    it('installs no other package', () => {
      const modules = join(root, 'prefix', 'lib', 'node_modules');
      expect(readdirSync(modules)).toEqual(['codeartifact-cache']);
      expect(existsSync(join(modules, 'codeartifact-cache', 'node_modules'))).toBe(false);
    });

    it('runs --version and login --help through the installed bin', async () => {
      expect(await run(bin, ['--version'], { env })).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
      const help = await run(bin, ['login', '--help'], { env });
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--domain');
    });

    it('starts the emulator and logs in against it through the installed bin', async () => {
      const emulator = await spawnEmulator();
      try {
        const r = await run(
          bin,
          [
            'login',
            '--tools',
            'npm',
            '--domain',
            'acme',
            '--domain-owner',
            '111122223333',
            '--repository',
            'internal',
          ],
          {
            env: {
              ...env,
              AWS_ENDPOINT_URL_CODEARTIFACT: emulator.endpoint,
              AWS_ACCESS_KEY_ID: 'test-access-key',
              AWS_SECRET_ACCESS_KEY: 'test-secret-key',
              AWS_REGION: 'us-east-1',
              AWS_CONFIG_FILE: join(root, 'no-aws-config'),
              AWS_SHARED_CREDENTIALS_FILE: join(root, 'no-aws-credentials'),
              XDG_STATE_HOME: join(root, 'state'),
            },
            cwd: root,
          },
        );
        expect(r).toMatchObject({ code: 0, stderr: expect.not.stringMatching(/error/i) });
        expect(r.stdout).toContain(`registry-npm=${emulator.endpoint}/npm/d/acme-111122223333/internal/`);
      } finally {
        await stop(emulator.child);
      }
    });
  });
});
