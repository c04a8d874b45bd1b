#!/usr/bin/env node
// What --tls costs: `codeartifact-cache emulator` with and without --tls, alternating, from process start
// to the last stdout line (the endpoint; with --tls also the CA path), and warm tarball serving through
// internal over HTTPS against plain http in the same run. Run after `npm run build`: node bench/emulator-tls.mjs
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

const RUNS = 9;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Start the bundled emulator; resolve when it has printed every line it prints (1 plain, 2 with --tls). */
function start(tls) {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    ['dist/cli/index.js', 'emulator', '--port', '0', ...(tls ? ['--tls'] : [])],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const lines = [];
  return new Promise((done, fail) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (lines.length === (tls ? 2 : 1)) {
        const env = Object.fromEntries(lines.map((l) => l.split('=')));
        done({
          child,
          ms: performance.now() - t0,
          endpoint: env.CODEARTIFACT_ENDPOINT,
          ca: env.CODEARTIFACT_CA_BUNDLE,
        });
      }
    });
    child.once('exit', (code) => fail(new Error(`emulator exited ${code}`)));
  });
}

const stop = (child) => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM')));

function get(url, options) {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    request(url, options, (res) => {
      let bytes = 0;
      res.on('data', (c) => (bytes += c.length));
      res.on('end', () =>
        res.statusCode === 200 ? done(bytes) : fail(new Error(`${res.statusCode} ${url}`)),
      );
    })
      .on('error', fail)
      .end();
  });
}

/** Requests per second for `rounds` passes over `urls`, 8 at a time on keep-alive connections. */
async function serve(urls, options, rounds) {
  const t0 = performance.now();
  let bytes = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < urls.length; i += 8) {
      const sizes = await Promise.all(urls.slice(i, i + 8).map((u) => get(u, options)));
      bytes += sizes.reduce((a, b) => a + b, 0);
    }
  }
  const s = (performance.now() - t0) / 1000;
  return { rps: (urls.length * rounds) / s, mibs: bytes / s / 2 ** 20 };
}

async function tarballs(endpoint, ca) {
  const options = ca
    ? { agent: new HttpsAgent({ keepAlive: true, maxSockets: 8, ca: readFileSync(ca) }) }
    : { agent: new HttpAgent({ keepAlive: true, maxSockets: 8 }) };
  const post = (path) =>
    new Promise((done, fail) => {
      (ca ? httpsRequest : httpRequest)(
        `${endpoint}${path}`,
        {
          ...options,
          method: 'POST',
          headers: {
            authorization:
              'AWS4-HMAC-SHA256 Credential=k/20260101/us-east-1/codeartifact/aws4_request, SignedHeaders=host, Signature=0',
            'x-amz-date': '20260101T000000Z',
          },
        },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => done(JSON.parse(body)));
        },
      )
        .on('error', fail)
        .end();
    });
  const { authorizationToken } = await post('/v1/authorization-token?domain=acme&domain-owner=111122223333');
  const auth = { ...options, headers: { authorization: `Bearer ${authorizationToken}` } };
  const repo = `${endpoint}/npm/d/acme-111122223333/internal/`;
  const names = ['@acme/ui', '@acme/auth'];
  const urls = [];
  for (const name of names) {
    const body = await new Promise((done, fail) =>
      (ca ? httpsRequest : httpRequest)(`${repo}${name.replace('/', '%2f')}`, auth, (res) => {
        let b = '';
        res.on('data', (c) => (b += c));
        res.on('end', () => done(JSON.parse(b)));
      })
        .on('error', fail)
        .end(),
    );
    for (const v of Object.values(body.versions)) urls.push(v.dist.tarball);
  }
  return serve(urls, auth, 400);
}

const plain = [];
const tls = [];
for (let i = 0; i < RUNS; i++) {
  for (const [useTls, into] of [
    [false, plain],
    [true, tls],
  ]) {
    const e = await start(useTls);
    into.push(e.ms);
    await stop(e.child);
  }
}
console.log(`emulator start to ready, median of ${RUNS} alternating runs (2-core VM, shared and loaded):`);
console.log(
  `  plain http ${median(plain).toFixed(0)} ms, --tls ${median(tls).toFixed(0)} ms, ratio ${(median(tls) / median(plain)).toFixed(2)}`,
);

const a = await start(false);
const b = await start(true);
const httpServe = await tarballs(a.endpoint);
const httpsServe = await tarballs(b.endpoint, b.ca);
await stop(a.child);
await stop(b.child);
console.log('warm tarballs through internal (2 tarballs x 400 rounds, 8 keep-alive connections):');
console.log(
  `  plain http ${httpServe.rps.toFixed(0)} req/s, https ${httpsServe.rps.toFixed(0)} req/s, ratio ${(httpsServe.rps / httpServe.rps).toFixed(2)}`,
);
