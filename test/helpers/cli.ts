import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The bundled CLI, as users and buildspecs run it. */
export const CLI = 'dist/cli/index.js';

/** Run the bundled CLI to completion. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Start `codeartifact-cache emulator` and resolve once it has printed its endpoint line — and, for an
 * https endpoint (`--tls`), the CA line that follows it.
 */
export async function spawnEmulator(
  args: string[] = [],
): Promise<{ child: ChildProcess; endpoint: string; caFile?: string; stdout: string[] }> {
  const child = spawn(process.execPath, [CLI, 'emulator', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let endpoint = '';
  const caFile = await new Promise<string | undefined>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${stderr}`)), 30_000);
    const done = (ca?: string) => {
      clearTimeout(timer);
      resolve(ca);
    };
    createInterface({ input: child.stdout! }).on('line', (line) => {
      stdout.push(line);
      const m = /^CODEARTIFACT_ENDPOINT=(https?):\/\/127\.0\.0\.1:\d+$/.exec(line);
      if (m) endpoint = line.slice('CODEARTIFACT_ENDPOINT='.length);
      if (m?.[1] === 'http') done();
      const ca = /^CODEARTIFACT_CA_BUNDLE=(.+)$/.exec(line);
      if (ca && endpoint) done(ca[1]);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${stderr}`)));
  });
  return { child, endpoint, stdout, ...(caFile ? { caFile } : {}) };
}

/** Send a signal and wait for the exit code. */
export function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}
