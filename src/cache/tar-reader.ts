/**
 * A streaming reader of the tar formats GNU tar and bsdtar write (ustar, GNU long names, per-member pax
 * headers). It is the only thing that interprets an archive: extraction writes exactly what it reports, so
 * no second parser (tar's) can read the same bytes differently. Anything it does not need is refused.
 */
import { RefusedEntry } from './member-policy.js';

/** One archive member as the reader saw it; `size` bytes of data follow for regular files. */
export interface RawMember {
  /** The typeflag character ('0', '5', '2', …; '\0' is reported as '0'). */
  readonly typeflag: string;
  readonly path: string;
  readonly linkpath: string;
  readonly size: number;
  readonly mode: number;
}

/** Receives members in order; any method may throw to stop the read. */
export interface MemberSink {
  begin(member: RawMember): void;
  data(chunk: Buffer): void;
  end(): void;
}

const BLOCK = 512;
/** Long names and pax headers are small; a huge one is an attack on memory. */
const MAX_META = 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const nul = field.indexOf(0);
  try {
    return utf8.decode(nul === -1 ? field : field.subarray(0, nul));
  } catch {
    throw new RefusedEntry('a member name is not valid UTF-8');
  }
}

function octal(block: Buffer, start: number, length: number, what: string): number {
  if (((block[start] ?? 0) & 0x80) !== 0) throw new RefusedEntry(`a member's ${what} is base-256 encoded`);
  const digits = block
    .toString('latin1', start, start + length)
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]*$/.test(digits)) throw new RefusedEntry(`a member's ${what} is not an octal number`);
  return digits === '' ? 0 : parseInt(digits, 8);
}

function checksumOk(block: Buffer): boolean {
  let sum = 8 * 0x20; // the checksum field itself counts as eight spaces
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += block[i] ?? 0;
  return sum === octal(block, 148, 8, 'checksum');
}

/** Pax records `"<len> <key>=<value>\n"`: only the keys that change how a member is read matter. */
function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.toString('latin1', at, space));
    if (space === -1 || !Number.isSafeInteger(length) || length <= 0 || at + length > data.length) {
      throw new RefusedEntry('a pax header is malformed');
    }
    const record = text(data.subarray(space + 1, at + length - 1), 0, length);
    const eq = record.indexOf('=');
    if (eq <= 0) throw new RefusedEntry('a pax header is malformed');
    records.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  for (const key of records.keys()) {
    if (key.startsWith('GNU.sparse')) throw new RefusedEntry('sparse members are not restored');
  }
  return records;
}

type State =
  | { readonly kind: 'header' }
  | { readonly kind: 'data'; left: number; pad: number; readonly forward: boolean }
  | { readonly kind: 'meta'; readonly flag: string; readonly parts: Buffer[]; left: number; pad: number }
  | { readonly kind: 'done' };

export class TarReader {
  private state: State = { kind: 'header' };
  private carry: Buffer = Buffer.alloc(0);
  private longPath: string | undefined;
  private longLink: string | undefined;
  private pax = new Map<string, string>();

  constructor(private readonly sink: MemberSink) {}

  /** True once the end-of-archive block was read (trailing padding is ignored). */
  get ended(): boolean {
    return this.state.kind === 'done';
  }

  push(chunk: Buffer): void {
    let buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = Buffer.alloc(0);
    while (buf.length > 0 && this.state.kind !== 'done') {
      const state = this.state;
      if (state.kind === 'header') {
        if (buf.length < BLOCK) break;
        this.header(buf.subarray(0, BLOCK));
        buf = buf.subarray(BLOCK);
      } else if (state.kind === 'data' || state.kind === 'meta') {
        buf = this.body(state, buf);
      }
    }
    if (this.state.kind === 'header' && buf.length > 0) this.carry = Buffer.from(buf);
  }

  /** Throws unless the stream ended exactly at the end-of-archive marker. */
  finish(): void {
    if (this.state.kind !== 'done') throw new Error('the archive ends in the middle of a member');
  }

  private body(state: Extract<State, { left: number }>, buf: Buffer): Buffer {
    const take = Math.min(state.left, buf.length);
    if (take > 0) {
      const part = buf.subarray(0, take);
      if (state.kind === 'meta') state.parts.push(Buffer.from(part));
      else if (state.forward) this.sink.data(part);
      state.left -= take;
    }
    const skip = Math.min(state.pad, buf.length - take);
    state.pad -= skip;
    if (state.left === 0 && state.pad === 0) this.close(state);
    return buf.subarray(take + skip);
  }

  private close(state: Extract<State, { left: number }>): void {
    this.state = { kind: 'header' };
    if (state.kind === 'data') return state.forward ? this.sink.end() : undefined;
    const data = Buffer.concat(state.parts);
    if (state.flag === 'x') this.pax = paxRecords(data);
    else if (state.flag === 'L') this.longPath = text(data, 0, data.length);
    else this.longLink = text(data, 0, data.length);
  }

  private header(block: Buffer): void {
    if (block.every((b) => b === 0)) return void (this.state = { kind: 'done' });
    if (!checksumOk(block)) throw new RefusedEntry('a member header has a wrong checksum');
    const magic = block.toString('latin1', 257, 265);
    const posix = magic === 'ustar\u000000';
    if (!posix && magic !== 'ustar  \0') throw new RefusedEntry('the archive is not ustar, GNU or pax tar');
    const flag = String.fromCharCode(block[156] ?? 0).replace('\0', '0');
    let size = octal(block, 124, 12, 'size');
    if (flag === 'x' || flag === 'L' || flag === 'K') {
      if (size > MAX_META) throw new RefusedEntry(`a ${flag} header of ${size} bytes is too large`);
      const pad = (BLOCK - (size % BLOCK)) % BLOCK;
      this.state = { kind: 'meta', flag, parts: [], left: size, pad };
      if (size === 0) this.close(this.state);
      return;
    }
    const prefix = posix ? text(block, 345, 155) : '';
    const name = text(block, 0, 100);
    const paxSize = this.pax.get('size');
    if (paxSize !== undefined) size = Number(paxSize);
    if (!Number.isSafeInteger(size) || size < 0) throw new RefusedEntry('a member size is not a number');
    const member: RawMember = {
      typeflag: flag,
      path: this.pax.get('path') ?? this.longPath ?? (prefix ? `${prefix}/${name}` : name),
      linkpath: this.pax.get('linkpath') ?? this.longLink ?? text(block, 157, 100),
      size,
      mode: octal(block, 100, 8, 'mode'),
    };
    this.pax = new Map();
    this.longPath = this.longLink = undefined;
    this.sink.begin(member); // the sink refuses the types it does not restore, with its reason
    const forward = flag === '0';
    // Only a regular file's data is written; other members' (if any) is read past.
    this.state = { kind: 'data', left: size, pad: (BLOCK - (size % BLOCK)) % BLOCK, forward };
    if (size === 0) this.close(this.state);
  }
}
