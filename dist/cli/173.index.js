export const id = 173;
export const ids = [173];
export const modules = {

/***/ 25173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  simulate: () => (/* binding */ simulate)
});

// UNUSED EXPORTS: leftOut, plan

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
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./build/emulator/public/archive.js
var archive = __webpack_require__(29076);
;// CONCATENATED MODULE: ./build/simulate/goproxy.js
/**
 * A local Go module proxy (the GOPROXY protocol on loopback). CodeArtifact has no Go
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
/**
 * Serves `modules` on 127.0.0.1: plain http (go never sends credentials over it), or HTTPS with `tls` (e.g.
 * the emulator's server key pair, valid for 127.0.0.1) so go's certificate check runs.
 */
async function startGoProxy(modules = GO_MODULES, tls) {
    const requests = [];
    const bytes = { served: 0 };
    const handler = (req, res) => {
        requests.push(req.url ?? '');
        const body = goProxyAnswer(req.url ?? '', modules);
        if (body !== undefined)
            bytes.served += Buffer.byteLength(body);
        res.writeHead(body === undefined ? 404 : 200).end(body ?? 'not found');
    };
    const server = tls ? (0,external_node_https_.createServer)(tls, handler) : (0,external_node_http_.createServer)(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
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
/**
 * Requirements of the Python utility, pinned with their dependencies as a lock (pip-compile's output): the
 * internal acme-utils and public projects of the embedded catalog (fern-http needs quill-parse and
 * zephyr-log; quill-parse needs tidy-config).
 */
function pythonRequirements(size) {
    return size === 'full'
        ? [
            'acme-utils==1.2.0',
            'fern-http==3.2.0',
            'quill-parse==1.0.0',
            'tidy-config==1.2.0',
            'zephyr-log==2.1.3',
        ]
        : ['acme-utils==1.2.0', 'tidy-config==1.2.0'];
}
/** Public (not internal) Python requirements: what build 1 downloads from the public index. */
const publicPythonRequirements = (size) => pythonRequirements(size).filter((r) => !r.startsWith('acme-'));
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
// EXTERNAL MODULE: ./build/emulator/config.js
var config = __webpack_require__(95694);
// EXTERNAL MODULE: ./build/emulator/index.js + 58 modules
var emulator = __webpack_require__(34705);
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
/** A fresh host under `root`, whose CodeArtifact calls go to `endpoint`; `trust` says how it trusts it. */
async function newHost(root, name, endpoint, trust) {
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
        ...trust,
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

;// CONCATENATED MODULE: ./build/simulate/cache-cli.js
/**
 * The cache step through the bundled CLI's own `restore` / `save` — the commands the buildspecs run. The
 * host store is the local backend in a per-host directory (CodeBuild's LOCAL cache); the shared store is
 * the s3 backend against moto when it is installed, else the local backend in one shared directory.
 */


function sinkEnv(host) {
    const sink = (0,external_node_path_.join)(host.root, 'restore-sink');
    return {
        npm_config_cache: (0,external_node_path_.join)(sink, 'npm'),
        PIP_CACHE_DIR: (0,external_node_path_.join)(sink, 'pip'),
        GOMODCACHE: (0,external_node_path_.join)(sink, 'gomod'),
    };
}
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
    const env = {
        ...host.env,
        ...(o.s3 ? { AWS_ENDPOINT_URL_S3: o.s3.endpoint } : {}),
        ...(command === 'restore' && o.restoreIntoSink ? sinkEnv(host) : {}),
    };
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



/** A free TCP port on 127.0.0.1 (moto takes a port number, not 0). */
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/simulate/restored.js
/**
 * What a cache restore really left where the clients read it: each lockfile package looked up in the host's
 * npm cache (content addressed by the lockfile's integrity), pip's HTTP cache (the wheel bodies it holds) and
 * GOMODCACHE (the module zips). A "hit" only says bytes were downloaded; this says they are usable.
 */





/** npm's cacache path of a `sha512-…` integrity. */
function cacachePath(npmCache, integrity) {
    const m = /^sha512-([A-Za-z0-9+/=]+)$/.exec(integrity.split(/\s+/)[0] ?? '');
    if (!m?.[1])
        return undefined;
    const hex = Buffer.from(m[1], 'base64').toString('hex');
    return (0,external_node_path_.join)(npmCache, '_cacache/content-v2/sha512', hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
}
async function npmContents(world, host) {
    const where = (0,external_node_path_.join)(host.home, '.npm');
    const lock = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(world.repo.webApp, 'package-lock.json'), 'utf8'));
    const locked = Object.entries(lock.packages).filter(([path]) => path.startsWith('node_modules/'));
    const missing = locked
        .filter(([, p]) => {
        const file = p.integrity ? cacachePath(where, p.integrity) : undefined;
        return file === undefined || !(0,external_node_fs_.existsSync)(file);
    })
        .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version ?? '?'}`);
    return { tool: 'npm', where: '~/.npm', expected: locked.length, missing };
}
async function filesUnder(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true }).catch(() => []);
    return entries.filter((e) => e.isFile()).map((e) => (0,external_node_path_.join)(e.parentPath, e.name));
}
/** A wheel is a zip: its member names (`tidy_config-1.2.0.dist-info/…`) are stored in the clear. */
const distInfo = (pin) => {
    const [name = '', version = ''] = pin.split('==');
    return `${name.replace(/[-_.]+/g, '_').toLowerCase()}-${version}.dist-info/`;
};
async function pipContents(world, host) {
    const where = (0,external_node_path_.join)(host.home, '.cache/pip');
    const pins = pythonRequirements(world.fixture);
    const bodies = await Promise.all((await filesUnder(where)).map((f) => (0,promises_.readFile)(f)));
    const missing = pins.filter((pin) => !bodies.some((b) => b.includes(distInfo(pin))));
    return { tool: 'pip', where: '~/.cache/pip', expected: pins.length, missing };
}
function goContents(host) {
    const where = (0,external_node_path_.join)(host.home, 'go/pkg/mod/cache/download');
    const missing = GO_MODULES.filter((m) => !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(where, m.path, '@v', `${m.version}.zip`))).map((m) => `${m.path}@${m.version}`);
    return { tool: 'go', where: '$GOMODCACHE', expected: GO_MODULES.length, missing };
}
/** The restored contents of each tool the run includes. */
async function inspectRestored(world, host) {
    const found = [await npmContents(world, host)];
    if (world.tools.includes('pip'))
        found.push(await pipContents(world, host));
    if (world.tools.includes('go'))
        found.push(goContents(host));
    return found;
}

;// CONCATENATED MODULE: ./build/simulate/traffic.js
function publicCounts(p) {
    if (!p)
        return undefined;
    const s = p.stats();
    return { downloads: s.tarball + s.file, metadata: s.packument + s.simple };
}
function mark(src) {
    const { metadata, assets } = src.audit.counters().externalFetches;
    return {
        seq: src.audit.lastSeq,
        external: { metadata, assets },
        goRequests: src.go?.requests.length ?? 0,
        publicRegistry: publicCounts(src.publicRegistry),
    };
}
/** Traffic since `from`. */
function since(src, from) {
    const now = mark(src);
    const goRequests = src.go?.requests.slice(from.goRequests) ?? [];
    return summarize(src.audit.entries(from.seq), {
        externalAssets: now.external.assets - from.external.assets,
        externalMetadata: now.external.metadata - from.external.metadata,
        goProxyRequests: goRequests.length,
        goZipRequests: goRequests.filter((url) => url.endsWith('.zip')).length,
        ...(now.publicRegistry && from.publicRegistry
            ? {
                publicRegistry: {
                    downloads: now.publicRegistry.downloads - from.publicRegistry.downloads,
                    metadata: now.publicRegistry.metadata - from.publicRegistry.metadata,
                },
            }
            : {}),
    });
}
/** Pure: counts and bytes by where each request was satisfied. */
function summarize(entries, extra) {
    const count = (s) => entries.filter((e) => e.servedBy === s).length;
    const bytes = (pred) => entries.filter(pred).reduce((sum, e) => sum + e.bytes, 0);
    // A 304 is a client confirming a file it already holds (pip revalidates what its HTTP cache keeps).
    const assets = entries.filter((e) => e.kind === 'asset');
    const files = (format) => assets.filter((e) => e.format === format && e.status !== 304).length;
    const { goZipRequests, ...rest } = extra;
    return {
        requests: entries.length,
        internal: count('internal'),
        upstream: count('upstream'),
        external: count('external'),
        none: count('none'),
        ...rest,
        bytes: {
            domain: bytes((e) => e.servedBy === 'internal' || e.servedBy === 'upstream'),
            external: bytes((e) => e.servedBy === 'external'),
        },
        fileRequests: { npm: files('npm'), pip: files('pypi'), go: goZipRequests },
        revalidated: assets.filter((e) => e.status === 304).length,
    };
}
const NO_TRAFFIC = summarize([], {
    externalAssets: 0,
    externalMetadata: 0,
    goProxyRequests: 0,
    goZipRequests: 0,
});

;// CONCATENATED MODULE: ./build/simulate/world.js
const DOMAIN_OWNER = '111122223333';
/** The domain of the story, and a copy of it as it was before the migration (step 4's control). */
const DOMAIN = 'acme';
const UNPROTECTED_DOMAIN = 'acme-unprotected';
/** Go module paths kept away from the public checksum database. */
const GO_PRIVATE = '*.acme.example';

;// CONCATENATED MODULE: ./build/simulate/build.js
/** One build of the monorepo on a host: login, restore, the three installs, save — each phase timed. */






/** `codeartifact-cache login` as a buildspec runs it (for `domain`, default acme); returns its env file. */
async function login(world, host, domain = DOMAIN) {
    const args = [world.cli, 'login', '--domain', domain, '--domain-owner', DOMAIN_OWNER];
    args.push('--repository', 'internal', '--tools', world.tools.join(','));
    if (world.go)
        args.push('--go-proxy', world.go.url, '--go-private', GO_PRIVATE);
    args.push('--state-dir', (0,external_node_path_.join)(host.root, 'state', domain));
    const r = await run(process.execPath, args, { cwd: world.repo.root, env: host.env });
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
async function restorePhase(world, host) {
    const c = await world.cache.restore(host, world.cacheKey);
    const note = `${c.result}${c.bytes ? ` (${mib(c.bytes)})` : ''}${c.detail ? ` — ${c.detail}` : ''}`;
    const restored = c.result === 'miss' ? undefined : await inspectRestored(world, host);
    return {
        name: 'cache restore',
        ms: c.ms,
        ok: true,
        note,
        cache: c.result,
        ...(restored ? { restored } : {}),
    };
}
/** Run one build; a failed phase is recorded, not thrown, so the step's claims can say what broke. */
async function runBuild(world, host, label, opts) {
    world.log(`  ${label} on ${host.name} …`);
    await cleanWorkspace(world);
    const from = mark(world.traffic);
    const phases = [];
    const { r, envFile } = await login(world, host);
    phases.push({
        name: 'login',
        ms: r.ms,
        ok: r.code === 0 && envFile !== undefined,
        ...(r.code ? { note: tail(r) } : {}),
    });
    let cache = 'not used';
    let restored;
    if (opts.restore) {
        const { cache: result, restored: found, ...phase } = await restorePhase(world, host);
        phases.push(phase);
        cache = result;
        restored = found;
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
    const traffic = since(world.traffic, from);
    return { label, phases, installMs, cache, ...(restored ? { restored } : {}), traffic };
}
const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;

;// CONCATENATED MODULE: ./build/simulate/setup.js
/** Start the servers, write the monorepo and generate its lockfiles before any build is timed. */












const REQUIRED = [
    ['npm', 'npm', ['--version'], 'npm is not on PATH'],
    ['pip', 'python3', ['-m', 'pip', '--version'], 'python3 with pip is not available'],
    ['go', 'go', ['version'], 'go is not on PATH (apt-get install -y golang-go)'],
];
const reduce = (part) => `, or leave it out of a reduced run with --without ${part}`;
/** The tools of this run: each one present, or left out by the user; anything else fails with one line. */
async function requiredTools(without) {
    const tools = [];
    for (const [tool, cmd, args, missing] of REQUIRED) {
        if (tool !== 'npm' && without.includes(tool))
            continue;
        const r = await run(cmd, args, { cwd: process.cwd(), env: process.env });
        if (r.code !== 0)
            throw new Error(`simulate: ${missing}${tool === 'npm' ? '' : reduce(tool)}`);
        tools.push(tool);
    }
    return tools;
}
/** The story's domain, plus a copy as it was before the migration: @acme/auth not held internally. */
function emulatorConfig() {
    const [acme] = config/* DEFAULT_CONFIG */.PV.domains;
    if (!acme)
        throw new Error('The default emulator config has no domain');
    return { ...config/* DEFAULT_CONFIG */.PV, domains: [acme, { ...acme, name: UNPROTECTED_DOMAIN, packages: [] }] };
}
/** The CLI's own restore/save; the shared store is S3 on moto unless the run leaves s3 out. */
async function cacheStep(root, opts, repoRoot, tools) {
    // `<cli> restore --help` would print the program's help (exit 0) on a CLI without the command.
    const help = await run(process.execPath, [opts.cli, '--help'], { cwd: root, env: process.env });
    if (!/^\s+restore\b/m.test(help.stdout) || !/^\s+save\b/m.test(help.stdout))
        throw new Error(`simulate: ${opts.cli} has no restore/save commands; build it first (npm run build)`);
    const all = {
        npm: 'services/web-app/package-lock.json',
        pip: 'tools/py-utility/requirements.txt',
        go: 'sidecar/go.sum',
    };
    const lockfiles = tools.map((t) => all[t]);
    const s3 = opts.without.includes('s3') ? undefined : await startS3();
    if (!opts.without.includes('s3') && !s3)
        throw new Error(`simulate: moto did not start (python3 -m moto.server; pip install 'moto[server]')${reduce('s3')}`);
    const restoreIntoSink = opts.faults.includes('restore');
    return cliCache({
        cli: opts.cli,
        repoRoot,
        tools,
        lockfiles,
        sharedDir: (0,external_node_path_.join)(root, 'shared-cache'),
        s3,
        restoreIntoSink,
    });
}
const EMULATOR_FAULTS = ['origin-controls', 'counters', 'pause'];
async function startWorld(root, opts) {
    const tools = await requiredTools(opts.without);
    const emu = await (0,emulator/* startEmulator */.s)({
        port: 0,
        config: emulatorConfig(),
        // HTTPS as the service speaks it: pip's HTTP cache keeps only downloads from HTTPS (or trusted hosts).
        tls: true,
        publicLatencyMs: opts.latencyMs,
        faults: opts.faults.filter((f) => EMULATOR_FAULTS.includes(f)),
        ...(opts.publicNpm ? { publicNpm: opts.publicNpm } : {}),
    });
    try {
        const go = tools.includes('go') ? await startGoProxy() : undefined;
        const repo = await writeMonorepo((0,external_node_path_.join)(root, 'monorepo'), opts.fixture);
        const cache = await cacheStep(root, opts, repo.root, tools).catch(async (err) => {
            await go?.close();
            throw err;
        });
        // With --public-npm the npm side is a registry simulate cannot read, so there is no independent count.
        const publicRegistry = opts.publicNpm ? undefined : emu.publicRegistry;
        const traffic = { audit: emu.ctx.audit, go, publicRegistry };
        const trust = emu.tls ? (0,emulator/* trustEnv */.C)(emu.tls.caFile) : {};
        return {
            ...{ root, emu, go, repo, cache, traffic, trust, tools, cacheKey: '', hosts: new Map(), log: opts.log },
            ...{ fixture: opts.fixture, cli: opts.cli, faults: opts.faults },
        };
    }
    catch (err) {
        await emu.close();
        throw err;
    }
}
/** The host of a given name, created on first use. */
async function host(world, name) {
    const existing = world.hosts.get(name);
    if (existing)
        return existing;
    const created = await newHost(world.root, name, world.emu.endpoint, world.trust);
    world.hosts.set(name, created);
    return created;
}
/**
 * Lockfiles, as a developer commits them: package-lock.json (with `resolved` URLs, so a warm `npm ci`
 * makes no request), a fully pinned requirements.txt (written with the monorepo) and go.sum. Generating
 * package-lock.json reads packuments through the chain — metadata only, no tarball — so build 1 still
 * fetches every tarball cold. The audit log is reset afterwards.
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
/** Nothing left the domain: by the emulator's counters and, separately, by the public registry's own log. */
function zeroExternal(b) {
    const { externalAssets, externalMetadata, publicRegistry: pub } = b.traffic;
    const publicSide = pub
        ? `public registry's own log: ${pub.downloads} downloads + ${pub.metadata} metadata requests`
        : "public registry's own log not available (--public-npm)";
    const publicZero = pub === undefined || pub.downloads + pub.metadata === 0;
    return claim(`${b.label} makes zero external fetches`, externalAssets + externalMetadata === 0 && publicZero, `emulator: ${externalAssets} tarballs/files + ${externalMetadata} metadata fetched externally; ${publicSide}`);
}
/**
 * Build 1 downloads each public package of the lockfiles from the public registry exactly once — counted by
 * the public registry itself, so the emulator's own counters cannot vouch for themselves.
 */
function publicDownloadsOnce(b, expected) {
    const downloads = b.traffic.publicRegistry?.downloads ?? -1;
    return claim(`each of the ${expected} public packages in the lockfiles is downloaded from the public registry exactly once`, downloads === expected, `the public registry's own log: ${downloads} tarball/file downloads`);
}
/** The emulator's external-fetch counters: each asset once, and in agreement with the public registry's log. */
function countersAgree(b, perAsset) {
    const repeated = Object.entries(perAsset).filter(([, n]) => n !== 1);
    const counted = b.traffic.externalAssets;
    const pub = b.traffic.publicRegistry?.downloads;
    const agree = pub === undefined || pub === counted;
    const shown = repeated.slice(0, 3).map(([k, n]) => `${k}×${n}`);
    return claim("the emulator's external-fetch counters agree with the public registry (each asset counted once)", repeated.length === 0 && agree && counted > 0, `emulator counted ${counted} external asset fetches of ${Object.keys(perAsset).length} assets` +
        (pub === undefined ? '' : `; the public registry served ${pub}`) +
        (shown.length ? `; more than once: ${shown.join(', ')}` : ''));
}
/** The build's cache restore came from where the step says it should. */
function cacheFrom(b, expected) {
    return claim(`${b.label} restores its cache (${expected})`, b.cache === expected, `cache: ${b.cache}`);
}
const contentsLine = (c) => `${c.tool} ${c.expected - c.missing.length}/${c.expected} in ${c.where}` +
    (c.missing.length
        ? ` (missing ${c.missing.slice(0, 2).join(', ')}${c.missing.length > 2 ? ', …' : ''})`
        : '');
/** Right after restore, before any install, the cache directories hold every package the lockfiles name. */
function restoredHolds(b) {
    const found = b.restored ?? [];
    return claim(`${b.label}: the restored cache directories hold the lockfiles' packages`, found.length > 0 && found.every((c) => c.missing.length === 0 && c.expected > 0), found.length ? found.map(contentsLine).join('; ') : 'nothing was restored');
}
/**
 * The installs read the restored cache: the domain sent no package file and the Go proxy no module zip. npm
 * and go ask nothing at all; pip revalidates each cached wheel (the emulator's asset answers carry an ETag
 * but no max-age) and gets 304 Not Modified with no body — the bytes came from the restored cache.
 */
function cacheUsed(b, tools) {
    const files = b.traffic.fileRequests;
    const counts = [
        ['npm', files.npm],
        ['pip', files.pip],
        ['go', files.go],
    ];
    const used = counts.filter(([tool]) => tools.includes(tool));
    return claim(`${b.label}: ${used.map(([t]) => t).join(', ')} install from the restored cache (zero package files downloaded)`, used.every(([, n]) => n === 0), used.map(([tool, n]) => `${tool} ${n}`).join(', ') +
        ' package files sent (tarballs/wheels by the domain, module zips by the Go proxy); ' +
        `${b.traffic.revalidated} cached files revalidated (304, no body)`);
}

;// CONCATENATED MODULE: ./build/simulate/steps-cache.js
/** Steps 1–3: the cold build, the same host again, a new host restoring from the shared cache. */





const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
async function step1(world) {
    const a = await host(world, 'host-a');
    const b = await runBuild(world, a, 'Build 1 (cold)', { restore: true, save: true });
    const npm = (await lockedPublicPackages(world)).length;
    const pip = world.tools.includes('pip') ? publicPythonRequirements(world.fixture).length : 0;
    const perAsset = world.emu.ctx.audit.counters().externalFetchesPerAsset;
    const claims = [buildPassed(b), cacheFrom(b, 'miss')];
    if (b.traffic.publicRegistry)
        claims.push(publicDownloadsOnce(b, npm + pip));
    claims.push(countersAgree(b, perAsset));
    return {
        step: 1,
        title: 'Build 1, cold: every tarball comes from the public side, once; the cache is saved',
        builds: [b],
        claims,
        notes: [
            `${npm} public npm packages and ${pip} public wheels in the lockfiles; cache key ${world.cacheKey}`,
        ],
    };
}
function speedup(cold, warm) {
    if (!cold)
        return [];
    const ratio = warm.installMs > 0 ? cold.installMs / warm.installMs : 0;
    return [
        `install ${seconds(warm.installMs)} vs ${seconds(cold.installMs)} cold (${ratio.toFixed(2)}× as fast)`,
    ];
}
/** What a build with a restored cache claims: restored from `from`, holding the packages, used, no external. */
function warmClaims(world, b, from) {
    return [buildPassed(b), cacheFrom(b, from), restoredHolds(b), cacheUsed(b, world.tools), zeroExternal(b)];
}
async function step2(world, cold) {
    const a = await host(world, 'host-a');
    await wipeLocalCaches(a); // a new workspace on the same host: only the host's cache store is left
    const b = await runBuild(world, a, 'Build 2 (same host)', { restore: true, save: false });
    return {
        step: 2,
        title: 'Build 2, same host: the local cache is restored and used; nothing is fetched from the public side',
        builds: [b],
        claims: warmClaims(world, b, 'hit-local'),
        notes: speedup(cold, b),
    };
}
async function step3(world, cold) {
    const fresh = await host(world, 'host-b');
    const b = await runBuild(world, fresh, 'Build 3 (new host)', { restore: true, save: false });
    return {
        step: 3,
        title: 'Build 3, a new host: no local cache; the shared cache is restored and used; nothing fetched externally',
        builds: [b],
        claims: warmClaims(world, b, 'hit-shared'),
        notes: speedup(cold, b),
    };
}

// EXTERNAL MODULE: ./build/emulator/data/external/metadata.js + 3 modules
var metadata = __webpack_require__(67316);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codeartifact/dist-cjs/index.js
var client_codeartifact_dist_cjs = __webpack_require__(83380);
;// CONCATENATED MODULE: ./build/simulate/probe.js
/** Small npm projects a step installs to ask one question ("which @acme/auth do I get?"). */








/** `npm install` a project with `dependencies` on `host`, logged in to `domain`'s internal repository. */
async function npmProbe(world, host, name, dependencies, watch, opts = {}) {
    const dir = (0,external_node_path_.join)(host.root, 'probes', name);
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, dependencies }));
    const { r: l, envFile } = await login(world, host, opts.domain ?? DOMAIN);
    if (!envFile)
        return { loggedIn: false, r: l, version: undefined };
    const r = await sourced(host, envFile, 'npm install', dir);
    const listed = opts.list ? await npmVersions(host, envFile, dir, watch) : undefined;
    const result = { loggedIn: true, r, ...(listed ? { listed } : {}) };
    if (r.code !== 0)
        return { ...result, version: undefined };
    const manifest = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'node_modules', watch, 'package.json'), 'utf8').catch(() => '{}');
    return { ...result, version: JSON.parse(manifest).version };
}
/** The versions the logged-in repository lists for a package, read fresh (not from npm's cache). */
async function npmVersions(host, envFile, dir, pkg) {
    const r = await sourced(host, envFile, `npm view ${pkg} versions --json --prefer-online`, dir);
    try {
        const parsed = JSON.parse(r.stdout);
        return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
    }
    catch {
        return [];
    }
}
/** What a probe did, in one line. */
const probeLine = (p) => {
    const listed = p.listed ? `; the repository lists ${p.listed.join(', ') || 'nothing'}` : '';
    if (!p.loggedIn)
        return `login failed: ${tail(p.r)}`;
    return p.r.code === 0
        ? `installed ${p.version ?? '(nothing)'} in ${(p.r.ms / 1000).toFixed(1)} s${listed}`
        : `failed: ${npmError(p.r) ?? tail(p.r)}${listed}`;
};
/** npm's own line naming the failed request (`npm error 404 Not Found - GET …`), tokens never included. */
function npmError(r) {
    return r.stderr
        .split('\n')
        .find((l) => /npm error (404|code E)/.test(l) && !/code E404$/.test(l))
        ?.trim();
}
/** Whether the probe failed with npm's 404 for `pkg` itself — not a failed login, not any other error. */
function failedWith404For(p, pkg) {
    const escaped = pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const line = new RegExp(`npm error 404 Not Found - GET \\S+/${escaped}(\\s|$)`, 'm');
    return p.loggedIn && p.r.code !== 0 && line.test(p.r.stderr);
}
/**
 * The control plane of the emulator through the AWS SDK, as an operator would call it. This process started
 * before the emulator made its CA, so NODE_EXTRA_CA_CERTS cannot help: the CA goes to the SDK's agent.
 */
function controlPlane(world) {
    const ca = world.emu.tls ? (0,external_node_fs_.readFileSync)(world.emu.tls.caFile) : undefined;
    return new client_codeartifact_dist_cjs.CodeartifactClient({
        endpoint: world.emu.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'simulate-access-key', secretAccessKey: 'simulate-secret-key' },
        ...(ca ? { requestHandler: { httpsAgent: new external_node_https_.Agent({ ca }) } } : {}),
    });
}
/** The acme domain's external connections: the incident pauses both public registries. */
const CONNECTIONS = [
    { repository: 'public-proxy', externalConnection: 'public:npmjs' },
    { repository: 'public-proxy-pypi', externalConnection: 'public:pypi' },
];
/** Disassociate (or re-associate) every external connection of acme, as an operator would in an incident. */
async function setExternalConnections(world, connected) {
    const client = controlPlane(world);
    try {
        for (const c of CONNECTIONS) {
            const input = { domain: DOMAIN, domainOwner: DOMAIN_OWNER, ...c };
            await client.send(connected
                ? new client_codeartifact_dist_cjs.AssociateExternalConnectionCommand(input)
                : new client_codeartifact_dist_cjs.DisassociateExternalConnectionCommand(input));
        }
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
 * Both domains of the emulator resolve the same range one after the other, against the same public
 * registry with nothing published in between, and with no external metadata cached from earlier look-ups
 * (a stale "not found" would hide the spoof from a domain whose origin controls were broken). The control,
 * acme-unprotected, is acme before the migration: @acme/auth not held internally, so nothing blocks its
 * upstream. The protected claim reads what the repository lists, not only what npm picked: npm prefers the
 * `latest` tag when it satisfies the range, so where `latest` stays 2.1.0 an install alone would hide a spoof.
 */
async function step4(world) {
    const registry = world.emu.publicRegistry;
    if (!registry)
        throw new Error('step 4 needs the embedded public registry');
    registry.publishNpm('@acme/auth', SPOOF);
    world.log(`  published @acme/auth@${SPOOF} on the public registry`);
    (0,metadata/* clearExternalMetadata */._W)(world.emu.ctx);
    const probe = { list: true };
    const u = await npmProbe(world, await host(world, 'host-unprotected'), 'spoof-unprotected', RANGE, '@acme/auth', {
        ...probe,
        domain: UNPROTECTED_DOMAIN,
    });
    const from = mark(world.traffic);
    const p = await npmProbe(world, await host(world, 'host-spoof'), 'spoof-protected', RANGE, '@acme/auth', probe);
    const traffic = since(world.traffic, from);
    return {
        step: 4,
        title: 'The spoof: @acme/auth@99.0.0 on the public registry',
        builds: [],
        claims: [
            claim(`[${UNPROTECTED_DOMAIN}: @acme/auth not held internally, upstream open] the spoofed ${SPOOF} is listed and "^2 || ^99" installs it`, u.version === SPOOF && (u.listed ?? []).includes(SPOOF), probeLine(u)),
            claim('[acme: @acme/auth published internally, upstream=BLOCK] at the same moment only 2.1.0 is listed and "^2 || ^99" installs 2.1.0', p.version === '2.1.0' && p.listed?.join() === '2.1.0', probeLine(p)),
        ],
        notes: [
            'same emulator, same public registry, external metadata cache cleared before the two probes',
            `protected probe: ${traffic.requests} requests, ${traffic.internal} served by internal, ${traffic.external} external`,
        ],
    };
}
async function step5(world) {
    await setExternalConnections(world, false);
    const pairs = CONNECTIONS.map((c) => `${c.externalConnection} from ${c.repository}`).join(', ');
    world.log(`  disassociated ${pairs}`);
    const claims = [];
    const notes = [`DisassociateExternalConnection (domain acme): ${pairs}`];
    const c = await host(world, 'host-c');
    const warm = await runBuild(world, c, 'Warm build, paused (no local cache)', {
        restore: false,
        save: false,
    });
    claims.push(buildPassed(warm), zeroExternal(warm));
    const fresh = unfetchedPublicPackage();
    const miss = await npmProbe(world, c, 'incident-new', { [fresh]: '*' }, fresh);
    claims.push(claim(`a build needing the new public package ${fresh} fails with npm's 404 for ${fresh}`, failedWith404For(miss, fresh), probeLine(miss)));
    const internal = await npmProbe(world, c, 'incident-internal', { '@acme/ui': '^1.4.2' }, '@acme/ui');
    claims.push(claim('internal packages are unaffected (@acme/ui resolves)', internal.version === '1.4.2', probeLine(internal)));
    const refused = await setExternalConnections(world, true).then(() => undefined, (err) => err.message);
    notes.push(`AssociateExternalConnection: ${refused ?? 'both re-associated'}`);
    const again = await npmProbe(world, c, 'incident-resumed', { [fresh]: '*' }, fresh);
    const resumed = refused === undefined && again.r.code === 0;
    claims.push(claim(`after re-association ${fresh} installs`, resumed, refused ?? probeLine(again)));
    return {
        step: 5,
        title: 'The incident: the public registries paused, then resumed',
        builds: [warm],
        claims,
        notes,
    };
}

;// CONCATENATED MODULE: ./build/simulate/index.js
/**
 * `simulate`: the design article's worked example on one machine — the emulator, a fixture monorepo and
 * the real npm, pip and go, driven through the same `login`, `restore` and `save` a buildspec uses.
 */








/** The steps to run for a request: 2, 3 and 5 need build 1's domain and caches; 4 needs the embedded registry. */
function plan(requested, publicNpm = false) {
    const steps = new Set(requested.filter((n) => !(publicNpm && n === 4)));
    if ([2, 3, 5].some((n) => steps.has(n)))
        steps.add(1);
    return [...steps].sort((a, b) => a - b);
}
/** What a run leaves out and why: said in the report's header, never silently. */
function leftOut(opts) {
    const why = {
        pip: 'pip: the Python utility is not built, its cache not restored (--without pip)',
        go: 'go: the Go sidecar is not built, its module cache not restored (--without go)',
        s3: 's3: the shared cache store is a local directory instead of S3 on moto (--without s3)',
    };
    const out = opts.without.map((part) => why[part] ?? part);
    if (opts.publicNpm) {
        if (opts.steps.includes(4))
            out.push('step 4 (the spoof): simulate cannot publish to the --public-npm registry');
        out.push("the independent count of external fetches: the --public-npm registry's own log is not readable");
    }
    return out;
}
async function runSteps(world, opts) {
    const results = [];
    const cold = () => results.find((r) => r.step === 1)?.builds[0];
    const steps = {
        1: () => step1(world),
        2: () => step2(world, cold()),
        3: () => step3(world, cold()),
        4: () => step4(world),
        5: () => step5(world),
    };
    for (const n of plan(opts.steps, opts.publicNpm !== undefined)) {
        opts.log(`Step ${n} …`);
        const result = await steps[n]();
        opts.progress?.step(result);
        results.push(result);
    }
    return results;
}
async function header(world, opts) {
    const lock = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(world.repo.webApp, 'package-lock.json'), 'utf8'));
    return {
        fixture: opts.fixture,
        latencyMs: opts.latencyMs,
        packages: {
            npm: Object.keys(lock.packages).filter((k) => k !== '').length,
            pypi: world.tools.includes('pip') ? pythonRequirements(opts.fixture).length : 0,
            go: world.go ? GO_MODULES.length : 0,
        },
        cacheBackend: world.cache.backend,
        leftOut: leftOut(opts),
        faults: opts.faults,
    };
}
/**
 * Run the simulation. With `keep`, `onKept` receives the running world and the servers stay up until
 * the returned promise of `onKept` settles.
 */
async function simulate(opts, onKept) {
    const started = Date.now();
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'codeartifact-simulate-'));
    let world;
    try {
        world = await startWorld(root, opts);
        await prepareLockfiles(world);
        const head = await header(world, opts);
        opts.progress?.header(head);
        const steps = await runSteps(world, opts);
        const ok = steps.every((st) => st.claims.length > 0 && st.claims.every((c) => c.ok));
        const report = { ...head, steps, ok, totalMs: Date.now() - started };
        if (opts.keep && onKept)
            await onKept(world, report);
        return report;
    }
    finally {
        await world?.emu.close();
        await world?.go?.close();
        await world?.cache.stop?.();
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}


/***/ })

};
