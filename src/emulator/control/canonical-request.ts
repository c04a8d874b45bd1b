import { createHash } from 'node:crypto';

/** The parts of a request a signature covers, as they arrived on the wire. */
export interface SignedRequest {
  method: string;
  /** Path as sent (percent-encoded), without the query string. */
  path: string;
  /** Query string as sent, without '?'. */
  query: string;
  /** Node's `req.rawHeaders`: name, value, name, value, ... (keeps repeated headers apart). */
  rawHeaders: string[];
  body: Buffer;
}

/** The canonical request of the SigV4 spec (non-S3 flavour: the path is URI-encoded a second time). */
export function canonicalRequest(req: SignedRequest, signedHeaders: string[]): string {
  const headers = signedHeaders
    .map((name) => `${name}:${canonicalHeaderValue(req.rawHeaders, name)}\n`)
    .join('');
  return [
    req.method.toUpperCase(),
    canonicalPath(req.path),
    canonicalQuery(req.query),
    headers,
    signedHeaders.join(';'),
    sha256Hex(req.body),
  ].join('\n');
}

function canonicalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
  return `/${segments.map(rfc3986).join('/')}${trailing}`;
}

function canonicalQuery(query: string): string {
  const pairs = query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const [name, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
      return [rfc3986(safeDecode(name)), rfc3986(safeDecode(value))] as const;
    });
  pairs.sort(([a, x], [b, y]) => (a === b ? compare(x, y) : compare(a, b)));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

function canonicalHeaderValue(rawHeaders: string[], name: string): string {
  const values: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if ((rawHeaders[i] as string).toLowerCase() === name)
      values.push((rawHeaders[i + 1] as string).trim().replace(/\s+/g, ' '));
  }
  return values.join(',');
}

export function headerValue(rawHeaders: string[], name: string): string | undefined {
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if ((rawHeaders[i] as string).toLowerCase() === name) return rawHeaders[i + 1];
  }
  return undefined;
}

function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
