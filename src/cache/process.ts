import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** How tar (and zstd under it) run. */
export interface RunOptions {
  /** Kills the process when aborted. */
  readonly signal?: AbortSignal;
  /** Wraps each argv before it runs (tests impose resource limits with it). @default identity */
  readonly wrap?: (argv: readonly string[]) => readonly string[];
}

function exited(child: ChildProcess, argv: readonly string[]): Promise<void> {
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

/**
 * Runs argv to completion, its stdout handed to `sink` when given; rejects with its stderr on a non-zero
 * exit, a signal or an abort.
 */
export async function runTool(
  argv: readonly string[],
  opts: RunOptions = {},
  sink?: (stdout: Readable) => Promise<void>,
): Promise<void> {
  const [command, ...args] = opts.wrap ? opts.wrap(argv) : argv;
  const child = spawn(command ?? 'false', args, {
    stdio: ['ignore', sink ? 'pipe' : 'ignore', 'pipe'],
    signal: opts.signal,
  });
  const sunk = sink && child.stdout ? sink(child.stdout) : Promise.resolve();
  await Promise.all([exited(child, argv), sunk]);
}

/** Writes a stream to `path`, hashing it on the way: no second read of what was written. */
export async function writeHashed(input: Readable, path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const tee = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  await pipeline(input, tee, createWriteStream(path));
  return { sha256: hash.digest('hex'), size };
}

/** sha256 (hex) of a file, streamed. */
export async function fileSha256(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, signal ? { signal } : {})) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
