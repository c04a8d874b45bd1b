import type { ToolName } from '../ecosystems/types.js';

/** Everything `login` needs, parsed and validated once; everything downstream takes this. */
export interface LoginConfig {
  /** CodeArtifact domain name. */
  readonly domain: string;
  /** Account that owns the domain; absent means the caller's own account (STS GetCallerIdentity). */
  readonly domainOwner?: string;
  /** AWS region of the domain; absent means the AWS default chain decides. */
  readonly region?: string;
  /** The one repository every client resolves through. */
  readonly repository: string;
  /** Clients to configure, or `'auto'` to detect them from the lockfiles present. @default 'auto' */
  readonly tools: readonly ToolName[] | 'auto';
  /** npm scopes (`@acme`) pinned to the repository. @default [] */
  readonly scopes: readonly string[];
  /** Token lifetime: 0 (the caller's role session) or 900-43200 seconds. @default 43200 */
  readonly durationSeconds: number;
  /** Role to assume with the GitHub OIDC token; absent means the default credential chain. */
  readonly roleToAssume?: string;
  /** Session name for the assumed role. @default 'codeartifact-cache' */
  readonly roleSessionName: string;
  /** Lifetime of the assumed role's session, 900-43200 seconds. @default 3600 */
  readonly roleDurationSeconds: number;
  /** Audience of the GitHub OIDC token. @default 'sts.amazonaws.com' */
  readonly audience: string;
  /** GOPROXY for go; absent leaves Go's default. */
  readonly goProxy?: string;
  /** Go module path patterns kept away from the public checksum database. @default [] */
  readonly goPrivate: readonly string[];
  /** Name of the pyproject.toml source poetry resolves through. @default 'codeartifact' */
  readonly poetrySource: string;
  /** Name of the pyproject.toml index uv authenticates to. @default 'codeartifact' */
  readonly uvIndex: string;
  /** Print what would be written (token redacted) and write nothing. @default false */
  readonly dryRun: boolean;
  /** Where to write `export` lines outside GitHub; absent means the platform's default location. */
  readonly envFile?: string;
  /** Directory whose lockfiles drive detection. @default '.' */
  readonly workingDirectory: string;
  /** Mask the domain owner's account id in logs (registry URLs contain it too). @default false */
  readonly maskAccountId: boolean;
}

/** Defaults of the optional inputs, as their kebab-case names show them. */
export const LOGIN_DEFAULTS = {
  tools: 'auto',
  'duration-seconds': 43200,
  'role-session-name': 'codeartifact-cache',
  'role-duration-seconds': 3600,
  audience: 'sts.amazonaws.com',
  'poetry-source': 'codeartifact',
  'uv-index': 'codeartifact',
  'dry-run': false,
  'working-directory': '.',
  'mask-account-id': false,
} as const;

/** The kebab-case names `parseLoginInputs` reads; other keys are left for other parsers (cache inputs). */
export const LOGIN_INPUT_NAMES = [
  'domain',
  'domain-owner',
  'region',
  'repository',
  'tools',
  'scopes',
  'duration-seconds',
  'role-to-assume',
  'role-session-name',
  'role-duration-seconds',
  'audience',
  'go-proxy',
  'go-private',
  'poetry-source',
  'uv-index',
  'dry-run',
  'env-file',
  'working-directory',
  'mask-account-id',
] as const;
