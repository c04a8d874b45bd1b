/**
 * Restore hashes off the main thread (hash-thread.ts) and stops its decompressor when a read fails early.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { extractStream } from '../../src/cache/extract.js';
import { hashDescriptor, ThreadHash } from '../../src/cache/hash-thread.js';
import { tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => (tmp = await tempDir('hash-thread')));
afterEach(() => tmp.cleanup());

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

it('hashes a descriptor from its start while a child reads the same descriptor as its stdin', async () => {
  const data = randomBytes(5 * 1024 * 1024 + 17);
  const file = join(tmp.dir, 'archive');
  await writeFile(file, data);
  const handle = await open(file, 'r');
  try {
    const child = spawn('sha256sum', [], { stdio: [handle.fd, 'pipe', 'inherit'] });
    let childSum = '';
    child.stdout?.on('data', (chunk: Buffer) => (childSum += chunk.toString()));
    const exited = new Promise((done) => child.on('close', done));
    const digest = await hashDescriptor(handle.fd).result;
    await exited;
    expect(digest).toEqual({ sha256: sha256(data), size: data.length });
    expect(childSum.split(' ')[0]).toBe(sha256(data)); // positioned reads left the child's offset alone
  } finally {
    await handle.close();
  }
});

it('a stream hasher gets every byte, also when it is fed faster than it hashes', async () => {
  const hash = new ThreadHash();
  const whole = createHash('sha256');
  let size = 0;
  for (let i = 0; i < 80; i++) {
    const chunk = randomBytes(1024 * 1024 + 64).subarray(32, 1024 * 1024 + 32 + i); // a view into more
    whole.update(chunk);
    size += chunk.length;
    await hash.update(chunk);
  }
  expect(await hash.digest()).toEqual({ sha256: whole.digest('hex'), size });
});

it('a member refused mid-stream stops zstd: the restore settles and no decompressor is left running', async () => {
  // 100 MiB of zeros compress to a few KB: zstd would block on a full pipe nobody reads.
  const src = join(tmp.dir, 'bomb');
  await mkdir(src);
  await writeFile(join(src, 'zeros'), Buffer.alloc(100 * 1024 * 1024));
  const archive = execFileSync('tar', ['-I', 'zstd -3', '-cf', '-', '-C', src, '.'], {
    maxBuffer: 1 << 30,
  });
  const manifest = {
    schema: 2 as const,
    key: 'k',
    compression: 'zstd' as const,
    sha256: sha256(archive),
    size: archive.length,
    createdAt: new Date().toISOString(),
  };
  const target = join(tmp.dir, 'home', '.npm');
  await expect(extractStream(Readable.from([archive]), manifest, target, { maxRatio: 1 })).rejects.toThrow(
    /unpacks to more than/,
  );
  const children = () => {
    try {
      return execFileSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
    } catch {
      return ''; // ps exits 1 when there are none
    }
  };
  expect(children()).not.toMatch(/zstd/);
}, 20_000);
