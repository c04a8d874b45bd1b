import type { Command } from 'commander';
import { CACHE_INPUT_NAMES } from '../core/cache-config.js';

type InputName = (typeof CACHE_INPUT_NAMES)[number];

/** Flag text per cache input: `<value>` placeholder and help. Same names as action.yml. */
const FLAGS: Readonly<Record<InputName, readonly [string, string]>> = {
  cache: ['<bool>', 'true or false (default true)'],
  'cache-backend': ['<name>', 'github, s3, local or none (default: s3 given a bucket, else local)'],
  'cache-dependency-path': ['<globs>', 'files whose contents key the cache (default: each tool’s lockfiles)'],
  'cache-scope': ['<name>', 'project scope in keys (default: the CodeBuild project, or this directory)'],
  'cache-key-prefix': ['<prefix>', 'first element of every key (default codeartifact-cache)'],
  's3-bucket': ['<bucket>', 'S3 bucket the s3 backend keeps entries in'],
  's3-prefix': ['<prefix>', 'folder inside the bucket'],
  's3-kms-key-id': ['<key>', 'KMS key for SSE-KMS (default: the bucket’s encryption)'],
  'local-cache-dir': ['<dir>', 'directory of the local backend (default ~/.cache/codeartifact-cache)'],
  'cache-timeout-seconds': ['<n>', 'bound on each tool’s restore or save, 1-3600 (default 300)'],
  'fail-on-cache-miss': ['<bool>', 'exit 1 when a tool restores nothing (default false)'],
  'cache-go-build': ['<bool>', 'also cache GOCACHE, Go’s build output (default false)'],
  tools: ['<list>', 'npm,pnpm,yarn,pip,poetry,uv,go (default: detected from lockfiles)'],
  'working-directory': ['<dir>', 'directory whose lockfiles drive detection and keys (default .)'],
};

/** Adds one flag per cache input, plus --state-dir (where restore leaves what save needs). */
export function addCacheOptions(command: Command): Command {
  for (const name of CACHE_INPUT_NAMES) {
    const [placeholder, help] = FLAGS[name];
    command.option(`--${name} ${placeholder}`, help);
  }
  return command.option('--state-dir <dir>', 'where restore leaves what save needs');
}
