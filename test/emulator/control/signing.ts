import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { TEST_CREDENTIALS } from '../../helpers/aws.js';

type SourceData = string | ArrayBuffer | ArrayBufferView;

function bytes(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

/** node:crypto behind the Checksum interface the SDK's signer expects (the SDK's own is not a direct dependency). */
class Sha256 {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(this.secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

/** The SDK's own SigV4 signer for service `codeartifact`. */
export function signer(
  credentials: { accessKeyId: string; secretAccessKey: string } = TEST_CREDENTIALS,
  service = 'codeartifact',
): SignatureV4 {
  return new SignatureV4({ credentials, region: 'us-east-1', service, sha256: Sha256 });
}

export interface RawCall {
  method: string;
  /** Path without query. */
  path: string;
  query?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
}

/** RFC 3986 encoding, as SDKs put query parameters on the wire. */
export function encodeQuery(query: Record<string, string>): string {
  const enc = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return Object.entries(query)
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .join('&');
}

/** Sign a request with the SDK signer and return the headers it would send. */
export async function signedHeaders(
  endpoint: string,
  call: RawCall,
  opts: {
    credentials?: { accessKeyId: string; secretAccessKey: string };
    signingDate?: Date;
    service?: string;
  } = {},
): Promise<Record<string, string>> {
  const url = new URL(endpoint);
  const signed = await signer(opts.credentials, opts.service).sign(
    {
      method: call.method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: call.path,
      query: call.query ?? {},
      headers: {
        host: url.host,
        ...(call.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...call.headers,
      },
      body: call.body,
    },
    opts.signingDate ? { signingDate: opts.signingDate } : {},
  );
  return signed.headers;
}

/** Send a signed request with fetch (for bodies and paths the SDK would never produce). */
export async function signedFetch(
  endpoint: string,
  call: RawCall,
  opts: { credentials?: { accessKeyId: string; secretAccessKey: string } } = {},
): Promise<Response> {
  const headers = await signedHeaders(endpoint, call, opts);
  const query = call.query ? `?${encodeQuery(call.query)}` : '';
  delete headers.host;
  return fetch(`${endpoint}${call.path}${query}`, {
    method: call.method,
    headers,
    ...(call.body !== undefined ? { body: call.body } : {}),
  });
}
