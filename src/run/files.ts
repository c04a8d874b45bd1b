import { randomBytes } from 'node:crypto';
import { chmod, copyFile, constants, lstat, mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A whole file login writes. */
export interface PlannedWrite {
  readonly path: string;
  readonly content: string;
  /** 0o600 for anything holding the token. */
  readonly mode: number;
}

/** What cleanup must undo for one path: remove what was created, put a backup back over what was changed. */
export interface JournalEntry {
  readonly path: string;
  readonly kind: 'file' | 'dir';
  /** A byte-for-byte copy of the file as it was before login (same directory, same mode). */
  readonly backup?: string;
}

/** Everything login did to the file system, in order; cleanup undoes it in reverse. */
export interface Journal {
  readonly version: 1;
  readonly entries: readonly JournalEntry[];
}

const suffix = (): string => randomBytes(4).toString('hex');
const exists = (path: string) =>
  lstat(path).then(
    (s) => s,
    () => undefined,
  );

/** Creates the parent directories of `writes` (mode 0700), returning each one that did not exist. */
async function createDirs(writes: readonly PlannedWrite[]): Promise<JournalEntry[]> {
  const created: JournalEntry[] = [];
  for (const dir of new Set(writes.map((w) => dirname(w.path)))) {
    const first = await mkdir(dir, { recursive: true, mode: 0o700 });
    for (let d = dir; first !== undefined && d.length >= first.length; d = dirname(d)) {
      created.unshift({ path: d, kind: 'dir' });
    }
  }
  return created;
}

/**
 * Copies each existing target next to itself, keeping its mode, so cleanup can put it back exactly.
 * Entries go into `entries` as they are made, so a failure half-way still knows every backup.
 */
async function backUp(writes: readonly PlannedWrite[], entries: JournalEntry[]): Promise<void> {
  for (const { path } of writes) {
    const stat = await exists(path);
    if (stat === undefined) {
      entries.push({ path, kind: 'file' });
      continue;
    }
    if (!stat.isFile()) throw new Error(`Cannot write ${path}: something other than a file is there`);
    const backup = `${path}.before-codeartifact-cache-${suffix()}`;
    await copyFile(path, backup, constants.COPYFILE_EXCL);
    await chmod(backup, stat.mode & 0o7777);
    entries.push({ path, kind: 'file', backup });
  }
}

/**
 * Writes every file or none: all contents go to temp files first, existing targets are backed up, the
 * journal is handed to `saveJournal` (so cleanup can undo even a crash), and only then are the temp files
 * renamed into place. Any failure undoes what was done and rethrows.
 */
export async function writeAll(
  writes: readonly PlannedWrite[],
  saveJournal: (journal: Journal) => Promise<void>,
): Promise<Journal> {
  const entries = await createDirs(writes);
  const journal: Journal = { version: 1, entries };
  const temps: string[] = [];
  try {
    for (const { path, content, mode } of writes) {
      const temp = `${path}.tmp-${suffix()}`;
      temps.push(temp);
      await writeFile(temp, content, { mode, flag: 'wx' });
      await chmod(temp, mode); // the umask may have narrowed or the file system widened it
    }
    await backUp(writes, entries);
    await saveJournal(journal);
    for (const [i, { path }] of writes.entries()) await rename(temps[i] ?? '', path);
    return journal;
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })));
    await restoreAll(journal);
    throw error;
  }
}

/** What undoing a journal did: one line per path undone, one per path that could not be. */
export interface RestoreResult {
  readonly done: string[];
  readonly problems: string[];
}

/** Undoes one entry; returns what was done, or undefined when a directory is left (not ours alone now). */
async function undo(entry: JournalEntry): Promise<string | undefined> {
  if (entry.kind === 'dir') {
    const removed = await rmdir(entry.path).then(() => true, ignore('ENOENT', 'ENOTEMPTY'));
    return removed === true ? `Removed ${entry.path}/` : undefined;
  }
  if (entry.backup !== undefined) {
    await rename(entry.backup, entry.path);
    return `Restored ${entry.path}`;
  }
  await rm(entry.path, { force: true });
  return `Removed ${entry.path}`;
}

/**
 * Undoes `journal` in reverse order (never throws). A directory login created that now holds someone
 * else's files is left in place.
 */
export async function restoreAll(journal: Journal): Promise<RestoreResult> {
  const result: RestoreResult = { done: [], problems: [] };
  for (const entry of [...journal.entries].reverse()) {
    try {
      const done = await undo(entry);
      if (done !== undefined) result.done.push(done);
    } catch (error) {
      result.problems.push(`Could not restore ${entry.path}: ${(error as Error).message}`);
    }
  }
  return result;
}

/** A rejection handler that turns the given error codes into `false` and rethrows the rest. */
function ignore(...codes: string[]) {
  return (error: NodeJS.ErrnoException): false => {
    if (!codes.includes(error.code ?? '')) throw error;
    return false;
  };
}
