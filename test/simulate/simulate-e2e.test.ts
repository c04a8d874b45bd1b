/** One end-to-end run of steps 1–2 with the small fixture: real npm, pip and go through the bundled CLI. */
import { resolve } from 'node:path';
import { simulate } from '../../src/simulate/index.js';

// Node 20 is supported here; the SDK's notice about its future releases is noise in the test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
import type { StepResult } from '../../src/simulate/types.js';
import { CLI } from '../helpers/cli.js';

it('steps 1–2 (small fixture): the cold build fetches each file once; the warm build uses its restored cache', async () => {
  const streamed: number[] = [];
  const report = await simulate({
    steps: [2],
    fixture: 'small',
    latencyMs: 0,
    cli: resolve(CLI),
    keep: false,
    without: [],
    faults: [],
    log: () => undefined,
    progress: { header: () => streamed.push(0), step: (s: StepResult) => streamed.push(s.step) },
  });
  const claims = report.steps.flatMap((s) =>
    s.claims.map((c) => `${c.ok ? 'PASS' : 'FAIL'} ${c.text}: ${c.detail}`),
  );
  expect(claims.filter((c) => c.startsWith('FAIL'))).toEqual([]);
  expect(streamed).toEqual([0, 1, 2]);
  const [cold, warm] = report.steps.flatMap((s) => s.builds);
  expect(cold?.traffic.publicRegistry?.downloads).toBeGreaterThan(50);
  expect(warm?.traffic.fileRequests).toEqual({ npm: 0, pip: 0, go: 0 });
  expect(warm?.restored?.map((r) => r.tool)).toEqual(['npm', 'pip', 'go']);
  expect(report.ok).toBe(true);
}, 300_000);
