import { main } from '../../src/cli/program.js';
import { sdkOpsApi, type CodeArtifactOpsApi } from '../../src/aws/ops.js';
import type { OpsIo } from '../../src/ops/io.js';
import type { OpsDeps } from '../../src/ops/run.js';

const KEYS = [
  'AWS_ENDPOINT_URL_CODEARTIFACT',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_REGION',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
] as const;

/**
 * Points the unmodified SDK at an emulator the way users do (AWS_ENDPOINT_URL_CODEARTIFACT, keys in env);
 * returns the undo.
 */
export function useEmulatorEnv(endpoint: string, secretAccessKey = 'test-secret-key'): () => void {
  const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_CODEARTIFACT: endpoint,
    AWS_ACCESS_KEY_ID: 'test-access-key',
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
  });
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

/** An io that records what it is told and answers questions with `answer` (interactive when given). */
export function memoryIo(answer?: boolean): OpsIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (text) => void lines.push(...text.split('\n')),
    err: (text) => void errors.push(text),
    interactive: answer !== undefined,
    confirm: async () => answer ?? false,
  };
}

/** Deps with the real SDK (env-configured) and a memory io. */
export function testDeps(io = memoryIo()): OpsDeps & { io: ReturnType<typeof memoryIo> } {
  return {
    api: () => sdkOpsApi(),
    io,
    region: async (input) => input ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
  };
}

/** The real SDK adapter, configured from env like the commands. */
export const opsApi = (): Promise<CodeArtifactOpsApi> => sdkOpsApi();

/** The CLI in-process (same `main` as the bundle): exit code and what it wrote. */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (
    (stdout += String(chunk)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    (stderr += String(chunk)),
    true
  )) as typeof process.stderr.write;
  try {
    const code = await main(['node', 'codeartifact-cache', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

export const TARGET = ['--domain', 'acme', '--domain-owner', '111122223333', '--repository', 'internal'];
