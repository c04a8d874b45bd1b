import type { ToolName } from '../ecosystems/types.js';
import { defaultText, inputNames } from './input-table.js';

/**
 * Who the run's AWS calls are made as, and where: the same for login and the cache, so the role login
 * assumes is the identity the S3 cache uses.
 */
export interface AccessConfig {
  /** AWS region of every call; absent: AWS_REGION, AWS_DEFAULT_REGION, then the profile (run/session.ts). */
  readonly region?: string;
  /** Role to assume with the GitHub OIDC token; absent means the default credential chain. */
  readonly roleToAssume?: string;
  /** Session name for the assumed role. @default 'codeartifact-cache' */
  readonly roleSessionName: string;
  /** Lifetime of the assumed role's session, 900-43200 seconds. @default 3600 */
  readonly roleDurationSeconds: number;
  /** Audience of the GitHub OIDC token. @default 'sts.amazonaws.com' */
  readonly audience: string;
}

/** Everything `login` needs, parsed and validated once; everything downstream takes this. */
export interface LoginConfig extends AccessConfig {
  /** CodeArtifact domain name. */
  readonly domain: string;
  /** Account that owns the domain; absent means the caller's own account (STS GetCallerIdentity). */
  readonly domainOwner?: string;
  /** The one repository every client resolves through. */
  readonly repository: string;
  /** Clients to configure, or `'auto'` to detect them from the lockfiles present. @default 'auto' */
  readonly tools: readonly ToolName[] | 'auto';
  /** npm scopes (`@acme`) pinned to the repository. @default [] */
  readonly scopes: readonly string[];
  /** Token lifetime: 0 (the caller's role session) or 900-43200 seconds. @default 43200 */
  readonly durationSeconds: number;
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

/** Defaults of the optional inputs, typed, from the one input table. */
export const LOGIN_DEFAULTS = {
  tools: 'auto',
  'duration-seconds': Number(defaultText('duration-seconds')),
  'role-session-name': defaultText('role-session-name'),
  'role-duration-seconds': Number(defaultText('role-duration-seconds')),
  audience: defaultText('audience'),
  'poetry-source': defaultText('poetry-source'),
  'uv-index': defaultText('uv-index'),
  'dry-run': defaultText('dry-run') === 'true',
  'working-directory': defaultText('working-directory'),
  'mask-account-id': defaultText('mask-account-id') === 'true',
} as const;

/** The kebab-case names `parseLoginInputs` reads; other keys are left for other parsers (cache inputs). */
export const LOGIN_INPUT_NAMES = inputNames('login');
