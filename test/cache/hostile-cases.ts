/**
 * Crafted cache entries, each with a correct sha256: what a writer to a shared store could plant. Shared by
 * the hostile-store suite (local and S3 backends). `sandbox` is the directory holding the target's home and
 * the things an attacker wants (the login state with its token, another directory to redirect writes to).
 */
import { longName, paxMember, tarBytes, type CraftedMember } from '../helpers/hostile-tar.js';

export interface HostileCase {
  readonly name: string;
  readonly tar: (sandbox: string) => Buffer;
  /** What the one warning must say. */
  readonly refused: RegExp;
  readonly manifest?: Record<string, unknown>;
  readonly compression?: 'gzip';
}

const file = (name: string, body = 'x'): CraftedMember => ({ name, data: Buffer.from(body) });
const dir = (name: string): CraftedMember => ({ name: `${name}/`, type: '5' });
const MiB = 1024 * 1024;
/** A harmless start, so each refusal happens after something was already written to the temp dir. */
const start: CraftedMember[] = [dir('.'), dir('./_cacache'), file('./_cacache/ok', 'fine')];
const tar = (...members: CraftedMember[]) => tarBytes([...start, ...members]);

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: 'an absolute member path',
    tar: (s) => tar(file(`${s}/home/.codeartifact-cache/npmrc`, 'pwned')),
    refused: /absolute path/,
  },
  { name: "a member climbing out with '..'", tar: () => tar(file('../outside', 'pwned')), refused: /'\.\.'/ },
  { name: "'..' in the middle", tar: () => tar(file('_cacache/../../outside')), refused: /'\.\.'/ },
  {
    name: 'a symlink to an absolute directory, then a file through it (item 2)',
    tar: (s) => tar({ name: '_cacache/idx', type: '2', linkname: `${s}/elsewhere` }, file('_cacache/idx/f')),
    refused: /points outside/,
  },
  {
    name: 'a symlink climbing out relatively',
    tar: () => tar({ name: '_cacache/up', type: '2', linkname: '../../elsewhere' }),
    refused: /points outside/,
  },
  {
    name: 'a chain of links that only escapes together (l1 -> ., l2 -> l1/..)',
    tar: () => tar({ name: 'l1', type: '2', linkname: '.' }, { name: 'l2', type: '2', linkname: 'l1/..' }),
    refused: /points outside/,
  },
  {
    name: 'the top of the entry is itself a link (pip -> /elsewhere, item 2)',
    tar: (s) => tarBytes([{ name: './', type: '2', linkname: `${s}/elsewhere` }]),
    refused: /top of the entry is not a directory/,
  },
  {
    name: 'a hard link to a file outside',
    tar: (s) => tar({ name: 'h', type: '1', linkname: `${s}/home/.codeartifact-cache/npmrc` }),
    refused: /absolute path/,
  },
  {
    name: 'a hard link to a name the entry never wrote',
    tar: () => tar({ name: 'h', type: '1', linkname: 'home/.codeartifact-cache/npmrc' }),
    refused: /not to a file of this entry/,
  },
  { name: 'a character device', tar: () => tar({ name: 'tty', type: '3' }), refused: /character device/ },
  { name: 'a block device', tar: () => tar({ name: 'disk', type: '4' }), refused: /block device/ },
  { name: 'a FIFO', tar: () => tar({ name: 'fifo', type: '6' }), refused: /FIFO/ },
  {
    name: 'a set-user-ID file',
    tar: () => tar({ ...file('bin/su', '#!/bin/sh'), mode: 0o4755, uid: 1234 }),
    refused: /set-user-ID/,
  },
  {
    name: 'a set-group-ID file',
    tar: () => tar({ ...file('g', 'x'), mode: 0o2755 }),
    refused: /set-group-ID/,
  },
  {
    name: 'a size bomb: 100 MiB of zeros in a few KB (item 3), cap 64 MiB',
    tar: () => tar(...Array.from({ length: 100 }, (_, i) => file(`z${i}`, '\0'.repeat(MiB)))),
    refused: /unpacks to more than 67108864 bytes/,
  },
  {
    name: 'a file-count bomb: 12,000 empty files',
    tar: () => tar(...Array.from({ length: 12_000 }, (_, i) => file(`e/${i}`, ''))),
    refused: /more than 10000 members/,
  },
  {
    name: 'a declared size far past the cap (checked before any byte is written)',
    tar: () => tar({ name: 'big', size: 2 ** 33 - 1, data: Buffer.alloc(0) }),
    refused: /unpacks to more than/,
  },
  {
    name: 'a base-256 size field',
    tar: () => tar({ ...file('b', 'x'), base256Size: true }),
    refused: /base-256/,
  },
  {
    name: "a pax header renaming the next member to '..'",
    tar: () => tar(paxMember({ path: '../outside' }), file('innocent')),
    refused: /'\.\.'/,
  },
  {
    name: 'a pax header pointing a link outside',
    tar: (s) => tar(paxMember({ linkpath: `${s}/elsewhere` }), { name: 'l', type: '2', linkname: 'fine' }),
    refused: /points outside/,
  },
  {
    name: 'a global pax header',
    tar: () => tar(paxMember({ path: 'x' }, 'g'), file('y')),
    refused: /global pax header/,
  },
  {
    name: 'a pax sparse member',
    tar: () => tar(paxMember({ 'GNU.sparse.major': '1' }), file('s')),
    refused: /sparse/,
  },
  {
    name: "a GNU long name with '..'",
    tar: () => tar(longName(`${'a'.repeat(120)}/../../outside`), file('short')),
    refused: /'\.\.'/,
  },
  {
    name: 'a header with a wrong checksum',
    tar: () => tar({ ...file('c'), badChecksum: true }),
    refused: /checksum/,
  },
  { name: 'a v7 header (no magic)', tar: () => tar({ ...file('v'), magic: 'v7' }), refused: /not ustar/ },
  {
    name: 'a name that is not UTF-8',
    tar: () => tar({ name: 'bad\u00ff\u00fe', data: Buffer.from('x'), latin1Name: true }),
    refused: /UTF-8/,
  },
  {
    name: 'a file replacing a directory written earlier',
    tar: () => tar(file('_cacache', 'flat')),
    refused: /would replace a directory/,
  },
  {
    name: 'an archive that ends in the middle of a member (sha256 matches)',
    tar: () => tarBytes([...start, { name: 'cut', size: 4096, data: Buffer.alloc(100) }], false),
    refused: /ends in the middle/,
  },
  {
    name: 'a schema-1 manifest naming paths (item 1: "/x/..")',
    tar: () => tar(),
    manifest: { schema: 1, paths: ['/x/..'] },
    refused: /not one this version understands/,
  },
  {
    name: 'a manifest whose sha256 is not hex',
    tar: () => tar(),
    manifest: { sha256: '../../etc' },
    refused: /not one this version understands/,
  },
  {
    name: 'a gzip entry with an absolute path',
    tar: () => tar(file('/etc/cron.d/x')),
    compression: 'gzip',
    refused: /absolute path/,
  },
];

/** A manifest that lies about the archive's size to raise the unpack cap (20 × 1 GiB) for a small bomb. */
export const LYING_SIZE: HostileCase = {
  name: 'a manifest claiming a 1 GiB archive for a few KB of bomb',
  tar: () =>
    tarBytes([
      { name: './', type: '5' },
      { name: 'z', data: Buffer.alloc(80 * 1024 * 1024) },
    ]),
  manifest: { size: 2 ** 30 },
  // Checked before extracting (the check after the stream would add " (truncated?)", after writing 80 MiB).
  refused: /bytes where its manifest says 1073741824$/,
};
