import type { Command } from 'commander';
import { LOGIN_INPUT_NAMES } from '../core/config.js';
import { inputName, type RawInputs } from '../core/reader.js';

type InputName = (typeof LOGIN_INPUT_NAMES)[number];

/** Flag text per input: `<value>` placeholder (undefined = a switch) and help. Same names as action.yml. */
const FLAGS: Readonly<Record<InputName, readonly [string | undefined, string]>> = {
  domain: ['<name>', 'CodeArtifact domain (required)'],
  'domain-owner': ['<account>', "12-digit account owning the domain (default: the caller's account)"],
  region: ['<region>', 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile)'],
  repository: ['<name>', 'repository every client resolves through (required)'],
  tools: ['<list>', 'npm,pnpm,yarn,pip,twine,poetry,uv,go (default: detected from lockfiles)'],
  scopes: ['<list>', 'npm scopes pinned to the repository, e.g. @acme'],
  'duration-seconds': ['<n>', 'token lifetime: 0 or 900-43200 (default 43200)'],
  'role-to-assume': ['<arn>', 'role to assume with the GitHub OIDC token (GitHub Actions only)'],
  'role-session-name': ['<name>', 'session name of the assumed role (default codeartifact-cache)'],
  'role-duration-seconds': ['<n>', 'assumed role session lifetime: 900-43200 (default 3600)'],
  audience: ['<aud>', 'audience of the GitHub OIDC token (default sts.amazonaws.com)'],
  'go-proxy': ['<list>', 'GOPROXY for go'],
  'go-private': ['<list>', 'Go module patterns kept away from the public checksum database'],
  'poetry-source': ['<name>', 'pyproject.toml source poetry resolves through (default codeartifact)'],
  'uv-index': ['<name>', 'pyproject.toml index uv authenticates to (default codeartifact)'],
  'dry-run': [undefined, 'print what would be written (token redacted) and write nothing'],
  'env-file': ['<path>', 'where to write the export lines (default: in the state directory; printed)'],
  'working-directory': ['<dir>', 'directory whose lockfiles drive detection (default .)'],
  'mask-account-id': [undefined, "mask the domain owner's account id in logs"],
};

/** Adds one flag per login input; no defaults here, so the same input given as env can still apply. */
export function addLoginOptions(command: Command): Command {
  for (const name of LOGIN_INPUT_NAMES) {
    const [placeholder, help] = FLAGS[name];
    command.option(`--${name}${placeholder === undefined ? '' : ` ${placeholder}`}`, help);
  }
  return command;
}

/** Commander's parsed options (camelCase, switches as `true`) as raw inputs by kebab-case name. */
export function flagsToInputs(options: Readonly<Record<string, unknown>>): RawInputs {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'string') raw[inputName(key)] = value;
    else if (typeof value === 'boolean') raw[inputName(key)] = String(value);
  }
  return raw;
}
