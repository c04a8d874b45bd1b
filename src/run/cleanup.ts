import { access } from 'node:fs/promises';
import type { Platform } from '../platform/types.js';
import { restoreAll, type Journal, type JournalEntry, type RestoreResult } from './files.js';

/** What cleanup is told; a dry run lists what it would undo. */
export interface CleanupConfig {
  /** @default false */
  readonly dryRun: boolean;
}

/** What cleanup did: one line per path removed or restored, one per path that could not be. */
export type CleanupResult = RestoreResult;

const isEntry = (e: unknown): e is JournalEntry =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as JournalEntry).path === 'string' &&
  ['file', 'dir', 'partial'].includes((e as JournalEntry).kind) &&
  ((e as JournalEntry).backup === undefined || typeof (e as JournalEntry).backup === 'string') &&
  ((e as JournalEntry).sha256 === undefined || typeof (e as JournalEntry).sha256 === 'string');

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/** The journal login saved, checked; throws on anything else (a state from another tool or version). */
export function parseJournal(text: string): Journal {
  const value: unknown = JSON.parse(text);
  const entries = (value as Journal | null)?.entries;
  if ((value as Journal | null)?.version !== 1 || !Array.isArray(entries) || !entries.every(isEntry)) {
    throw new Error('The saved login state is not one this version understands');
  }
  return { version: 1, entries };
}

/** Only the directories (or only the rest), in their order. */
const only = (journal: Journal, dirs: boolean): Journal => ({
  version: 1,
  entries: journal.entries.filter((entry) => (entry.kind === 'dir') === dirs),
});

/**
 * Undoes a journal: files first, then the state is forgotten (a CLI keeps it in login's own directory),
 * then the directories login created, which are empty by then.
 */
async function undoJournal(journal: Journal, platform: Platform): Promise<RestoreResult> {
  const files = await restoreAll(only(journal, false));
  await platform.clearState();
  const dirs = await restoreAll(only(journal, true));
  return { done: [...files.done, ...dirs.done], problems: [...files.problems, ...dirs.problems] };
}

/**
 * Undoes what login did: removes every file and directory it created and puts back, byte for byte, every
 * file it replaced. Problems are returned (and warned about), never thrown: a cleanup that half-fails
 * should still undo everything else.
 */
export async function cleanup(config: CleanupConfig, platform: Platform): Promise<CleanupResult> {
  const text = await platform.loadState();
  if (text === undefined || text === '') {
    // A login killed while saving its first state leaves only that half-saved state: sweep it.
    if (!config.dryRun) await platform.clearState();
    platform.info('Nothing to clean up: no login state was found.');
    return { done: [], problems: [] };
  }
  const journal = parseJournal(text);
  if (config.dryRun) {
    // A temp file or backup is listed only when a crash left it behind.
    const left = await Promise.all(journal.entries.map((e) => e.kind !== 'partial' || exists(e.path)));
    const lines = journal.entries
      .filter((_, i) => left[i])
      .reverse()
      .map((e) => `Would ${e.backup ? 'restore' : 'remove'} ${e.path}\n`);
    platform.report(lines.join(''));
    return { done: [], problems: [] };
  }
  const result = await undoJournal(journal, platform);
  result.done.forEach((line) => platform.info(line));
  result.problems.forEach((problem) => platform.warning(problem));
  return result;
}

/** Before a new login on the same machine: undo the previous one, so cleanup later restores the originals. */
export async function undoPrevious(platform: Platform): Promise<void> {
  const text = await platform.loadState();
  if (text === undefined || text === '') return;
  try {
    const { problems } = await undoJournal(parseJournal(text), platform);
    problems.forEach((problem) => platform.warning(problem));
  } catch (error) {
    platform.warning(`Ignored the previous login's state: ${(error as Error).message}`);
    await platform.clearState();
  }
}
