import type { IncomingHttpHeaders } from 'node:http';
import { validationError } from './errors.js';
import { shape, type MemberRef, type Operation, type Shape } from './model.js';
import { checkValue, formatProblems, type Problem } from './validate.js';

/** What the wire carries for one control-plane request. */
export interface RawRequest {
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * Build an operation's input from the query string, headers and JSON body exactly as the model places
 * each member, then validate it. Throws ValidationException (CANNOT_PARSE or FIELD_VALIDATION_FAILED).
 */
export function parseInput(op: Operation, raw: RawRequest): Record<string, unknown> {
  if (!op.input) return {};
  const inputShape = shape(op.input.shape);
  const body = readBody(inputShape, raw.body);
  const input: Record<string, unknown> = {};
  for (const [name, ref] of Object.entries(inputShape.members ?? {})) {
    const value = readMember(name, ref, inputShape, raw, body);
    if (value !== undefined) input[name] = value;
  }
  const problems: Problem[] = [];
  const checked = checkValue(input, op.input.shape, '', problems) as Record<string, unknown>;
  const parse = problems.find((p) => p.kind === 'parse');
  if (parse) throw validationError(parse.text, 'CANNOT_PARSE');
  if (problems.length > 0) throw validationError(formatProblems(problems));
  return checked;
}

function readMember(
  name: string,
  ref: MemberRef,
  inputShape: Shape,
  raw: RawRequest,
  body: Record<string, unknown> | Buffer,
): unknown {
  if (inputShape.payload === name) return body;
  const wireName = ref.locationName ?? name;
  if (ref.location === 'querystring') return fromQuery(raw.query.getAll(wireName), ref.shape, wireName);
  if (ref.location === 'header') return raw.headers[wireName.toLowerCase()];
  return Buffer.isBuffer(body) ? undefined : body[name];
}

function readBody(inputShape: Shape, bytes: Buffer): Record<string, unknown> | Buffer {
  const payload = inputShape.payload ? inputShape.members?.[inputShape.payload] : undefined;
  if (payload && shape(payload.shape).type === 'blob') return bytes;
  const text = bytes.toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw validationError(
      `Could not parse the request body as JSON: ${(err as Error).message}`,
      'CANNOT_PARSE',
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw validationError('The request body must be a JSON object.', 'CANNOT_PARSE');
  }
  return parsed as Record<string, unknown>;
}

// Query-string values are text; the model says which ones are numbers, booleans or lists.
function fromQuery(values: string[], shapeName: string, wireName: string): unknown {
  if (values.length === 0) return undefined;
  const target = shape(shapeName);
  if (target.type === 'list')
    return values.map((v) => fromQuery([v], target.member?.shape ?? 'String', wireName));
  const text = values[0] as string;
  if (target.type === 'integer' || target.type === 'long') {
    if (!/^-?\d+$/.test(text)) throw cannotParse(text, wireName, 'an integer');
    return Number(text);
  }
  if (target.type === 'boolean') {
    if (text !== 'true' && text !== 'false') throw cannotParse(text, wireName, 'a boolean');
    return text === 'true';
  }
  return text;
}

function cannotParse(text: string, wireName: string, what: string) {
  return validationError(`Value '${text}' for query parameter '${wireName}' is not ${what}.`, 'CANNOT_PARSE');
}
