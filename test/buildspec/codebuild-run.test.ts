/**
 * A fragment merged into a user's buildspec and run the way CodeBuild runs it (test/helpers/codebuild.ts),
 * with the CLI obtained by the fragment's own download-and-verify step from a local HTTP server serving
 * the release tarball (scripts/pack-cli.mjs), logging in to the emulator. Breaks when: the step skips the
 * checksum (the tampered tarball would run), the merge drops a phase or `finally`, save ignores
 * CODEBUILD_BUILD_SUCCEEDING, or the packed CLI does not run from where the step unpacks it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mergeChecked } from '../../src/buildspec/index.js';
import { spawnEmulator, stop } from '../helpers/cli.js';
import { run } from '../helpers/clients.js';
import { runBuildspec } from '../helpers/codebuild.js';
import { startMoto } from '../helpers/moto.js';
import { loginSandbox, OWNER, type LoginSandbox } from '../helpers/login-sandbox.js';

// Linux only (the fragments run under sh with curl, sha256sum and GNU tar, as on CodeBuild's Linux images); elsewhere the suite says so and skips (CI runs it on Linux, strict).
const onLinux = process.platform === 'linux';
if (!onLinux) console.warn(`${process.platform}: skipped, Linux only`);

(onLinux ? describe : describe.skip)('on Linux', () => {
  const USER_BUILDSPEC = `version: 0.2
phases:
  install:
    runtime-versions:
      nodejs: 20
  build:
    commands:
      - npm view @acme/auth versions --json > "$RESULT"
      - test "$FAIL_BUILD" != 1
`;

  let emulator: Awaited<ReturnType<typeof spawnEmulator>>;
  let box: LoginSandbox;
  let server: Server;
  let base: string;
  let tarball: Buffer;
  let sha256: string;
  let requests = 0;
  let serveTampered = false;

  beforeAll(async () => {
    emulator = await spawnEmulator();
    box = await loginSandbox(emulator.endpoint);
    const packed = await run(process.execPath, ['scripts/pack-cli.mjs', '--out', join(box.root, 'release')], {
      env: box.env,
    });
    expect(packed).toMatchObject({ code: 0 });
    tarball = readFileSync(/^file=(.+)$/m.exec(packed.stdout)![1]!);
    sha256 = /^sha256=(.+)$/m.exec(packed.stdout)![1]!;
    server = createServer((_req, res) => {
      requests++;
      const body = Buffer.from(tarball);
      // One flipped bit near the end: the download still looks like a gzip stream.
      if (serveTampered) body.writeUInt8(body.readUInt8(body.length - 100) ^ 1, body.length - 100);
      res.end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }, 120_000);
  afterAll(async () => {
    server?.close();
    await stop(emulator.child);
    await box.cleanup();
  });

  let n = 0;
  /** One build on a fresh "host": its own /tmp stand-in, CLI location and env file. */
  async function build(extra: NodeJS.ProcessEnv = {}) {
    const work = join(box.root, `build-${n++}`);
    const src = join(work, 'src');
    await mkdir(join(work, 'tmp'), { recursive: true });
    await mkdir(src, { recursive: true });
    const buildspec = mergeChecked(USER_BUILDSPEC, 'npm', 'buildspec.yml');
    requests = 0;
    const result = await runBuildspec(
      buildspec,
      {
        ...box.env,
        CODEBUILD_BUILD_ID: 'web-app:5d9c9a7e-0000-4000-8000-000000000000',
        TMPDIR: join(work, 'tmp'),
        RESULT: join(work, 'versions.json'),
        CODEARTIFACT_CACHE_DOMAIN_OWNER: OWNER,
        CODEARTIFACT_CACHE_CACHE_BACKEND: 'local',
        CODEARTIFACT_CACHE_EXPORT_FILE: join(work, 'tmp', 'codeartifact-cache.env'),
        CODEARTIFACT_CACHE_CLI: join(work, 'tmp', 'cli', 'dist', 'cli', 'index.js'),
        CODEARTIFACT_CACHE_CLI_URL: `${base}/codeartifact-cache.tgz`,
        CODEARTIFACT_CACHE_CLI_SHA256: sha256,
        ...extra,
      },
      src,
      join(work, 'runner'),
    );
    return { ...result, work };
  }

  it('downloads and verifies the CLI, logs in, builds through the repository, saves and cleans up', async () => {
    const r = await build();
    expect(r.phases).toEqual({
      install: 'SUCCEEDED',
      pre_build: 'SUCCEEDED',
      build: 'SUCCEEDED',
      post_build: 'SUCCEEDED',
    });
    expect(requests).toBe(1);
    expect(JSON.parse(readFileSync(join(r.work, 'versions.json'), 'utf8'))).toEqual(['2.1.0']);
    expect(r.stderr).toContain('Dependency cache save:');
    // finally ran cleanup: the env file holding the token is gone.
    expect(existsSync(join(r.work, 'tmp', 'codeartifact-cache.env'))).toBe(false);
  });

  it('a failed build still runs post_build, saves nothing (CODEBUILD_BUILD_SUCCEEDING=0) and cleans up', async () => {
    const r = await build({ FAIL_BUILD: '1' });
    expect(r.phases).toEqual({
      install: 'SUCCEEDED',
      pre_build: 'SUCCEEDED',
      build: 'FAILED',
      post_build: 'SUCCEEDED',
    });
    expect(r.stderr).not.toContain('Dependency cache save:');
    expect(r.stderr).toContain('Dependency cache restore:');
    expect(existsSync(join(r.work, 'tmp', 'codeartifact-cache.env'))).toBe(false);
  });

  it('a tampered download fails pre_build with one line and never runs', async () => {
    serveTampered = true;
    try {
      const r = await build();
      expect(r.phases).toEqual({ install: 'SUCCEEDED', pre_build: 'FAILED' });
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          `^codeartifact-cache: ${base}/codeartifact-cache\\.tgz has sha256 [0-9a-f]{64}, not CODEARTIFACT_CACHE_CLI_SHA256 ${sha256}: not running it$`,
        ),
      );
      expect(existsSync(join(r.work, 'tmp', 'cli', 'dist'))).toBe(false);
      expect(existsSync(join(r.work, 'tmp', 'codeartifact-cache.env'))).toBe(false);
    } finally {
      serveTampered = false;
    }
  });

  it.each([
    [
      'the placeholder sha256',
      { CODEARTIFACT_CACHE_CLI_SHA256: '<the sha256 from the release notes>' },
      /must be the release's sha256/,
    ],
    ['an unreachable URL', { CODEARTIFACT_CACHE_CLI_URL: 'http://127.0.0.1:9/x.tgz' }, /could not download/],
  ])('%s fails pre_build with a line naming the variable', async (_, extra, message) => {
    const r = await build(extra);
    expect(r.phases.pre_build).toBe('FAILED');
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(message);
  });

  it('a vendored CLI (CODEARTIFACT_CACHE_CLI exists) is used as it is: nothing is fetched', async () => {
    const r = await build({
      CODEARTIFACT_CACHE_CLI: resolve('dist/cli/index.js'),
      CODEARTIFACT_CACHE_CLI_URL: 'http://127.0.0.1:9/x',
    });
    expect(r.phases.post_build).toBe('SUCCEEDED');
    expect(requests).toBe(0);
  });

  it('a platform copy in S3 (s3://bucket/key) is fetched with the build role and verified the same way', async () => {
    const moto = await startMoto();
    try {
      const env = { ...box.env, AWS_ENDPOINT_URL_S3: moto.endpoint };
      const file = join(box.root, 'platform-copy.tgz');
      await writeFile(file, tarball);
      expect(await run('aws', ['s3', 'mb', 's3://platform-tools'], { env })).toMatchObject({ code: 0 });
      const key = 's3://platform-tools/codeartifact-cache/codeartifact-cache.tgz';
      expect(await run('aws', ['s3', 'cp', '--quiet', file, key], { env })).toMatchObject({ code: 0 });
      const r = await build({ AWS_ENDPOINT_URL_S3: moto.endpoint, CODEARTIFACT_CACHE_CLI_URL: key });
      expect(r.phases.post_build).toBe('SUCCEEDED');
      expect(requests).toBe(0);
      const wrong = await build({
        AWS_ENDPOINT_URL_S3: moto.endpoint,
        CODEARTIFACT_CACHE_CLI_URL: key,
        CODEARTIFACT_CACHE_CLI_SHA256: sha256.replace(/^./, (c) => (c === '0' ? '1' : '0')),
      });
      expect(wrong.phases.pre_build).toBe('FAILED');
      expect(wrong.stderr.trim()).toMatch(
        new RegExp(`^codeartifact-cache: ${key} has sha256 ${sha256}, not`),
      );
    } finally {
      await moto.stop();
    }
  });
});
