import { createHash, randomBytes } from 'node:crypto';
import { chmod, copyFile, constants, lstat, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { restoreAll } from './undo.js';

export { restoreAll, type RestoreResult } from './undo.js';

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
  /** `partial`: a temp file or backup that may or may not exist yet; cleanup removes it if it does. */
  readonly kind: 'file' | 'dir' | 'partial';
  /** A byte-for-byte copy of the file as it was before login (same directory, same mode). */
  readonly backup?: string;
  /** sha256 of what login wrote there: tells an undo cut short by a crash whether the file is still ours. */
  readonly sha256?: string;
}

/** Everything login did to the file system, in order; cleanup undoes it in reverse. */
export interface Journal {
  readonly version: 1;
  readonly entries: readonly JournalEntry[];
}

const suffix = (): string => randomBytes(4).toString('hex');
const sha256 = (content: string): string => createHash('sha256').update(content).digest('hex');
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

/** Where a write's contents go first, and where an existing target is copied to: both beside it. */
interface Staged {
  readonly write: PlannedWrite;
  readonly temp: string;
  readonly backup?: string;
}

/** Names every temp file and backup before any is created, refusing targets that are not files. */
async function stage(writes: readonly PlannedWrite[]): Promise<Staged[]> {
  const staged: Staged[] = [];
  for (const write of writes) {
    const stat = await exists(write.path);
    if (stat !== undefined && !stat.isFile()) {
      throw new Error(`Cannot write ${write.path}: something other than a file is there`);
    }
    const temp = `${write.path}.tmp-${suffix()}`;
    if (stat === undefined) staged.push({ write, temp });
    else staged.push({ write, temp, backup: `${write.path}.before-codeartifact-cache-${suffix()}` });
  }
  return staged;
}

/** Copies an existing target next to itself, keeping its mode, so cleanup can put it back exactly. */
async function backUp(path: string, backup: string): Promise<void> {
  const { mode } = await lstat(path);
  await copyFile(path, backup, constants.COPYFILE_EXCL);
  await chmod(backup, mode & 0o7777);
}

/** The journal entries of the targets themselves: removed, or put back from their backup, by cleanup. */
const targetEntries = (staged: readonly Staged[]): JournalEntry[] =>
  staged.map(({ write, backup }) => ({
    path: write.path,
    kind: 'file',
    ...(backup === undefined ? {} : { backup }),
    sha256: sha256(write.content),
  }));

/**
 * Writes every file or none. The journal is written ahead of the file system: the name of every temp file
 * and backup is saved before the first byte of the token reaches the disk, and the targets before the
 * first rename, so `cleanup` after a crash at any point (`kill -9` included) finds everything login left.
 * Contents go to temp files, existing targets are backed up, and only then are temp files renamed into
 * place. Any failure undoes what was done and rethrows.
 */
export async function writeAll(
  writes: readonly PlannedWrite[],
  saveJournal: (journal: Journal) => Promise<void>,
): Promise<Journal> {
  const staged = await stage(writes);
  const entries = await createDirs(writes);
  for (const { temp, backup } of staged) {
    entries.push({ path: temp, kind: 'partial' });
    if (backup !== undefined) entries.push({ path: backup, kind: 'partial' });
  }
  let journal: Journal = { version: 1, entries };
  try {
    await saveJournal(journal);
    for (const { write, temp } of staged) {
      await writeFile(temp, write.content, { mode: write.mode, flag: 'wx' });
      await chmod(temp, write.mode); // the umask may have narrowed or the file system widened it
    }
    for (const { write, backup } of staged) if (backup !== undefined) await backUp(write.path, backup);
    journal = { version: 1, entries: [...entries, ...targetEntries(staged)] };
    await saveJournal(journal);
    for (const { write, temp } of staged) await rename(temp, write.path);
    return journal;
  } catch (error) {
    await restoreAll(journal);
    // Undone: a later cleanup must not try again (and report backups it already put back as missing).
    await saveJournal({ version: 1, entries: [] }).catch(() => undefined);
    throw error;
  }
}
