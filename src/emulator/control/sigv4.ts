/**
 * AWS Signature Version 4 as the service checks it on the Authorization header. Without configured
 * credentials any well-formed signature passes (like a local stand-in should); with them the signature
 * is recomputed from the canonical request and compared, so a wrong secret fails as it would on AWS.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalRequest, headerValue, sha256Hex, type SignedRequest } from './canonical-request.js';
import { ServiceError } from './errors.js';

export type { SignedRequest } from './canonical-request.js';

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 5 * 60 * 1000;

export interface Verifier {
  service: string;
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** Epoch milliseconds. */
  now(): number;
}

interface ParsedAuthorization {
  accessKeyId: string;
  scopeDate: string;
  region: string;
  service: string;
  terminator: string;
  signedHeaders: string[];
  signature: string;
}

/** Throw the error AWS returns when a request's signature is missing, malformed or wrong. */
export function verifySignature(req: SignedRequest, verifier: Verifier): void {
  const header = headerValue(req.rawHeaders, 'authorization');
  if (header === undefined) {
    throw authError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  }
  const amzDate = requestDate(req.rawHeaders);
  const auth = parseAuthorization(header, amzDate);
  checkScope(auth, verifier.service);
  if (!verifier.credentials) return;
  if (auth.accessKeyId !== verifier.credentials.accessKeyId) {
    throw authError('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  checkDate(amzDate as string, auth.scopeDate, verifier.now());
  const canonical = canonicalRequest(req, auth.signedHeaders);
  const scope = [auth.scopeDate, auth.region, auth.service, auth.terminator].join('/');
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonical)].join('\n');
  const key = signingKey(verifier.credentials.secretAccessKey, auth.scopeDate, auth.region, auth.service);
  const expected = createHmac('sha256', key).update(stringToSign).digest('hex');
  if (!sameText(expected, auth.signature)) {
    throw authError(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
        'Access Key and signing method. Consult the service documentation for details.\n\n' +
        `The Canonical String for this request should have been\n'${canonical}'\n\n` +
        `The String-to-Sign should have been\n'${stringToSign}'\n`,
    );
  }
}

function parseAuthorization(header: string, amzDate: string | undefined): ParsedAuthorization {
  if (!header.startsWith(`${ALGORITHM} `)) {
    throw incomplete(`Authorization header requires the '${ALGORITHM}' algorithm. Authorization=${header}`);
  }
  const params = new Map<string, string>();
  for (const part of header.slice(ALGORITHM.length).split(',')) {
    const [name, ...rest] = part.trim().split('=');
    if (name) params.set(name, rest.join('='));
  }
  const missing = ['Credential', 'Signature', 'SignedHeaders']
    .filter((name) => !params.get(name))
    .map((name) => `Authorization header requires '${name}' parameter. `);
  if (!amzDate) {
    missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
  }
  if (missing.length > 0) throw incomplete(`${missing.join('')}Authorization=${header}`);
  const credential = params.get('Credential') as string;
  const parts = credential.split('/');
  if (parts.length !== 5) {
    throw incomplete(
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
    );
  }
  const [accessKeyId, scopeDate, region, service, terminator] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  const signedHeaders = (params.get('SignedHeaders') as string).split(';');
  return {
    accessKeyId,
    scopeDate,
    region,
    service,
    terminator,
    signedHeaders,
    signature: params.get('Signature') as string,
  };
}

function checkScope(auth: ParsedAuthorization, service: string): void {
  if (auth.service !== service) {
    throw authError(
      'InvalidSignatureException',
      `Credential should be scoped to correct service: '${service}'. `,
    );
  }
  if (auth.terminator !== 'aws4_request') {
    throw authError(
      'InvalidSignatureException',
      `Credential should be scoped with a valid terminator: 'aws4_request', not '${auth.terminator}'. `,
    );
  }
}

function checkDate(amzDate: string, scopeDate: string, now: number): void {
  const signedAt = parseAmzDate(amzDate);
  const current = isoBasic(new Date(now));
  if (Number.isNaN(signedAt)) throw incomplete(`Date must be in ISO-8601 'basic format'. Got '${amzDate}'.`);
  if (signedAt < now - MAX_SKEW_MS) {
    const limit = isoBasic(new Date(now - MAX_SKEW_MS));
    throw authError(
      'InvalidSignatureException',
      `Signature expired: ${amzDate} is now earlier than ${limit} (${current} - 5 min.)`,
    );
  }
  if (signedAt > now + MAX_SKEW_MS) {
    const limit = isoBasic(new Date(now + MAX_SKEW_MS));
    throw authError(
      'InvalidSignatureException',
      `Signature not yet current: ${amzDate} is still later than ${limit} (${current} + 5 min.)`,
    );
  }
  if (!amzDate.startsWith(scopeDate)) {
    throw authError(
      'InvalidSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
}

function requestDate(rawHeaders: string[]): string | undefined {
  const amzDate = headerValue(rawHeaders, 'x-amz-date');
  if (amzDate) return amzDate;
  const date = headerValue(rawHeaders, 'date');
  return date && !Number.isNaN(Date.parse(date)) ? isoBasic(new Date(date)) : undefined;
}

function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}

function parseAmzDate(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN;
}

function isoBasic(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function sameText(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function incomplete(message: string): ServiceError {
  return authError('IncompleteSignatureException', message);
}

function authError(code: string, message: string): ServiceError {
  return new ServiceError(code, message, {}, 403);
}
