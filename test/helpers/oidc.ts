import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The claims GitHub puts in a job's OIDC token (those trust policies test). */
export const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/app:ref:refs/heads/main',
};

/** An unsigned JWT (moto's STS accepts those) for `audience`. */
export function unsignedJwt(audience: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...CLAIMS, aud: audience, iat: now, exp: now + 300 })}.`;
}

/** A stand-in for the runner's ID-token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN). */
export interface OidcEndpoint {
  /** The variables the runner sets for a job with `id-token: write`. */
  readonly env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** The JWTs handed out, by audience asked for. */
  readonly issued: { audience: string; jwt: string }[];
  close(): Promise<void>;
}

export async function startOidcEndpoint(): Promise<OidcEndpoint> {
  const requestToken = randomBytes(16).toString('hex');
  const issued: { audience: string; jwt: string }[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.headers.authorization !== `Bearer ${requestToken}`) return void res.writeHead(401).end();
    const audience = url.searchParams.get('audience') ?? '';
    const jwt = unsignedJwt(audience);
    issued.push({ audience, jwt });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 1, value: jwt }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: {
      // The runner's URL already carries a query string; @actions/core appends `&audience=`.
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    issued,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
