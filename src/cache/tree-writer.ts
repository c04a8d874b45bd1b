/**
 * Writes the members TarReader reports into one fresh directory, applying member-policy.ts to each before
 * anything is created. Synchronous file calls on purpose: members arrive one at a time from a pipe, and a
 * sync write per chunk costs the same system calls as tar's own loop without a thread-pool round trip.
 * Ownership, timestamps and directory modes are never taken from the archive.
 */
import {
  closeSync,
  constants,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  symlinkSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import {
  checkSymlink,
  fileMode,
  memberKind,
  memberPath,
  RefusedEntry,
  type RestoreLimits,
} from './member-policy.js';
import type { MemberSink, RawMember } from './tar-reader.js';

const NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

export class TreeWriter implements MemberSink {
  /** Members written so far (files, directories and links). */
  files = 0;
  /** Bytes of file data written so far. */
  bytes = 0;
  private fd: number | undefined;
  private left = 0;

  constructor(
    private readonly root: string,
    private readonly limits: RestoreLimits,
  ) {}

  begin(member: RawMember): void {
    const rel = memberPath(member.path);
    const kind = memberKind(member.typeflag, rel || '.');
    if (rel === '') {
      if (kind !== 'dir') throw new RefusedEntry('the top of the entry is not a directory');
      return;
    }
    this.count(rel, kind === 'file' ? member.size : 0);
    const at = join(this.root, rel);
    if (kind === 'dir') return this.directory(rel, at);
    if (kind === 'symlink') {
      checkSymlink(rel, member.linkpath);
      return void this.create(rel, at, () => symlinkSync(member.linkpath, at));
    }
    if (kind === 'link') return this.hardLink(rel, at, member.linkpath);
    const mode = fileMode(rel, member.mode);
    this.fd = this.create(rel, at, () => openSync(at, NEW_FILE, mode));
    this.left = member.size;
  }

  data(chunk: Buffer): void {
    if (this.fd === undefined || chunk.length > this.left) throw new Error('tar data outside a file member');
    for (let at = 0; at < chunk.length;) at += writeSync(this.fd, chunk, at, chunk.length - at);
    this.left -= chunk.length;
  }

  end(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** Closes a file left open by a failed read. */
  close(): void {
    this.end();
  }

  private count(rel: string, size: number): void {
    this.files += 1;
    this.bytes += size;
    if (this.files > this.limits.maxFiles) {
      throw new RefusedEntry(`the entry holds more than ${this.limits.maxFiles} members (at ${rel})`);
    }
    if (this.bytes > this.limits.maxBytes) {
      throw new RefusedEntry(`the entry unpacks to more than ${this.limits.maxBytes} bytes (at ${rel})`);
    }
  }

  /** Runs `make`, creating missing parents, and replacing an earlier member of the same name (not a directory). */
  private create<T>(rel: string, at: string, make: () => T): T {
    try {
      return make();
    } catch (error) {
      if (code(error) === 'ENOENT') {
        mkdirSync(dirname(at), { recursive: true });
        return make();
      }
      if (code(error) !== 'EEXIST') throw error;
      if (lstatSync(at).isDirectory()) throw new RefusedEntry(`member ${rel} would replace a directory`);
      unlinkSync(at);
      return make();
    }
  }

  private directory(rel: string, at: string): void {
    try {
      mkdirSync(at, { recursive: true });
    } catch (error) {
      // A directory member where a link already is: the link stays (it points down, see checkSymlink).
      if (code(error) === 'EEXIST' && lstatSync(at).isSymbolicLink()) return;
      if (code(error) === 'EEXIST') throw new RefusedEntry(`member ${rel} is both a file and a directory`);
      throw error;
    }
  }

  /** A hard link may only join a regular file this entry already wrote. */
  private hardLink(rel: string, at: string, linkpath: string): void {
    const source = memberPath(linkpath);
    const from = join(this.root, source);
    const isFile = source !== '' && lstatFile(from);
    if (!isFile)
      throw new RefusedEntry(
        `hard link ${rel} -> ${JSON.stringify(linkpath)} is not to a file of this entry`,
      );
    this.create(rel, at, () => linkSync(from, at));
  }
}

function lstatFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
