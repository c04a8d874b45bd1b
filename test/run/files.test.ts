import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { restoreAll, writeAll, type Journal } from '../../src/run/files.js';
import { tempDir } from '../helpers/clients.js';

let root: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dir: root, cleanup: remove } = await tempDir('files')));
afterEach(() => remove());

/** Every path under `dir`, sorted, for "nothing else was left behind". */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

const ODD_BYTES = 'user line\r\nno newline at the end \u00e9';

it('creates directories 0700 and files with their modes, and journals them ahead of writing', async () => {
  const saved: Journal[] = [];
  const path = join(root, 'a/b/npmrc');
  const journal = await writeAll([{ path, content: 'x=1\n', mode: 0o600 }], async (j) => void saved.push(j));
  const temp = { path: expect.stringMatching(/\/a\/b\/npmrc\.tmp-[0-9a-f]{8}$/), kind: 'partial' };
  const ahead = [{ path: join(root, 'a'), kind: 'dir' }, { path: join(root, 'a/b'), kind: 'dir' }, temp];
  const sha256 = createHash('sha256').update('x=1\n').digest('hex');
  expect(journal.entries).toEqual([...ahead, { path, kind: 'file', sha256 }]);
  // The temp file's name was saved before the file existed; the target's before the rename.
  expect(saved).toEqual([{ version: 1, entries: ahead }, journal]);
  expect((await stat(path)).mode & 0o777).toBe(0o600);
  expect((await stat(join(root, 'a'))).mode & 0o777).toBe(0o700);
  await restoreAll(journal);
  expect(await tree(root)).toEqual([]);
});

it('puts a replaced file back byte for byte, with its mode', async () => {
  const path = join(root, 'env');
  await writeFile(path, ODD_BYTES);
  await chmod(path, 0o640);
  const journal = await writeAll([{ path, content: 'export A=1\n', mode: 0o600 }], async () => undefined);
  expect(await readFile(path, 'utf8')).toBe('export A=1\n');
  const { done, problems } = await restoreAll(journal);
  expect([done, problems]).toEqual([[`Restored ${path}`], []]);
  expect(await readFile(path, 'utf8')).toBe(ODD_BYTES);
  expect((await stat(path)).mode & 0o777).toBe(0o640);
  expect(await tree(root)).toEqual(['env']);
});

it.each([
  ['a target is a directory', async () => mkdir(join(root, 'second')), undefined],
  ['the journal cannot be saved', async () => undefined, new Error('state is full')],
])('writes nothing when %s', async (_what, arrange, saveError) => {
  const existing = join(root, 'existing');
  await writeFile(existing, ODD_BYTES);
  await arrange();
  const before = await tree(root);
  const writes = [
    { path: existing, content: 'new', mode: 0o600 },
    { path: join(root, 'new/first'), content: 'new', mode: 0o600 },
    { path: join(root, 'second'), content: 'new', mode: 0o600 },
  ];
  const save = async () => {
    if (saveError) throw saveError;
  };
  await expect(writeAll(writes, save)).rejects.toThrow(saveError?.message ?? 'something other than a file');
  expect(await tree(root)).toEqual(before);
  expect(await readFile(existing, 'utf8')).toBe(ODD_BYTES);
});

it('leaves a directory it created when someone else has put files in it', async () => {
  const journal = await writeAll(
    [{ path: join(root, 'd/f'), content: '', mode: 0o600 }],
    async () => undefined,
  );
  await writeFile(join(root, 'd/theirs'), '');
  expect(await restoreAll(journal)).toEqual({ done: [`Removed ${join(root, 'd/f')}`], problems: [] });
  expect(await tree(root)).toEqual(['d', 'd/theirs']);
});

it('an undo cut short is finished without complaint: a backup already put back is not missing', async () => {
  const path = join(root, 'env');
  await writeFile(path, ODD_BYTES);
  const journal = await writeAll([{ path, content: 'export T=1\n', mode: 0o600 }], async () => undefined);
  await restoreAll(journal); // the first cleanup, killed before it could forget the journal
  expect(await restoreAll(journal)).toEqual({ done: [], problems: [] });
  expect(await readFile(path, 'utf8')).toBe(ODD_BYTES);
  expect(await tree(root)).toEqual(['env']);
});

it('a backup someone deleted: the file login wrote (it holds the token) is removed, and said so', async () => {
  const path = join(root, 'env');
  await writeFile(path, ODD_BYTES);
  const journal = await writeAll([{ path, content: 'export T=1\n', mode: 0o600 }], async () => undefined);
  const backup = journal.entries.find((e) => e.backup !== undefined)?.backup ?? '';
  await rm(backup);
  const { problems } = await restoreAll(journal);
  expect(problems).toEqual([expect.stringContaining(`its backup ${backup} is gone`)]);
  expect(await tree(root)).toEqual([]);
});
