/**
 * Server answers are untrusted: a CodeArtifact endpoint (or a proxy) answering with crafted values gets a
 * one-line error from `login`, exit 1, and nothing written — no npmrc, pip.conf, env file, no state, HOME
 * untouched — for every tool at once (npm/pnpm userconfig, pip.conf, yarn, poetry, uv, twine env lines).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  hostileCodeArtifact,
  type Answers,
  type HostileCodeArtifact,
} from '../helpers/hostile-codeartifact.js';
import { LOGIN_FLAGS, loginSandbox, type LoginSandbox } from '../helpers/login-sandbox.js';

const TOKEN = `${Buffer.from('{"ver":1,"isu":1}').toString('base64url')}.${'Qk'.repeat(400)}.x-y_z`;
const soon = () => Math.floor(Date.now() / 1000) + 3600;
const benign = (): Answers => ({
  authorizationToken: TOKEN,
  expiration: soon(),
  endpoints: {
    npm: 'https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/internal/',
    pypi: 'https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/internal/',
  },
});
const TOOLS = ['--tools', 'npm,pnpm,pip,twine,yarn,poetry,uv'];

let server: HostileCodeArtifact;
let box: LoginSandbox;
beforeAll(async () => void (server = await hostileCodeArtifact(benign())));
afterAll(() => server.close());
beforeEach(async () => void (box = await loginSandbox(server.endpoint)));
afterEach(() => box.cleanup());

const endpoint = (npm: string): Partial<Answers> => ({ endpoints: { ...benign().endpoints, npm } });
const pypi = (url: string): Partial<Answers> => ({ endpoints: { ...benign().endpoints, pypi: url } });

it('the same server with honest answers: login writes the files (so the refusals below are real)', async () => {
  const r = await box.cli(['login', ...LOGIN_FLAGS, ...TOOLS]);
  expect(r.code).toBe(0);
  expect((await readdir(join(box.home, '.local/state/codeartifact-cache'))).sort()).toEqual([
    'env',
    'npmrc',
    'pip.conf',
    'state.json',
  ]);
});

it.each<[string, Partial<Answers>, RegExp]>([
  ['a newline in the token', { authorizationToken: `${TOKEN}\nregistry=https://attacker.example/` }, /token/],
  ['a quote in the token', { authorizationToken: `${TOKEN}'$(touch pwned)'` }, /token/],
  ['an escape sequence in the token', { authorizationToken: `${TOKEN}\u001b]0;x\u0007` }, /token/],
  ['an @ in the token', { authorizationToken: `${TOKEN}@attacker.example/` }, /token/],
  [
    'a newline in the npm endpoint',
    endpoint('https://h.example/npm/r/\n//attacker.example/:_authToken=x'),
    /npm repository endpoint/,
  ],
  [
    'a newline in the pypi endpoint',
    pypi('https://h.example/pypi/r/\n[global]\nindex-url = https://attacker.example/'),
    /pypi repository endpoint/,
  ],
  [
    'a quote in the pypi endpoint',
    pypi("https://h.example/pypi/r/'; touch pwned; '"),
    /pypi repository endpoint/,
  ],
  ['plain http to another host', endpoint('http://attacker.example/npm/r/'), /npm repository endpoint/],
  ['another scheme', pypi('file:///etc/passwd'), /pypi repository endpoint/],
  ['user info in the endpoint', endpoint('https://me:pw@attacker.example/npm/r/'), /npm repository endpoint/],
  ['${VAR} in the endpoint', endpoint('https://h.example/${NPM_TOKEN}/'), /npm repository endpoint/],
  ['an expiration in the past', { expiration: 1_000_000_000 }, /expiration/],
  ['an expiration that is no time at all', { expiration: 1e20 }, /expiration/],
])('%s: one line, exit 1, nothing written', async (_what, change, names) => {
  server.answers = { ...benign(), ...change };
  const r = await box.cli(['login', ...LOGIN_FLAGS, ...TOOLS]);
  expect(r.code).toBe(1);
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toEqual([expect.stringMatching(/^codeartifact-cache: /)]);
  expect(lines[0]).toMatch(names);
  expect(lines[0]).toMatch(/nothing was written$|Could not get/);
  expect(`${r.stdout}${r.stderr}`).not.toContain(TOKEN.slice(0, 40));
  expect(await readdir(box.home)).toEqual([]);
});
