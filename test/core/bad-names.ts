import type { BadCase } from './bad-inputs.js';

/** Bad names: domain, owner, region, repository, tools, scopes. */
export const BAD_NAMES: BadCase[] = [
  ['domain missing', { domain: undefined }, "Input 'domain' is required: a CodeArtifact domain name"],
  ['domain blank', { domain: '   ' }, "Input 'domain' is required"],
  ['domain upper case', { domain: 'Acme' }, "Input 'domain' must be a CodeArtifact domain name"],
  ['domain one character', { domain: 'a' }, "(got 'a')"],
  ['domain ends with a hyphen', { domain: 'acme-' }, "(got 'acme-')"],
  ['domain starts with a digit', { domain: '1acme' }, "(got '1acme')"],
  ['domain of 51 characters', { domain: `a${'b'.repeat(50)}` }, "Input 'domain' must be"],
  ['domain with an underscore', { domain: 'ac_me' }, "(got 'ac_me')"],
  [
    'owner of 11 digits',
    { 'domain-owner': '12345678901' },
    "Input 'domain-owner' must be a 12-digit AWS account id",
  ],
  ['owner with letters', { 'domain-owner': '1111222233a3' }, "Input 'domain-owner' must be a 12-digit"],
  ['region upper case', { region: 'US-EAST-1' }, "Input 'region' must be an AWS region such as 'us-east-1'"],
  ['region without hyphens', { region: 'useast1' }, "Input 'region' must be"],
  ['repository missing', { repository: undefined }, "Input 'repository' is required"],
  [
    'repository of one character',
    { repository: 'a' },
    "Input 'repository' must be a CodeArtifact repository",
  ],
  ['repository starting with a hyphen', { repository: '-repo' }, "(got '-repo')"],
  ['repository of 101 characters', { repository: 'r'.repeat(101) }, "Input 'repository' must be"],
  ['repository with a space', { repository: 'my repo' }, "(got 'my repo')"],
  ['repository with a slash', { repository: 'npm/internal' }, "(got 'npm/internal')"],
  [
    'unknown tool',
    { tools: 'npm,rpm' },
    "Input 'tools' must list only tools among npm, pnpm, yarn, pip, twine",
  ],
  ['yarn classic spelled as a tool', { tools: 'yarn-classic' }, "(got 'yarn-classic')"],
  ['tool listed twice', { tools: 'npm\nnpm' }, "Input 'tools' lists 'npm' more than once"],
  ['auto mixed with tools', { tools: 'auto,npm' }, "Input 'tools' must be 'auto' alone or a list of tools"],
  ['scope in upper case', { scopes: '@Acme' }, "Input 'scopes' must list only npm scopes such as '@acme'"],
  ['scope starting with a dot', { scopes: '@.acme' }, "(got '@.acme')"],
  ['scope starting with an underscore', { scopes: '_acme' }, "(got '@_acme')"],
  ['scope given as a package', { scopes: '@acme/pkg' }, "(got '@acme/pkg')"],
  ['scope listed twice', { scopes: '@acme, acme' }, "Input 'scopes' lists '@acme' more than once"],
  [
    'scopes without an npm tool',
    { tools: 'pip', scopes: '@acme' },
    "Input 'scopes' is only used with tools npm or pnpm or yarn",
  ],
];
