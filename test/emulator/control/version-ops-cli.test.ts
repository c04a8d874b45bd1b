import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmProject, npmSandbox, tempDir, type NpmSandbox } from '../../helpers/clients.js';
import { awsCliAvailable, awsCliEnv, runAws } from '../../helpers/aws.js';
import { OWNER, smallPublicPackages, startHarness, type DataHarness } from '../data/harness.js';

// The operations users reach for instead of `npm unpublish` and for promotion, driven by the real AWS CLI
// (endpoint from AWS_ENDPOINT_URL_CODEARTIFACT), each checked through what npm then sees.
const describeCli = awsCliAvailable() ? describe : describe.skip;

/** The parts of the CLI's JSON answers these tests read. */
interface CliOut {
  successfulVersions: Record<string, { status: string; revision: string }>;
  failedVersions: Record<string, { errorCode: string }>;
  assets: { name: string; hashes: Record<string, string> }[];
  versions: { version: string }[];
  deletedPackage: Record<string, unknown>;
}

describeCli('version operations through the AWS CLI, seen through npm', () => {
  let h: DataHarness;
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let home: string;
  let npm: NpmSandbox;
  let staging: NpmSandbox;
  const [publicPkg] = smallPublicPackages(1);
  const pkg = ['--format', 'npm', '--namespace', 'acme', '--package', 'promo'];

  beforeAll(async () => {
    h = await startHarness();
    tmp = await tempDir('version-ops');
    home = mkdtempSync(join(tmpdir(), 'version-ops-cli-'));
    npm = await npmSandbox(join(tmp.dir, 'internal'), h.endpoint('npm', 'internal'), h.token);
    staging = await npmSandbox(join(tmp.dir, 'staging'), h.endpoint('npm', 'staging'), h.token);
    await aws(['create-repository', '--repository', 'staging']);
    for (const version of ['1.0.0', '1.1.0']) await publish(staging, version);
  });
  afterAll(async () => {
    await h?.close();
    await tmp?.cleanup();
    rmSync(home, { recursive: true, force: true });
  });

  async function aws(args: string[], expectFailure = false) {
    const env = awsCliEnv(home, { AWS_ENDPOINT_URL_CODEARTIFACT: h.emu.endpoint });
    const where = ['--domain', 'acme', '--domain-owner', OWNER];
    const r = await runAws(['codeartifact', ...args, ...where, '--output', 'json'], env);
    if ((r.status !== 0) !== expectFailure) throw new Error(`aws ${args.join(' ')}: ${r.stderr}`);
    return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as CliOut) : ({} as CliOut) };
  }

  async function publish(sandbox: NpmSandbox, version: string) {
    const dir = join(tmp.dir, `src-${version}`);
    await npmProject(dir, {});
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: '@acme/promo', version }));
    await writeFile(join(dir, 'README.md'), `# promo ${version}\n`);
    const r = await sandbox.npm(['publish'], { cwd: dir, cache: join(tmp.dir, 'cache-publish') });
    if (r.code !== 0) throw new Error(r.stderr);
  }

  const view = async () => {
    const r = await npm.npm(['view', '@acme/promo', 'versions', '--json'], {
      cwd: tmp.dir,
      cache: join(tmp.dir, `cache-${Math.random()}`),
    });
    return r.code === 0 ? (JSON.parse(r.stdout) as string[]) : r.stderr;
  };
  const promote = (...versions: string[]) =>
    aws([
      'copy-package-versions',
      '--source-repository',
      'staging',
      '--destination-repository',
      'internal',
      ...pkg,
      '--versions',
      ...versions,
    ]);
  /** `aws codeartifact <command>` on versions of @acme/promo in internal. */
  const onVersions = (command: string, version: string, ...rest: string[]) =>
    aws([command, '--repository', 'internal', ...pkg, '--versions', version, ...rest]);
  const tarball = (version: string) =>
    h.request(`${h.endpoint('npm', 'internal')}@acme/promo/-/promo-${version}.tgz`);

  test('copy-package-versions promotes staging versions into internal, where npm installs them', async () => {
    expect(await view()).toMatch(/E404/); // not in internal before the copy
    const out = await promote('1.0.0', '1.1.0');
    expect(Object.keys(out.json.successfulVersions).sort()).toEqual(['1.0.0', '1.1.0']);
    expect(await view()).toEqual(['1.0.0', '1.1.0']);
    const app = await npmProject(join(tmp.dir, 'app'), { '@acme/promo': '1.1.0' });
    const install = await npm.npm(['install'], { cwd: app, cache: join(tmp.dir, 'cache-app') });
    expect(install.code).toBe(0);
    // Idempotent: the same copy again succeeds and lists nothing; a missing version fails them all.
    const again = await promote('1.0.0');
    expect(again.json).toEqual({ successfulVersions: {}, failedVersions: {} });
    const partial = await promote('1.0.0', '9.9.9');
    expect(partial.json.failedVersions).toMatchObject({
      '9.9.9': { errorCode: 'NOT_FOUND' },
      '1.0.0': { errorCode: 'SKIPPED' },
    });
  });

  test('the npm asset is package.tgz: list-package-version-assets and get-package-version-asset agree with npm', async () => {
    const assets = await aws([
      'list-package-version-assets',
      '--repository',
      'internal',
      ...pkg,
      '--package-version',
      '1.1.0',
    ]);
    expect(assets.json.assets.map((a: { name: string }) => a.name)).toEqual(['package.tgz']);
    const file = join(home, 'promo.tgz');
    const got = await aws([
      'get-package-version-asset',
      '--repository',
      'internal',
      ...pkg,
      '--package-version',
      '1.1.0',
      '--asset',
      'package.tgz',
      file,
    ]);
    expect(got.json).toMatchObject({ assetName: 'package.tgz', packageVersion: '1.1.0' });
    const served = Buffer.from(await (await tarball('1.1.0')).arrayBuffer());
    expect(readFileSync(file)).toEqual(served);
    expect(assets.json.assets[0]?.hashes['SHA-256']).toBe(createHash('sha256').update(served).digest('hex'));
  });

  test('get-package-version-asset returns a tarball pulled through the external connection', async () => {
    const { name, version } = publicPkg!;
    const [, scope, bare] = /^(?:@([^/]+)\/)?(.+)$/.exec(name)!;
    const url = `${h.endpoint('npm', 'internal')}${name}/-/${bare}-${version}.tgz`;
    const served = Buffer.from(await (await h.request(url)).arrayBuffer());
    expect(served.length).toBeGreaterThan(0);
    const file = join(home, 'public.tgz');
    const coords = ['--format', 'npm', ...(scope ? ['--namespace', scope] : []), '--package', bare!];
    await aws([
      'get-package-version-asset',
      '--repository',
      'internal',
      ...coords,
      '--package-version',
      version,
      '--asset',
      'package.tgz',
      file,
    ]);
    expect(readFileSync(file)).toEqual(served);
  });

  test('Unlisted stays downloadable but leaves npm view; Archived is neither; Published brings it back', async () => {
    const status = (target: string) =>
      onVersions('update-package-versions-status', '1.0.0', '--target-status', target);
    expect((await status('Unlisted')).json.successfulVersions['1.0.0']?.status).toBe('Unlisted');
    expect(await view()).toEqual(['1.1.0']);
    expect((await tarball('1.0.0')).status).toBe(200);
    await status('Archived');
    expect(await view()).toEqual(['1.1.0']);
    expect((await tarball('1.0.0')).status).toBe(404);
    await status('Published');
    expect(await view()).toEqual(['1.0.0', '1.1.0']);
  });

  test('dispose-package-versions removes the assets for good', async () => {
    const out = await onVersions('dispose-package-versions', '1.0.0');
    expect(out.json.successfulVersions['1.0.0']?.status).toBe('Disposed');
    expect((await tarball('1.0.0')).status).toBe(404);
    const back = await onVersions('update-package-versions-status', '1.0.0', '--target-status', 'Published');
    expect(back.json.failedVersions['1.0.0']?.errorCode).toBe('NOT_ALLOWED');
  });

  test('npm unpublish fails; delete-package-versions is the way, and the version 404s afterwards', async () => {
    const unpublish = await npm.npm(['unpublish', '@acme/promo@1.1.0', '--force'], {
      cwd: tmp.dir,
      cache: join(tmp.dir, 'cache-un'),
    });
    expect(unpublish.code).not.toBe(0);
    expect(unpublish.stderr).toMatch(/delete-package-versions/);
    expect((await tarball('1.1.0')).status).toBe(200);
    const out = await onVersions('delete-package-versions', '1.1.0');
    expect(out.json.successfulVersions['1.1.0']?.status).toBe('Deleted');
    expect((await tarball('1.1.0')).status).toBe(404);
    const listed = await aws(['list-package-versions', '--repository', 'internal', ...pkg]);
    expect(listed.json.versions.map((v: { version: string }) => v.version)).toEqual(['1.0.0']);
  });

  test('delete-package removes the package and its origin configuration', async () => {
    const out = await aws(['delete-package', '--repository', 'staging', ...pkg]);
    expect(out.json.deletedPackage).toMatchObject({ package: 'promo', namespace: 'acme' });
    const gone = await aws(['describe-package', '--repository', 'staging', ...pkg], true);
    expect(gone.stderr).toMatch(/ResourceNotFoundException/);
  });
});
