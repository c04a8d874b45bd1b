/** Report rendering and claim checking: pure, no servers. */
import {
  buildPassed,
  cacheFrom,
  cacheUsed,
  countersAgree,
  publicDownloadsOnce,
  restoredHolds,
  zeroExternal,
} from '../../src/simulate/claims.js';
import { leftOut, plan } from '../../src/simulate/index.js';
import { failedWith404For, type ProbeResult } from '../../src/simulate/probe.js';
import { barChart, renderMarkdown, renderText } from '../../src/simulate/report.js';
import type { AuditEntry } from '../../src/emulator/audit.js';
import { NO_TRAFFIC, summarize } from '../../src/simulate/traffic.js';
import type { BuildResult, SimulationReport, Traffic } from '../../src/simulate/types.js';

const build = (label: string, installMs: number, over: Partial<BuildResult> = {}): BuildResult => ({
  label,
  phases: [{ name: 'npm ci', ms: installMs, ok: true }],
  installMs,
  cache: 'miss',
  traffic: NO_TRAFFIC,
  ...over,
});
const traffic = (over: Partial<Traffic>): Partial<BuildResult> => ({ traffic: { ...NO_TRAFFIC, ...over } });

it.each([
  [[2], false, [1, 2]],
  [[4], false, [4]],
  [[5], false, [1, 5]],
  [[1, 2, 3, 4, 5], false, [1, 2, 3, 4, 5]],
  [[1, 2, 3, 4, 5], true, [1, 2, 3, 5]],
])('plan(%j, publicNpm %s) runs %j', (asked, publicNpm, expected) =>
  expect(plan(asked, publicNpm)).toEqual(expected),
);

it('a reduced run says what it leaves out', () => {
  expect(leftOut({ without: [], steps: [1, 2, 3, 4, 5] })).toEqual([]);
  const out = leftOut({
    without: ['go', 's3'],
    publicNpm: 'http://registry.invalid/',
    steps: [1, 2, 3, 4, 5],
  });
  expect(out).toHaveLength(4);
  expect(out.join('\n')).toMatch(/--without go[\s\S]*--without s3[\s\S]*step 4[\s\S]*independent count/);
});

it('external fetches: zero only when the emulator and the public registry both say so', () => {
  expect(zeroExternal(build('b', 1, traffic({ publicRegistry: { downloads: 0, metadata: 0 } }))).ok).toBe(
    true,
  );
  expect(zeroExternal(build('b', 1, traffic({ externalAssets: 1 }))).ok).toBe(false);
  // The emulator's counters say nothing went out, the public registry's own log disagrees.
  const hidden = build('b', 1, traffic({ publicRegistry: { downloads: 3, metadata: 0 } }));
  expect(zeroExternal(hidden)).toMatchObject({ ok: false, detail: expect.stringContaining('3 downloads') });
});

it("build 1: downloads counted by the public registry, and the emulator's counters must agree", () => {
  const cold = build('b', 1, traffic({ externalAssets: 2, publicRegistry: { downloads: 2, metadata: 1 } }));
  expect(publicDownloadsOnce(cold, 2).ok).toBe(true);
  expect(publicDownloadsOnce(cold, 3).ok).toBe(false);
  expect(countersAgree(cold, { 'npm:a/a-1.tgz': 1, 'npm:b/b-1.tgz': 1 }).ok).toBe(true);
  expect(countersAgree(cold, { 'npm:a/a-1.tgz': 2 })).toMatchObject({
    ok: false,
    detail: expect.stringContaining('×2'),
  });
  const uncounted = build(
    'b',
    1,
    traffic({ externalAssets: 0, publicRegistry: { downloads: 2, metadata: 1 } }),
  );
  expect(countersAgree(uncounted, {}).ok).toBe(false);
});

it('a warm build: the restored directories hold the packages and the installs download none', () => {
  const held = { tool: 'npm', where: '~/.npm', expected: 3, missing: [] } as const;
  expect(restoredHolds(build('b', 1, { restored: [held] })).ok).toBe(true);
  expect(restoredHolds(build('b', 1)).ok).toBe(false);
  const partial = build('b', 1, { restored: [{ ...held, missing: ['a@1.0.0'] }] });
  expect(restoredHolds(partial)).toMatchObject({
    ok: false,
    detail: expect.stringContaining('missing a@1.0.0'),
  });
  const files = (npm: number, pip: number, go: number) => traffic({ fileRequests: { npm, pip, go } });
  expect(cacheUsed(build('b', 1, files(0, 0, 0)), ['npm', 'pip', 'go']).ok).toBe(true);
  expect(cacheUsed(build('b', 1, files(0, 1, 0)), ['npm', 'pip', 'go']).ok).toBe(false);
  expect(cacheUsed(build('b', 1, files(0, 0, 2)), ['npm', 'pip', 'go']).ok).toBe(false);
  expect(cacheUsed(build('b', 1, files(0, 0, 2)), ['npm', 'pip']).ok).toBe(true);
  expect(cacheFrom(build('b', 1, { cache: 'hit-shared' }), 'hit-shared').ok).toBe(true);
  const failed = build('b', 1, { phases: [{ name: 'npm ci', ms: 1, ok: false, note: 'E404' }] });
  expect(buildPassed(failed)).toMatchObject({ ok: false, detail: 'npm ci: E404' });
});

it('the pause claim accepts only npm’s 404 for the package itself', () => {
  const probe = (loggedIn: boolean, code: number, stderr: string): ProbeResult => ({
    loggedIn,
    r: { code, stdout: '', stderr, ms: 1 },
    version: undefined,
  });
  const notFound =
    'npm error 404 Not Found - GET http://127.0.0.1:1/npm/d/acme-1/internal/harbor-table - not here';
  expect(failedWith404For(probe(true, 1, notFound), 'harbor-table')).toBe(true);
  expect(failedWith404For(probe(false, 1, notFound), 'harbor-table')).toBe(false);
  expect(failedWith404For(probe(true, 0, notFound), 'harbor-table')).toBe(false);
  expect(
    failedWith404For(probe(true, 1, 'npm error 502 Bad Gateway - GET …/harbor-table'), 'harbor-table'),
  ).toBe(false);
  const other = notFound.replace('harbor-table', 'left-pad');
  expect(failedWith404For(probe(true, 1, other), 'harbor-table')).toBe(false);
});

it('the bar chart scales to the slowest build', () => {
  expect(barChart([build('cold', 20_000), build('warm', 5_000)], 8)).toEqual([
    'cold ████████ 20.0 s',
    'warm ██ 5.0 s',
  ]);
});

it('renders text and Markdown with every claim, what was left out and the chart', () => {
  const report: SimulationReport = {
    fixture: 'small',
    latencyMs: 80,
    packages: { npm: 80, pypi: 2, go: 2 },
    cacheBackend: 'test',
    leftOut: ['go: the Go sidecar is not built (--without go)'],
    faults: [],
    steps: [
      {
        step: 1,
        title: 'cold',
        builds: [build('Build 1', 3000)],
        claims: [{ text: 'zero', ok: false, detail: '3 fetched' }],
        notes: ['a note'],
      },
      { step: 4, title: 'no claims', builds: [], claims: [], notes: [] },
    ],
    ok: false,
    totalMs: 4000,
  };
  const text = renderText(report);
  expect(text).toContain('  FAIL zero — 3 fetched');
  expect(text).toContain('=> step 1 FAILED');
  expect(text).toContain('FAIL this step checked no claim');
  expect(text).toContain('=> step 4 FAILED');
  expect(text).toContain('REDUCED RUN — left out:\n  go: the Go sidecar');
  expect(text).toContain('Build 1 ████');
  expect(text).toContain('SOME CLAIMS FAILED');
  const md = renderMarkdown(report);
  expect(md).toContain('## Step 1: cold');
  expect(md).toContain('- FAIL zero — 3 fetched');
});

it('traffic counts requests, bytes and package files by where they were served', () => {
  const entry = (
    servedBy: AuditEntry['servedBy'],
    bytes: number,
    seq: number,
    over: Partial<AuditEntry> = {},
  ) => ({
    seq,
    time: 0,
    method: 'GET',
    path: '/',
    format: 'npm' as const,
    domain: 'acme',
    repository: 'internal',
    kind: 'asset' as const,
    status: 200,
    servedBy,
    bytes,
    durationMs: 1,
    ...over,
  });
  const t = summarize(
    [
      entry('internal', 10, 1),
      entry('upstream', 5, 2, { kind: 'metadata' }),
      entry('external', 100, 3),
      entry('internal', 0, 4, { format: 'pypi', status: 304 }),
      entry('internal', 7, 5, { format: 'pypi' }),
    ],
    { externalAssets: 1, externalMetadata: 0, goProxyRequests: 2, goZipRequests: 1 },
  );
  expect(t).toMatchObject({
    requests: 5,
    internal: 3,
    upstream: 1,
    external: 1,
    bytes: { domain: 22, external: 100 },
    fileRequests: { npm: 2, pip: 1, go: 1 },
    revalidated: 1,
  });
});
