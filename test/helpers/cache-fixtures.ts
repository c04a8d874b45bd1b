import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** A directory tree with text (compressible) and random (incompressible) files. */
export async function makeTree(root: string, files = 40): Promise<void> {
  for (let i = 0; i < files; i++) {
    const dir = join(root, `d${i % 7}`, `e${i % 3}`);
    await mkdir(dir, { recursive: true });
    const body = i % 2 ? randomBytes(2048 + i * 97) : Buffer.from(`line ${i}\n`.repeat(200 + i));
    await writeFile(join(dir, `f${i}.bin`), body);
  }
}

/** Relative path → sha of contents, for comparing trees. */
export async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else
        out[relative(root, path)] =
          (await readFile(path)).toString('base64').slice(0, 64) + (await stat(path)).size;
    }
  };
  await walk(root);
  return out;
}

/** Names in `dir` (empty when absent). */
export const namesIn = (dir: string): Promise<string[]> => readdir(dir).catch(() => []);

/**
 * Makes `dir` unwritable for this process: chmod for a normal user; for root (whom chmod does not stop) a
 * tmpfs mounted over it with `options` (e.g. `ro`, or `size=64k` for a full disk). Returns the undo, or
 * undefined when neither works here.
 */
export async function restrictDir(dir: string, options: string): Promise<(() => Promise<void>) | undefined> {
  const { spawnSync } = await import('node:child_process');
  const { chmod } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  if (process.getuid?.() !== 0) {
    if (options !== 'ro') return undefined;
    await chmod(dir, 0o555);
    return () => chmod(dir, 0o755);
  }
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
  if (!mounted) return undefined;
  return async () => void spawnSync('umount', [dir]);
}
