import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Duplex, Transform, type Readable } from 'node:stream';
import { ThreadHash, type Digest } from './hash-thread.js';

/** How tar (and zstd under it) run. */
export interface RunOptions {
  /** Kills the process when aborted. */
  readonly signal?: AbortSignal;
  /** Wraps each argv before it runs (tests impose resource limits with it). @default identity */
  readonly wrap?: (argv: readonly string[]) => readonly string[];
}

function whenExited(child: ChildProcess, argv: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.on('error', (error) => fail(error));
    child.on('close', (code, signal) => {
      if (code === 0) return done();
      const why = signal ? `killed by ${signal}` : `exit code ${code}`;
      fail(new Error(`${argv[0]} failed (${why}): ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/** Runs argv to completion; rejects with its stderr on a non-zero exit, a signal or an abort. */
export async function runTool(argv: readonly string[], opts: RunOptions = {}): Promise<void> {
  const [command, ...args] = opts.wrap ? opts.wrap(argv) : argv;
  const child = spawn(command ?? 'false', args, { stdio: ['ignore', 'ignore', 'pipe'], signal: opts.signal });
  await whenExited(child, argv);
}

/**
 * argv as a stream filter (stdin → stdout), e.g. a decompressor; `exited` rejects with its stderr on a
 * non-zero exit. Killed on abort.
 */
export function filterProcess(argv: readonly string[], opts: RunOptions = {}) {
  const [command, ...args] = opts.wrap ? opts.wrap(argv) : argv;
  const child = spawn(command ?? 'false', args, { stdio: ['pipe', 'pipe', 'pipe'], signal: opts.signal });
  const exited = whenExited(child, argv);
  // The stream's own errors (EPIPE when the reader stops early) surface through the pipeline instead.
  exited.catch(() => undefined);
  const stream = Duplex.from({ writable: child.stdin, readable: child.stdout });
  return { stream, exited, stop: stopper(child) };
}

/**
 * Stops `child` unless its output already ended (it is exiting by itself then, and its exit code still
 * counts). Called when the read stopped early (a refused member, a failed check): the process must not
 * outlive it, blocked on a pipe nobody reads (destroying the streams alone does not always close stdout).
 */
function stopper(child: ChildProcess): () => void {
  let ended = false;
  child.stdout?.once('end', () => (ended = true));
  return () => {
    if (ended) return;
    child.kill();
    child.stdout?.destroy(); // 'close' (which whenExited waits for) needs every stdio stream closed
  };
}

/** Throws unless `actual` (what was read) is the size and sha256 the manifest says. */
export function checkDigest(actual: Digest, expected: { readonly sha256: string; readonly size: number }) {
  if (actual.size !== expected.size) {
    throw new Error(
      `The cache archive is ${actual.size} bytes where its manifest says ${expected.size} (truncated?)`,
    );
  }
  if (actual.sha256 !== expected.sha256) {
    throw new Error(
      `The cache archive's sha256 is ${actual.sha256} where its manifest says ${expected.sha256}`,
    );
  }
}

/**
 * Passes bytes through unchanged, failing the stream as soon as there are more than the manifest's size
 * and, at the end, unless size and sha256 match: a truncated, padded or altered archive never completes.
 * The hashing happens on a worker thread (hash-thread.ts).
 */
export function checkedBytes(expected: { readonly sha256: string; readonly size: number }): Transform {
  const hash = new ThreadHash();
  let size = 0;
  return new Transform({
    highWaterMark: 1 << 20,
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > expected.size) {
        return callback(
          new Error(`The cache archive is larger than the ${expected.size} bytes its manifest says`),
        );
      }
      this.push(chunk);
      hash.update(chunk).then(() => callback(), callback);
    },
    flush(callback) {
      hash
        .digest()
        .then((digest) => checkDigest(digest, expected))
        .then(() => callback(), callback);
    },
    destroy(error, callback) {
      hash.stop();
      callback(error);
    },
  });
}

/**
 * argv reading the open file `fd` as its stdin (a decompressor reading the archive in place: no byte of it
 * passes through this process) and writing to a stream; `exited` rejects with its stderr on a non-zero
 * exit. Killed on abort, or by `stop`.
 */
export function readerProcess(argv: readonly string[], fd: number, opts: RunOptions = {}) {
  const [command, ...args] = opts.wrap ? opts.wrap(argv) : argv;
  const child = spawn(command ?? 'false', args, { stdio: [fd, 'pipe', 'pipe'], signal: opts.signal });
  const exited = whenExited(child, argv);
  exited.catch(() => undefined);
  return { stream: child.stdout as Readable, exited, stop: stopper(child) }; // stdio[1] is 'pipe'
}

const CHUNK = 1 << 20;
/** How long a reader that caught up with the writer waits before looking again. */
const FOLLOW_POLL_MS = 5;

/**
 * sha256 (hex) and size of the file at `path`, read in 1 MiB chunks. With `writing` (settles when the
 * process writing the file has exited), the file is read as it grows: hashing overlaps the writing instead
 * of following it, and the bytes come from the page cache the writer just filled. The file must only ever
 * be appended to (a fresh file a compressor writes in order); a failed writer fails the digest.
 */
export async function fileDigest(
  path: string,
  opts: { readonly signal?: AbortSignal; readonly writing?: Promise<void> } = {},
): Promise<{ sha256: string; size: number }> {
  const writing = opts.writing ? settled(opts.writing) : undefined;
  const isDone = () => writing === undefined || writing.done;
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK);
  let size = 0;
  const file = await openWhenCreated(path, isDone, opts.signal).catch(async (error: unknown) => {
    await opts.writing; // a writer that failed before creating the file: its error, not ENOENT
    throw error;
  });
  try {
    for (;;) {
      opts.signal?.throwIfAborted();
      const done = isDone(); // read before the read: a writer that ended before it left nothing after it
      const { bytesRead } = await file.read(buffer, 0, CHUNK, size);
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
      if (bytesRead > 0) continue;
      if (done) break;
      await new Promise((wake) => setTimeout(wake, FOLLOW_POLL_MS));
    }
    // Only appended to, the file is now exactly what was read; anything else (truncated and rewritten by a
    // second writer) is not what the digest describes.
    if ((await file.stat()).size !== size) throw new Error(`${path} changed while it was hashed`);
  } finally {
    await file.close();
  }
  if (writing) await opts.writing; // the writer's own failure wins over a digest of what it left
  return { sha256: hash.digest('hex'), size };
}

/** A promise whose settling can be asked synchronously. */
function settled(p: Promise<void>): { done: boolean } {
  const state = { done: false };
  p.then(
    () => (state.done = true),
    () => (state.done = true),
  );
  return state;
}

/** Opens `path` for reading, waiting while the writer has not created it yet. */
async function openWhenCreated(path: string, writerDone: () => boolean, signal?: AbortSignal) {
  for (;;) {
    signal?.throwIfAborted();
    const done = writerDone();
    try {
      return await open(path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || done) throw error;
    }
    await new Promise((wake) => setTimeout(wake, FOLLOW_POLL_MS));
  }
}
