/**
 * Keeping caches from snowballing. Download caches only grow: restored from a restore key (an older
 * lockfile), then saved, an entry keeps every package any earlier lockfile needed. So after a partial
 * restore, save leaves out the files that restore wrote and nothing has read since: what the new lockfile
 * no longer uses. Restores write every file with the current time (no timestamps are taken from entries),
 * so "written by the restore" is an mtime inside the restore's window, and "read since" is an atime past
 * the mtime — which only holds where reads update atimes (relatime, the Linux default, or strictatime):
 * probed first, and without it nothing is left out.
 */
import { randomBytes } from 'node:crypto';
import { lstat, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** When a restore wrote its files (ms since the epoch). */
export interface RestoreWindow {
  readonly from: number;
  readonly to: number;
}

/** Whether reading a file updates its access time in `dir` (not on noatime mounts). */
export async function readsUpdateAtime(dir: string): Promise<boolean> {
  const probe = join(dir, `.codeartifact-cache-atime-${randomBytes(4).toString('hex')}`);
  const past = new Date(Date.now() - 86_400_000);
  try {
    await writeFile(probe, 'x');
    await utimes(probe, past, past);
    await readFile(probe);
    return (await stat(probe)).atimeMs > past.getTime() + 1000;
  } catch {
    return false;
  } finally {
    await rm(probe, { force: true });
  }
}

/** Members (`./relative/path`, as tar names them) a restore in `window` wrote that nothing read since. */
export async function unreadRestoredFiles(dir: string, window: RestoreWindow): Promise<string[]> {
  const unread: string[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const entry of await readdir(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      const name = `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(path, name);
      else if (entry.isFile()) {
        const st = await lstat(path);
        // File times come from the kernel's coarse clock, a tick behind Date.now() at most.
        const restored = st.mtimeMs >= window.from - 50 && st.mtimeMs <= window.to;
        if (restored && st.atimeMs <= st.mtimeMs) unread.push(name);
      }
    }
  };
  await walk(dir, '.');
  return unread;
}
