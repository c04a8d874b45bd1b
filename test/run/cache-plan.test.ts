import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCacheInputs } from '../../src/core/cache-inputs.js';
import { createHash } from 'node:crypto';
import * as core from '../../src/core/cache-key.js';
import type { RawInputs } from '../../src/core/reader.js';
import { MemoryPlatform } from '../../src/platform/memory.js';
import { planCaches } from '../../src/run/cache-plan.js';
import { cleanEnv, tempDir } from '../helpers/clients.js';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const cacheKey = (parts: core.KeyParts) => core.cacheKey(parts, sha256);
const hashFiles = (files: core.KeyParts['files']) => core.hashFiles(files, sha256);

let tmp: { dir: string; cleanup: () => Promise<void> };
let repo: string;
let home: string;

beforeAll(async () => {
  tmp = await tempDir('cache-plan');
  repo = join(tmp.dir, 'repo');
  home = join(tmp.dir, 'home');
  await cp('test/fixtures/lockfiles', repo, { recursive: true });
});
afterAll(() => tmp.cleanup());

function plan(
  inputs: RawInputs,
  name: 'github' | 'codebuild' | 'local' = 'local',
  env: NodeJS.ProcessEnv = {},
) {
  const platform = new MemoryPlatform({ name, homeDir: home, env: { ...cleanEnv(home), ...env } });
  return planCaches(parseCacheInputs(inputs, name), platform);
}

describe('planCaches over real lockfiles of every kind', () => {
  it.each([
    ['apps/web', 'npm', ['package-lock.json']],
    ['apps/pnpm', 'pnpm', ['pnpm-lock.yaml']],
    ['apps/yarn', 'yarn', ['yarn.lock']],
    ['services/py', 'pip', ['requirements-dev.txt', 'requirements.txt']],
    ['services/pipenv', 'pip', ['Pipfile.lock']],
    ['services/poetry', 'poetry', ['poetry.lock']],
    ['services/uv', 'uv', ['uv.lock']],
    ['services/go', 'go', ['go.sum']],
  ])('%s: detects %s and keys on %j', async (dir, tool, files) => {
    const { planned } = await plan({ 'working-directory': join(repo, dir), 'cache-scope': 'acme/mono' });
    expect(planned.map((p) => p.id)).toEqual([tool]);
    const texts = await Promise.all(
      files.map(async (f) => ({ path: f, content: await readFile(join(repo, dir, f)) })),
    );
    const [entry] = planned;
    expect(entry?.key).toMatch(
      new RegExp(`^codeartifact-cache-acme/mono-${process.platform}-${process.arch}-${tool}-`),
    );
    expect(entry?.key.endsWith(`-${hashFiles(texts)}`)).toBe(true);
    expect(entry?.restoreKeys).toEqual([entry?.key.slice(0, -64)]);
    expect(entry?.paths[0]).toMatch(/^\//);
  });

  it('puts the python version in pip keys and the Go version in go-build keys', async () => {
    const pip = await plan({ 'working-directory': join(repo, 'services/py') });
    expect(pip.planned[0]?.key).toMatch(/-pip-py3\.\d+-[0-9a-f]{64}$/);
    const go = await plan({ 'working-directory': join(repo, 'services/go'), 'cache-go-build': 'true' });
    expect(go.planned.map((p) => p.id)).toEqual(['go', 'go-build']);
    expect(go.planned[1]?.key).toMatch(/-go-build-go1\.\d+(\.\d+)?-[0-9a-f]{64}$/);
    expect(go.planned[0]?.paths[0]).not.toBe(go.planned[1]?.paths[0]);
  });

  it('asks npm for its cache directory', async () => {
    const { planned } = await plan({ 'working-directory': join(repo, 'apps/web') });
    expect(planned[0]?.paths).toEqual([join(home, '.npm')]);
  });

  it('keys a monorepo on every lockfile cache-dependency-path matches', async () => {
    const inputs = {
      'working-directory': repo,
      tools: 'npm',
      'cache-dependency-path': '**/package-lock.json',
    };
    const { planned } = await plan({ ...inputs, 'cache-scope': 'mono' });
    const files = await Promise.all(
      ['apps/api/package-lock.json', 'apps/web/package-lock.json'].map(async (path) => ({
        path,
        content: await readFile(join(repo, path)),
      })),
    );
    const expected = cacheKey({
      prefix: 'codeartifact-cache',
      scope: 'mono',
      os: process.platform,
      arch: process.arch,
      tool: 'npm',
      files,
    });
    expect(planned.map((p) => p.key)).toEqual([expected.key]);
  });

  it('leaves out a tool with no lockfile, saying why', async () => {
    const { planned, notes } = await plan({ 'working-directory': repo, tools: 'npm,go' });
    expect(planned).toEqual([]);
    expect(notes).toEqual([
      expect.stringContaining('npm: no lockfile'),
      expect.stringContaining('go: no lockfile'),
    ]);
  });

  it('keeps two projects with identical lockfiles apart unless given one scope', async () => {
    const copy = join(tmp.dir, 'copy');
    await cp(join(repo, 'apps/web'), copy, { recursive: true });
    const keyOf = async (dir: string, inputs: RawInputs = {}) =>
      (await plan({ 'working-directory': dir, ...inputs })).planned[0]?.key;
    expect(await keyOf(copy)).not.toBe(await keyOf(join(repo, 'apps/web')));
    const shared = { 'cache-scope': 'shared' };
    expect(await keyOf(copy, shared)).toBe(await keyOf(join(repo, 'apps/web'), shared));
  });

  it('takes the scope from the repository on GitHub and the project in CodeBuild', async () => {
    const wd = { 'working-directory': join(repo, 'apps/web') };
    const gh = await plan(wd, 'github', { GITHUB_REPOSITORY: 'acme/web-app' });
    expect(gh.planned[0]?.key).toContain('codeartifact-cache-acme/web-app-');
    const cb = await plan(wd, 'codebuild', {
      CODEBUILD_BUILD_ID: 'web-app-ci:0b0e9d5c-1111-4222-8333-444455556666',
    });
    expect(cb.planned[0]?.key).toContain('codeartifact-cache-web-app-ci-');
  });
});
