/**
 * Request bodies, bounded before they are buffered: a declared Content-Length over the limit is refused
 * without reading a byte, and a body sent without one (chunked) is refused the moment it passes the
 * limit. Either way the answer is 413 and the connection is closed, so the rest of the upload is never
 * read. This runs before any signature or token check: refusing costs nothing, whoever is asking.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Control-plane JSON bodies: the largest the model allows (a 7 KB policy, 200 tags) fits many times. */
export const CONTROL_PLANE_MAX_BODY = 1024 * 1024;
/** Data-plane uploads (an npm publish document with its base64 tarball, a twine upload). */
export const DATA_PLANE_MAX_BODY = 200 * 1024 * 1024;

/** A body over its limit; handlers turn it into their plane's 413. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes`);
  }
}

/** Throws BodyTooLarge when the request declares a body over `limit` (nothing has been read yet). */
export function checkDeclaredLength(req: IncomingMessage, limit: number): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (!Number.isFinite(declared) || declared > limit) throw new BodyTooLarge(limit);
}

/** The whole body, refusing more than `limit` bytes before holding them. */
export async function readBoundedBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  checkDeclaredLength(req, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** After answering a refused body: stop reading it and close once the answer has gone out. */
export function closeAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  res.shouldKeepAlive = false; // `Connection: close`, and Node ends the socket after the answer
  const socket = req.socket as IncomingMessage['socket'] | null; // null once the answer is detached
  res.once('finish', () => socket?.destroySoon());
}
