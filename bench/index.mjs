#!/usr/bin/env node
// `npm run bench`: the performance table — work | ours | reference | ratio | goal — from the benches that
// measure it, each run as its own process after `npm run build`: bench/cache.mjs (save, restore, remote
// restore, miss) and bench/emulator-real.mjs (npm ci through the emulator in front of the real registry).
// A bench whose output this table does not recognise is printed as it came; a skipped one says why.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/cli/index.js') || !existsSync('build')) {
  console.error('Run `npm run build` first: the benches run dist/cli and import build/');
  process.exit(1);
}

/** Run a bench; its JSON document (the last top-level `{…}` on stdout) or its raw output. */
function runBench(script) {
  console.error(`running ${script} …`);
  const run = spawnSync(process.execPath, [script, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  });
  const out = run.stdout ?? '';
  for (let at = out.indexOf('{'); at !== -1; at = out.indexOf('\n{', at + 1)) {
    try {
      return { doc: JSON.parse(out.slice(at).trim()), status: run.status };
    } catch {
      // not the document yet: try the next line that opens an object
    }
  }
  const said = out.trim() ? `:\n${out.trim()}` : ' and printed nothing (its errors are above)';
  return { raw: `${script} exited ${run.status}${said}` };
}

const s = (x) => (typeof x === 'number' ? `${x.toFixed(x < 10 ? 2 : 1)} s` : '—');
const r = (x) => (typeof x === 'number' ? `${x.toFixed(2)}×` : '—');
const range = (xs) => (xs.length > 1 ? `${s(Math.min(...xs))}–${s(Math.max(...xs))}` : s(xs[0]));
const rows = [];
const notes = [];

function cacheRows({ doc, raw }) {
  const local = doc?.local ?? (doc?.medianSeconds ? doc : undefined);
  if (!local?.medianSeconds) {
    notes.push(raw ?? `bench/cache.mjs:\n${JSON.stringify(doc, null, 2)}`);
    return;
  }
  const m = local.medianSeconds;
  rows.push([
    'save an npm cache, local backend',
    s(m.ourSave),
    `tar+zstd ${s(m.rawCreate)}`,
    r(m.ourSave / m.rawCreate),
    '≤ 1.10×',
  ]);
  rows.push([
    'restore it',
    s(m.ourRestore),
    `tar -x zstd ${s(m.rawExtract)}`,
    r(m.ourRestore / m.rawExtract),
    '≤ 1.10×',
  ]);
  const s3 = doc.s3;
  if (s3?.medianSeconds) {
    const t = s3.medianSeconds;
    const slower = Math.max(t.downloadAlone, t.extractAlone);
    rows.push([
      'restore from S3 (moto), streamed',
      s(t.streamed),
      `slower of download/extract ${s(slower)}`,
      r(t.streamed / slower),
      '≤ 1.2×',
    ]);
    rows.push([
      'a cache miss, whole process (S3 on moto)',
      s(t.missWholeProcess),
      'one round trip',
      '—',
      '≤ 0.5 s',
    ]);
  } else if (s3?.skipped) notes.push(s3.skipped);
}

function emulatorRows({ doc, raw }) {
  if (doc?.skipped) return notes.push(doc.skipped);
  if (!doc?.seconds) return notes.push(raw ?? `bench/emulator-real.mjs:\n${JSON.stringify(doc, null, 2)}`);
  const { seconds, ratios, packages, runs } = doc;
  const direct = `npm ci direct ${range(seconds.direct)}`;
  const ratioRange = (xs) => xs.map(r).join(' / '); // every run: the goal is per run
  rows.push([
    `npm ci of ${packages} packages through the emulator (real registry upstream), cold, ${runs} runs`,
    range(seconds.cold),
    direct,
    ratioRange(ratios.cold),
    '≤ 1.5×',
  ]);
  rows.push([
    'same, chain warm (tarballs retained, empty npm cache)',
    range(seconds.warm),
    direct,
    ratioRange(ratios.warm),
    '≤ 1.1× every run',
  ]);
  const ext = doc.cold.external.map(
    (e) => `${e.metadata} metadata + ${e.assets} files, ${(e.bytes / 2 ** 20).toFixed(1)} MiB`,
  );
  const pool = doc.cold.connections.map((c) => `${c.requests} requests on ${c.connections} connections`);
  notes.push(
    `cold runs: client requests ${doc.cold.requests.join(', ')}; external fetches ${ext.join('; ')}`,
  );
  notes.push(
    `cold runs, upstream: ${pool.join('; ')}; warm runs: external fetches ${doc.warmExternalFetches.join(', ')}`,
  );
}

cacheRows(runBench('bench/cache.mjs'));
emulatorRows(runBench('bench/emulator-real.mjs'));

const header = ['work', 'ours', 'reference', 'ratio', 'goal'];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
for (const note of notes) console.log(`\n${note}`);
