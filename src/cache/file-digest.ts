/** The digest of an archive file, read as the process writing it writes it (save hashes while tar works). */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

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
