import { chmod, mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createArchive, readManifest, zstdAvailable } from '../../src/cache/archive.js';
import { createReadStream } from 'node:fs';
import {
  extractArchive,
  extractStream,
  RESTORE_TEMP_PREFIX,
  type ExtractOptions,
} from '../../src/cache/extract.js';
import { BUNDLE_ARCHIVE } from '../../src/cache/types.js';
import { makeTree, namesIn, restrictDir, snapshot } from '../helpers/cache-fixtures.js';
import { tempDir } from '../helpers/clients.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let n = 0;
beforeEach(async () => (tmp = await tempDir(`archive-${++n}`)));
afterEach(async () => {
  await chmod(tmp.dir, 0o755).catch(() => undefined);
  await tmp.cleanup();
});

/** A source tree saved into a bundle; the target is where it restores on "the next machine". */
async function saved(compression?: 'zstd' | 'gzip') {
  const source = join(tmp.dir, 'home-a', '.npm');
  await makeTree(source);
  const bundle = join(tmp.dir, 'bundle');
  await mkdir(bundle);
  const manifest = await createArchive(source, bundle, 'k1', compression ? { compression } : {});
  return { source, bundle, manifest, target: join(tmp.dir, 'home-b', '.npm') };
}

it.each(['zstd', 'gzip'] as const)('round-trips a tree with %s into another home', async (compression) => {
  if (compression === 'zstd') expect(zstdAvailable()).toBe(true);
  const { source, bundle, manifest, target } = await saved(compression);
  expect(manifest).toMatchObject({ schema: 2, key: 'k1', compression });
  expect(manifest).not.toHaveProperty('paths');
  expect(await readManifest(bundle)).toEqual(manifest);
  expect(await extractArchive(bundle, target)).toMatchObject({ files: 40 + 7 + 21 });
  expect(await snapshot(target)).toEqual(await snapshot(source));
  expect((await namesIn(join(tmp.dir, 'home-b'))).filter((x) => x.startsWith(RESTORE_TEMP_PREFIX))).toEqual(
    [],
  );
});

it('adds missing files to a non-empty target and keeps the ones there', async () => {
  const { source, bundle, target } = await saved();
  await mkdir(join(target, 'd0', 'e0'), { recursive: true });
  await writeFile(join(target, 'd0', 'e0', 'f0.bin'), 'mine');
  await writeFile(join(target, 'extra'), 'kept');
  await extractArchive(bundle, target);
  expect(await readFile(join(target, 'extra'), 'utf8')).toBe('kept');
  expect(await readFile(join(target, 'd0', 'e0', 'f0.bin'), 'utf8')).toBe('mine');
  expect(await readFile(join(target, 'd3', 'e0', 'f3.bin'))).toEqual(
    await readFile(join(source, 'd3', 'e0', 'f3.bin')),
  );
});

/** The two ways an archive reaches extraction: a file read in place (zstd reads it), or a stream (a download). */
const VIA = {
  file: (bundle: string, target: string, opts?: ExtractOptions) => extractArchive(bundle, target, opts),
  stream: async (bundle: string, target: string, opts?: ExtractOptions) => {
    const archive = createReadStream(join(bundle, BUNDLE_ARCHIVE));
    return extractStream(archive, await readManifest(bundle), target, opts);
  },
};

describe.each(['file', 'stream'] as const)(
  'faults (%s) leave the target untouched and no temp directory behind',
  (via) => {
    const extractArchive = VIA[via];

    async function expectUntouched(run: () => Promise<unknown>, message: RegExp, target: string) {
      await expect(run()).rejects.toThrow(message);
      expect(await namesIn(target)).toEqual([]);
      const parent = join(target, '..');
      expect((await namesIn(parent)).filter((x) => x.startsWith(RESTORE_TEMP_PREFIX))).toEqual([]);
    }

    it('a truncated archive', async () => {
      const { bundle, manifest, target } = await saved();
      await truncate(join(bundle, BUNDLE_ARCHIVE), Math.floor(manifest.size / 2));
      await expectUntouched(() => extractArchive(bundle, target), /bytes where its manifest says/, target);
    });

    it('a bit-flipped archive', async () => {
      const { bundle, target } = await saved();
      const path = join(bundle, BUNDLE_ARCHIVE);
      const bytes = await readFile(path);
      const at = Math.floor(bytes.length / 3);
      bytes[at] = (bytes[at] ?? 0) ^ 0x10;
      await writeFile(path, bytes);
      await expectUntouched(
        () => extractArchive(bundle, target),
        /sha256 is [0-9a-f]{64} where its manifest says/,
        target,
      );
    });

    it('a truncated archive whose manifest was rewritten to match (the stream ends early, nothing moved)', async () => {
      const { bundle, manifest, target } = await saved();
      const path = join(bundle, BUNDLE_ARCHIVE);
      await truncate(path, Math.floor(manifest.size / 2));
      const { createHash } = await import('node:crypto');
      const sha256 = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
      await writeFile(
        join(bundle, 'manifest.json'),
        JSON.stringify({ ...manifest, sha256, size: Math.floor(manifest.size / 2) }),
      );
      await expectUntouched(() => extractArchive(bundle, target), /zstd failed|ends in the middle/, target);
    });

    it.each([
      ['read-only', 'ro', /EACCES|EROFS|read-only/i],
      ['full (a 64 KiB tmpfs)', 'size=64k', /ENOSPC|no space/i],
    ])('a %s target directory', async (_name, options, message) => {
      const { bundle, target } = await saved();
      const undo = await restrictDir(join(target, '..'), options);
      if (undo === undefined) return console.log(`Skipped: cannot make a ${options} directory here`);
      try {
        await expectUntouched(() => extractArchive(bundle, target), message, target);
      } finally {
        await undo();
      }
    });

    it('an abort mid-way', async () => {
      const { bundle, target } = await saved();
      await expectUntouched(
        () => extractArchive(bundle, target, { signal: AbortSignal.abort() }),
        /abort/i,
        target,
      );
    });
  },
);

it('restores through a target that is the user’s own link to another directory', async () => {
  const { source, bundle } = await saved();
  const real = join(tmp.dir, 'big-disk', 'npm-cache');
  await mkdir(real, { recursive: true });
  const { symlink } = await import('node:fs/promises');
  const target = join(tmp.dir, 'home-c', '.npm');
  await mkdir(join(tmp.dir, 'home-c'));
  await symlink(real, target);
  await extractArchive(bundle, target);
  expect(await snapshot(real)).toEqual(await snapshot(source));
});
