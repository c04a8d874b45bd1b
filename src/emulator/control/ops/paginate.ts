import { validationError } from '../errors.js';

const DEFAULT_PAGE = 100;

/**
 * One page of a list and the token for the next. Tokens are opaque to clients (base64url of an offset),
 * as the service's are; a token that does not decode is a ValidationException.
 */
export function paginate<T>(
  items: T[],
  maxResults: number | undefined,
  nextToken: string | undefined,
): { page: T[]; nextToken?: string } {
  const start = nextToken === undefined ? 0 : decode(nextToken);
  const end = start + (maxResults ?? DEFAULT_PAGE);
  const page = items.slice(start, end);
  return end < items.length ? { page, nextToken: encode(end) } : { page };
}

function encode(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decode(token: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown };
    if (typeof parsed.offset === 'number' && Number.isInteger(parsed.offset) && parsed.offset >= 0) {
      return parsed.offset;
    }
  } catch {
    // fall through to the error below
  }
  throw validationError(`Invalid pagination token: '${token}'`, 'OTHER');
}
