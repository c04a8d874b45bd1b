#!/usr/bin/env node
// Emulator benchmark: warm tarball serving rate on loopback, and cold-vs-warm `npm ci` of the generated
// web-app (~300 packages) through the chain, with and without modelled internet latency.
// Baselines in the same run: the embedded public registry serving the same tarballs directly, and the
// same `npm ci` with a warm npm cache. Run after `npm run build`:  node bench/emulator.mjs [--seconds 8]
// (the real-registry figures are bench/emulator-real.mjs; `npm run bench` runs both tables' benches)
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  webAppPackageJson,
  resolveNpmClosure,
  webAppDependencies,
} from '../build/emulator/public/catalog.js';
import { json, login, npm, npmEnv, numberFlag, startEmulator } from './lib.mjs';

const seconds = numberFlag('--seconds', 8);
const latencies = [0, 150];
const work = mkdtempSync(join(tmpdir(), 'ca-bench-'));
const LOCK_CONFIG = ['omit-lockfile-registry-resolved=true'];

/** Fetch URLs round-robin with `concurrency` keep-alive connections for `seconds`; bounded in time. */
async function hammer(urls, headers, concurrency = 8) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const deadline = Date.now() + seconds * 1000;
  let requests = 0,
    bytes = 0,
    next = 0;
  const one = (url) =>
    new Promise((resolve, reject) => {
      request(url, { agent, headers }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${url}: ${res.statusCode}`));
        res.on('data', (d) => (bytes += d.length)).on('end', resolve);
      })
        .on('error', reject)
        .end();
    });
  const worker = async () => {
    while (Date.now() < deadline) {
      await one(urls[next++ % urls.length]);
      requests++;
    }
  };
  const t = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  const s = (Date.now() - t) / 1000;
  return { rps: requests / s, mibps: bytes / s / 2 ** 20 };
}

async function tarballUrls(base, headers) {
  const urls = [];
  for (const id of resolveNpmClosure(webAppDependencies())) {
    const at = id.lastIndexOf('@');
    const name = id.slice(0, at),
      version = id.slice(at + 1);
    const doc = await (await fetch(`${base}${name.replace('/', '%2f')}`, { headers })).json();
    urls.push(doc.versions[version].dist.tarball);
  }
  return urls;
}

const results = { machine: `${process.platform} ${process.arch}, node ${process.version}` };

// 1. Warm tarball serving rate, emulator vs the plain embedded registry on the same machine.
{
  const emu = await startEmulator([]);
  const { token, registry } = await login(emu.endpoint);
  const auth = { authorization: `Bearer ${token}` };
  const info = await json(`${emu.endpoint}/_emulator/info`);
  const viaEmulator = await tarballUrls(registry, auth);
  const direct = await tarballUrls(info.publicUrls.npm, {});
  await hammer(viaEmulator.slice(0, 400), auth, 4); // warm: every tarball retained once
  const emulator = await hammer(viaEmulator, auth);
  const baseline = await hammer(direct, {});
  results.serving = { tarballs: viaEmulator.length, emulator, baseline, ratio: emulator.rps / baseline.rps };
  await emu.stop();
}

// 2. npm ci through the chain: cold (empty emulator, empty npm cache), warm (retained, empty npm cache),
//    and warm npm cache as the floor — for each modelled latency.
results.npmCi = [];
for (const latency of latencies) {
  const emu = await startEmulator(['--public-latency-ms', String(latency)]);
  const { token, registry } = await login(emu.endpoint);
  const info = await json(`${emu.endpoint}/_emulator/info`);
  const project = join(work, `web-app-${latency}`);
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify(webAppPackageJson(), null, 2));
  // The lockfile comes from the public registry directly, so the emulator starts truly cold.
  npm(
    ['install', '--package-lock-only', '--cache', join(work, `c-lock-${latency}`)],
    project,
    npmEnv(join(work, 'h-lock'), info.publicUrls.npm, undefined, LOCK_CONFIG),
  );
  const env = npmEnv(join(work, `h-${latency}`), registry, token, LOCK_CONFIG);
  const counters = async () => (await json(`${emu.endpoint}/_emulator/counters`)).externalFetches;
  const cold = npm(['ci', '--cache', join(work, `c-cold-${latency}`)], project, env);
  const afterCold = await counters();
  const warm = npm(['ci', '--cache', join(work, `c-warm-${latency}`)], project, env);
  const afterWarm = await counters();
  const floor = npm(['ci', '--cache', join(work, `c-warm-${latency}`), '--prefer-offline'], project, env);
  results.npmCi.push({
    latencyMs: latency,
    packages: resolveNpmClosure(webAppDependencies()).length,
    coldSeconds: cold,
    warmSeconds: warm,
    warmNpmCacheSeconds: floor,
    externalFetchesCold: afterCold.metadata + afterCold.assets,
    externalFetchesWarm: afterWarm.metadata + afterWarm.assets - afterCold.metadata - afterCold.assets,
    coldOverWarm: cold / warm,
  });
  await emu.stop();
}

rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify(results, null, 2));
