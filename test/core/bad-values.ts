import type { BadCase } from './bad-inputs.js';

/** Bad values: durations, role, audience, go, booleans, source names, paths. */
export const BAD_VALUES: BadCase[] = [
  [
    'duration 100',
    { 'duration-seconds': '100' },
    "Input 'duration-seconds' must be 0 or between 900 and 43200 (got '100')",
  ],
  ['duration 899', { 'duration-seconds': '899' }, "(got '899')"],
  ['duration 43201', { 'duration-seconds': '43201' }, "(got '43201')"],
  ['duration with a unit', { 'duration-seconds': '12h' }, "(got '12h')"],
  ['duration negative', { 'duration-seconds': '-900' }, "(got '-900')"],
  ['duration fractional', { 'duration-seconds': '900.5' }, "(got '900.5')"],
  ['role given by name', { 'role-to-assume': 'ci' }, "Input 'role-to-assume' must be an IAM role ARN"],
  [
    'role ARN with a short account',
    { 'role-to-assume': 'arn:aws:iam::12345:role/ci' },
    "Input 'role-to-assume' must be",
  ],
  [
    'user ARN instead of a role',
    { 'role-to-assume': 'arn:aws:iam::111122223333:user/ci' },
    "Input 'role-to-assume' must be",
  ],
  [
    'STS ARN instead of IAM',
    { 'role-to-assume': 'arn:aws:sts::111122223333:role/ci' },
    "Input 'role-to-assume' must be",
  ],
  [
    'role name of 65 characters',
    { 'role-to-assume': `arn:aws:iam::111122223333:role/${'r'.repeat(65)}` },
    "Input 'role-to-assume'",
  ],
  [
    'session name of one character',
    { 'role-session-name': 'a' },
    "Input 'role-session-name' must be 2-64 letters",
  ],
  ['session name with a space', { 'role-session-name': 'ci run' }, "(got 'ci run')"],
  [
    'session name of 65 characters',
    { 'role-session-name': 's'.repeat(65) },
    "Input 'role-session-name' must be",
  ],
  [
    'role duration 0',
    { 'role-duration-seconds': '0' },
    "Input 'role-duration-seconds' must be between 900 and 43200 (got '0')",
  ],
  ['audience with a space', { audience: 'sts amazonaws' }, "Input 'audience' must be an OIDC audience"],
  [
    'go proxy with another scheme',
    { 'go-proxy': 'ftp://goproxy.acme.example' },
    "Input 'go-proxy' must be a GOPROXY list",
  ],
  ['go proxy without a scheme', { 'go-proxy': 'goproxy.acme.example' }, "(got 'goproxy.acme.example')"],
  [
    'go private with a scheme',
    { 'go-private': 'https://git.acme.example/x' },
    "Input 'go-private' must list only Go module path patterns",
  ],
  ['go private without a host name', { 'go-private': 'acme/*' }, "(got 'acme/*')"],
  ['go private with a space', { 'go-private': 'git.acme.example/a b' }, "(got 'git.acme.example/a b')"],
  [
    'go private listed twice',
    { 'go-private': 'git.acme.example,git.acme.example' },
    "Input 'go-private' lists",
  ],
  [
    'go proxy without go',
    { tools: 'npm', 'go-proxy': 'https://goproxy.acme.example' },
    "Input 'go-proxy' is only used with tools go",
  ],
  [
    'go private without go',
    { tools: 'npm', 'go-private': 'git.acme.example' },
    "Input 'go-private' is only used with tools go",
  ],
  ['dry-run yes', { 'dry-run': 'yes' }, "Input 'dry-run' must be true or false (got 'yes')"],
  ['dry-run 1', { 'dry-run': '1' }, "(got '1')"],
  ['mask-account-id tRUE', { 'mask-account-id': 'tRUE' }, "Input 'mask-account-id' must be true or false"],
  [
    'poetry source with a space',
    { 'poetry-source': 'code artifact' },
    "Input 'poetry-source' must be 1-64 letters",
  ],
  ['uv index starting with a hyphen', { 'uv-index': '-ca' }, "Input 'uv-index' must be 1-64 letters"],
  [
    'env file on two lines',
    { 'export-file': 'a\nb' },
    "Input 'export-file' must be a file system path on one line (got 'a\\nb')",
  ],
  [
    'same input twice, two values',
    { domainOwner: '111122223333', 'domain-owner': '444455556666' },
    "Input 'domain-owner' is given twice with different values (as 'domainOwner' and 'domain-owner')",
  ],
];
