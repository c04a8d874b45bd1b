import { spawn, type ChildProcess } from 'node:child_process';
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
