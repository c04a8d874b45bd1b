/** One end-to-end run of steps 1–2 with the small fixture: real npm, pip and go through the bundled login. */
import { resolve } from 'node:path';
import { simulate } from '../../src/simulate/index.js';
import { CLI } from '../helpers/cli.js';

it('steps 1–2 (small fixture): cold build fetches each tarball once; the warm build fetches nothing', async () => {
  const lines: string[] = [];
  const report = await simulate({
    steps: [2],
    fixture: 'small',
    latencyMs: 20,
    cli: resolve(CLI),
    keep: false,
    log: (l) => lines.push(l),
  });
  const claims = report.steps.flatMap((s) =>
    s.claims.map((c) => `${c.ok ? 'PASS' : 'FAIL'} ${c.text}: ${c.detail}`),
  );
  expect(claims.filter((c) => c.startsWith('FAIL'))).toEqual([]);
  expect(report.steps.map((s) => s.step)).toEqual([1, 2]);
  const [cold, warm] = report.steps.flatMap((s) => s.builds);
  expect(cold?.traffic.externalAssets).toBeGreaterThan(50);
  expect(warm?.traffic.externalAssets).toBe(0);
  expect(report.ok).toBe(true);
}, 300_000);
