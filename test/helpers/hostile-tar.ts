/**
 * Crafted cache entries: tar members written byte by byte (so any header an attacker could write can be
 * written), compressed with the real zstd or gzip, with a manifest whose sha256 and size match — exactly
 * what someone with write access to a shared store could put there.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface CraftedMember {
  readonly name: string;
  /** Typeflag character. @default '0' (or '5' when the name ends in '/') */
  readonly type?: string;
  readonly data?: Buffer;
  /** Overrides the size field (data stays as given). */
  readonly size?: number;
  readonly linkname?: string;
  /** @default 0o644, 0o755 for directories */
  readonly mode?: number;
  /** @default 0 */
  readonly uid?: number;
  /** 'gnu' (GNU tar's default), 'posix' (ustar + pax) or 'v7' (no magic). @default 'gnu' */
  readonly magic?: 'gnu' | 'posix' | 'v7';
  readonly badChecksum?: boolean;
  /** Size written base-256 (GNU's encoding for > 8 GiB). */
  readonly base256Size?: boolean;
  /** Writes the name's characters as single bytes (to plant bytes that are not UTF-8). */
  readonly latin1Name?: boolean;
}

const BLOCK = 512;
const pad = (n: number) => Buffer.alloc((BLOCK - (n % BLOCK)) % BLOCK);

function field(block: Buffer, at: number, length: number, value: string): void {
  block.write(value.slice(0, length), at, length, 'latin1');
}

const octal = (n: number, width: number) => `${n.toString(8).padStart(width - 1, '0')}\0`;

function header(m: CraftedMember): Buffer {
  const block = Buffer.alloc(BLOCK);
  const type = m.type ?? (m.name.endsWith('/') ? '5' : '0');
  const size = m.size ?? m.data?.length ?? 0;
  block.write(m.name, 0, 100, m.latin1Name ? 'latin1' : 'utf8');
  field(block, 100, 8, octal(m.mode ?? (type === '5' ? 0o755 : 0o644), 8));
  field(block, 108, 8, octal(m.uid ?? 0, 8));
  field(block, 116, 8, octal(m.uid ?? 0, 8));
  if (m.base256Size) {
    block[124] = 0x80;
    block.writeUIntBE(size, 124 + 12 - 6, 6);
  } else field(block, 124, 12, octal(size, 12));
  field(block, 136, 12, octal(1_700_000_000, 12));
  field(block, 156, 1, type);
  if (m.linkname !== undefined) block.write(m.linkname, 157, 100, 'utf8');
  const magic = m.magic ?? 'gnu';
  if (magic === 'gnu') field(block, 257, 8, 'ustar  \0');
  if (magic === 'posix') field(block, 257, 8, 'ustar\u000000');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of block) sum += b;
  field(block, 148, 8, `${(m.badChecksum ? sum + 1 : sum).toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** A pax extended header ('x', or 'g' for global) carrying `records`. */
export function paxMember(records: Record<string, string>, type: 'x' | 'g' = 'x'): CraftedMember {
  const lines = Object.entries(records).map(([k, v]) => {
    const body = ` ${k}=${v}\n`;
    let length = body.length + 1;
    while (`${length}${body}`.length !== length) length += 1;
    return `${length}${body}`;
  });
  return { name: 'PaxHeaders/x', type, data: Buffer.from(lines.join('')), magic: 'posix' };
}

/** A GNU long-name ('L') or long-link ('K') member for the next header. */
export const longName = (name: string, type: 'L' | 'K' = 'L'): CraftedMember => ({
  name: '././@LongLink',
  type,
  data: Buffer.from(`${name}\0`),
});

/** The tar stream of `members`, with the end-of-archive blocks unless `end` is false. */
export function tarBytes(members: readonly CraftedMember[], end = true): Buffer {
  const parts: Buffer[] = [];
  for (const m of members) {
    const data = m.data ?? Buffer.alloc(0);
    parts.push(header(m), data, pad(data.length));
  }
  if (end) parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

export function zstd(bytes: Buffer): Buffer {
  const out = spawnSync('zstd', ['-q', '-c', '-3'], { input: bytes, maxBuffer: 1 << 30 });
  if (out.status !== 0) throw new Error(`zstd failed: ${String(out.stderr)}`);
  return out.stdout;
}

/** Writes a bundle (archive + manifest with the right sha256 and size) holding `tar`; returns the archive. */
export async function craftBundle(
  dir: string,
  key: string,
  tar: Buffer,
  opts: { compression?: 'zstd' | 'gzip'; manifest?: Record<string, unknown> } = {},
): Promise<Buffer> {
  const compression = opts.compression ?? 'zstd';
  const archive = compression === 'zstd' ? zstd(tar) : gzipSync(tar);
  const manifest = {
    schema: 2,
    key,
    compression,
    sha256: createHash('sha256').update(archive).digest('hex'),
    size: archive.length,
    createdAt: new Date().toISOString(),
    ...opts.manifest,
  };
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'archive'), archive);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return archive;
}
