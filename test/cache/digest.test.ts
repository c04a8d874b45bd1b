/**
 * The archive's digest is read while tar and zstd still write it (process.ts fileDigest with `writing`):
 * it must equal the digest of the finished file however the writes are spread out, and a failed writer
 * must fail it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createArchive } from '../../src/cache/archive.js';
import { fileDigest } from '../../src/cache/file-digest.js';
import { runTool } from '../../src/cache/process.js';
import { BUNDLE_ARCHIVE } from '../../src/cache/types.js';
import { makeTree } from '../helpers/cache-fixtures.js';
import { tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => (tmp = await tempDir('digest')));
afterEach(() => tmp.cleanup());

const sha256Of = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

/** A writer that creates the file late and appends to it in bursts with pauses longer than the poll. */
const slowWriter = (file: string, bursts: number, exitCode = 0) =>
  runTool([
    'sh',
    '-c',
    `sleep 0.05; for i in $(seq ${bursts}); do head -c 70001 /dev/urandom >> "$1"; sleep 0.03; done; exit ${exitCode}`,
    'writer',
    file,
  ]);

it('follows a file written in bursts and ends with the finished file', async () => {
  const file = join(tmp.dir, 'growing');
  const digest = await fileDigest(file, { writing: slowWriter(file, 12) });
  expect(digest).toEqual({ sha256: await sha256Of(file), size: 12 * 70001 });
});

it('a writer that fails fails the digest with its own error', async () => {
  const file = join(tmp.dir, 'failed');
  await expect(fileDigest(file, { writing: slowWriter(file, 2, 3) })).rejects.toThrow(/exit code 3/);
  const never = join(tmp.dir, 'never-created');
  await expect(fileDigest(never, { writing: runTool(['sh', '-c', 'exit 4']) })).rejects.toThrow(
    /exit code 4/,
  );
});

it('an abort stops the reader while the writer is still writing', async () => {
  const file = join(tmp.dir, 'aborted');
  const writer = spawn('sh', [
    '-c',
    `while true; do head -c 1000 /dev/zero >> "$1"; sleep 0.01; done`,
    'w',
    file,
  ]);
  const writing = new Promise<void>((done) => writer.on('close', () => done()));
  const stop = new AbortController();
  setTimeout(() => stop.abort(new Error('timed out')), 200);
  const killed = setTimeout(() => writer.kill(), 2000); // a reader that ignores the abort ends with the writer
  try {
    await expect(fileDigest(file, { writing, signal: stop.signal })).rejects.toThrow(/timed out/);
  } finally {
    clearTimeout(killed);
    writer.kill();
    await writing;
  }
});

it("createArchive's manifest holds the finished archive's sha256 and size", async () => {
  const source = join(tmp.dir, 'src');
  await makeTree(source);
  const manifest = await createArchive(source, tmp.dir, 'k');
  const archive = join(tmp.dir, BUNDLE_ARCHIVE);
  expect(manifest.sha256).toBe(await sha256Of(archive));
  expect(manifest.size).toBe((await readFile(archive)).length);
});

it('a file rewritten shorter while it is followed fails the digest instead of describing neither', async () => {
  const file = join(tmp.dir, 'rewritten');
  const writing = runTool([
    'sh',
    '-c',
    'head -c 300000 /dev/urandom > "$1"; sleep 0.1; head -c 1000 /dev/urandom > "$1"; sleep 0.05',
    'writer',
    file,
  ]);
  await expect(fileDigest(file, { writing })).rejects.toThrow(/changed while it was hashed/);
});
