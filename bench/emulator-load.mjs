#!/usr/bin/env node
// Emulator under sustained load: 50 keep-alive clients for 60 s (LOAD_CLIENTS / LOAD_SECONDS change it)
// against `codeartifact-cache emulator`, mixing what a busy CI fleet and a hostile neighbour send:
// packuments and tarballs through the chain, 404s for ever-new names (every one an audit entry),
// signed control-plane calls (a token now and then), malformed escapes and oversized unsigned bodies.
// Prints the emulator's RSS at start, after warm-up, every 10 s and at the end, the request mix, and the
// size of `GET /_emulator/audit?since=0`. The claim is "flat, not growing": end vs after-warm-up is the
// ratio to read (start is the idle process, before any package was fetched or retained).
// Run after `npm run build`:  node bench/emulator-load.mjs
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import {
  CodeartifactClient,
  DescribeRepositoryCommand,
  GetAuthorizationTokenCommand,
  GetRepositoryEndpointCommand,
} from '@aws-sdk/client-codeartifact';
import { resolveNpmClosure, webAppDependencies } from '../build/emulator/public/catalog.js';

const CLIENTS = Number(process.env.LOAD_CLIENTS || 50);
const SECONDS = Number(process.env.LOAD_SECONDS || 60);
const WARMUP_SECONDS = Math.min(10, SECONDS / 4);
const ID = { domain: 'acme', domainOwner: '111122223333' };

const child = spawn(process.execPath, ['dist/cli/index.js', 'emulator', '--port', '0'], {
  stdio: ['ignore', 'pipe', 'ignore'],
});
process.on('exit', () => child.kill('SIGTERM'));
const endpoint = await new Promise((resolve, reject) => {
  createInterface({ input: child.stdout }).on('line', (line) => {
    const m = /^CODEARTIFACT_ENDPOINT=(.+)$/.exec(line);
    if (m) resolve(m[1]);
  });
  child.once('exit', (code) => reject(new Error(`emulator exited ${code}`)));
});

/** The emulator process's resident set, in MiB (Linux /proc; `ps` elsewhere). */
function rssMiB() {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
    return Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

const sdk = new CodeartifactClient({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
});
const { authorizationToken: token } = await sdk.send(new GetAuthorizationTokenCommand(ID));
const { repositoryEndpoint: registry } = await sdk.send(
  new GetRepositoryEndpointCommand({ ...ID, repository: 'internal', format: 'npm' }),
);
const auth = { authorization: `Bearer ${token}` };
const names = [
  ...new Set(resolveNpmClosure(webAppDependencies()).map((id) => id.slice(0, id.lastIndexOf('@')))),
];
const idleRss = rssMiB();

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
const counts = {};
const count = (kind, status) => {
  const key = `${kind} ${status}`;
  counts[key] = (counts[key] ?? 0) + 1;
};

/** One HTTP request; resolves with the status (0 when the connection failed), the body drained. */
function call(method, url, headers = {}) {
  return new Promise((resolve) => {
    const req = request(url, { method, agent, headers }, (res) => {
      res.on('data', () => undefined).on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

let serial = 0;
/** The request mix, by weight: mostly installs, some control plane, some hostile traffic. */
const MIX = [
  [
    40,
    'packument',
    async () => call('GET', `${registry}${names[serial % names.length].replace('/', '%2f')}`, auth),
  ],
  [
    25,
    'tarball',
    async () => call('GET', `${registry}${tarballs[serial % Math.max(1, tarballs.length)] ?? 'none'}`, auth),
  ],
  [15, 'missing', async () => call('GET', `${registry}no-such-package-${serial}`, auth)],
  [6, 'control', async () => sdkCall(new DescribeRepositoryCommand({ ...ID, repository: 'internal' }))],
  [2, 'token', async () => sdkCall(new GetAuthorizationTokenCommand(ID))],
  [6, 'bad-escape', async () => call('GET', `${endpoint}/npm/d/acme-111122223333/%zz${serial}/x`, auth)],
  [
    6,
    'oversize',
    async () => call('POST', `${endpoint}/v1/domain?domain=x`, { 'content-length': String(2 ** 31) }),
  ],
];
const TOTAL_WEIGHT = MIX.reduce((sum, [w]) => sum + w, 0);

async function sdkCall(command) {
  try {
    await sdk.send(command);
    return 200;
  } catch (error) {
    return error.$metadata?.httpStatusCode ?? 0;
  }
}

// Tarball paths from the packuments (warm-up fetches them, so the chain retains every package once).
const tarballs = [];
for (const name of names.slice(0, 60)) {
  const res = await fetch(`${registry}${name.replace('/', '%2f')}`, { headers: auth });
  const doc = await res.json();
  for (const v of Object.values(doc.versions ?? {}))
    tarballs.push(new URL(v.dist.tarball).pathname.split('/internal/')[1]);
}

async function client(deadline) {
  while (Date.now() < deadline) {
    serial++;
    let pick = (serial * 7919) % TOTAL_WEIGHT;
    const [, kind, run] = MIX.find(([w]) => (pick -= w) < 0);
    count(kind, await run());
  }
}

const samples = [];
const started = Date.now();
const sampler = setInterval(
  () => samples.push([Math.round((Date.now() - started) / 1000), rssMiB()]),
  10_000,
);
let warmRss = Number.NaN;
setTimeout(() => (warmRss = rssMiB()), WARMUP_SECONDS * 1000);
await Promise.all(Array.from({ length: CLIENTS }, () => client(started + SECONDS * 1000)));
clearInterval(sampler);
const endRss = rssMiB();
const elapsed = (Date.now() - started) / 1000;
agent.destroy();

const auditText = await (await fetch(`${endpoint}/_emulator/audit?since=0`)).text();
const audit = JSON.parse(auditText);
const counters = await (await fetch(`${endpoint}/_emulator/counters`)).json();
child.kill('SIGTERM');

const requests = Object.values(counts).reduce((a, b) => a + b, 0);
const fmt = (n) => `${n.toFixed(1)} MiB`;
console.log(
  `emulator load: ${CLIENTS} clients, ${elapsed.toFixed(1)} s, ${process.platform} ${process.arch}, node ${process.version}`,
);
console.log(`requests: ${requests} (${(requests / elapsed).toFixed(0)}/s)`);
for (const [key, n] of Object.entries(counts).sort()) console.log(`  ${key.padEnd(18)} ${n}`);
console.log(`RSS idle (before any package was fetched): ${fmt(idleRss)}`);
console.log(`RSS after ${WARMUP_SECONDS} s warm-up: ${fmt(warmRss)}`);
for (const [t, rss] of samples) console.log(`RSS at ${String(t).padStart(3)} s: ${fmt(rss)}`);
console.log(`RSS at end: ${fmt(endRss)}`);
console.log(`RSS end / after warm-up: ${(endRss / warmRss).toFixed(2)}`);
console.log(
  `audit: lastSeq ${audit.lastSeq}, held ${audit.entries.length}, dropped ${audit.dropped}, ` +
    `GET /_emulator/audit?since=0 ${(auditText.length / 2 ** 20).toFixed(1)} MiB; counters.requests ${counters.requests}`,
);
process.exit(0);
