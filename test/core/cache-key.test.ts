import { createHash } from 'node:crypto';
import * as core from '../../src/core/cache-key.js';
import { codebuildProject, MAX_KEY_LENGTH, type KeyParts } from '../../src/core/cache-key.js';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const cacheKey = (parts: KeyParts) => core.cacheKey(parts, sha256);
const hashFiles = (files: KeyParts['files']) => core.hashFiles(files, sha256);
const keyElement = (value: string) => core.keyElement(value, sha256);

const LOCK = { path: 'package-lock.json', content: '{"lockfileVersion":3}\n' };
const BASE: KeyParts = {
  prefix: 'codeartifact-cache',
  scope: 'acme/web-app',
  os: 'linux',
  arch: 'x64',
  tool: 'npm',
  files: [LOCK],
};
const HASH = hashFiles([LOCK]);

describe('cacheKey', () => {
  it.each<[string, Partial<KeyParts>, string, string]>([
    [
      'the usual shape',
      {},
      `codeartifact-cache-acme/web-app-linux-x64-npm-${HASH}`,
      'codeartifact-cache-acme/web-app-linux-x64-npm-',
    ],
    [
      'a tool version',
      { tool: 'pip', toolVersion: 'py3.12' },
      `codeartifact-cache-acme/web-app-linux-x64-pip-py3.12-${HASH}`,
      'codeartifact-cache-acme/web-app-linux-x64-pip-py3.12-',
    ],
    [
      'a CodeBuild project',
      { scope: 'web-app', os: 'linux', arch: 'arm64' },
      `codeartifact-cache-web-app-linux-arm64-npm-${HASH}`,
      'codeartifact-cache-web-app-linux-arm64-npm-',
    ],
  ])('%s', (_name, parts, key, restoreKey) => {
    expect(cacheKey({ ...BASE, ...parts })).toEqual({ key, restoreKeys: [restoreKey] });
  });

  it('never holds a comma or whitespace and stays within 512 characters', () => {
    const scopes = ['a,b', 'a b', 'x'.repeat(600), 'tab\there', ',,,'];
    for (const scope of scopes) {
      const { key, restoreKeys } = cacheKey({ ...BASE, scope, toolVersion: 'v,1 '.repeat(30) });
      expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
      for (const k of [key, ...restoreKeys]) expect(k).not.toMatch(/[,\s]/);
    }
  });

  it('keeps scopes apart even when cleaning them makes them alike', () => {
    const keys = ['a,b', 'a b', 'a_b', 'x'.repeat(300), `${'x'.repeat(299)}y`].map(
      (scope) => cacheKey({ ...BASE, scope }).key,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives two projects with identical lockfiles different keys and restore keys', () => {
    const a = cacheKey({ ...BASE, scope: 'acme/web' });
    const b = cacheKey({ ...BASE, scope: 'acme/api' });
    expect(a.key).not.toBe(b.key);
    expect(a.key.startsWith(b.restoreKeys[0] ?? '')).toBe(false);
  });

  it('changes with any content, path, tool, os or arch, and not with file order', () => {
    const other = { path: 'apps/api/package-lock.json', content: '{}' };
    const k = (parts: Partial<KeyParts>) => cacheKey({ ...BASE, ...parts }).key;
    expect(k({ files: [LOCK, other] })).toBe(k({ files: [other, LOCK] }));
    const variants = [
      k({}),
      k({ files: [{ ...LOCK, content: '{"lockfileVersion":2}\n' }] }),
      k({ files: [{ ...LOCK, path: 'app/package-lock.json' }] }),
      k({ tool: 'pnpm' }),
      k({ os: 'darwin' }),
      k({ arch: 'arm64' }),
      k({ toolVersion: 'v1' }),
    ];
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('hashes bytes and strings alike', () => {
    expect(hashFiles([{ path: 'a', content: Buffer.from('x') }])).toBe(
      hashFiles([{ path: 'a', content: 'x' }]),
    );
  });
});

describe('keyElement and codebuildProject', () => {
  it.each([
    ['acme/web-app', 'acme/web-app'],
    ['web app', /^web_app~[0-9a-f]{8}$/],
    ['a,b', /^a_b~[0-9a-f]{8}$/],
  ])('%s', (value, expected) => {
    if (typeof expected === 'string') expect(keyElement(value)).toBe(expected);
    else expect(keyElement(value)).toMatch(expected);
  });
  it.each([
    ['web-app:4f1a2b3c-0000-4000-8000-000000000000', 'web-app'],
    ['', undefined],
    [':uuid', undefined],
  ])('%s', (id, project) => expect(codebuildProject(id)).toBe(project));
});
