/**
 * Minimal deterministic archive writers: ustar+gzip for npm tarballs and sdists, zip for wheels.
 *
 * Every timestamp is fixed and nothing depends on the machine, so the same files always give the same
 * bytes — and so the same `integrity`/`sha256` — run after run (for a given zlib build).
 */
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';

/** One file to put in an archive; `mode` defaults to 0o644. */
export interface ArchiveFile {
  readonly path: string;
  readonly content: Buffer;
  readonly mode?: number;
}

/** 1985-10-26T08:15:00Z: the fixed mtime npm itself stamps on packed files. */
export const FIXED_MTIME = 499162500;
const BLOCK = 512;

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  header.write(value.toString(8).padStart(length - 1, '0') + '\0', offset, length, 'ascii');
}

/** Splits a long path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a slash. */
function splitUstarPath(path: string): [prefix: string, name: string] {
  if (Buffer.byteLength(path) <= 100) return ['', path];
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return [prefix, name];
  }
  throw new Error(`Path is too long for a ustar header: ${path}`);
}

function ustarHeader(file: ArchiveFile): Buffer {
  const header = Buffer.alloc(BLOCK);
  const [prefix, name] = splitUstarPath(file.path);
  header.write(name, 0, 100, 'utf8');
  writeOctal(header, 100, 8, file.mode ?? 0o644);
  writeOctal(header, 108, 8, 0); // uid
  writeOctal(header, 116, 8, 0); // gid
  writeOctal(header, 124, 12, file.content.length);
  writeOctal(header, 136, 12, FIXED_MTIME);
  header.fill(0x20, 148, 156); // the checksum is computed with its own field as spaces
  header.write('0', 156, 1, 'ascii'); // regular file
  header.write('ustar\u000000', 257, 8, 'binary');
  header.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return header;
}

/** A ustar archive (uncompressed) of the files, in the given order. */
export function tar(files: readonly ArchiveFile[]): Buffer {
  const parts: Buffer[] = [];
  for (const file of files) {
    parts.push(ustarHeader(file), file.content);
    const padding = (BLOCK - (file.content.length % BLOCK)) % BLOCK;
    if (padding > 0) parts.push(Buffer.alloc(padding));
  }
  parts.push(Buffer.alloc(BLOCK * 2)); // end-of-archive marker
  return Buffer.concat(parts);
}

/** A gzip-compressed ustar archive with fixed mtimes: identical bytes for identical input. */
export function tarGz(files: readonly ArchiveFile[]): Buffer {
  const gz = gzipSync(tar(files), { level: 6 });
  // zlib already writes mtime 0; pin the OS byte too ("Unix") so the header never varies by platform.
  gz[9] = 3;
  return gz;
}

/** DOS date for 1980-01-01 (the zip epoch), time 00:00: a fixed timestamp for every entry. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const UTF8_FLAG = 0x0800;

function localHeader(name: Buffer, crc: number, compressed: number, size: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  h.writeUInt16LE(UTF8_FLAG, 6);
  h.writeUInt16LE(8, 8); // method: deflate
  h.writeUInt16LE(DOS_TIME, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(compressed, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(name.length, 26);
  return h;
}

function centralHeader(local: Buffer, name: Buffer, mode: number, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, so the external attributes carry a mode
  local.copy(h, 6, 4, 30); // version needed … name length share the local header's layout
  h.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

/** A zip archive (deflate, CRC-32, fixed timestamps) of the files, in the given order. */
export function zip(files: readonly ArchiveFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.path, 'utf8');
    const data = deflateRawSync(file.content, { level: 9 });
    const local = localHeader(name, crc32(file.content), data.length, file.content.length);
    centrals.push(centralHeader(local, name, file.mode ?? 0o644, offset));
    locals.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}
