/**
 * What CodeArtifact answers (the token, its expiration, repository endpoints) is untrusted input: a hostile
 * endpoint or a proxy in between could answer with a newline, a quote or another URL, and the value would
 * land in npmrc, pip.conf, .yarnrc settings and the `export` lines of the env file. Each answer is checked
 * against what the service actually sends before anything is rendered; the error never quotes the token.
 */

/** The service's tokens are JWE compact serialisations: base64url parts joined by dots. */
const TOKEN = /^[A-Za-z0-9._~-]+$/;
const MAX_TOKEN_LENGTH = 16_384;

/** `scheme://host[:port]/path` with nothing a config format could read as syntax. */
const ENDPOINT = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::([0-9]{1,5}))?(\/[A-Za-z0-9._~/-]*)?$/;
/** Plain http only to this machine: the local emulator. */
const LOOPBACK = /^(localhost|127(?:\.[0-9]{1,3}){3}|\[::1\])$/i;

/** The longest a token may live (GetAuthorizationToken's maximum `duration`), plus clock skew. */
const MAX_LIFETIME_MS = 43_200_000 + 15 * 60_000;
const SKEW_MS = 5 * 60_000;

/** A value for an error message: escaped (control characters shown, not acted on) and shortened. */
function shown(value: string): string {
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}..."` : text;
}

/** Throws unless `token` is something every config format and URL user info can carry verbatim. */
export function checkToken(token: string): void {
  if (token.length <= MAX_TOKEN_LENGTH && TOKEN.test(token)) return;
  throw new Error(
    'The authorization token CodeArtifact returned cannot be written safely: a token may hold only ' +
      `letters, digits and . _ ~ - (at most ${MAX_TOKEN_LENGTH} characters); nothing was written`,
  );
}

/** Throws unless `endpoint` is an https URL (or http to a loopback address) with a plain path. */
export function checkEndpoint(endpoint: string, format: string): void {
  const match = ENDPOINT.exec(endpoint);
  const [, scheme, host = '', port] = match ?? [];
  const portOk = port === undefined || Number(port) <= 65_535;
  if (match && portOk && (scheme === 'https' || LOOPBACK.test(host))) return;
  throw new Error(
    `The ${format} repository endpoint CodeArtifact returned cannot be used: ${shown(endpoint)}; ` +
      'allowed is https://host[:port]/path (letters, digits and . _ ~ - / in the path), or http:// to a ' +
      'loopback address (a local emulator); nothing was written',
  );
}

/** Throws unless `expiration` is a real time between now and the longest a token can live. */
export function checkExpiration(expiration: Date | undefined, now: number): void {
  if (expiration === undefined) return;
  const time = expiration.getTime();
  const when = Number.isFinite(time) ? expiration.toISOString() : 'an invalid time';
  if (Number.isFinite(time) && time > now - SKEW_MS && time < now + MAX_LIFETIME_MS) return;
  throw new Error(
    `The token expiration CodeArtifact returned (${when}) is not between now and 12 hours from now; ` +
      'nothing was written',
  );
}

/** Every answer login is about to write, checked; throws the first problem. */
export function checkServerAnswers(
  answers: {
    readonly token: string;
    readonly expiration?: Date;
    readonly endpoints: Readonly<Record<string, string | undefined>>;
  },
  now: number,
): void {
  checkToken(answers.token);
  checkExpiration(answers.expiration, now);
  for (const [format, endpoint] of Object.entries(answers.endpoints)) checkEndpoint(endpoint ?? '', format);
}
