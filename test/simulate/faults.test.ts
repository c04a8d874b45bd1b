/**
 * Each claim of `simulate` fails when its subject is broken. The bundled CLI runs with the hidden, test-only
 * `--test-fault` flag, which breaks one subject on purpose: the emulator ignores origin controls, stops
 * counting external asset fetches, or keeps its external connections on disassociation (src/emulator/faults.ts);
 * or the cache restore puts what it downloads where no client reads it (src/simulate/cache-cli.ts). The run
 * must exit non-zero naming the claim about that subject, while the other claims of the same run still hold.
 * Runs `dist/` (npm run build first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../helpers/cli.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function simulate(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const argv = [CLI, 'simulate', '--fixture', 'small', '--latency-ms', '0', ...args];
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Claims by verdict, from the report's PASS/FAIL lines. */
function verdicts(out: string): { pass: string[]; fail: string[] } {
  const lines = out.split('\n').map((l) => l.trim());
  const pick = (v: string) =>
    lines.filter((l) => l.startsWith(`${v} `)).map((l) => l.slice(5).split(' — ')[0] ?? '');
  return { pass: pick('PASS'), fail: pick('FAIL') };
}

function expectFailedExactly(r: Run, failing: RegExp[]): void {
  const { pass, fail } = verdicts(r.stdout);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('TEST FAULTS INJECTED');
  expect(fail).toHaveLength(failing.length);
  for (const claim of failing) {
    expect(fail.some((c) => claim.test(c))).toBe(true);
    // The exit message names the claim, so a CI log says what broke without the report.
    const named = new RegExp(claim.source.replace(/^\^/, ''));
    const exit = r.stderr.split('\n').find((l) => l.startsWith('codeartifact-cache: simulate:'));
    expect(exit).toMatch(named);
  }
  expect(pass.length).toBeGreaterThan(0);
}

it('origin controls ignored: the protected resolution sees the spoof, and that claim fails', async () => {
  const r = await simulate(['--step', '4', '--test-fault', 'origin-controls']);
  expectFailedExactly(r, [
    /^\[acme: @acme\/auth published internally, upstream=BLOCK\] at the same moment only 2\.1\.0/,
  ]);
  expect(r.stdout).toMatch(/FAIL \[acme: .*the repository lists 2\.1\.0, 99\.0\.0$/m);
  expect(verdicts(r.stdout).pass).toEqual([expect.stringMatching(/^\[acme-unprotected: /)]);
}, 300_000);

it('uncounted external fetches and a restore that lands nowhere: their claims fail, the rest hold', async () => {
  const r = await simulate(['--step', '2', '--test-fault', 'counters,restore']);
  expectFailedExactly(r, [
    /^the emulator's external-fetch counters agree with the public registry/,
    /^Build 2 \(same host\): the restored cache directories hold the lockfiles' packages/,
    /^Build 2 \(same host\): npm, pip, go install from the restored cache/,
  ]);
  const { pass } = verdicts(r.stdout);
  expect(pass).toContain(
    'each of the 81 public packages in the lockfiles is downloaded from the public registry exactly once',
  );
  expect(pass).toContain('Build 2 (same host) makes zero external fetches');
  expect(pass).toContain('Build 2 (same host) restores its cache (hit-local)');
}, 300_000);

it('a pause that does not pause: the new public package installs, and the 404 claim fails', async () => {
  const r = await simulate(['--step', '5', '--test-fault', 'pause']);
  const { fail } = verdicts(r.stdout);
  expect(r.code).toBe(1);
  expect(fail).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^a build needing the new public package \S+ fails with npm's 404/),
    ]),
  );
  expect(r.stderr).toMatch(/simulate: .*a build needing the new public package \S+ fails with npm's 404/);
  expect(verdicts(r.stdout).pass).toContain('Build 1 (cold) succeeds');
}, 300_000);

it('rejects an unknown fault or part in one line, before starting anything', async () => {
  const r = await simulate(['--test-fault', 'gravity']);
  expect(r.code).toBe(2);
  expect(r.stderr.trim()).toBe(
    "codeartifact-cache: --test-fault takes a comma-separated list of origin-controls, counters, pause, restore; got 'gravity'",
  );
  const w = await simulate(['--without', 'npm']);
  expect(w.code).toBe(2);
  expect(w.stderr.trim().split('\n')).toHaveLength(1);
});

describe('a missing tool fails the run in one line, unless a reduced run leaves it out', () => {
  const bin = mkdtempSync(join(tmpdir(), 'simulate-path-'));
  afterAll(() => rmSync(bin, { recursive: true, force: true }));
  const sh = (command: string) => spawnSync('sh', ['-c', command], { encoding: 'utf8' }).stdout.trim();
  // python3 may be a pyenv shim that needs pyenv on PATH: link the interpreter itself.
  const which = (tool: string) =>
    tool === 'python3' ? sh(`python3 -c 'import sys; print(sys.executable)'`) : sh(`command -v ${tool}`);
  /** A PATH holding only `tools` (node, npm and what the cache and the builds' shell need, always). */
  function pathWith(tools: string[]): string {
    const dir = mkdtempSync(join(bin, 'p-'));
    for (const t of ['node', 'npm', 'sh', 'tar', 'zstd', ...tools]) symlinkSync(which(t), join(dir, t));
    return dir;
  }

  it.each([
    [[], 'python3 with pip is not available', 'pip'],
    [['python3'], 'go is not on PATH', 'go'],
  ])('PATH with node, npm and %j', async (tools, missing, part) => {
    const r = await simulate(['--step', '1'], { ...process.env, PATH: pathWith(tools) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(
      new RegExp(
        `^codeartifact-cache: simulate: ${missing}.*, or leave it out of a reduced run with --without ${part}$`,
      ),
    );
  });

  it('--without go,pip,s3 runs npm alone and its report says what it left out', async () => {
    const r = await simulate(['--step', '1', '--without', 'go,pip,s3'], {
      ...process.env,
      PATH: pathWith([]),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('REDUCED RUN — left out:');
    for (const part of ['pip', 'go', 's3'])
      expect(r.stdout).toMatch(new RegExp(`^ {2}${part}: .*--without ${part}\\)$`, 'm'));
    expect(r.stdout).toContain('0 Python requirements, 0 Go modules');
    expect(r.stdout).toMatch(/All claims held \(.* reduced run, 3 part\(s\) left out/);
  }, 300_000);
});
