#!/usr/bin/env node
// Cache benchmark, whole processes, same data, same run, alternating which goes first; every safety check
// (sha256, member policy, unpack cap) is always on — there is no switch to turn them off. Run after
// `npm run build`, with no arguments:
//   - local backend: `codeartifact-cache save` / `restore` vs raw `tar -I 'zstd -T0 -3'` (goal ≤ 1.10×)
//   - S3 backend on moto: streamed restore vs the slower of download alone and extract alone (goal ≤ 1.2×),
//     and a miss as a whole process (goal ≤ 0.5 s)
// Prints one JSON document: data, medians, ratios and goals. CACHE_BENCH_MIB / CACHE_BENCH_ROUNDS override;
// CACHE_BENCH_DIR puts the data on another file system (e.g. a tmpfs: /dev/shm). Every timed run starts after
// `sync`, and a round's trees are deleted 3 s before the next timed run: on a disk mounted with `discard`
// (these VMs) deleting a tree slows the next seconds of file creation by up to 10×, whichever run comes next.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli/index.js');
if (!existsSync(CLI)) throw new Error('Run `npm run build` first: the benchmark runs dist/cli as a process');
const targetMiB = Number(process.env.CACHE_BENCH_MIB || 320);
const rounds = Number(process.env.CACHE_BENCH_ROUNDS || 3);
const work = mkdtempSync(join(process.env.CACHE_BENCH_DIR || tmpdir(), 'ca-cache-bench-'));

/** An npm cache's shape: content-addressed tarballs (already gzip'd, so incompressible) plus index entries. */
function populate(npmCache) {
  let bytes = 0;
  let files = 0;
  for (let i = 0; bytes < targetMiB * 2 ** 20; i++) {
    const hex = randomBytes(32).toString('hex');
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

const settle = () => execFileSync('sync');
const removeAndSettle = (paths) => {
  for (const path of paths) rmSync(path, { recursive: true, force: true });
  settle();
  execFileSync('sleep', ['3']);
};
const seconds = (fn) => {
  settle();
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sh = (argv, env = process.env) => execFileSync(argv[0], argv.slice(1), { stdio: 'ignore', env });

const project = join(work, 'project');
mkdirSync(project);
writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
const emptyRc = join(work, 'npmrc');
writeFileSync(emptyRc, '');

/** The env of one CI run on one machine (HOME): its own npm config, a run id so save trusts restore's state. */
function runEnv(home, run, extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(npm_|CODEBUILD_|GITHUB_)/i.test(k)),
  );
  // Bundles are made under TMPDIR: on the data's file system, as RUNNER_TEMP is on a runner's one disk.
  const common = {
    HOME: home,
    TMPDIR: work,
    NPM_CONFIG_USERCONFIG: emptyRc,
    CODEBUILD_BUILD_ID: `bench:${run}`,
  };
  return { ...env, ...common, ...extra };
}
const ours = (command, flags, env) =>
  sh([process.execPath, CLI, command, '--tools', 'npm', '--working-directory', project, ...flags], env);

// ---- local backend ----
const srcHome = join(work, 'src-home');
const data = populate(join(srcHome, '.npm'));
const local = (prefix) => [
  '--cache-backend',
  'local',
  '--local-cache-dir',
  join(work, 'store'),
  '--cache-key-prefix',
  prefix,
];
const t = { ourSave: [], rawCreate: [], ourRestore: [], rawExtract: [] };
const raw = join(work, 'raw.tar.zst');
for (let r = 0; r < rounds; r++) {
  const flags = [...local(`bench${r}`), '--state-dir', join(work, `state-${r}`)];
  ours('restore', flags, runEnv(srcHome, r)); // a miss: the state save reads, as in a real run
  const pair = [
    ['ourSave', () => ours('save', flags, runEnv(srcHome, r))],
    ['rawCreate', () => sh(['tar', '-I', 'zstd -T0 -3', '-cf', raw, '-C', join(srcHome, '.npm'), '.'])],
  ];
  for (const [name, fn] of r % 2 ? pair.reverse() : pair) t[name].push(seconds(fn));
  const dst = join(work, `dst-${r}`);
  const rawDst = join(work, `raw-dst-${r}`);
  mkdirSync(rawDst);
  const restorePair = [
    [
      'ourRestore',
      () =>
        ours('restore', [...local(`bench${r}`), '--state-dir', join(work, `rs-${r}`)], runEnv(dst, `r${r}`)),
    ],
    ['rawExtract', () => sh(['tar', '-I', 'zstd -d -T0', '-xf', raw, '-C', rawDst])],
  ];
  for (const [name, fn] of r % 2 ? restorePair.reverse() : restorePair) t[name].push(seconds(fn));
  if (!existsSync(join(dst, '.npm', '_cacache'))) throw new Error('our restore restored nothing');
  removeAndSettle([dst, rawDst]);
}
// Fixed costs inside "ours": Node starting the CLI, and npm answering where its cache is (restore asks it).
const fixed = {
  cliVersion: median([0, 1, 2].map(() => seconds(() => sh([process.execPath, CLI, '--version'])))),
  npmConfigGetCache: median(
    [0, 1, 2].map(() => seconds(() => sh(['npm', 'config', 'get', 'cache'], runEnv(srcHome, 0)))),
  ),
};
const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));

// ---- S3 on moto: streamed restore vs its parts, and a miss ----
async function s3Figures() {
  const port = await new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
  const moto = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    for (
      let i = 0;
      !(await fetch(`${endpoint}/moto-api/`).then(
        () => true,
        () => false,
      ));
      i++
    ) {
      if (i > 150) throw new Error('moto did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    const aws = {
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_S3: endpoint,
    };
    Object.assign(process.env, aws);
    const { S3Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
    const s3 = new S3Client({ endpoint, forcePathStyle: true, region: 'us-east-1' });
    await s3.send(new CreateBucketCommand({ Bucket: 'bench' }));
    const s3Flags = (prefix, state) => [
      '--cache-backend',
      's3',
      '--s3-bucket',
      'bench',
      '--cache-key-prefix',
      prefix,
      '--state-dir',
      state,
    ];
    ours('restore', s3Flags('s3bench', join(work, 's3-state')), runEnv(srcHome, 's3', aws));
    ours('save', s3Flags('s3bench', join(work, 's3-state')), runEnv(srcHome, 's3', aws));
    const { createS3Store } = await import('../build/cache/s3.js');
    const { downloadFile } = await import('../build/cache/s3-transfer.js');
    const { extractStream } = await import('../build/cache/extract.js');
    const store = createS3Store({ bucket: 'bench', endpoint });
    const signal = new AbortController().signal;
    const timed = async (fn) => {
      settle();
      const s = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - s) / 1e9;
    };
    const times = { downloadAlone: [], extractAlone: [], streamed: [], missWholeProcess: [] };
    for (let r = 0; r < rounds; r++) {
      const entry = await store.open('s3bench', ['s3bench-'], { signal });
      if ('destroy' in entry.archive) entry.archive.destroy();
      const { matchedKey } = entry;
      const keyPrefix = matchedKey; // open again below: the listing finds it by its exact key
      const file = join(work, `s3-archive-${r}`);
      const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
      const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'bench' }));
      const archiveKey = listed.Contents.map((o) => o.Key).find((k) => k.includes('/archive-'));
      times.downloadAlone.push(
        await timed(() => downloadFile(s3, { bucket: 'bench', key: archiveKey }, file, { signal })),
      );
      times.extractAlone.push(
        await timed(() => extractStream({ file }, entry.manifest, join(work, `s3-x-${r}`, '.npm'))),
      );
      times.streamed.push(
        await timed(async () => {
          const opened = await store.open(keyPrefix, [], { signal });
          await extractStream(opened.archive, opened.manifest, join(work, `s3-s-${r}`, '.npm'));
        }),
      );
      times.missWholeProcess.push(
        seconds(() =>
          ours(
            'restore',
            s3Flags(`miss${r}`, join(work, `miss-${r}`)),
            runEnv(join(work, `miss-home-${r}`), `m${r}`, aws),
          ),
        ),
      );
      removeAndSettle([file, join(work, `s3-x-${r}`), join(work, `s3-s-${r}`)]);
    }
    const s = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    return {
      medianSeconds: s,
      ratio: { streamedVsSlowerPart: s.streamed / Math.max(s.downloadAlone, s.extractAlone), goal: 1.2 },
      miss: { wholeProcessSeconds: s.missWholeProcess, goal: 0.5 },
    };
  } finally {
    moto.kill();
  }
}

const s3 = await s3Figures().catch((error) => ({ skipped: `S3 figures not measured: ${error.message}` }));
console.log(
  JSON.stringify(
    {
      data: {
        mib: Math.round(data.bytes / 2 ** 20),
        files: data.files,
        rawArchiveMiB: Math.round(statSync(raw).size / 2 ** 20),
        rounds,
      },
      safety:
        'always on: sha256 + size, member policy (paths, links, types, set-id), unpack cap — in the timed runs',
      local: {
        medianSeconds: m,
        ratio: { save: m.ourSave / m.rawCreate, restore: m.ourRestore / m.rawExtract, goal: 1.1 },
        fixedCostsInsideOursSeconds: fixed,
      },
      s3,
    },
    null,
    2,
  ),
);
rmSync(work, { recursive: true, force: true });
