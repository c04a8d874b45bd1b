/**
 * Every input, declared once. action.yml's `inputs:` are checked against this table (a test fails when
 * they drift), the CLI's flags and their help are made from it, the env name of each input is derived
 * from it, and the parsers take their defaults from it. Add an input here first.
 */
import { CACHE_RULES } from './cache-rules.js';
import { RULES } from './rules.js';

/** Which parser reads the input; the access inputs (region, role) serve login and the cache alike. */
export type InputUse = 'login' | 'cache';

export interface InputSpec {
  /** kebab-case: the action input, the CLI flag (`--name`) and `CODEARTIFACT_CACHE_<NAME>`. */
  readonly name: string;
  readonly use: readonly InputUse[];
  /** The default as action.yml writes it; absent = none (or one worked out at run time: see `help`). */
  readonly default?: string;
  readonly required?: true;
  /** The CLI placeholder (`<n>`); absent for a switch (`--dry-run` alone means true). */
  readonly value?: string;
  /** One line for `--help`; `(default …)` is added from `default`. */
  readonly help: string;
  /** action.yml's description. */
  readonly description: string;
  /** What a value must look like, where one rule says it (lists and numbers are checked by the parser). */
  readonly allowed?: string;
  /** Only the action has it (it makes no sense on a command line). */
  readonly actionOnly?: true;
}

const LOGIN: readonly InputUse[] = ['login'];
const CACHE: readonly InputUse[] = ['cache'];
const BOTH: readonly InputUse[] = ['login', 'cache'];

/** Login's inputs, in action.yml's order. */
const LOGIN_INPUTS: readonly InputSpec[] = [
  {
    name: 'domain',
    use: LOGIN,
    required: true,
    value: '<name>',
    help: 'CodeArtifact domain (required)',
    description: 'CodeArtifact domain name.',
    allowed: RULES.domain.allowed,
  },
  {
    name: 'domain-owner',
    use: LOGIN,
    value: '<account>',
    help: "12-digit account owning the domain (default: the caller's account)",
    description: "12-digit account id that owns the domain (default: the caller's account).",
    allowed: RULES.domainOwner.allowed,
  },
  {
    name: 'region',
    use: BOTH,
    value: '<region>',
    help: 'AWS region of every call (default: AWS_REGION, AWS_DEFAULT_REGION, the profile)',
    description:
      'AWS region of every call the run makes: CodeArtifact, STS, the S3 cache (default: AWS_REGION, then ' +
      "AWS_DEFAULT_REGION, then the profile's region).",
    allowed: RULES.region.allowed,
  },
  {
    name: 'repository',
    use: LOGIN,
    required: true,
    value: '<name>',
    help: 'repository every client resolves through (required)',
    description: 'Repository every client resolves through (its upstreams handle the rest).',
    allowed: RULES.repository.allowed,
  },
  {
    name: 'tools',
    use: BOTH,
    value: '<list>',
    help: 'npm,pnpm,yarn,pip,twine,poetry,uv,go (default: detected from lockfiles)',
    description:
      'Clients to configure, separated by commas or new lines (npm, pnpm, yarn, pip, twine, poetry, uv, go); ' +
      'default: detected from the lockfiles in working-directory.',
  },
  {
    name: 'scopes',
    use: LOGIN,
    value: '<list>',
    help: 'npm scopes pinned to the repository, e.g. @acme',
    description: 'npm scopes pinned to the repository, e.g. @acme (commas or new lines).',
    allowed: RULES.scope.allowed,
  },
  {
    name: 'duration-seconds',
    use: LOGIN,
    default: '43200',
    value: '<n>',
    help: 'token lifetime: 0 or 900-43200',
    description: "Token lifetime, 0 (the role session's) or 900-43200.",
  },
  {
    name: 'role-to-assume',
    use: BOTH,
    value: '<arn>',
    help: 'role to assume with the GitHub OIDC token, for every AWS call (GitHub Actions only)',
    description:
      "Role ARN to assume with the job's OIDC token (the job needs `permissions: id-token: write`); every AWS " +
      'call of the run uses it, the S3 cache included.',
    allowed: RULES.roleArn.allowed,
  },
  {
    name: 'role-session-name',
    use: BOTH,
    default: 'codeartifact-cache',
    value: '<name>',
    help: 'session name of the assumed role',
    description: 'Session name of the assumed role.',
    allowed: RULES.roleSessionName.allowed,
  },
  {
    name: 'role-duration-seconds',
    use: BOTH,
    default: '3600',
    value: '<n>',
    help: 'assumed role session lifetime: 900-43200',
    description: "Lifetime of the assumed role's session, 900-43200.",
  },
  {
    name: 'audience',
    use: BOTH,
    default: 'sts.amazonaws.com',
    value: '<aud>',
    help: 'audience of the GitHub OIDC token',
    description: "Audience of the job's OIDC token.",
    allowed: RULES.audience.allowed,
  },
  {
    name: 'go-proxy',
    use: LOGIN,
    value: '<list>',
    help: 'GOPROXY for go',
    description: 'GOPROXY for go (URLs, direct or off).',
    allowed: RULES.goProxy.allowed,
  },
  {
    name: 'go-private',
    use: LOGIN,
    value: '<list>',
    help: 'Go module patterns kept away from the public checksum database',
    description: 'Go module path patterns kept away from the public checksum database (commas or new lines).',
    allowed: RULES.goPrivate.allowed,
  },
  {
    name: 'poetry-source',
    use: LOGIN,
    default: 'codeartifact',
    value: '<name>',
    help: 'pyproject.toml source poetry resolves through',
    description: 'Name of the pyproject.toml source poetry resolves through.',
    allowed: RULES.sourceName.allowed,
  },
  {
    name: 'uv-index',
    use: LOGIN,
    default: 'codeartifact',
    value: '<name>',
    help: 'pyproject.toml index uv authenticates to',
    description: 'Name of the pyproject.toml index uv authenticates to.',
    allowed: RULES.sourceName.allowed,
  },
  {
    name: 'dry-run',
    use: BOTH,
    default: 'false',
    help: 'print what would be done (token redacted) and write nothing: no files, no cache entries',
    description:
      'Print what would be written (token redacted) and write nothing: no config files, and no cache ' +
      'entry in either step.',
  },
  {
    // Not `env-file`: Node 20 reads `--env-file` anywhere in argv, even after the script name, and exits
    // 9 before our code runs (or loads the file into the environment when it exists).
    name: 'export-file',
    use: LOGIN,
    value: '<path>',
    help: 'where to write the export lines (default: in the state directory; printed)',
    description:
      'Also write the variables as `export` lines to this file (mode 0600), e.g. for a container step.',
    allowed: RULES.path.allowed,
  },
  {
    name: 'working-directory',
    use: BOTH,
    default: '.',
    value: '<dir>',
    help: 'directory whose lockfiles drive detection and cache keys',
    description: 'Directory whose lockfiles drive tool detection and cache keys.',
    allowed: RULES.path.allowed,
  },
  {
    name: 'mask-account-id',
    use: LOGIN,
    default: 'false',
    help: "mask the domain owner's account id in logs",
    description: "Mask the domain owner's account id in logs (registry URLs contain it too).",
  },
];

/** The cache's inputs, in action.yml's order. */
const CACHE_INPUTS: readonly InputSpec[] = [
  {
    name: 'cache',
    use: CACHE,
    default: 'true',
    value: '<bool>',
    help: 'restore and save dependency download caches: true or false',
    description:
      'Restore dependency download caches after login and save them in the post step (true/false).',
  },
  {
    name: 'cache-backend',
    use: CACHE,
    value: '<name>',
    help: 'github, s3, local or none (default: github on GitHub, s3 given a bucket, else local)',
    description:
      'Where cache entries live: github (the Actions cache), s3, local or none (default: github here; s3 when ' +
      's3-bucket is given).',
    allowed: CACHE_RULES.backend.allowed,
  },
  {
    name: 'save-cache',
    use: CACHE,
    default: 'on-success',
    value: '<when>',
    help: 'on-success, always or never (never: restore only)',
    description:
      'When the post step saves: on-success (the job has succeeded so far, as actions/cache does), always, or ' +
      'never (restore only). Cleanup runs whatever this says.',
    allowed: CACHE_RULES.saveCache.allowed,
  },
  {
    name: 'job-status',
    use: CACHE,
    // Evaluated by the runner for each step of the action, so the post step sees the job's status then.
    default: '${{ job.status }}',
    help: "the job's status, for save-cache: on-success",
    description:
      "Leave unset: the runner fills in the job's status when the post step starts, which save-cache: " +
      'on-success reads.',
    actionOnly: true,
  },
  {
    name: 'lookup-only',
    use: CACHE,
    default: 'false',
    value: '<bool>',
    help: 'only look the keys up and set the outputs: nothing is downloaded or extracted',
    description:
      'Only check whether an entry exists for each key (exact or restore key) and set the outputs, as ' +
      "actions/cache's lookup-only does: nothing is downloaded or extracted. The post step then saves " +
      'unless the exact key was found (still subject to save-cache).',
  },
  {
    name: 'cache-dependency-path',
    use: CACHE,
    value: '<globs>',
    help: "files whose contents key the cache (default: each tool's lockfiles)",
    description:
      'Globs of the files whose contents key the cache (commas or new lines, relative to working-directory), ' +
      "e.g. for a monorepo's several lockfiles; default: each tool's lockfiles.",
    allowed: CACHE_RULES.glob.allowed,
  },
  {
    name: 'cache-scope',
    use: CACHE,
    value: '<name>',
    help: 'project scope in keys (default: the repository, the CodeBuild project, or this directory)',
    description:
      'Project scope in keys (default: the repository). Projects with identical lockfiles share entries only ' +
      'when given the same scope.',
    allowed: CACHE_RULES.scope.allowed,
  },
  {
    name: 'cache-key-prefix',
    use: CACHE,
    default: 'codeartifact-cache',
    value: '<prefix>',
    help: 'first element of every key',
    description: 'First element of every cache key; change it to start afresh.',
    allowed: CACHE_RULES.keyPrefix.allowed,
  },
  {
    name: 's3-bucket',
    use: CACHE,
    value: '<bucket>',
    help: 'S3 bucket the s3 backend keeps entries in',
    description: 'S3 bucket of the s3 backend.',
    allowed: CACHE_RULES.bucket.allowed,
  },
  {
    name: 's3-prefix',
    use: CACHE,
    value: '<prefix>',
    help: 'folder inside the bucket',
    description: 'Folder inside the bucket.',
    allowed: CACHE_RULES.s3Prefix.allowed,
  },
  {
    name: 's3-kms-key-id',
    use: CACHE,
    value: '<key>',
    help: "KMS key for SSE-KMS (default: the bucket's encryption)",
    description: "KMS key (id, ARN or alias) to encrypt S3 entries with (default: the bucket's encryption).",
    allowed: CACHE_RULES.kmsKeyId.allowed,
  },
  {
    name: 'local-cache-dir',
    use: CACHE,
    value: '<dir>',
    help: 'directory of the local backend (default ~/.cache/codeartifact-cache)',
    description: 'Directory of the local backend (default: ~/.cache/codeartifact-cache).',
    allowed: CACHE_RULES.path.allowed,
  },
  {
    name: 'cache-timeout-seconds',
    use: CACHE,
    default: '300',
    value: '<n>',
    help: "bound on each tool's restore or save, 1-3600",
    description:
      "Bound on each tool's restore or save, 1-3600 seconds; past it the step goes on with a warning.",
  },
  {
    name: 'cache-max-unpack-ratio',
    use: CACHE,
    default: '20',
    value: '<n>',
    help: 'refuse entries unpacking to more than n × their archive, 1-1000',
    description:
      'Refuse a cache entry that unpacks to more than this many times its archive size (at least 64 MiB and ' +
      '10,000 files are always allowed), 1-1000; checked while extracting, the target is left as it was.',
  },
  {
    name: 'fail-on-cache-miss',
    use: CACHE,
    default: 'false',
    value: '<bool>',
    help: 'exit 1 when a tool restores nothing',
    description: 'Fail the step when a tool restores no entry at all (exact or restore key).',
  },
  {
    name: 'cache-go-build',
    use: CACHE,
    default: 'false',
    value: '<bool>',
    help: "also cache GOCACHE, Go's build output",
    description: "Also cache GOCACHE (Go's build output, keyed on the Go version too).",
  },
];

/** All inputs, in action.yml's order. */
export const INPUTS: readonly InputSpec[] = [...LOGIN_INPUTS, ...CACHE_INPUTS];

/** The input called `name`; throws for a name not in the table (a programming error). */
export function inputSpec(name: string): InputSpec {
  const spec = INPUTS.find((input) => input.name === name);
  if (spec === undefined) throw new Error(`No input is called '${name}'`);
  return spec;
}

/** Names of the inputs `use` reads. */
export const inputNames = (use: InputUse): readonly string[] =>
  INPUTS.filter((input) => input.use.includes(use)).map((input) => input.name);

/** The table's default of `name`, as text ('' when it has none). */
export const defaultText = (name: string): string => inputSpec(name).default ?? '';

/** Inputs may come as env too (a CodeBuild project's variables): `CODEARTIFACT_CACHE_DOMAIN_OWNER`, … */
export const ENV_PREFIX = 'CODEARTIFACT_CACHE_';

/** The env name of an input: `domain-owner` → `CODEARTIFACT_CACHE_DOMAIN_OWNER`. */
export const inputEnvName = (name: string): string => `${ENV_PREFIX}${name.toUpperCase().replace(/-/g, '_')}`;

/** `--help` text of an input: its help, and its default when it has one. */
export function flagHelp(spec: InputSpec): string {
  const shown = spec.default === undefined || spec.value === undefined ? '' : ` (default ${spec.default})`;
  return `${spec.help}${shown}`;
}
