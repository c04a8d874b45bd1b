/**
 * sha256 on a worker thread. A restore is bound by the main thread (it reads the tar stream and writes
 * every file); hashing 320 MiB there costs it ~0.22 s. Here a worker hashes instead: either the archive
 * file itself, with positioned reads on the very descriptor zstd reads as its stdin (pread leaves their
 * shared offset alone), or the chunks of a stream, copied to it as they pass.
 */
import { Worker } from 'node:worker_threads';

export interface Digest {
  readonly sha256: string;
  readonly size: number;
}

// CommonJS, evaluated as the worker's whole program: nothing to bundle or find on disk.
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { readSync } = require('node:fs');
const hash = createHash('sha256');
let size = 0;
if (workerData.fd !== undefined) {
  const buffer = Buffer.allocUnsafe(1 << 20);
  for (let n; (n = readSync(workerData.fd, buffer, 0, buffer.length, size)) > 0; size += n) {
    hash.update(buffer.subarray(0, n));
  }
  parentPort.postMessage({ sha256: hash.digest('hex'), size });
} else {
  parentPort.on('message', (chunk) => {
    if (chunk === null) return parentPort.postMessage({ sha256: hash.digest('hex'), size });
    hash.update(new Uint8Array(chunk));
    size += chunk.byteLength;
    parentPort.postMessage(chunk.byteLength);
  });
}
`;

/** Copied bytes not yet hashed, at most: a stream never runs ahead of the worker by more. */
const MAX_IN_FLIGHT = 32 << 20;

type Message = Digest | number;

function start(workerData: { fd?: number }, onAck: (bytes: number) => void) {
  const worker = new Worker(PROGRAM, { eval: true, workerData });
  const digest = new Promise<Digest>((done, fail) => {
    worker.on('message', (m: Message) => (typeof m === 'number' ? onAck(m) : done(m)));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the hashing thread stopped (exit code ${code})`)));
  });
  // Whatever happens, the thread ends with its answer (or is stopped by `stop`).
  const result = digest.finally(() => void worker.terminate());
  result.catch(() => undefined);
  return { worker, result };
}

/**
 * sha256 and size of the open file `fd`, read from its start to its end. `stop` ends the thread early; the
 * descriptor may be closed once it (or the result) settled.
 */
export function hashDescriptor(fd: number): { result: Promise<Digest>; stop(): Promise<unknown> } {
  const { worker, result } = start({ fd }, () => undefined);
  return { result, stop: () => worker.terminate() };
}

/** A hasher fed chunk by chunk; `update` resolves once the thread has room for more. */
export class ThreadHash {
  private inFlight = 0;
  private waiting: (() => void) | undefined;
  private readonly thread = start({}, (bytes) => {
    this.inFlight -= bytes;
    if (this.inFlight <= MAX_IN_FLIGHT) this.waiting?.();
  });

  /** Copies `chunk` to the thread. */
  async update(chunk: Buffer): Promise<void> {
    const copy = new Uint8Array(chunk).buffer as ArrayBuffer; // a copy the size of the chunk, to hand over
    this.inFlight += copy.byteLength;
    this.thread.worker.postMessage(copy, [copy]);
    if (this.inFlight <= MAX_IN_FLIGHT) return;
    await Promise.race([
      new Promise<void>((room) => (this.waiting = room)),
      this.thread.result.then(() => undefined),
    ]);
  }

  /** The digest of everything updated so far; the thread ends after it. */
  digest(): Promise<Digest> {
    this.thread.worker.postMessage(null);
    return this.thread.result;
  }

  /** Ends the thread without an answer. */
  stop(): void {
    void this.thread.worker.terminate();
  }
}
