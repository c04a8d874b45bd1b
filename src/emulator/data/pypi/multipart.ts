/** One part of a multipart/form-data body. */
export interface Part {
  name: string;
  filename?: string;
  data: Buffer;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * Parse multipart/form-data (RFC 7578) as twine sends it. Small on purpose: the whole body is in memory
 * (uploads are bounded by the caller), parts are found by their boundary, and only Content-Disposition
 * matters (twine sends no nested parts or transfer encodings).
 */
export function parseMultipart(body: Buffer, contentType: string): Part[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const token = boundary?.[1] ?? boundary?.[2];
  if (!token) throw new Error('multipart/form-data without a boundary');
  const delimiter = Buffer.from(`--${token}`);
  const parts: Part[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw new Error('multipart body does not contain its boundary');
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString() === '--') return parts;
    if (body.subarray(at, at + 2).equals(CRLF)) at += 2;
    const headerEnd = body.indexOf(HEADER_END, at);
    if (headerEnd < 0) throw new Error('multipart part without a header block');
    const next = body.indexOf(Buffer.concat([CRLF, delimiter]), headerEnd + HEADER_END.length);
    if (next < 0) throw new Error('multipart body ends without its closing boundary');
    const part = describe(body.subarray(at, headerEnd).toString('utf8'));
    if (part) parts.push({ ...part, data: body.subarray(headerEnd + HEADER_END.length, next) });
    at = next + CRLF.length;
  }
}

function describe(headers: string): Omit<Part, 'data'> | undefined {
  const disposition = headers.split('\r\n').find((h) => /^content-disposition:/i.test(h));
  if (!disposition) return undefined;
  const param = (key: string) =>
    new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(disposition)?.[1];
  const name = param('name');
  if (name === undefined) return undefined;
  const filename = param('filename');
  return filename === undefined ? { name } : { name, filename };
}

/** Text fields of a form (first value wins), plus its file parts. */
export function formFields(parts: Part[]): { fields: Record<string, string>; files: Part[] } {
  const fields: Record<string, string> = {};
  const files: Part[] = [];
  for (const part of parts) {
    if (part.filename !== undefined) files.push(part);
    else fields[part.name] ??= part.data.toString('utf8');
  }
  return { fields, files };
}
