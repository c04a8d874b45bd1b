#!/usr/bin/env node
// The emulator in front of a real npm registry: `npm ci` of a ~600-package lockfile through
// `emulator --public-npm <registry>`, cold (fresh emulator, empty npm cache) and warm-chain (tarballs
// retained by the emulator, empty npm cache), against `npm ci` straight from the registry in the same
// run. The registry is whatever `npm config get registry` says on this machine; nothing names it. The
// lockfile is resolved at bench time into a temp dir. Skips with one line when the registry cannot be
// reached. Run after `npm run build`:  node bench/emulator-real.mjs [--runs 3] [--json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { json, login, median, npm, npmEnv, numberFlag, startEmulator } from './lib.mjs';

const runs = numberFlag('--runs', 3);
const asJson = process.argv.includes('--json');
// Popular packages whose closures together come to about 600 packages.
const DEPENDENCIES = {
  express: '4',
  webpack: '5',
  'webpack-cli': '5',
  '@babel/core': '7',
  '@babel/preset-env': '7',
  eslint: '8',
  jest: '29',
  typescript: '5',
  axios: '1',
  lodash: '4',
  chalk: '4',
  commander: '11',
  yargs: '17',
  uuid: '9',
  dotenv: '16',
  moment: '2',
  react: '18',
  'react-dom': '18',
};

const registry = execFileSync('npm', ['config', 'get', 'registry'], { cwd: tmpdir() }).toString().trim();

async function reachable() {
  try {
    const res = await fetch(new URL('lodash', registry.endsWith('/') ? registry : `${registry}/`), {
      signal: globalThis.AbortSignal.timeout(10_000),
    });
    return res.ok ? undefined : `the registry answered ${res.status}`;
  } catch (err) {
    return `the registry could not be reached (${err.cause?.code ?? err.message})`;
  }
}

/** package.json + a lockfile with `resolved` URLs (the usual case: `npm ci` then asks for tarballs only). */
function fixture(work) {
  const project = join(work, 'project');
  mkdirSync(project);
  const pkg = { name: 'bench-fixture', version: '1.0.0', private: true, dependencies: DEPENDENCIES };
  writeFileSync(join(project, 'package.json'), JSON.stringify(pkg, null, 2));
  const env = npmEnv(join(work, 'home-lock'), registry, undefined, ['omit-lockfile-registry-resolved=false']);
  npm(['install', '--package-lock-only', '--cache', join(work, 'cache-lock')], project, env);
  const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
  return { project, packages: Object.keys(lock.packages).length - 1 };
}

/** `npm ci` with an empty npm cache and no node_modules; seconds. */
function ci(project, env, cache) {
  rmSync(join(project, 'node_modules'), { recursive: true, force: true });
  const seconds = npm(['ci', '--cache', cache], project, env);
  rmSync(cache, { recursive: true, force: true });
  return seconds;
}

async function round(work, project, r) {
  const direct = () => ci(project, npmEnv(join(work, 'home-direct'), registry), join(work, `c-d${r}`));
  const out = {};
  if (r % 2) out.direct = direct();
  const emu = await startEmulator(['--public-npm', registry]);
  try {
    const { token, registry: endpoint } = await login(emu.endpoint);
    // Lockfile URLs name the public registry: have npm send them to the emulator instead.
    const env = npmEnv(join(work, `home-emu${r}`), endpoint, token, ['replace-registry-host=always']);
    out.cold = ci(project, env, join(work, `c-cold${r}`));
    const afterCold = await json(`${emu.endpoint}/_emulator/counters`);
    out.warm = ci(project, env, join(work, `c-warm${r}`));
    const afterWarm = await json(`${emu.endpoint}/_emulator/counters`);
    out.cold_requests = afterCold.requests;
    out.cold_external = afterCold.externalFetches;
    out.cold_connections = afterCold.externalConnections;
    out.warm_external = afterWarm.externalFetches.metadata + afterWarm.externalFetches.assets;
    out.warm_external -= afterCold.externalFetches.metadata + afterCold.externalFetches.assets;
  } finally {
    await emu.stop();
  }
  if (!(r % 2)) out.direct = direct();
  return out;
}

const problem = await reachable();
if (problem) {
  const line = `skipped: npm ci through the emulator against the real registry — ${problem}`;
  console.log(asJson ? JSON.stringify({ skipped: line }) : line);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'ca-real-bench-'));
try {
  const { project, packages } = fixture(work);
  const rounds = [];
  for (let r = 0; r < runs; r++) {
    rounds.push(await round(work, project, r));
    if (!asJson) console.error(`round ${r + 1}/${runs}: ${JSON.stringify(rounds.at(-1))}`);
  }
  const pick = (k) => rounds.map((x) => x[k]);
  const result = {
    packages,
    runs,
    seconds: { direct: pick('direct'), cold: pick('cold'), warm: pick('warm') },
    ratios: {
      cold: rounds.map((x) => x.cold / x.direct),
      warm: rounds.map((x) => x.warm / x.direct),
    },
    median: { direct: median(pick('direct')), cold: median(pick('cold')), warm: median(pick('warm')) },
    cold: {
      requests: pick('cold_requests'),
      external: pick('cold_external'),
      connections: pick('cold_connections'),
    },
    warmExternalFetches: pick('warm_external'),
  };
  console.log(JSON.stringify(result, null, asJson ? 0 : 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
