/** cache-dependency-path as setup-node users write it, against a real directory tree. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findFiles } from '../../src/run/find-files.js';
import { tempDir } from '../helpers/clients.js';

let root: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir: root, cleanup: remove } = await tempDir('find-files'));
  const deep = join('apps', ...Array.from({ length: 12 }, (_, i) => `d${i}`));
  for (const dir of ['apps/web', 'libs/ui', 'tools/gen', deep, 'node_modules/x']) {
    await mkdir(join(root, dir), { recursive: true });
    await writeFile(join(root, dir, 'package-lock.json'), '{}');
  }
});
afterAll(() => remove());

const rel = (files: string[]) => files.map((f) => f.slice(root.length + 1));

it('takes {a,b} alternatives and leaves out what a ! pattern names', async () => {
  expect(rel(await findFiles(root, ['{apps,libs}/*/package-lock.json']))).toEqual([
    'apps/web/package-lock.json',
    'libs/ui/package-lock.json',
  ]);
  expect(rel(await findFiles(root, ['**/package-lock.json', '!tools/**']))).not.toContain(
    'tools/gen/package-lock.json',
  );
});

it('finds lockfiles twelve levels down (no longer cut at 8), never inside node_modules', async () => {
  const found = rel(await findFiles(root, ['**/package-lock.json']));
  expect(found).toContain(
    `apps/${Array.from({ length: 12 }, (_, i) => `d${i}`).join('/')}/package-lock.json`,
  );
  expect(found.filter((f) => f.startsWith('node_modules'))).toEqual([]);
});
