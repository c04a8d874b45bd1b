/**
 * The environment a run starts in, read once by the platform and passed on as values: AWS settings, the
 * runner's cache service, the temp directory. Pure: the platform hands in the env.
 */
import { readAwsEnvironment, type AwsEnvironment } from './aws-env.js';

/**
 * How the runner announced GitHub's cache service, the way @actions/cache decides: github.com's v2
 * service (`ACTIONS_CACHE_SERVICE_V2` + `ACTIONS_RESULTS_URL`) or the v1 REST service GHES announces with
 * `ACTIONS_CACHE_URL`. Both need `ACTIONS_RUNTIME_TOKEN`.
 */
export type GitHubCacheService =
  | { readonly available: true; readonly version: 'v1' | 'v2' }
  | { readonly available: false; readonly reason: string };

export interface RunEnvironment {
  readonly aws: AwsEnvironment;
  readonly githubCache: GitHubCacheService;
  /** RUNNER_TEMP: where staging and bundle directories go; absent = the OS temp directory. */
  readonly runnerTemp?: string;
  /** CODEBUILD_BUILD_SUCCEEDING in a CodeBuild build (0 once a phase failed); absent elsewhere. */
  readonly buildSucceeding?: boolean;
  /** PROGRAMFILES and SYSTEMDRIVE: where Windows keeps Git's GNU tar and the system tar (tar-command.ts). */
  readonly windowsDirs: Readonly<Record<string, string | undefined>>;
}

type Env = Readonly<Record<string, string | undefined>>;
const set = (value: string | undefined): boolean => value !== undefined && value.trim() !== '';

/** GHES, as @actions/cache tells: a server URL that is neither github.com nor a *.ghe.com / *.localhost host. */
function isGhes(env: Env): boolean {
  const host = URL.canParse(env.GITHUB_SERVER_URL ?? '')
    ? new URL(env.GITHUB_SERVER_URL ?? '').hostname.toLowerCase()
    : 'github.com';
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

/** Which cache service @actions/cache will talk to here, and whether the runner announced it. */
export function readGitHubCacheService(env: Env): GitHubCacheService {
  if (!set(env.ACTIONS_RUNTIME_TOKEN)) {
    return { available: false, reason: 'no ACTIONS_RUNTIME_TOKEN (only a job on a GitHub runner has one)' };
  }
  // GHES has only v1; github.com says v2 with ACTIONS_CACHE_SERVICE_V2 (the same rule as @actions/cache).
  const version = !isGhes(env) && set(env.ACTIONS_CACHE_SERVICE_V2) ? 'v2' : 'v1';
  const url = version === 'v2' ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL';
  if (set(env[url])) return { available: true, version };
  return {
    available: false,
    reason:
      `the runner announced no ${version} cache service (${url} is not set` +
      (isGhes(env) ? '; on GHES an administrator turns Actions caching on)' : ')'),
  };
}

export function readRunEnvironment(env: Env): RunEnvironment {
  return {
    aws: readAwsEnvironment(env),
    githubCache: readGitHubCacheService(env),
    windowsDirs: { PROGRAMFILES: env.PROGRAMFILES, SYSTEMDRIVE: env.SYSTEMDRIVE },
    ...(env.RUNNER_TEMP !== undefined && set(env.RUNNER_TEMP) ? { runnerTemp: env.RUNNER_TEMP } : {}),
    ...(set(env.CODEBUILD_BUILD_SUCCEEDING)
      ? { buildSucceeding: env.CODEBUILD_BUILD_SUCCEEDING?.trim() === '1' }
      : {}),
  };
}
