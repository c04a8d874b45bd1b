/**
 * Small HTTP helpers shared by the public registry's npm and PyPI routes.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Upper bound on a request body: a publish of a few large tarballs, base64-encoded. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

/** Sends a body with an ETag; answers 304 when the client already holds that exact body. */
export function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: Buffer | string,
  contentType: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const etag = `"${createHash('sha1').update(bytes).digest('hex')}"`;
  const common = { etag, 'cache-control': 'public, max-age=300', ...headers };
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, common).end();
    return;
  }
  res.writeHead(status, { ...common, 'content-type': contentType, 'content-length': String(bytes.length) });
  res.end(bytes);
}

/** Sends a JSON document. */
export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json',
): void {
  send(req, res, status, JSON.stringify(body), type, status === 200 ? {} : { 'cache-control': 'no-store' });
}

/** Sends a redirect. */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { location, 'content-length': '0' }).end();
}

/** Reads the whole request body, refusing anything larger than MAX_BODY_BYTES. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error(`Request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** True when the Accept header lists the media type (parameters and q-values ignored). */
export function accepts(req: IncomingMessage, mediaType: string): boolean {
  const accept = req.headers.accept ?? '';
  return accept.split(',').some((part) => part.split(';')[0]?.trim().toLowerCase() === mediaType);
}

/** Resolves after ms milliseconds (immediately for 0). */
export function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
  };
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}
