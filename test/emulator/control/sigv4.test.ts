import { ServiceError } from '../../../src/emulator/control/errors.js';
import { verifySignature, type SignedRequest } from '../../../src/emulator/control/sigv4.js';
import { TEST_CREDENTIALS } from '../../helpers/aws.js';
import { encodeQuery, signedHeaders, type RawCall } from './signing.js';

const ENDPOINT = 'http://127.0.0.1:4566';
const SIGNED_AT = new Date('2026-03-01T12:00:00Z');
const verifier = { service: 'codeartifact', credentials: TEST_CREDENTIALS, now: () => SIGNED_AT.getTime() };

const CALL: RawCall = {
  method: 'POST',
  path: '/v1/repository',
  query: {
    domain: 'acme',
    'domain-owner': '111122223333',
    repository: 'internal',
    'package-prefix': 'a b/ü*',
  },
  body: JSON.stringify({ description: 'x', upstreams: [{ repositoryName: 'public-proxy' }] }),
};

/** The request as the server sees it: raw path, raw query, raw header list, body bytes. */
async function wire(call: RawCall, opts: Parameters<typeof signedHeaders>[2] = {}): Promise<SignedRequest> {
  const headers = await signedHeaders(ENDPOINT, call, { signingDate: SIGNED_AT, ...opts });
  return {
    method: call.method,
    path: call.path,
    query: encodeQuery(call.query ?? {}),
    rawHeaders: Object.entries(headers).flat(),
    body: Buffer.from(call.body ?? ''),
  };
}

function rejection(req: SignedRequest, v = verifier): ServiceError {
  try {
    verifySignature(req, v);
  } catch (err) {
    if (err instanceof ServiceError) return err;
    throw err;
  }
  throw new Error('the request was accepted');
}

function withoutHeader(req: SignedRequest, name: string): SignedRequest {
  const raw: string[] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const [header, value] = [req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string];
    if (header.toLowerCase() !== name) raw.push(header, value);
  }
  return { ...req, rawHeaders: raw };
}

function setHeader(req: SignedRequest, name: string, value: string): SignedRequest {
  const raw = [...req.rawHeaders];
  const i = raw.findIndex((h, idx) => idx % 2 === 0 && h.toLowerCase() === name);
  if (i >= 0) raw[i + 1] = value;
  else raw.push(name, value);
  return { ...req, rawHeaders: raw };
}

describe('SigV4 verification against the SDK signer', () => {
  test('a request signed with the configured key passes', async () => {
    await expect(wire(CALL).then((req) => verifySignature(req, verifier))).resolves.toBeUndefined();
  });

  test.each<[string, (r: SignedRequest) => SignedRequest]>([
    ['body', (r) => ({ ...r, body: Buffer.from('{"description":"y"}') })],
    ['query value', (r) => ({ ...r, query: r.query.replace('internal', 'public-proxy') })],
    ['added query parameter', (r) => ({ ...r, query: `${r.query}&format=npm` })],
    ['path', (r) => ({ ...r, path: '/v1/domain' })],
    ['method', (r) => ({ ...r, method: 'PUT' })],
    ['signed header', (r) => setHeader(r, 'host', '127.0.0.1:9999')],
  ])('tampering with the %s is caught', async (_what, tamper) => {
    const err = rejection(tamper(await wire(CALL)));
    expect(err.code).toBe('InvalidSignatureException');
    expect(err.status).toBe(403);
    expect(err.message).toMatch(
      /^The request signature we calculated does not match the signature you provided/,
    );
  });

  test('a wrong secret is InvalidSignatureException', async () => {
    const req = await wire(CALL, { credentials: { ...TEST_CREDENTIALS, secretAccessKey: 'wrong-secret' } });
    expect(rejection(req).code).toBe('InvalidSignatureException');
  });

  test('an unknown access key is UnrecognizedClientException', async () => {
    const req = await wire(CALL, { credentials: { accessKeyId: 'other-key', secretAccessKey: 'x' } });
    const err = rejection(req);
    expect([err.code, err.status, err.message]).toEqual([
      'UnrecognizedClientException',
      403,
      'The security token included in the request is invalid.',
    ]);
  });

  test('without configured credentials any well-formed signature passes', async () => {
    const req = await wire(CALL, { credentials: { accessKeyId: 'anyone', secretAccessKey: 'anything' } });
    expect(() => verifySignature(req, { service: 'codeartifact', now: () => 0 })).not.toThrow();
  });

  test('a missing Authorization header is MissingAuthenticationTokenException', async () => {
    const req = await wire(CALL);
    const err = rejection(withoutHeader(req, 'authorization'));
    expect([err.code, err.status, err.message]).toEqual([
      'MissingAuthenticationTokenException',
      403,
      'Missing Authentication Token',
    ]);
  });

  test.each([
    ['Bearer abc', /requires the 'AWS4-HMAC-SHA256' algorithm/],
    [
      'AWS4-HMAC-SHA256 Credential=test-access-key/20260301/us-east-1/codeartifact/aws4_request',
      /requires 'Signature' parameter/,
    ],
    [
      'AWS4-HMAC-SHA256 Credential=a/b, SignedHeaders=host, Signature=00',
      /exactly 5 slash-delimited elements/,
    ],
  ])('a malformed header (%s) is IncompleteSignatureException', async (header, message) => {
    const err = rejection(setHeader(await wire(CALL), 'authorization', header));
    expect(err.code).toBe('IncompleteSignatureException');
    expect(err.message).toMatch(message);
  });

  test('a credential scoped to another service is refused', async () => {
    const err = rejection(await wire(CALL, { service: 's3' }));
    expect(err.code).toBe('InvalidSignatureException');
    expect(err.message).toMatch(/Credential should be scoped to correct service: 'codeartifact'/);
  });

  test('a signature older than five minutes has expired', async () => {
    const err = rejection(await wire(CALL), { ...verifier, now: () => SIGNED_AT.getTime() + 6 * 60_000 });
    expect(err.message).toMatch(/^Signature expired: 20260301T120000Z is now earlier than/);
  });
});
