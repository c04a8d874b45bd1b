/** `codeartifact-cache buildspec` through the program: print, merge, --write atomically, refuse with exit 2. */
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { main } from '../../src/cli/program.js';

let dir: string;
let out: string;
let err: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'buildspec-cli-'));
  out = '';
  err = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((text) => ((out += String(text)), true));
  jest.spyOn(process.stderr, 'write').mockImplementation((text) => ((err += String(text)), true));
});
afterEach(() => jest.restoreAllMocks());

const run = (...args: string[]) => main(['node', 'codeartifact-cache', 'buildspec', ...args]);
const fixture = (name: string) => {
  const file = join(dir, 'buildspec.yml');
  copyFileSync(`test/fixtures/buildspecs/${name}.yml`, file);
  return file;
};

it('prints a fragment', async () => {
  expect(await run('--fragment', 'pip')).toBe(0);
  expect(out).toBe(readFileSync('buildspecs/pip.yml', 'utf8'));
});

it('prints the merge and leaves the file alone without --write', async () => {
  const file = fixture('install-phase');
  expect(await run('--fragment', 'npm', '--into', file)).toBe(0);
  expect(out).toContain('npm install -g pnpm@9');
  expect(out).toContain('node "$CODEARTIFACT_CACHE_CLI" login');
  expect(readFileSync(file, 'utf8')).toBe(readFileSync('test/fixtures/buildspecs/install-phase.yml', 'utf8'));
});

it('--write replaces the file atomically, keeping its mode, and a second run changes nothing', async () => {
  const file = fixture('article-web-app');
  chmodSync(file, 0o640);
  expect(await run('--fragment', 'all-in-one-codebuild-s3', '--into', file, '--write')).toBe(0);
  const merged = readFileSync(file, 'utf8');
  expect(merged).toContain(
    'key: all-in-one-$(codebuild-hash-files package-lock.json requirements.txt go.sum)',
  );
  expect(statSync(file).mode & 0o777).toBe(0o640);
  expect(readdirSync(dir)).toEqual(['buildspec.yml']);
  expect(await run('--fragment', 'all-in-one-codebuild-s3', '--into', file, '--write')).toBe(0);
  expect(readFileSync(file, 'utf8')).toBe(merged);
  expect(err).toContain('already contains fragment all-in-one-codebuild-s3');
});

it.each([
  [
    ['--fragment', 'npm-codebuild-s3', '--write'],
    'conflicting-key',
    /^codeartifact-cache: cannot merge into buildspec\.yml: cache\.key is '[^']+' here but the fragment needs 'npm-\$\(codebuild-hash-files package-lock\.json\)'\n$/,
  ],
  [
    ['--fragment', 'go', '--write'],
    'conflicting-variable',
    /^codeartifact-cache: cannot merge into buildspec\.yml: .*GOMODCACHE.*\n$/,
  ],
  [['--fragment', 'maven', '--write'], 'empty', /^codeartifact-cache: unknown fragment 'maven'; one of: /],
])('%j into %s: one line, exit 2, nothing written', async (args, name, message) => {
  const file = fixture(name);
  const before = readFileSync(file, 'utf8');
  expect(await run(...args, '--into', file)).toBe(2);
  expect(err).toMatch(message);
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(readFileSync(file, 'utf8')).toBe(before);
  expect(out).toBe('');
});

it('--write without --into and a missing file are usage errors', async () => {
  expect(await run('--fragment', 'npm', '--write')).toBe(2);
  expect(err).toContain("'--write' needs '--into FILE'");
  expect(await run('--fragment', 'npm', '--into', join(dir, 'nope.yml'))).toBe(2);
  expect(err).toContain('cannot read');
});
