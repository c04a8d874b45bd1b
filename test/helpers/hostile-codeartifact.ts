/**
 * A CodeArtifact stand-in that answers GetAuthorizationToken and GetRepositoryEndpoint with whatever the
 * test sets: the hostile endpoint (or a compromised proxy) that login must not trust.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answers {
  authorizationToken: string;
  /** Epoch seconds, as the service sends it (any JSON value, to send what the service never would). */
  expiration: unknown;
  /** By format (`npm`, `pypi`). */
  endpoints: Record<string, string>;
}

export interface HostileCodeArtifact {
  readonly endpoint: string;
  answers: Answers;
  close(): Promise<void>;
}

export async function hostileCodeArtifact(answers: Answers): Promise<HostileCodeArtifact> {
  const state = { answers };
  const server = createServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { authorizationToken, expiration, endpoints } = state.answers;
    const body =
      url.pathname === '/v1/authorization-token'
        ? { authorizationToken, expiration }
        : url.pathname === '/v1/repository/endpoint'
          ? { repositoryEndpoint: endpoints[url.searchParams.get('format') ?? ''] }
          : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { message: 'no such route' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get answers() {
      return state.answers;
    },
    set answers(value: Answers) {
      state.answers = value;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
