import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tar, tarGz, zip, type ArchiveFile } from '../../../src/emulator/public/archive.js';
import { tempDir } from './clients.js';

const run = promisify(execFile);
const sha512 = (b: Buffer): string => createHash('sha512').update(b).digest('hex');

const longPath = `package/${'nested-directory/'.repeat(6)}${'a-rather-long-file-name-'.repeat(3)}.js`;
const files: ArchiveFile[] = [
  { path: 'package/package.json', content: Buffer.from('{"name":"demo","version":"1.0.0"}\n') },
  { path: 'package/bin/cli.js', content: Buffer.from('#!/usr/bin/env node\nconsole.log(1);\n'), mode: 0o755 },
  { path: longPath, content: Buffer.from('module.exports = "long";\n'.repeat(40)) },
  { path: 'package/empty.txt', content: Buffer.alloc(0) },
  { path: 'package/data.bin', content: createHash('sha512').update('seed').digest() },
];

describe('archive writers', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir('archive')));
  afterAll(() => cleanup());

  it('writes a tar.gz that GNU tar lists and extracts byte for byte', async () => {
    expect(longPath.length).toBeGreaterThan(100);
    const archive = join(dir, 'demo.tgz');
    await writeFile(archive, tarGz(files));
    const { stdout } = await run('tar', ['-tzvf', archive]);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/).pop()),
    ).toEqual(files.map((f) => f.path));
    expect(stdout).toMatch(/^-rwxr-xr-x .* package\/bin\/cli\.js$/m);
    expect(stdout).toContain('1985-10-26');
    await run('tar', ['-xzf', archive, '-C', dir]);
    for (const file of files) expect(await readFile(join(dir, file.path))).toEqual(file.content);
  });

  it('pads entries to 512-byte blocks and ends with two zero blocks', () => {
    const raw = tar(files);
    expect(raw.length % 512).toBe(0);
    expect(raw.subarray(raw.length - 1024).every((b) => b === 0)).toBe(true);
    expect(raw.subarray(257, 263).toString('binary')).toBe('ustar\0');
  });

  it('writes a zip that unzip and Python both accept', async () => {
    const archive = join(dir, 'demo.zip');
    await writeFile(archive, zip(files));
    const listing = (await run('unzip', ['-l', archive])).stdout;
    for (const file of files) expect(listing).toContain(file.path);
    await run('python3', ['-m', 'zipfile', '-t', archive]);
    expect((await run('unzip', ['-p', archive, longPath], { encoding: 'buffer' })).stdout).toEqual(
      files[2]?.content,
    );
    const zipinfo = (await run('zipinfo', [archive, 'package/bin/cli.js'])).stdout;
    expect(zipinfo).toMatch(/^-rwxr-xr-x/);
  });

  it('is deterministic: the same files give the same bytes', () => {
    expect(sha512(tarGz(files))).toBe(
      sha512(tarGz(files.map((f) => ({ ...f, content: Buffer.from(f.content) })))),
    );
    expect(sha512(zip(files))).toBe(sha512(zip([...files])));
    expect(tarGz(files)[9]).toBe(3);
  });

  it('refuses a path no ustar header can hold', () => {
    expect(() => tar([{ path: 'x'.repeat(120), content: Buffer.alloc(1) }])).toThrow(/too long/);
  });
});
