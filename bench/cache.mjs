#!/usr/bin/env node
// Cache benchmark: save and restore of a realistic npm cache (>= 300 MiB, thousands of files) through the
// local backend, against raw `tar -I 'zstd -T0'` on the same data in the same run. Run after `npm run build`:
//   node bench/cache.mjs [--mib 320] [--rounds 3]
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArchive } from '../build/cache/archive.js';
import { extractArchive } from '../build/cache/extract.js';
import { LocalStore } from '../build/cache/local.js';

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1] || fallback);
const targetMiB = arg('--mib', 320);
const rounds = arg('--rounds', 3);
const work = mkdtempSync(join(tmpdir(), 'ca-cache-bench-'));
const home = join(work, 'home');
const npmCache = join(home, '.npm');

/** An npm cache's shape: content-addressed tarballs (already gzip'd, so incompressible) plus JSON index entries. */
function populate() {
  let bytes = 0;
  let files = 0;
  for (let i = 0; bytes < targetMiB * 2 ** 20; i++) {
    const hex = randomBytes(32).toString('hex');
    // Most packages are small; a few are large, as in real caches.
    const size = i % 97 === 0 ? 2_000_000 + (i % 5) * 900_000 : 4_000 + ((i * 7919) % 140_000);
    const content = join(npmCache, '_cacache', 'content-v2', 'sha512', hex.slice(0, 2), hex.slice(2, 4));
    mkdirSync(content, { recursive: true });
    writeFileSync(join(content, hex.slice(4)), randomBytes(size));
    const index = join(npmCache, '_cacache', 'index-v5', hex.slice(8, 10), hex.slice(10, 12));
    mkdirSync(index, { recursive: true });
    const entry = JSON.stringify({
      key: `make-fetch-happen:request-cache:pkg-${i}.tgz`,
      integrity: hex,
      size,
    });
    writeFileSync(join(index, hex.slice(12)), `${hex}\t${entry}\n`);
    bytes += size + entry.length;
    files += 2;
  }
  return { bytes, files };
}

const seconds = async (fn) => {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sh = (args) => execFileSync(args[0], args.slice(1), { stdio: 'ignore' });

const { bytes, files } = populate();
const store = new LocalStore(join(work, 'store'));
const signal = new AbortController().signal;
const times = { ourSave: [], rawCreate: [], ourRestore: [], rawExtract: [] };
let archiveBytes = 0;
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first so neither always gets the warmer page cache.
  const key = `bench-${r}`;
  const bundle = join(work, `bundle-${r}`);
  const raw = join(work, `raw-${r}.tar.zst`);
  const ours = async () => {
    mkdirSync(bundle);
    const manifest = await createArchive([npmCache], bundle, key);
    archiveBytes = manifest.size;
    await store.save(bundle, key, { signal });
  };
  const rawCreate = () => sh(['tar', '-I', 'zstd -T0 -3', '-cf', raw, '-C', home, '.npm']);
  if (r % 2) {
    times.rawCreate.push(await seconds(rawCreate));
    times.ourSave.push(await seconds(ours));
  } else {
    times.ourSave.push(await seconds(ours));
    times.rawCreate.push(await seconds(rawCreate));
  }
  const restoredHome = join(work, `restored-${r}`);
  const rawHome = join(work, `raw-extract-${r}`);
  mkdirSync(rawHome);
  const ourRestore = async () => {
    const into = join(work, `fetched-${r}`);
    mkdirSync(into);
    await store.restore(into, key, [], { signal });
    await extractArchive(into, [join(restoredHome, '.npm')]);
  };
  const rawExtract = () => sh(['tar', '-I', 'zstd -d -T0', '-xf', raw, '-C', rawHome]);
  if (r % 2) {
    times.rawExtract.push(await seconds(rawExtract));
    times.ourRestore.push(await seconds(ourRestore));
  } else {
    times.ourRestore.push(await seconds(ourRestore));
    times.rawExtract.push(await seconds(rawExtract));
  }
  rmSync(restoredHome, { recursive: true, force: true });
  rmSync(rawHome, { recursive: true, force: true });
}
const mib = bytes / 2 ** 20;
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
console.log(
  JSON.stringify(
    {
      data: { mib: Math.round(mib), files, archiveMiB: Math.round(archiveBytes / 2 ** 20), rounds },
      medianSeconds: m,
      mibPerSecond: {
        ourSave: mib / m.ourSave,
        rawCreate: mib / m.rawCreate,
        ourRestore: mib / m.ourRestore,
        rawExtract: mib / m.rawExtract,
      },
      ratio: { save: m.ourSave / m.rawCreate, restore: m.ourRestore / m.rawExtract },
      rawArchiveMiB: Math.round(statSync(join(work, 'raw-0.tar.zst')).size / 2 ** 20),
    },
    null,
    2,
  ),
);
rmSync(work, { recursive: true, force: true });
