export const id = 733;
export const ids = [733];
export const modules = {

/***/ 81733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  simulate: () => (/* binding */ simulate)
});

// UNUSED EXPORTS: plan

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/emulator/public/catalog.js + 1 modules
var catalog = __webpack_require__(19726);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./build/emulator/public/archive.js
var archive = __webpack_require__(29076);
;// CONCATENATED MODULE: ./build/simulate/goproxy.js
/**
 * A local Go module proxy (the GOPROXY protocol over plain http on loopback). CodeArtifact has no Go
 * format, so the Go sidecar resolves through a platform-owned proxy like this one; it counts what it serves.
 */


/** The sidecar's dependencies: one internal module and one mirrored from elsewhere. */
const GO_MODULES = [
    {
        path: 'git.acme.example/platform/log',
        version: 'v1.2.0',
        files: {
            'log.go': 'package log\n\n// Line formats one log line.\nfunc Line(s string) string { return "acme: " + s }\n',
        },
    },
    {
        path: 'mirror.acme.example/text/strcase',
        version: 'v0.3.0',
        files: {
            'strcase.go': 'package strcase\n\nimport "strings"\n\n// Upper upper-cases s.\nfunc Upper(s string) string { return strings.ToUpper(s) }\n',
        },
    },
];
const goMod = (m) => `module ${m.path}\n\ngo 1.19\n`;
/** The answer to one GOPROXY request (`/<module>/@v/list`, `.info`, `.mod`, `.zip`), or undefined (404). */
function goProxyAnswer(url, modules) {
    const match = /^\/(.+)\/@v\/(list|(v[^/]+)\.(info|mod|zip))$/.exec(url);
    const versions = modules.filter((m) => m.path === match?.[1]);
    if (match === null || versions.length === 0)
        return undefined;
    if (match[2] === 'list')
        return versions.map((m) => `${m.version}\n`).join('');
    const m = versions.find((v) => v.version === match[3]);
    if (m === undefined)
        return undefined;
    if (match[4] === 'info')
        return JSON.stringify({ Version: m.version, Time: '2024-01-02T03:04:05Z' });
    if (match[4] === 'mod')
        return goMod(m);
    const prefix = `${m.path}@${m.version}/`;
    const files = { 'go.mod': goMod(m), ...m.files };
    return (0,archive/* zip */.yU)(Object.entries(files).map(([name, text]) => ({ path: prefix + name, content: Buffer.from(text) })));
}
/** Serves `modules` on 127.0.0.1 (no credentials: go never sends them over http). */
async function startGoProxy(modules = GO_MODULES) {
    const requests = [];
    const bytes = { served: 0 };
    const server = (0,external_node_http_.createServer)((req, res) => {
        requests.push(req.url ?? '');
        const body = goProxyAnswer(req.url ?? '', modules);
        if (body !== undefined)
            bytes.served += Buffer.byteLength(body);
        res.writeHead(body === undefined ? 404 : 200).end(body ?? 'not found');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        requests,
        bytes,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./build/simulate/fixture.js
/**
 * The fixture monorepo: a Node service (the catalog's web-app plus @acme/auth and @acme/ui), a Python
 * utility and a Go sidecar. Only manifests are written here; lockfiles come from `prepareLockfiles`.
 */




/** Internal npm packages the service depends on (published to `internal` by the emulator's seed). */
const INTERNAL_NPM = {
    '@acme/auth': '^2.1.0',
    '@acme/ui': '^1.4.2',
};
/** The web-app's dependencies: the catalog fixture (or its first three entries) plus the internal ones. */
function webAppDeps(size) {
    const all = Object.entries((0,catalog/* webAppDependencies */.rX)());
    const publicDeps = Object.fromEntries(size === 'full' ? all : all.slice(0, 3));
    return { ...publicDeps, ...INTERNAL_NPM };
}
/** Requirements of the Python utility: the internal acme-utils and a couple of public projects. */
function pythonRequirements(size) {
    return size === 'full'
        ? ['acme-utils==1.2.0', 'fern-http==3.2.0', 'tidy-config==1.2.0']
        : ['acme-utils==1.2.0', 'tidy-config==1.2.0'];
}
/** A public package no fixture build has fetched: what the incident step asks for. */
function unfetchedPublicPackage() {
    const fetched = new Set((0,catalog/* resolveNpmClosure */.h4)((0,catalog/* webAppDependencies */.rX)()).map((id) => id.replace(/@[^@]+$/, '')));
    const name = (0,catalog/* topLevelPackages */.dT)().find((n) => !fetched.has(n));
    if (name === undefined)
        throw new Error('The catalog has no top-level package outside the web-app fixture');
    return name;
}
const json = (v) => `${JSON.stringify(v, null, 2)}\n`;
/** Write the monorepo's manifests under `root`. */
async function writeMonorepo(root, size) {
    const repo = {
        root,
        webApp: (0,external_node_path_.join)(root, 'services/web-app'),
        python: (0,external_node_path_.join)(root, 'tools/py-utility'),
        sidecar: (0,external_node_path_.join)(root, 'sidecar'),
    };
    await Promise.all([repo.webApp, repo.python, repo.sidecar].map((d) => (0,promises_.mkdir)(d, { recursive: true })));
    const manifest = { name: 'web-app', version: '1.0.0', private: true, dependencies: webAppDeps(size) };
    await (0,promises_.writeFile)((0,external_node_path_.join)(repo.webApp, 'package.json'), json(manifest));
    await (0,promises_.writeFile)((0,external_node_path_.join)(repo.python, 'requirements.txt'), `${pythonRequirements(size).join('\n')}\n`);
    const requires = GO_MODULES.map((m) => `\t${m.path} ${m.version}`).join('\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(repo.sidecar, 'go.mod'), `module acme.example/sidecar\n\ngo 1.19\n\nrequire (\n${requires}\n)\n`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(repo.sidecar, 'main.go'), [
        'package main',
        '',
        'import (',
        '\t"fmt"',
        '',
        ...GO_MODULES.map((m) => `\t"${m.path}"`),
        ')',
        '',
        'func main() { fmt.Println(log.Line(strcase.Upper("sidecar"))) }',
        '',
    ].join('\n'));
    return repo;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/emulator/index.js + 56 modules
var emulator = __webpack_require__(46822);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/simulate/host.js
/**
 * A build host: its own HOME (so ~/.npm, ~/.cache/pip and ~/go/pkg/mod are its local caches), an
 * environment free of this machine's npm/pip/go/AWS settings, and a way to run the real clients.
 */



/** Variables that would make a client behave differently from one machine to the next. */
const MACHINE_SETTINGS = /^(npm_|pip_|python(path|home|userbase)$|AWS_|GO|YARN_|PNPM_|CODEARTIFACT_CACHE_|CODEBUILD_|GITHUB_|RUNNER_|ACTIONS_)/i;
/** npm settings every host pins, whatever the machine's global npmrc says (see FACTS: resolved URLs). */
const NPMRC = [
    'audit=false',
    'fund=false',
    'update-notifier=false',
    'omit-lockfile-registry-resolved=false',
    'fetch-retries=0',
    'loglevel=warn',
    'progress=false',
];
/** A fresh host under `root`, whose CodeArtifact calls go to `endpoint`. */
async function newHost(root, name, endpoint) {
    const hostRoot = (0,external_node_path_.join)(root, name);
    const home = (0,external_node_path_.join)(hostRoot, 'home');
    await (0,promises_.mkdir)((0,external_node_path_.join)(home, 'xdg-none'), { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(home, '.npmrc'), `${NPMRC.join('\n')}\n`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(hostRoot, 'global-npmrc'), '');
    const base = Object.entries(process.env).filter(([k]) => !MACHINE_SETTINGS.test(k));
    const env = {
        ...Object.fromEntries(base),
        HOME: home,
        XDG_CONFIG_HOME: (0,external_node_path_.join)(home, '.config'),
        XDG_CACHE_HOME: (0,external_node_path_.join)(home, '.cache'),
        // /etc/xdg/pip would otherwise add this machine's constraints.
        XDG_CONFIG_DIRS: (0,external_node_path_.join)(home, 'xdg-none'),
        NPM_CONFIG_GLOBALCONFIG: (0,external_node_path_.join)(hostRoot, 'global-npmrc'),
        AWS_ENDPOINT_URL_CODEARTIFACT: endpoint,
        AWS_ACCESS_KEY_ID: 'simulate-access-key',
        AWS_SECRET_ACCESS_KEY: 'simulate-secret-key',
        AWS_REGION: 'us-east-1',
        AWS_CONFIG_FILE: (0,external_node_path_.join)(home, '.aws/config'),
        AWS_SHARED_CREDENTIALS_FILE: (0,external_node_path_.join)(home, '.aws/credentials'),
        GOPATH: (0,external_node_path_.join)(home, 'go'),
        GOCACHE: (0,external_node_path_.join)(home, '.cache/go-build'),
        // Nothing reaches the internet unless login points go somewhere; writable so hosts can be wiped.
        GOPROXY: 'off',
        GOFLAGS: '-modcacherw',
        GOTOOLCHAIN: 'local',
        PIP_DISABLE_PIP_VERSION_CHECK: '1',
        PIP_NO_INPUT: '1',
    };
    return { name, root: hostRoot, home, localStore: (0,external_node_path_.join)(hostRoot, 'cache-store'), env };
}
/** The directories a build caches, relative to HOME: downloads, never build output. */
const CACHED_DIRS = ['.npm', '.cache/pip', 'go/pkg/mod'];
/** Wipe the host's local caches (a new workspace on the same host keeps only its cache store). */
async function wipeLocalCaches(host) {
    await Promise.all(CACHED_DIRS.map((d) => (0,promises_.rm)((0,external_node_path_.join)(host.home, d), { recursive: true, force: true })));
}
/** Run a command to completion, timing it; never throws on a non-zero exit. */
function run(command, args, opts) {
    const started = Date.now();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d.toString()));
        child.stderr.on('data', (d) => (stderr += d.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
        child.on('error', (err) => {
            clearTimeout(timer);
            resolve({ code: 127, stdout, stderr: `${stderr}${err.message}`, ms: Date.now() - started });
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code: code ?? 1, stdout, stderr, ms: Date.now() - started });
        });
    });
}
/** `sh -c '. ENV_FILE && command'`, as a buildspec runs its commands after login. */
function sourced(host, envFile, command, cwd) {
    return run('sh', ['-c', `. "${envFile}" && ${command}`], { cwd, env: host.env });
}
/** The last few non-empty lines of a failed command's output, for a report. */
function tail(r, lines = 3) {
    const all = `${r.stderr}\n${r.stdout}`.split('\n').map((l) => l.trim());
    return all
        .filter((l) => l !== '')
        .slice(-lines)
        .join(' | ');
}

;// CONCATENATED MODULE: ./build/simulate/cache.js
/**
 * The cache step of a build, behind one small seam so the CLI's own `restore` / `save` commands can
 * replace the stand-in below without touching the steps. Two stores, as in CodeBuild: a host-local one
 * (LOCAL_CUSTOM_CACHE: only this host sees it) and a shared one (the S3 cache: every host sees it).
 */




const archiveName = (key) => `${key.replace(/[^A-Za-z0-9._-]/g, '_')}.tar.zst`;
/**
 * tar + zstd into `<store>/<key>.tar.zst`: simulate's stand-in until `restore` / `save` are in the CLI.
 * Save writes the host store and the shared store; restore tries the host store first.
 */
function standInCache(sharedStore) {
    const tar = (args, cwd) => run('tar', ['-I', 'zstd -T0 -3', ...args], { cwd, env: process.env });
    return {
        backend: `stand-in tar+zstd (host store per host, shared store ${sharedStore})`,
        async restore(host, key) {
            const started = Date.now();
            const stores = [
                ['hit-local', (0,external_node_path_.join)(host.localStore, archiveName(key))],
                ['hit-shared', (0,external_node_path_.join)(sharedStore, archiveName(key))],
            ];
            for (const [result, file] of stores) {
                if (!(0,external_node_fs_.existsSync)(file))
                    continue;
                const r = await tar(['-xf', file], host.home);
                if (r.code !== 0)
                    throw new Error(`Could not extract ${file}: ${r.stderr.trim()}`);
                return { result, bytes: (await (0,promises_.stat)(file)).size, ms: Date.now() - started };
            }
            return { result: 'miss', bytes: 0, ms: Date.now() - started };
        },
        async save(host, key) {
            const started = Date.now();
            const dirs = CACHED_DIRS.filter((d) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(host.home, d)));
            await (0,promises_.mkdir)(host.localStore, { recursive: true });
            await (0,promises_.mkdir)(sharedStore, { recursive: true });
            const file = (0,external_node_path_.join)(host.localStore, archiveName(key));
            const r = await tar(['-cf', file, ...dirs], host.home);
            if (r.code !== 0)
                throw new Error(`Could not archive ${dirs.join(', ')}: ${r.stderr.trim()}`);
            await (0,promises_.copyFile)(file, (0,external_node_path_.join)(sharedStore, archiveName(key)));
            return { bytes: (await (0,promises_.stat)(file)).size, ms: Date.now() - started };
        },
    };
}

;// CONCATENATED MODULE: ./build/simulate/cache-cli.js
/**
 * The cache step through the bundled CLI's own `restore` / `save` — the commands the buildspecs run. The
 * host store is the local backend in a per-host directory (CodeBuild's LOCAL cache); the shared store is
 * the s3 backend against moto when it is installed, else the local backend in one shared directory.
 */


function storeFlags(o, host, store) {
    if (store === 'host')
        return ['--cache-backend', 'local', '--local-cache-dir', host.localStore];
    if (o.s3)
        return ['--cache-backend', 's3', '--s3-bucket', o.s3.bucket, '--s3-prefix', 'monorepo/'];
    return ['--cache-backend', 'local', '--local-cache-dir', o.sharedDir];
}
async function cli(o, host, store, command) {
    const args = [o.cli, command, '--tools', o.tools.join(','), '--working-directory', o.repoRoot];
    args.push('--cache-dependency-path', o.lockfiles.join(','), '--cache-scope', 'monorepo');
    args.push(...storeFlags(o, host, store), '--state-dir', (0,external_node_path_.join)(host.root, `cache-state-${store}`));
    const env = { ...host.env, ...(o.s3 ? { AWS_ENDPOINT_URL_S3: o.s3.endpoint } : {}) };
    const r = await run(process.execPath, args, { cwd: o.repoRoot, env });
    if (r.code !== 0)
        throw new Error(`codeartifact-cache ${command} (${store} store) failed: ${tail(r)}`);
    const output = (name) => new RegExp(`^${name}=(.*)$`, 'm').exec(r.stdout)?.[1];
    const perTool = [...r.stdout.matchAll(/^cache-hit-([a-z]+)=(true|false)$/gm)].map((m) => `${m[1]}:${m[2]}`);
    const bytes = Number(output('cache-restored-bytes') ?? 0);
    // Something restored counts as a hit; the per-tool figures say which tools had an exact key.
    return { r, hit: bytes > 0, bytes, perTool };
}
function cliCache(o) {
    const shared = o.s3 ? `s3 backend on moto (bucket ${o.s3.bucket})` : `local backend in ${o.sharedDir}`;
    return {
        backend: `the CLI's restore/save: host store = local backend per host, shared store = ${shared}`,
        async restore(host) {
            const started = Date.now();
            const tried = [];
            const order = [['host', 'hit-local'], ['shared', 'hit-shared']];
            for (const [store, result] of order) {
                const c = await cli(o, host, store, 'restore');
                const detail = `${store} store: exact key ${c.perTool.join(' ')}`;
                tried.push(detail);
                if (c.hit)
                    return { result, bytes: c.bytes, ms: Date.now() - started, detail };
            }
            return { result: 'miss', bytes: 0, ms: Date.now() - started, detail: tried.join('; ') };
        },
        async save(host) {
            const started = Date.now();
            const h = await cli(o, host, 'host', 'save');
            const s = await cli(o, host, 'shared', 'save');
            const bytes = Number(/([\d.]+) MiB/.exec(h.r.stdout + h.r.stderr + s.r.stderr)?.[1] ?? 0) * 1048576;
            return { bytes, ms: Date.now() - started };
        },
        stop: async () => o.s3?.stop(),
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
;// CONCATENATED MODULE: ./build/simulate/moto.js
/** moto's S3 as the shared (S3-style) cache store: `python3 -m moto.server` on loopback, with one bucket. */



function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_.createServer)();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address !== null ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}
/** Starts moto and creates the bucket; undefined when moto is not installed or does not come up. */
async function startS3(bucket = 'simulate-build-cache') {
    const port = await freePort();
    const child = (0,external_node_child_process_.spawn)('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
        stdio: 'ignore',
    });
    child.on('error', () => undefined);
    const endpoint = `http://127.0.0.1:${port}`;
    const stop = () => new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null)
            return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
    });
    const deadline = Date.now() + 20_000;
    while (!(await fetch(`${endpoint}/moto-api/`).then(() => true, () => false))) {
        if (child.exitCode !== null || Date.now() > deadline)
            return void (await stop());
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const s3 = new dist_cjs.S3Client({
        endpoint,
        forcePathStyle: true,
        region: 'us-east-1',
        credentials: { accessKeyId: 'simulate-access-key', secretAccessKey: 'simulate-secret-key' },
    });
    try {
        await s3.send(new dist_cjs.CreateBucketCommand({ Bucket: bucket }));
    }
    finally {
        s3.destroy();
    }
    return { endpoint, bucket, stop };
}

;// CONCATENATED MODULE: ./build/simulate/traffic.js
function mark(audit, go) {
    const { metadata, assets } = audit.counters().externalFetches;
    return { seq: audit.lastSeq, external: { metadata, assets }, goRequests: go?.requests.length ?? 0 };
}
/** Traffic since `from`. */
function since(audit, go, from) {
    const now = mark(audit, go);
    return summarize(audit.entries(from.seq), {
        externalAssets: now.external.assets - from.external.assets,
        externalMetadata: now.external.metadata - from.external.metadata,
        goProxyRequests: now.goRequests - from.goRequests,
    });
}
/** Pure: counts and bytes by where each request was satisfied. */
function summarize(entries, extra) {
    const count = (s) => entries.filter((e) => e.servedBy === s).length;
    const bytes = (pred) => entries.filter(pred).reduce((sum, e) => sum + e.bytes, 0);
    return {
        requests: entries.length,
        internal: count('internal'),
        upstream: count('upstream'),
        external: count('external'),
        none: count('none'),
        ...extra,
        bytes: {
            domain: bytes((e) => e.servedBy === 'internal' || e.servedBy === 'upstream'),
            external: bytes((e) => e.servedBy === 'external'),
        },
    };
}
/** Adds traffic figures (a build = the sum of its phases). */
function addTraffic(a, b) {
    return {
        requests: a.requests + b.requests,
        internal: a.internal + b.internal,
        upstream: a.upstream + b.upstream,
        external: a.external + b.external,
        none: a.none + b.none,
        externalAssets: a.externalAssets + b.externalAssets,
        externalMetadata: a.externalMetadata + b.externalMetadata,
        bytes: { domain: a.bytes.domain + b.bytes.domain, external: a.bytes.external + b.bytes.external },
        goProxyRequests: a.goProxyRequests + b.goProxyRequests,
    };
}
const NO_TRAFFIC = summarize([], {
    externalAssets: 0,
    externalMetadata: 0,
    goProxyRequests: 0,
});

;// CONCATENATED MODULE: ./build/simulate/world.js
const DOMAIN_OWNER = '111122223333';
/** Go module paths kept away from the public checksum database. */
const GO_PRIVATE = '*.acme.example';

;// CONCATENATED MODULE: ./build/simulate/build.js
/** One build of the monorepo on a host: login, restore, the three installs, save — each phase timed. */





/** `codeartifact-cache login` as a buildspec runs it; returns the env file it wrote. */
async function login(world, host, endpoint) {
    const args = [world.cli, 'login', '--domain', 'acme', '--domain-owner', DOMAIN_OWNER];
    args.push('--repository', 'internal', '--tools', world.tools.join(','));
    if (world.go)
        args.push('--go-proxy', world.go.url, '--go-private', GO_PRIVATE);
    args.push('--state-dir', (0,external_node_path_.join)(host.root, 'state'));
    const env = endpoint ? { ...host.env, AWS_ENDPOINT_URL_CODEARTIFACT: endpoint } : host.env;
    const r = await run(process.execPath, args, { cwd: world.repo.root, env });
    const envFile = /^env-file=(.+)$/m.exec(r.stdout)?.[1];
    return { r, envFile };
}
/** The install commands per tool, each in its project. */
function installs(world) {
    const all = [
        ['npm', 'npm ci', world.repo.webApp],
        ['pip', 'python3 -m pip install -q --target site -r requirements.txt', world.repo.python],
        ['go', 'go mod download', world.repo.sidecar],
    ];
    return all.filter(([tool]) => world.tools.includes(tool));
}
/** A fresh checkout: no installed dependencies left from an earlier build. */
async function cleanWorkspace(world) {
    await (0,promises_.rm)((0,external_node_path_.join)(world.repo.webApp, 'node_modules'), { recursive: true, force: true });
    await (0,promises_.rm)((0,external_node_path_.join)(world.repo.python, 'site'), { recursive: true, force: true });
}
/** Run one build; a failed phase is recorded, not thrown, so the step's claims can say what broke. */
async function runBuild(world, host, label, opts) {
    world.log(`  ${label} on ${host.name} …`);
    await cleanWorkspace(world);
    const from = mark(world.emu.ctx.audit, world.go);
    const phases = [];
    const { r, envFile } = await login(world, host);
    phases.push({
        name: 'login',
        ms: r.ms,
        ok: r.code === 0 && envFile !== undefined,
        ...(r.code ? { note: tail(r) } : {}),
    });
    let cache = 'not used';
    if (opts.restore) {
        const c = await world.cache.restore(host, world.cacheKey);
        cache = c.result;
        phases.push({
            name: 'cache restore',
            ms: c.ms,
            ok: true,
            note: `${c.result}${c.bytes ? ` (${mib(c.bytes)})` : ''}${c.detail ? ` — ${c.detail}` : ''}`,
        });
    }
    let installMs = 0;
    for (const [tool, command, cwd] of installs(world)) {
        const result = envFile ? await sourced(host, envFile, command, cwd) : undefined;
        const ok = result?.code === 0;
        installMs += result?.ms ?? 0;
        phases.push({
            name: command.replace('python3 -m ', '').split(' -')[0] ?? tool,
            ms: result?.ms ?? 0,
            ok,
            ...(ok ? {} : { note: result ? tail(result) : 'no login' }),
        });
    }
    if (opts.save) {
        const s = await world.cache.save(host, world.cacheKey);
        phases.push({ name: 'cache save', ms: s.ms, ok: true, note: mib(s.bytes) });
    }
    return { label, phases, installMs, cache, traffic: since(world.emu.ctx.audit, world.go, from) };
}
const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;

;// CONCATENATED MODULE: ./build/simulate/setup.js
/** Start the servers, write the monorepo and generate its lockfiles before any build is timed. */











/** Which of npm, pip, go this machine has. */
async function availableTools() {
    const probes = [
        ['npm', 'npm', ['--version']],
        ['pip', 'python3', ['-m', 'pip', '--version']],
        ['go', 'go', ['version']],
    ];
    const found = [];
    for (const [tool, cmd, args] of probes) {
        if ((await run(cmd, args, { cwd: process.cwd(), env: process.env })).code === 0)
            found.push(tool);
    }
    if (!found.includes('npm'))
        throw new Error('simulate needs npm on PATH');
    return found;
}
/** The CLI's restore/save when this CLI has them (S3 on moto when installed), else the stand-in. */
async function cacheStep(root, opts, repoRoot, tools) {
    const sharedDir = (0,external_node_path_.join)(root, 'shared-cache');
    // `<cli> restore --help` would print the program's help (exit 0) on a CLI without the command.
    const help = await run(process.execPath, [opts.cli, '--help'], { cwd: root, env: process.env });
    if (!/^\s+restore\b/m.test(help.stdout) || !/^\s+save\b/m.test(help.stdout))
        return standInCache(sharedDir);
    const lockfiles = [
        'services/web-app/package-lock.json',
        'tools/py-utility/requirements.txt',
        'sidecar/go.sum',
    ];
    const s3 = await startS3();
    return cliCache({ cli: opts.cli, repoRoot, tools, lockfiles, sharedDir, s3 });
}
async function startWorld(root, opts) {
    const tools = await availableTools();
    const emu = await (0,emulator/* startEmulator */.s)({
        port: 0,
        publicLatencyMs: opts.latencyMs,
        ...(opts.publicNpm ? { publicNpm: opts.publicNpm } : {}),
    });
    const go = tools.includes('go') ? await startGoProxy() : undefined;
    const repo = await writeMonorepo((0,external_node_path_.join)(root, 'monorepo'), opts.fixture);
    const cache = await cacheStep(root, opts, repo.root, tools);
    return { root, emu, go, repo, cache, cli: opts.cli, tools, cacheKey: '', hosts: new Map(), log: opts.log };
}
/** The host of a given name, created on first use. */
async function host(world, name) {
    const existing = world.hosts.get(name);
    if (existing)
        return existing;
    const created = await newHost(world.root, name, world.emu.endpoint);
    world.hosts.set(name, created);
    return created;
}
/**
 * Lockfiles, as a developer commits them: package-lock.json (with `resolved` URLs, so a warm `npm ci`
 * makes no request) and go.sum. Generating package-lock.json reads packuments through the chain — metadata
 * only, no tarball — so build 1 still fetches every tarball cold. The audit log is reset afterwards.
 */
async function prepareLockfiles(world) {
    world.log('Preparing lockfiles (metadata only; not timed) …');
    const dev = await host(world, 'developer-laptop');
    const { r, envFile } = await login(world, dev);
    if (!envFile)
        throw new Error(`login failed: ${tail(r)}`);
    const steps = [['npm install --package-lock-only', world.repo.webApp]];
    if (world.go)
        steps.push(['go mod tidy', world.repo.sidecar]);
    for (const [command, cwd] of steps) {
        const done = await sourced(dev, envFile, command.replace('go mod', 'GOFLAGS=-modcacherw go mod'), cwd);
        if (done.code !== 0)
            throw new Error(`${command} failed: ${tail(done, 6)}`);
    }
    const lock = await (0,promises_.readFile)((0,external_node_path_.join)(world.repo.webApp, 'package-lock.json'));
    world.cacheKey = `deps-linux-${(0,external_node_crypto_.createHash)('sha256').update(lock).digest('hex').slice(0, 16)}`;
    world.emu.ctx.audit.reset();
    world.go?.requests.splice(0);
}
/** Public npm packages in the lockfile (what build 1 must fetch externally, once each). */
async function lockedPublicPackages(world) {
    const lock = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(world.repo.webApp, 'package-lock.json'), 'utf8'));
    return Object.entries(lock.packages)
        .filter(([path]) => path.startsWith('node_modules/') && !path.includes('@acme/'))
        .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version ?? ''}`);
}

;// CONCATENATED MODULE: ./build/simulate/claims.js
function claim(text, ok, detail) {
    return { text, ok, detail };
}
/** Every phase of the build succeeded. */
function buildPassed(b) {
    const failed = b.phases.filter((p) => !p.ok);
    const detail = failed.length === 0
        ? `${b.phases.length} phases ok`
        : failed.map((p) => `${p.name}: ${p.note ?? 'failed'}`).join('; ');
    return claim(`${b.label} succeeds`, failed.length === 0, detail);
}
/** No request left the domain through an external connection. */
function zeroExternal(b) {
    const { externalAssets, externalMetadata } = b.traffic;
    return claim(`${b.label} makes zero external fetches`, externalAssets + externalMetadata === 0, `${externalAssets} tarballs/files and ${externalMetadata} metadata documents fetched externally`);
}
/** Every asset fetched externally was fetched exactly once, and at least `expected` of them were. */
function fetchedOnceEach(perAsset, expected) {
    const counts = Object.values(perAsset);
    const repeated = Object.entries(perAsset).filter(([, n]) => n !== 1);
    return claim('every tarball is fetched from the public side exactly once', repeated.length === 0 && counts.length >= expected, `${counts.length} assets fetched externally (${expected} npm tarballs in the lockfile)` +
        (repeated.length
            ? `; more than once: ${repeated
                .slice(0, 3)
                .map(([k, n]) => `${k}×${n}`)
                .join(', ')}`
            : ''));
}
/** The build's cache restore came from where the step says it should. */
function cacheFrom(b, expected) {
    return claim(`${b.label} restores its cache (${expected})`, b.cache === expected, `cache: ${b.cache}`);
}

;// CONCATENATED MODULE: ./build/simulate/steps-cache.js
/** Steps 1–3: the cold build, the same host again, a new host restoring from the shared cache. */




const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
async function step1(world) {
    const a = await host(world, 'host-a');
    const b = await runBuild(world, a, 'Build 1 (cold)', { restore: true, save: true });
    const locked = world.emu.publicRegistry ? (await lockedPublicPackages(world)).length : 0;
    const perAsset = world.emu.ctx.audit.counters().externalFetchesPerAsset;
    return {
        step: 1,
        title: 'Build 1, cold: every tarball comes from the public side, once; the cache is saved',
        builds: [b],
        claims: [buildPassed(b), cacheFrom(b, 'miss'), fetchedOnceEach(perAsset, locked)],
        notes: [`${locked} public npm packages in package-lock.json; cache key ${world.cacheKey}`],
    };
}
function speedup(cold, warm) {
    if (!cold)
        return [];
    const ratio = warm.installMs > 0 ? cold.installMs / warm.installMs : 0;
    return [
        `install ${seconds(warm.installMs)} vs ${seconds(cold.installMs)} cold (${ratio.toFixed(1)}× faster)`,
    ];
}
async function step2(world, cold) {
    const a = await host(world, 'host-a');
    await wipeLocalCaches(a); // a new workspace on the same host: only the host's cache store is left
    const b = await runBuild(world, a, 'Build 2 (same host)', { restore: true, save: false });
    return {
        step: 2,
        title: 'Build 2, same host: the local cache is restored; nothing is fetched from the public side',
        builds: [b],
        claims: [buildPassed(b), cacheFrom(b, 'hit-local'), zeroExternal(b)],
        notes: speedup(cold, b),
    };
}
async function step3(world, cold) {
    const fresh = await host(world, 'host-b');
    const b = await runBuild(world, fresh, 'Build 3 (new host)', { restore: true, save: false });
    return {
        step: 3,
        title: 'Build 3, a new host: no local cache; the shared cache restores it; nothing fetched externally',
        builds: [b],
        claims: [buildPassed(b), cacheFrom(b, 'hit-shared'), zeroExternal(b)],
        notes: speedup(cold, b),
    };
}

// EXTERNAL MODULE: ./build/emulator/config.js
var config = __webpack_require__(95694);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codeartifact/dist-cjs/index.js
var client_codeartifact_dist_cjs = __webpack_require__(83380);
;// CONCATENATED MODULE: ./build/simulate/probe.js
/** Small npm projects a step installs to ask one question ("which @acme/auth do I get?"). */






/** `npm install` a project with `dependencies` on `host` (logged in against `endpoint`). */
async function npmProbe(world, host, name, dependencies, watch, endpoint) {
    const dir = (0,external_node_path_.join)(host.root, 'probes', name);
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, dependencies }));
    const { r: l, envFile } = await login(world, host, endpoint);
    if (!envFile)
        return { r: l, version: undefined };
    const r = await sourced(host, envFile, 'npm install', dir);
    if (r.code !== 0)
        return { r, version: undefined };
    const manifest = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'node_modules', watch, 'package.json'), 'utf8').catch(() => '{}');
    return { r, version: JSON.parse(manifest).version };
}
/** What a probe did, in one line. */
const probeLine = (p) => p.r.code === 0
    ? `installed ${p.version ?? '(nothing)'} in ${(p.r.ms / 1000).toFixed(1)} s`
    : `failed: ${npmError(p.r) ?? tail(p.r)}`;
/** npm's own line naming the failed request (`npm error 404 Not Found - GET …`), tokens never included. */
function npmError(r) {
    return r.stderr
        .split('\n')
        .find((l) => /npm error (404|code E)/.test(l) && !/code E404$/.test(l))
        ?.trim();
}
/** The control plane of an emulator through the AWS SDK, as an operator would call it. */
function controlPlane(endpoint) {
    return new client_codeartifact_dist_cjs.CodeartifactClient({
        endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'simulate-access-key', secretAccessKey: 'simulate-secret-key' },
    });
}
const where = { domain: 'acme', domainOwner: DOMAIN_OWNER };
async function setExternalConnection(endpoint, connected) {
    const input = { ...where, repository: 'public-proxy', externalConnection: 'public:npmjs' };
    const client = controlPlane(endpoint);
    try {
        await client.send(connected
            ? new client_codeartifact_dist_cjs.AssociateExternalConnectionCommand(input)
            : new client_codeartifact_dist_cjs.DisassociateExternalConnectionCommand(input));
    }
    finally {
        client.destroy();
    }
}
/** Lift the origin control on @acme/auth in `internal`: what a domain without protection looks like. */
async function allowUpstream(endpoint) {
    const client = controlPlane(endpoint);
    try {
        await client.send(new client_codeartifact_dist_cjs.PutPackageOriginConfigurationCommand({
            ...where,
            repository: 'internal',
            format: 'npm',
            namespace: 'acme',
            package: 'auth',
            restrictions: { publish: 'ALLOW', upstream: 'ALLOW' },
        }));
    }
    finally {
        client.destroy();
    }
}

;// CONCATENATED MODULE: ./build/simulate/steps-origin.js
/** Steps 4–5: the spoofed @acme/auth and the paused external connection. */








const SPOOF = '99.0.0';
const RANGE = { '@acme/auth': '^2 || ^99' };
/**
 * The same request against a fresh domain without the protection: @acme/auth is not held internally (as
 * before the migration, when it lived on the public registry) and its origin control is upstream=ALLOW.
 * (Lifting upstream=BLOCK alone, with 2.1.0 already published internally, still resolved 2.1.0 here.)
 */
function unprotectedConfig() {
    return {
        ...config/* DEFAULT_CONFIG */.PV,
        domains: config/* DEFAULT_CONFIG */.PV.domains.map((d) => ({
            ...d,
            packages: (d.packages ?? []).filter((p) => !p.name.startsWith('@acme/')),
        })),
    };
}
async function unprotected(world, latencyMs) {
    const emu = await (0,emulator/* startEmulator */.s)({ port: 0, publicLatencyMs: latencyMs, config: unprotectedConfig() });
    try {
        emu.publicRegistry?.publishNpm('@acme/auth', SPOOF);
        await allowUpstream(emu.endpoint);
        const h = await host(world, 'host-unprotected');
        const p = await npmProbe(world, h, 'spoof-unprotected', RANGE, '@acme/auth', emu.endpoint);
        return claim('[--unprotected: fresh domain, @acme/auth not held internally, upstream=ALLOW] the same range resolves the spoofed 99.0.0', p.version === SPOOF, probeLine(p));
    }
    finally {
        await emu.close();
    }
}
async function step4(world, latencyMs) {
    if (!world.emu.publicRegistry) {
        const note = 'skipped: --public-npm points at a registry simulate cannot publish to';
        return { step: 4, title: 'The spoof', builds: [], claims: [], notes: [note] };
    }
    world.emu.publicRegistry.publishNpm('@acme/auth', SPOOF);
    world.log(`  published @acme/auth@${SPOOF} on the public registry`);
    const h = await host(world, 'host-spoof');
    const from = mark(world.emu.ctx.audit, world.go);
    const p = await npmProbe(world, h, 'spoof-protected', RANGE, '@acme/auth');
    const traffic = since(world.emu.ctx.audit, world.go, from);
    return {
        step: 4,
        title: 'The spoof: @acme/auth@99.0.0 on the public registry',
        builds: [],
        claims: [
            claim('[protected, upstream=BLOCK] "^2 || ^99" still resolves 2.1.0 from internal', p.version === '2.1.0', probeLine(p)),
            await unprotected(world, latencyMs),
        ],
        notes: [
            `protected probe: ${traffic.requests} requests, ${traffic.internal} served by internal, ${traffic.external} external`,
        ],
    };
}
async function step5(world) {
    const endpoint = world.emu.endpoint;
    await setExternalConnection(endpoint, false);
    world.log('  disassociated public:npmjs from public-proxy');
    const claims = [];
    const notes = ['DisassociateExternalConnection(domain acme, repository public-proxy, public:npmjs)'];
    const c = await host(world, 'host-c');
    const warm = await runBuild(world, c, 'Warm build, paused (no local cache)', {
        restore: false,
        save: false,
    });
    claims.push(buildPassed(warm), zeroExternal(warm));
    const fresh = unfetchedPublicPackage();
    const miss = await npmProbe(world, c, 'incident-new', { [fresh]: '*' }, fresh);
    claims.push(claim(`a build needing the new public package ${fresh} fails`, miss.r.code !== 0, probeLine(miss)));
    const internal = await npmProbe(world, c, 'incident-internal', { '@acme/ui': '^1.4.2' }, '@acme/ui');
    claims.push(claim('internal packages are unaffected (@acme/ui resolves)', internal.version === '1.4.2', probeLine(internal)));
    await setExternalConnection(endpoint, true);
    notes.push('AssociateExternalConnection: re-associated');
    const again = await npmProbe(world, c, 'incident-resumed', { [fresh]: '*' }, fresh);
    claims.push(claim(`after re-association ${fresh} installs`, again.r.code === 0, probeLine(again)));
    return {
        step: 5,
        title: 'The incident: the public registry paused, then resumed',
        builds: [warm],
        claims,
        notes,
    };
}

;// CONCATENATED MODULE: ./build/simulate/index.js
/**
 * `simulate`: the design article's worked example on one machine — the emulator, a fixture monorepo and
 * the real npm, pip and go, driven through the same `login` (and cache step) a buildspec uses.
 */








/** The steps to run for a request: 2, 3 and 5 need build 1's domain and caches. */
function plan(requested) {
    const steps = new Set(requested);
    if ([2, 3, 5].some((n) => steps.has(n)))
        steps.add(1);
    return [...steps].sort((a, b) => a - b);
}
async function runSteps(world, opts) {
    const results = [];
    const cold = () => results.find((r) => r.step === 1)?.builds[0];
    for (const n of plan(opts.steps)) {
        opts.log(`Step ${n} …`);
        if (n === 1)
            results.push(await step1(world));
        if (n === 2)
            results.push(await step2(world, cold()));
        if (n === 3)
            results.push(await step3(world, cold()));
        if (n === 4)
            results.push(await step4(world, opts.latencyMs));
        if (n === 5)
            results.push(await step5(world));
    }
    return results;
}
async function npmCount(world) {
    const lock = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(world.repo.webApp, 'package-lock.json'), 'utf8'));
    return Object.keys(lock.packages).filter((k) => k !== '').length;
}
/**
 * Run the simulation. With `keep`, `onKept` receives the running world and the servers stay up until
 * the returned promise of `onKept` settles.
 */
async function simulate(opts, onKept) {
    const started = Date.now();
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'codeartifact-simulate-'));
    const world = await startWorld(root, opts);
    try {
        await prepareLockfiles(world);
        const steps = await runSteps(world, opts);
        const report = {
            fixture: opts.fixture,
            latencyMs: opts.latencyMs,
            packages: {
                npm: await npmCount(world),
                pypi: pythonRequirements(opts.fixture).length,
                go: world.go ? GO_MODULES.length : 0,
            },
            cacheBackend: world.cache.backend,
            steps,
            ok: steps.every((st) => st.claims.every((c) => c.ok)),
            totalMs: Date.now() - started,
        };
        if (opts.keep && onKept)
            await onKept(world, report);
        return report;
    }
    finally {
        await world.emu.close();
        await world.go?.close();
        await world.cache.stop?.();
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}


/***/ })

};
