/** Report rendering and claim checking: pure, no servers. */
import { buildPassed, cacheFrom, fetchedOnceEach, zeroExternal } from '../../src/simulate/claims.js';
import { plan } from '../../src/simulate/index.js';
import { barChart, renderMarkdown, renderText } from '../../src/simulate/report.js';
import type { AuditEntry } from '../../src/emulator/audit.js';
import { addTraffic, NO_TRAFFIC, summarize } from '../../src/simulate/traffic.js';
import type { BuildResult, SimulationReport } from '../../src/simulate/types.js';

const build = (label: string, installMs: number, over: Partial<BuildResult> = {}): BuildResult => ({
  label,
  phases: [{ name: 'npm ci', ms: installMs, ok: true }],
  installMs,
  cache: 'miss',
  traffic: NO_TRAFFIC,
  ...over,
});

it.each([
  [[2], [1, 2]],
  [[4], [4]],
  [[5], [1, 5]],
  [
    [1, 2, 3, 4, 5],
    [1, 2, 3, 4, 5],
  ],
])('plan(%j) runs %j', (asked, expected) => expect(plan(asked)).toEqual(expected));

it('claims hold or fail on the figures', () => {
  expect(fetchedOnceEach({ 'npm:a/a-1.tgz': 1, 'npm:b/b-1.tgz': 1 }, 2).ok).toBe(true);
  expect(fetchedOnceEach({ 'npm:a/a-1.tgz': 2 }, 1)).toMatchObject({
    ok: false,
    detail: expect.stringContaining('×2'),
  });
  expect(fetchedOnceEach({ 'npm:a/a-1.tgz': 1 }, 2).ok).toBe(false);
  expect(zeroExternal(build('b', 1)).ok).toBe(true);
  expect(zeroExternal(build('b', 1, { traffic: { ...NO_TRAFFIC, externalAssets: 1 } })).ok).toBe(false);
  expect(cacheFrom(build('b', 1, { cache: 'hit-shared' }), 'hit-shared').ok).toBe(true);
  const failed = build('b', 1, { phases: [{ name: 'npm ci', ms: 1, ok: false, note: 'E404' }] });
  expect(buildPassed(failed)).toMatchObject({ ok: false, detail: 'npm ci: E404' });
});

it('the bar chart scales to the slowest build', () => {
  expect(barChart([build('cold', 20_000), build('warm', 5_000)], 8)).toEqual([
    'cold ████████ 20.0 s',
    'warm ██ 5.0 s',
  ]);
});

it('renders text and Markdown with every claim and the chart', () => {
  const report: SimulationReport = {
    fixture: 'small',
    latencyMs: 80,
    packages: { npm: 80, pypi: 2, go: 2 },
    cacheBackend: 'test',
    steps: [
      {
        step: 1,
        title: 'cold',
        builds: [build('Build 1', 3000)],
        claims: [{ text: 'zero', ok: false, detail: '3 fetched' }],
        notes: ['a note'],
      },
    ],
    ok: false,
    totalMs: 4000,
  };
  const text = renderText(report);
  expect(text).toContain('  FAIL zero — 3 fetched');
  expect(text).toContain('=> step 1 FAILED');
  expect(text).toContain('Build 1 ████');
  expect(text).toContain('SOME CLAIMS FAILED');
  const md = renderMarkdown(report);
  expect(md).toContain('## Step 1: cold');
  expect(md).toContain('- FAIL zero — 3 fetched');
});

it('traffic counts requests and bytes by where they were served', () => {
  const entry = (servedBy: AuditEntry['servedBy'], bytes: number, seq: number): AuditEntry => ({
    seq,
    time: 0,
    method: 'GET',
    path: '/',
    format: 'npm',
    domain: 'acme',
    repository: 'internal',
    kind: 'asset',
    status: 200,
    servedBy,
    bytes,
    durationMs: 1,
  });
  const t = summarize([entry('internal', 10, 1), entry('upstream', 5, 2), entry('external', 100, 3)], {
    externalAssets: 1,
    externalMetadata: 0,
    goProxyRequests: 2,
  });
  expect(t).toMatchObject({
    requests: 3,
    internal: 1,
    upstream: 1,
    external: 1,
    bytes: { domain: 15, external: 100 },
  });
  expect(addTraffic(t, t).bytes.external).toBe(200);
});
