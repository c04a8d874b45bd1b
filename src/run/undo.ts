import { createHash } from 'node:crypto';
import { readFile, rename, rm, rmdir } from 'node:fs/promises';
import type { Journal, JournalEntry } from './files.js';

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

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
  if (entry.kind === 'partial') {
    const removed = await rm(entry.path).then(() => true, ignore('ENOENT'));
    return removed === true ? `Removed ${entry.path}` : undefined;
  }
  if (entry.backup !== undefined) {
    const restored = await rename(entry.backup, entry.path).then(() => true, ignore('ENOENT'));
    if (restored) return `Restored ${entry.path}`;
    // No backup: an undo cut short already put it back, unless the file there is still the one login wrote.
    if (!(await stillOurs(entry))) return undefined;
    await rm(entry.path, { force: true }); // it holds the token
    throw new Error(`its backup ${entry.backup} is gone: removed the file login wrote instead`);
  }
  await rm(entry.path, { force: true });
  return `Removed ${entry.path}`;
}

/** Whether the file at `entry.path` holds exactly what login wrote there. */
async function stillOurs(entry: JournalEntry): Promise<boolean> {
  const content = await readFile(entry.path).catch(() => undefined);
  return content !== undefined && (entry.sha256 === undefined || sha256(content) === entry.sha256);
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
