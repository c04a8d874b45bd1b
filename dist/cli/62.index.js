export const id = 62;
export const ids = [62];
export const modules = {

/***/ 23756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ BUNDLE_MANIFEST),
/* harmony export */   i: () => (/* binding */ BUNDLE_ARCHIVE)
/* harmony export */ });
/**
 * The seam between the cache logic and where entries live. Every backend stores the same thing: a bundle
 * directory holding `archive` (tar + zstd, or tar + gzip) and `manifest.json` (see CacheManifest). The
 * archive format is decided once, in archive.ts, so a bundle saved by one backend restores through any other.
 */
/** File names inside a bundle directory. */
const BUNDLE_ARCHIVE = 'archive';
const BUNDLE_MANIFEST = 'manifest.json';


/***/ }),

/***/ 62062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRestore: () => (/* binding */ runRestore),
  runSave: () => (/* binding */ runSave)
});

// EXTERNAL MODULE: ./build/core/cache-config.js
var cache_config = __webpack_require__(29047);
;// CONCATENATED MODULE: ./build/core/cache-rules.js
const pattern = (re, allowed) => ({ allowed, test: (value) => re.test(value) });
/** S3's general purpose bucket naming rules. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const BUCKET_FORBIDDEN = [
    /\.\./,
    /^\d+\.\d+\.\d+\.\d+$/,
    /^xn--/,
    /^sthree-/,
    /^amzn-s3-demo-/,
    /-s3alias$/,
    /--ol-s3$/,
    /\.mrap$/,
    /--x-s3$/,
];
/** Shapes of the cache inputs. */
const CACHE_RULES = {
    backend: pattern(/^(github|s3|local|none)$/, 'one of github, s3, local or none'),
    glob: pattern(/^[^\0\r\n]+$/, 'file globs, one per line or separated by commas'),
    // Control characters are exactly what a scope may not hold.
    // eslint-disable-next-line no-control-regex
    scope: pattern(/^[^\0-\x1f\x7f]{1,256}$/, '1-256 printable characters'),
    keyPrefix: pattern(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, '1-64 letters, digits, dots, underscores or hyphens, starting with a letter or digit'),
    bucket: {
        allowed: 'an S3 bucket name: 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a ' +
            'letter or digit, no "..", not an IP address',
        test: (value) => BUCKET.test(value) && !BUCKET_FORBIDDEN.some((re) => re.test(value)),
    },
    s3Prefix: pattern(/^(?!\/)[\x21-\x7e]{1,512}$/, 'an S3 key prefix: up to 512 printable characters without spaces, not starting with /'),
    kmsKeyId: pattern(/^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[A-Za-z0-9-]+|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]{1,250}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/, 'a KMS key id, key ARN, alias name (alias/…) or alias ARN'),
    path: pattern(/^[^\0\r\n]+$/, 'a file system path on one line'),
};

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/reader.js
var reader = __webpack_require__(19947);
// EXTERNAL MODULE: ./build/core/rules.js
var rules = __webpack_require__(54653);
;// CONCATENATED MODULE: ./build/core/cache-inputs.js






const TIMEOUT = {
    allowed: 'a whole number of seconds between 1 and 3600',
    valid: (n) => n >= 1 && n <= 3600,
};
/** `{ [key]: value }`, or nothing when the value is absent (optional properties stay truly absent). */
function opt(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/** The backend asked for, or the platform's default: GitHub's cache on GitHub, S3 given a bucket, else local. */
function readBackend(r, enabled, platform) {
    const given = r.optional('cache-backend', CACHE_RULES.backend);
    if (!enabled)
        return 'none';
    if (given !== undefined)
        return given;
    if (r.text('s3-bucket') !== undefined)
        return 's3';
    return platform === 'github' ? 'github' : 'local';
}
/** Inputs that only mean something with one backend. */
function checkBackendInputs(r, backend, enabled) {
    const needs = (name, wanted) => {
        if (enabled && r.text(name) !== undefined && backend !== wanted) {
            r.problems.push(`Input '${name}' is only used with cache-backend ${wanted}, not ${backend}`);
        }
    };
    ['s3-bucket', 's3-prefix', 's3-kms-key-id'].forEach((name) => needs(name, 's3'));
    needs('local-cache-dir', 'local');
    if (backend === 's3' && r.text('s3-bucket') === undefined) {
        r.problems.push("Input 's3-bucket' is required with cache-backend s3: the bucket entries go to");
    }
}
function readS3(r) {
    return {
        ...opt('s3Bucket', r.optional('s3-bucket', CACHE_RULES.bucket)),
        s3Prefix: r.optional('s3-prefix', CACHE_RULES.s3Prefix) ?? cache_config/* CACHE_DEFAULTS */.G['s3-prefix'],
        ...opt('s3KmsKeyId', r.optional('s3-kms-key-id', CACHE_RULES.kmsKeyId)),
    };
}
function readKeying(r) {
    return {
        dependencyPaths: r.list('cache-dependency-path', CACHE_RULES.glob),
        ...opt('scope', r.optional('cache-scope', CACHE_RULES.scope)),
        keyPrefix: r.optional('cache-key-prefix', CACHE_RULES.keyPrefix) ?? cache_config/* CACHE_DEFAULTS */.G['cache-key-prefix'],
        goBuild: r.boolean('cache-go-build', cache_config/* CACHE_DEFAULTS */.G['cache-go-build']),
        tools: (0,inputs/* readTools */.s)(r),
        workingDirectory: r.optional('working-directory', rules/* RULES */.y.path) ?? '.',
    };
}
/**
 * Parses the cache inputs (keys in any spelling `parseLoginInputs` accepts; blank = absent) into a
 * `CacheConfig`. `platform` decides the default backend. All problems are thrown together as one InputError.
 */
function parseCacheInputs(raw, platform) {
    const r = new reader/* InputReader */.i_(raw);
    const enabled = r.boolean('cache', cache_config/* CACHE_DEFAULTS */.G.cache);
    const backend = readBackend(r, enabled, platform);
    checkBackendInputs(r, backend, enabled);
    const d = cache_config/* CACHE_DEFAULTS */.G;
    const config = {
        enabled,
        backend,
        ...readKeying(r),
        ...readS3(r),
        ...opt('localCacheDir', r.optional('local-cache-dir', CACHE_RULES.path)),
        timeoutSeconds: r.integer('cache-timeout-seconds', d['cache-timeout-seconds'], TIMEOUT.allowed, TIMEOUT.valid),
        failOnCacheMiss: r.boolean('fail-on-cache-miss', d['fail-on-cache-miss']),
    };
    if (r.problems.length > 0)
        throw new errors/* InputError */.d(r.problems);
    return config;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./build/cache/process.js





function exited(child, argv) {
    return new Promise((done, fail) => {
        let stderr = '';
        child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk.toString()).slice(-2000)));
        child.on('error', (error) => fail(error));
        child.on('close', (code, signal) => {
            if (code === 0)
                return done();
            const why = signal ? `killed by ${signal}` : `exit code ${code}`;
            fail(new Error(`${argv[0]} failed (${why}): ${stderr.trim().split('\n').slice(-3).join(' ')}`));
        });
    });
}
/**
 * Runs argv to completion, its stdout handed to `sink` when given; rejects with its stderr on a non-zero
 * exit, a signal or an abort.
 */
async function runTool(argv, opts = {}, sink) {
    const [command, ...args] = opts.wrap ? opts.wrap(argv) : argv;
    const child = (0,external_node_child_process_.spawn)(command ?? 'false', args, {
        stdio: ['ignore', sink ? 'pipe' : 'ignore', 'pipe'],
        signal: opts.signal,
    });
    const sunk = sink && child.stdout ? sink(child.stdout) : Promise.resolve();
    await Promise.all([exited(child, argv), sunk]);
}
/** Writes a stream to `path`, hashing it on the way: no second read of what was written. */
async function writeHashed(input, path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const tee = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            size += chunk.length;
            callback(null, chunk);
        },
    });
    await (0,external_node_stream_promises_.pipeline)(input, tee, (0,external_node_fs_.createWriteStream)(path));
    return { sha256: hash.digest('hex'), size };
}
/** sha256 (hex) of a file, streamed. */
async function fileSha256(path, signal) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, signal ? { signal } : {}))
        hash.update(chunk);
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./build/cache/types.js
var types = __webpack_require__(23756);
;// CONCATENATED MODULE: ./build/cache/archive.js
/**
 * The one archive format every backend stores: `tar` compressed by `zstd -T0 -3` when zstd is on PATH,
 * else gzip, with a manifest recording the compression, sha256 and size. Paths are stored relative to
 * their common root so they restore to the same layout.
 */





let zstdFound;
/** Whether `zstd` runs here (checked once). */
function zstdAvailable() {
    zstdFound ??= (0,external_node_child_process_.spawnSync)('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
    return zstdFound;
}
/** The deepest directory containing every path. */
function commonRoot(paths) {
    const split = paths.map((p) => (0,external_node_path_.resolve)(p).split(external_node_path_.sep));
    const first = split[0] ?? [];
    let n = 0;
    while (n < first.length - 1 && split.every((parts) => parts.length > n + 1 && parts[n] === first[n]))
        n++;
    return first.slice(0, n).join(external_node_path_.sep) || external_node_path_.sep;
}
/** Where tar runs (-C) and the members it stores: one directory is stored by its own name. */
function archiveLayout(paths) {
    const root = paths.length === 1 ? (0,external_node_path_.dirname)(paths[0] ?? external_node_path_.sep) : commonRoot(paths);
    return { root, members: paths.map((p) => (0,external_node_path_.relative)(root, p) || '.') };
}
/** The tar flag that (de)compresses. */
const compressFlag = (c, create) => c === 'gzip' ? ['-z'] : ['-I', create ? 'zstd -T0 -3' : 'zstd -d -T0'];
/** Archives the existing `paths` into `bundleDir/archive` and writes the manifest; returns it. */
async function createArchive(paths, bundleDir, key, opts = {}) {
    const absolute = paths.map((p) => (0,external_node_path_.resolve)(p));
    const { root, members } = archiveLayout(absolute);
    const compression = opts.compression ?? (zstdAvailable() ? 'zstd' : 'gzip');
    const archive = (0,external_node_path_.join)(bundleDir, types/* BUNDLE_ARCHIVE */.i);
    let written = { sha256: '', size: 0 };
    const tar = ['tar', ...compressFlag(compression, true), '-cf', '-', '-C', root, '--', ...members];
    await runTool(tar, opts, async (out) => void (written = await writeHashed(out, archive)));
    const manifest = {
        schema: 1,
        key,
        compression,
        ...written,
        paths: absolute,
        createdAt: new Date().toISOString(),
    };
    await (0,promises_.writeFile)((0,external_node_path_.join)(bundleDir, types/* BUNDLE_MANIFEST */.R), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
/** The manifest of a bundle, checked for the fields extraction relies on. */
async function readManifest(bundleDir) {
    const value = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(bundleDir, types/* BUNDLE_MANIFEST */.R), 'utf8'));
    const ok = value.schema === 1 &&
        (value.compression === 'zstd' || value.compression === 'gzip') &&
        typeof value.sha256 === 'string' &&
        Array.isArray(value.paths) &&
        value.paths.every((p) => typeof p === 'string' && p.startsWith('/'));
    if (!ok)
        throw new Error(`The cache entry's manifest is not one this version understands`);
    return value;
}

;// CONCATENATED MODULE: ./build/cache/extract.js





/** Prefix of the temp directory an entry is extracted into, beside its target. */
const RESTORE_TEMP_PREFIX = '.codeartifact-cache-restore-';
/** Throws unless the archive has the manifest's size and sha256: nothing unverified reaches tar. */
async function verify(archive, manifest, signal) {
    const { size } = await (0,promises_.stat)(archive);
    if (size !== manifest.size) {
        throw new Error(`The cache archive is ${size} bytes where its manifest says ${manifest.size} (truncated?)`);
    }
    const sha256 = await fileSha256(archive, signal);
    if (sha256 !== manifest.sha256) {
        throw new Error(`The cache archive's sha256 is ${sha256} where its manifest says ${manifest.sha256}`);
    }
}
const exists = (path) => (0,promises_.lstat)(path).then(() => true, () => false);
/**
 * Moves `src` to `dst`. An absent or empty `dst` is replaced in one rename; otherwise entries are moved
 * in one by one, keeping what is already there (each rename is atomic: no file is ever half-written).
 */
async function moveInto(src, dst) {
    if (!(await exists(dst))) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(dst), { recursive: true });
        return (0,promises_.rename)(src, dst);
    }
    const dstIsDir = (await (0,promises_.lstat)(dst)).isDirectory();
    if (dstIsDir && (await (0,promises_.readdir)(dst)).length === 0) {
        await (0,promises_.rmdir)(dst);
        return (0,promises_.rename)(src, dst);
    }
    if (!dstIsDir || !(await (0,promises_.lstat)(src)).isDirectory())
        return; // keep the file already there
    for (const name of await (0,promises_.readdir)(src))
        await moveInto((0,external_node_path_.join)(src, name), (0,external_node_path_.join)(dst, name));
}
/**
 * Verifies and extracts a bundle: the manifest's paths go to `targets` (the same, by default). tar
 * writes into a temp directory beside the first target; only a complete extraction is moved into place,
 * so a corrupt archive, a full disk or an abort leaves the targets untouched.
 */
async function extractArchive(bundleDir, targets, opts = {}) {
    const manifest = await readManifest(bundleDir);
    const archive = (0,external_node_path_.join)(bundleDir, types/* BUNDLE_ARCHIVE */.i);
    await verify(archive, manifest, opts.signal);
    const dests = targets ?? manifest.paths;
    if (dests.length !== manifest.paths.length || dests.length === 0) {
        throw new Error(`The cache entry holds ${manifest.paths.length} path(s), not ${dests.length}`);
    }
    const { members } = archiveLayout(manifest.paths);
    const parent = (0,external_node_path_.dirname)(dests[0] ?? '/');
    await (0,promises_.mkdir)(parent, { recursive: true });
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, RESTORE_TEMP_PREFIX));
    try {
        await runTool(['tar', ...compressFlag(manifest.compression, false), '-xf', archive, '-C', temp], opts);
        for (const [i, member] of members.entries())
            await moveInto((0,external_node_path_.join)(temp, member), dests[i] ?? '');
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
    return manifest;
}

;// CONCATENATED MODULE: ./build/core/cache-summary.js
const MIB = 1024 * 1024;
/** `12.3 MiB`. */
const mib = (bytes) => `${(bytes / MIB).toFixed(1)} MiB`;
/** `12.3 MiB of 40.0 MiB, 55.1 MiB/s` for a transfer that has run `seconds`. */
function progressLine(bytes, total, seconds) {
    const rate = seconds > 0 ? `${(bytes / MIB / seconds).toFixed(1)} MiB/s` : '-';
    return `${mib(bytes)}${total === undefined ? '' : ` of ${mib(total)}`}, ${rate}`;
}
/** Step outputs of restore: all-exact `cache-hit`, the matched keys, bytes and seconds; then per tool. */
function restoreOutputs(results) {
    const restored = results.filter((r) => r.outcome === 'hit' || r.outcome === 'partial');
    const outputs = {
        'cache-hit': String(results.length > 0 && results.every((r) => r.outcome === 'hit')),
        // Keys never hold commas, so the list splits back unambiguously.
        'cache-matched-key': restored.map((r) => r.matchedKey ?? '').join(','),
        'cache-restored-bytes': String(restored.reduce((n, r) => n + (r.bytes ?? 0), 0)),
        'cache-restore-seconds': results.reduce((n, r) => n + r.seconds, 0).toFixed(1),
    };
    for (const r of results) {
        outputs[`cache-hit-${r.id}`] = String(r.outcome === 'hit');
        outputs[`cache-matched-key-${r.id}`] = r.matchedKey ?? '';
    }
    return outputs;
}
const OUTCOME_TEXT = {
    hit: 'restored (exact key)',
    partial: 'restored (restore key)',
    miss: 'miss',
    skipped: 'skipped',
    saved: 'saved',
    exists: 'already saved',
    error: 'failed (warning)',
};
const cells = (r) => [
    r.id,
    OUTCOME_TEXT[r.outcome] + (r.note === undefined ? '' : `: ${r.note}`),
    r.matchedKey ?? r.key,
    r.bytes === undefined ? '' : mib(r.bytes),
    `${r.seconds.toFixed(1)} s`,
];
/** One row per tool, as a markdown table (job summary) and as lines (logs). */
function cacheSummary(title, results) {
    const escape = (cell) => cell.replace(/\|/g, '\\|');
    const markdown = [
        `### ${title}`,
        '',
        '| tool | result | key | size | time |',
        '| --- | --- | --- | --- | --- |',
        ...results.map((r) => `| ${cells(r).map(escape).join(' | ')} |`),
        '',
    ].join('\n');
    const text = [
        `${title}:`,
        ...results.map((r) => `  ${cells(r)
            .filter((c) => c !== '')
            .join(' · ')}`),
    ];
    return { markdown, text: `${text.join('\n')}\n` };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/cache/local.js
/**
 * The local backend: a directory of entries, `<dir>/<sha256 of key>/{archive,manifest.json}` (hashed so
 * any key is a valid, short directory name; the key itself is in the manifest). A save is copied into a
 * temp directory and renamed into place, so readers only ever see complete entries, and the rename fails
 * when the key is taken: entries are immutable.
 */




const entryName = (key) => (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex');
const TEMP_PREFIX = '.saving-';
class LocalStore {
    dir;
    kind = 'local';
    constructor(dir) {
        this.dir = dir;
    }
    /**
     * A hard link where both sides share a file system (entries are never written again, so sharing the
     * inode is safe), else a kernel-side copy; progress once, after.
     */
    async copy(from, to, opts) {
        opts.signal.throwIfAborted();
        await (0,promises_.link)(from, to).catch(() => (0,promises_.copyFile)(from, to));
        const { size } = await (0,promises_.stat)(to);
        opts.progress?.({ bytes: size, total: size });
        opts.signal.throwIfAborted();
    }
    /** Every complete entry (temp directories and unreadable manifests are skipped). */
    async entries() {
        const names = await (0,promises_.readdir)(this.dir).catch(() => []);
        const entries = [];
        for (const name of names.filter((n) => !n.startsWith('.'))) {
            const dir = (0,external_node_path_.join)(this.dir, name);
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, types/* BUNDLE_MANIFEST */.R), 'utf8').catch(() => undefined);
            const manifest = text === undefined ? undefined : JSON.parse(text);
            if (typeof manifest?.key === 'string') {
                entries.push({ key: manifest.key, createdAt: String(manifest.createdAt ?? ''), dir });
            }
        }
        return entries;
    }
    /** The entry for `key`; else the newest whose key starts with each restore key in turn. */
    async find(key, restoreKeys) {
        const entries = await this.entries();
        const exact = entries.find((e) => e.key === key);
        if (exact)
            return exact;
        for (const prefix of [key, ...restoreKeys]) {
            const matches = entries.filter((e) => e.key.startsWith(prefix));
            matches.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
            if (matches[0])
                return matches[0];
        }
        return undefined;
    }
    async restore(bundleDir, key, restoreKeys, opts) {
        const entry = await this.find(key, restoreKeys);
        if (entry === undefined)
            return undefined;
        await (0,promises_.mkdir)(bundleDir, { recursive: true });
        await this.copy((0,external_node_path_.join)(entry.dir, types/* BUNDLE_MANIFEST */.R), (0,external_node_path_.join)(bundleDir, types/* BUNDLE_MANIFEST */.R), opts);
        await this.copy((0,external_node_path_.join)(entry.dir, types/* BUNDLE_ARCHIVE */.i), (0,external_node_path_.join)(bundleDir, types/* BUNDLE_ARCHIVE */.i), opts);
        return { matchedKey: entry.key, exact: entry.key === key };
    }
    async save(bundleDir, key, opts) {
        const target = (0,external_node_path_.join)(this.dir, entryName(key));
        if (await (0,promises_.readFile)((0,external_node_path_.join)(target, types/* BUNDLE_MANIFEST */.R)).then(() => true, () => false))
            return 'exists';
        const temp = (0,external_node_path_.join)(this.dir, `${TEMP_PREFIX}${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        await (0,promises_.mkdir)(temp, { recursive: true });
        try {
            await this.copy((0,external_node_path_.join)(bundleDir, types/* BUNDLE_ARCHIVE */.i), (0,external_node_path_.join)(temp, types/* BUNDLE_ARCHIVE */.i), opts);
            await this.copy((0,external_node_path_.join)(bundleDir, types/* BUNDLE_MANIFEST */.R), (0,external_node_path_.join)(temp, types/* BUNDLE_MANIFEST */.R), opts);
            await (0,promises_.rename)(temp, target);
            return 'saved';
        }
        catch (error) {
            // rename(2) onto a non-empty directory fails: another save of this key won, and its entry stays.
            const code = error.code;
            if (code === 'ENOTEMPTY' || code === 'EEXIST')
                return 'exists';
            throw error;
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./build/cache/index.js


/** The local backend's directory when `local-cache-dir` is not given. */
const defaultLocalCacheDir = (homeDir) => (0,external_node_path_.join)(homeDir, '.cache', 'codeartifact-cache');
/**
 * The store `config.backend` names, or undefined for `none`. The s3 and github backends are imported
 * when chosen, so a build that uses one never loads the other's SDK.
 */
async function createStore(config, platform) {
    switch (config.backend) {
        case 'none':
            return undefined;
        case 'local':
            return new LocalStore(config.localCacheDir ?? defaultLocalCacheDir(platform.homeDir));
        case 's3': {
            const { createS3Store } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(418)]).then(__webpack_require__.bind(__webpack_require__, 82418));
            const endpoint = platform.env.AWS_ENDPOINT_URL_S3;
            const region = platform.env.AWS_REGION ?? platform.env.AWS_DEFAULT_REGION;
            return createS3Store({
                bucket: config.s3Bucket ?? '',
                prefix: config.s3Prefix,
                ...(config.s3KmsKeyId === undefined ? {} : { kmsKeyId: config.s3KmsKeyId }),
                ...(endpoint ? { endpoint } : {}),
                ...(region ? { region } : {}),
            });
        }
        case 'github': {
            // @actions/cache needs the runner's cache service, which only GitHub-hosted jobs are given.
            if (!platform.env.ACTIONS_RUNTIME_TOKEN || !platform.env.ACTIONS_RESULTS_URL) {
                throw new Error("GitHub's cache service is not available here (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL): " +
                    'use cache-backend s3 or local, or cache: false');
            }
            const { createGitHubStore } = await __webpack_require__.e(/* import() */ 318).then(__webpack_require__.bind(__webpack_require__, 37318));
            return createGitHubStore();
        }
    }
}

;// CONCATENATED MODULE: ./build/run/cache-common.js





/** How often a transfer's progress is logged (and how long one runs before it is). */
const PROGRESS_EVERY_MS = 3000;
/** The name restore's per-tool results are kept under for save. */
const CACHE_STATE = 'cache';
/** The state restore left, or undefined when there is none (or it is not ours). */
async function loadCacheState(platform) {
    const text = await platform.loadNamedState(CACHE_STATE);
    try {
        const state = text === undefined ? undefined : JSON.parse(text);
        return state?.version === 1 && Array.isArray(state.planned) ? state : undefined;
    }
    catch {
        return undefined;
    }
}
/** The store to use, or undefined (caching off, or a backend that cannot work here: warned about). */
async function storeFor(config, platform, given) {
    if (!config.enabled)
        return undefined;
    try {
        return given ?? (await createStore(config, platform));
    }
    catch (error) {
        platform.warning(`Dependency caching is skipped: ${messageOf(error)}`);
        return undefined;
    }
}
/** Rejects when `signal` aborts, even if `work` never settles: a hanging store cannot hang the build. */
function bounded(work, signal, what) {
    return new Promise((done, fail) => {
        const onAbort = () => fail(new Error(`${what} did not finish in time (cache-timeout-seconds)`));
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(done, fail).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
/** Transfer options bounded by the configured timeout, logging progress as MiB and MiB/s. */
function transferOptions(config, platform, id) {
    const started = Date.now();
    let printed = started;
    return {
        signal: AbortSignal.timeout(config.timeoutSeconds * 1000),
        // Only long transfers report, and at most every few seconds.
        progress: ({ bytes, total }) => {
            if (Date.now() - printed < PROGRESS_EVERY_MS)
                return;
            printed = Date.now();
            platform.info(`${id}: ${progressLine(bytes, total, (printed - started) / 1000)}`);
        },
    };
}
/** Runs `work` with a fresh bundle directory under the runner's temp directory, removed afterwards. */
async function withBundleDir(platform, work) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(platform.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'codeartifact-cache-bundle-'));
    try {
        return await work(dir);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** Seconds since `started` (ms). */
const since = (started) => (Date.now() - started) / 1000;
/** The message of anything thrown. */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));

;// CONCATENATED MODULE: ./build/core/cache-dir.js
/** Fills `{home}` and `{localAppData}` in a descriptor's `defaultCacheDir` template. */
function expandCacheDir(template, vars) {
    const home = vars.home.replace(/[\\/]+$/, '');
    const localAppData = vars.localAppData ?? `${home}/AppData/Local`;
    // Replacement functions, so a `$` in a path is never read as a replacement pattern.
    return template.replace(/\{home\}/g, () => home).replace(/\{localAppData\}/g, () => localAppData);
}
/** True when `os` is one of the platforms descriptors document a default cache directory for. */
function isKnownOs(os) {
    return os === 'linux' || os === 'darwin' || os === 'win32';
}

;// CONCATENATED MODULE: ./build/core/cache-key.js
/** GitHub's limit on a cache key; every backend keeps to it so keys move between backends. */
const MAX_KEY_LENGTH = 512;
/** Longest scope kept readable in a key; longer ones are cut and suffixed with their hash. */
const MAX_SCOPE = 100;
/** The hash of `files` by path and content, independent of their order. */
function hashFiles(files, sha256) {
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return sha256(sorted.map((f) => `${f.path}\0${sha256(f.content)}\n`).join(''));
}
/**
 * One key element: no commas (GitHub splits restore keys on them), no whitespace or control characters.
 * When anything had to change, or the element is long, a hash of the original is appended, so two
 * different scopes never end up with the same element.
 */
function keyElement(value, sha256, max = MAX_SCOPE) {
    // Control characters are exactly what must go.
    // eslint-disable-next-line no-control-regex
    const clean = value.replace(/[\s,\0-\x1f\x7f]+/g, '_');
    if (clean === value && clean.length <= max)
        return clean;
    return `${clean.slice(0, max - 9)}~${sha256(value).slice(0, 8)}`;
}
/** `prefix-scope-os-arch-tool[-version]-hash`, and the same without the hash as the restore key. */
function cacheKey(parts, sha256) {
    const element = (value, max) => keyElement(value, sha256, max);
    const elements = [parts.prefix, element(parts.scope), parts.os, parts.arch, element(parts.tool, 40)];
    if (parts.toolVersion !== undefined)
        elements.push(element(parts.toolVersion, 40));
    const base = `${elements.join('-')}-`;
    const key = `${base}${hashFiles(parts.files, sha256)}`;
    if (key.length > MAX_KEY_LENGTH)
        throw new Error(`Cache key is longer than ${MAX_KEY_LENGTH}: ${key}`);
    return { key, restoreKeys: [base] };
}
/** The project part of a CodeBuild build id (`project:uuid`). */
function codebuildProject(buildId) {
    const project = buildId.split(':')[0] ?? '';
    return project === '' ? undefined : project;
}

// EXTERNAL MODULE: ./build/core/glob.js
var core_glob = __webpack_require__(98998);
// EXTERNAL MODULE: ./build/ecosystems/index.js + 13 modules
var ecosystems = __webpack_require__(51056);
;// CONCATENATED MODULE: ./build/run/cache-targets.js

/** pip, poetry and uv caches hold wheels built for one Python: its minor version goes in the key. */
const PYTHON_VERSION = ['python3', '-c', 'import sys; print("py%d.%d" % sys.version_info[:2])'];
const VERSIONED = {
    pip: PYTHON_VERSION,
    poetry: PYTHON_VERSION,
    uv: PYTHON_VERSION,
};
/** Go's build cache: build output, cached only on request, and only valid for one Go version. */
const GO_BUILD = {
    id: 'go-build',
    tool: 'go',
    dirCommand: ['go', 'env', 'GOCACHE'],
    defaultDir: {
        linux: '{home}/.cache/go-build',
        darwin: '{home}/Library/Caches/go-build',
        win32: '{localAppData}/go-build',
    },
    versionCommand: ['go', 'env', 'GOVERSION'],
    lockfiles: ecosystems/* ECOSYSTEMS */.SQ.go.lockfiles,
};
/** The directories to cache for `tools`: each tool's download cache (twine has none), plus GOCACHE on request. */
function cacheTargets(tools, goBuild) {
    const targets = [];
    for (const tool of tools) {
        const e = ecosystems/* ECOSYSTEMS */.SQ[tool];
        if (e.cacheDirCommand === undefined && e.defaultCacheDir === undefined)
            continue;
        const versionCommand = VERSIONED[tool];
        targets.push({
            id: tool,
            tool,
            ...(e.cacheDirCommand ? { dirCommand: e.cacheDirCommand } : {}),
            ...(e.defaultCacheDir ? { defaultDir: e.defaultCacheDir } : {}),
            ...(versionCommand ? { versionCommand } : {}),
            lockfiles: e.lockfiles,
        });
        if (tool === 'go' && goBuild)
            targets.push(GO_BUILD);
    }
    return targets;
}

;// CONCATENATED MODULE: ./build/run/find-files.js



/** Directories a lockfile search never enters: dependencies, VCS data, virtualenvs. */
const SKIP = new Set(['node_modules', '.git', '.venv', 'venv', '.yarn']);
/** How deep a search goes below a pattern's base (monorepos nest, but not forever). */
const MAX_DEPTH = 8;
const posix = (path) => path.split(external_node_path_.sep).join('/');
/** Every file below `dir` (to MAX_DEPTH), as absolute `/`-separated paths. */
async function walk(dir, depth = 0) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isFile())
            files.push(posix(path));
        else if (entry.isDirectory() && depth < MAX_DEPTH && !SKIP.has(entry.name)) {
            files.push(...(await walk(path, depth + 1)));
        }
    }
    return files;
}
/**
 * Files matching `patterns` (relative to `root` unless absolute; `!pattern` excludes), sorted. A small
 * glob of our own: @actions/glob logs `::debug::` lines, which the CLI must not print on stdout.
 */
async function findFiles(root, patterns) {
    const anchored = patterns.map((p) => {
        const negated = p.startsWith('!');
        const body = negated ? p.slice(1) : p;
        return { negated, glob: posix((0,external_node_path_.isAbsolute)(body) ? body : (0,external_node_path_.resolve)(root, body)) };
    });
    const found = new Set();
    for (const { glob } of anchored.filter((a) => !a.negated)) {
        for (const file of await walk((0,core_glob/* globBase */.EI)(glob)))
            if ((0,core_glob/* matchPathGlob */.Xy)(glob, file))
                found.add(file);
    }
    const excluded = (file) => anchored.some((a) => a.negated && (0,core_glob/* matchPathGlob */.Xy)(a.glob, file));
    return [...found].filter((file) => !excluded(file)).sort();
}

// EXTERNAL MODULE: ./build/run/tools.js + 1 modules
var run_tools = __webpack_require__(27389);
;// CONCATENATED MODULE: ./build/run/cache-plan.js










const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/** Runs a tool's query (10 s at most); its trimmed first line, or undefined when it fails or is empty. */
function ask(argv, cwd, env) {
    const [command, ...args] = argv;
    return new Promise((done) => {
        (0,external_node_child_process_.execFile)(command ?? 'false', args, { cwd, env, timeout: 10_000 }, (error, stdout) => {
            const line = String(stdout).trim().split('\n')[0]?.trim() ?? '';
            done(error || line === '' || line === 'undefined' ? undefined : line);
        });
    });
}
/** The project scope: `cache-scope`, else the repository, the CodeBuild project, or this directory. */
function projectScope(config, platform) {
    if (config.scope !== undefined)
        return config.scope;
    const env = platform.env;
    if (platform.name === 'github' && env.GITHUB_REPOSITORY)
        return env.GITHUB_REPOSITORY;
    const project = codebuildProject(env.CODEBUILD_BUILD_ID ?? '');
    if (platform.name === 'codebuild' && project !== undefined)
        return project;
    const dir = (0,external_node_path_.resolve)(config.workingDirectory);
    return `local~${sha256(dir).slice(0, 12)}`;
}
/** Files for the key: `cache-dependency-path` matches (the tool's own among them, else all), or its lockfiles. */
async function keyFiles(config, target) {
    const root = (0,external_node_path_.resolve)(config.workingDirectory);
    const given = config.dependencyPaths.length > 0;
    const patterns = given ? config.dependencyPaths : target.lockfiles.flatMap((g) => [g, `*/${g}`]);
    const found = await findFiles(root, patterns);
    const base = (f) => f.split('/').pop() ?? f;
    const own = found.filter((f) => target.lockfiles.some((g) => (0,core_glob/* matchGlob */.sB)(g, base(f))));
    const chosen = given && own.length === 0 ? found : own;
    return Promise.all(chosen.map(async (f) => ({ path: (0,external_node_path_.relative)(root, f).split(external_node_path_.sep).join('/'), content: await (0,promises_.readFile)(f) })));
}
/** The directory the tool uses, asked of the tool, else its documented default here. */
async function cacheDir(target, cwd, platform) {
    const asked = target.dirCommand && (await ask(target.dirCommand, cwd, platform.env));
    if (asked)
        return (0,external_node_path_.resolve)(cwd, asked);
    const os = process.platform;
    const template = isKnownOs(os) ? target.defaultDir?.[os] : undefined;
    if (template === undefined)
        return undefined;
    const localAppData = platform.env.LOCALAPPDATA;
    return expandCacheDir(template, { home: platform.homeDir, ...(localAppData ? { localAppData } : {}) });
}
/** Plans one target; a note instead when it has no lockfile or no directory. */
async function planOne(config, platform, target, scope) {
    const cwd = (0,external_node_path_.resolve)(config.workingDirectory);
    const files = await keyFiles(config, target);
    if (files.length === 0)
        return `${target.id}: no lockfile to key the cache on (${target.lockfiles.join(', ')})`;
    const dir = await cacheDir(target, cwd, platform);
    if (dir === undefined)
        return `${target.id}: could not tell where its cache is`;
    const toolVersion = target.versionCommand && (await ask(target.versionCommand, cwd, platform.env));
    const { key, restoreKeys } = cacheKey({
        prefix: config.keyPrefix,
        scope,
        os: process.platform,
        arch: process.arch,
        tool: target.id,
        ...(toolVersion ? { toolVersion } : {}),
        files,
    }, sha256);
    return { id: target.id, paths: [dir], key, restoreKeys };
}
/** Every directory to cache, with keys; notes say why a tool was left out. */
async function planCaches(config, platform) {
    const planned = [];
    const notes = [];
    // No lockfile to detect tools from is a reason not to cache, never a reason to fail the build.
    const tools = await (0,run_tools/* resolveTools */.u)(config).then((detected) => detected.tools, (error) => (notes.push(error.message), []));
    const scope = projectScope(config, platform);
    for (const target of cacheTargets(tools, config.goBuild)) {
        const one = await planOne(config, platform, target, scope);
        if (typeof one === 'string')
            notes.push(one);
        else
            planned.push(one);
    }
    return { planned, notes };
}

;// CONCATENATED MODULE: ./build/run/restore.js




/** Restores one directory; every problem becomes a warning and a 'error' result. */
async function restoreOne(store, plan, config, platform) {
    const started = Date.now();
    const base = { id: plan.id, key: plan.key };
    try {
        return await withBundleDir(platform, async (bundle) => {
            const opts = transferOptions(config, platform, plan.id);
            const what = `Restoring the ${plan.id} cache`;
            const hit = await bounded(store.restore(bundle, plan.key, plan.restoreKeys, opts), opts.signal, what);
            if (hit === undefined)
                return { ...base, outcome: 'miss', seconds: since(started) };
            const manifest = await bounded(extractArchive(bundle, plan.paths, { signal: opts.signal }), opts.signal, what);
            const outcome = hit.exact ? 'hit' : 'partial';
            platform.info(`${plan.id}: restored ${mib(manifest.size)} from ${hit.matchedKey} into ${plan.paths.join(', ')}`);
            return { ...base, outcome, matchedKey: hit.matchedKey, bytes: manifest.size, seconds: since(started) };
        });
    }
    catch (error) {
        platform.warning(`The ${plan.id} cache was not restored (${store.kind} backend): ${messageOf(error)}`);
        return { ...base, outcome: 'error', note: messageOf(error), seconds: since(started) };
    }
}
/**
 * Restores each tool's download cache (after login, in the main step): keys from the lockfiles, then the
 * store, then a verified extraction. Problems are warnings; only `fail-on-cache-miss` throws, when a tool
 * restored nothing. Remembers what it found so `save` skips exact hits.
 */
async function restore(config, platform, 
/** Tests hand in a store; by default the one `config.backend` names. */
given) {
    const store = await storeFor(config, platform, given);
    if (store === undefined) {
        if (config.backend === 'none')
            platform.info('Dependency caching is off (cache: false or cache-backend: none).');
        const outputs = { 'cache-hit': 'false' };
        platform.setOutputs(outputs);
        return { results: [], outputs };
    }
    const { planned, notes } = await planCaches(config, platform);
    notes.forEach((note) => platform.info(`Not cached: ${note}`));
    const results = [];
    for (const plan of planned)
        results.push(await restoreOne(store, plan, config, platform));
    const state = {
        version: 1,
        planned: planned.map((p, i) => ({ ...p, exact: results[i]?.outcome === 'hit' })),
    };
    await platform.saveNamedState(CACHE_STATE, JSON.stringify(state));
    const outputs = restoreOutputs(results);
    platform.setOutputs(outputs);
    const { markdown, text } = cacheSummary('Dependency cache restore', results);
    await platform.appendSummary(markdown, text);
    const missed = results.filter((r) => r.outcome === 'miss' || r.outcome === 'error').map((r) => r.id);
    if (config.failOnCacheMiss && missed.length > 0) {
        throw new Error(`No cache entry was restored for ${missed.join(', ')} (fail-on-cache-miss is set)`);
    }
    return { results, outputs };
}

;// CONCATENATED MODULE: ./build/run/save.js





const nonEmpty = (dir) => (0,promises_.readdir)(dir).then((names) => names.length > 0, () => false);
/** Saves one directory unless restore found its exact key; every problem is a warning. */
async function saveOne(store, plan, config, platform) {
    const started = Date.now();
    const base = { id: plan.id, key: plan.key };
    const skip = (note) => ({ ...base, outcome: 'skipped', note, seconds: 0 });
    if (plan.exact)
        return skip('restored from this exact key');
    const paths = [];
    for (const path of plan.paths)
        if (await nonEmpty(path))
            paths.push(path);
    if (paths.length === 0)
        return skip(`nothing in ${plan.paths.join(', ')}`);
    try {
        return await withBundleDir(platform, async (bundle) => {
            const opts = transferOptions(config, platform, plan.id);
            const what = `Saving the ${plan.id} cache`;
            const manifest = await bounded(createArchive(paths, bundle, plan.key, { signal: opts.signal }), opts.signal, what);
            const outcome = await bounded(store.save(bundle, plan.key, opts), opts.signal, what);
            platform.info(`${plan.id}: ${outcome === 'saved' ? 'saved' : 'already saved by another job'} ${mib(manifest.size)} as ${plan.key}`);
            return { ...base, outcome, bytes: manifest.size, seconds: since(started) };
        });
    }
    catch (error) {
        platform.warning(`The ${plan.id} cache was not saved (${store.kind} backend): ${messageOf(error)}`);
        return { ...base, outcome: 'error', note: messageOf(error), seconds: since(started) };
    }
}
/**
 * Saves each tool's download cache (post step, or `codeartifact-cache save`) under the key restore
 * computed (or, without a restore, computed now). Never throws for a cache problem: saving is a courtesy
 * to the next build.
 */
async function save(config, platform, 
/** Tests hand in a store; by default the one `config.backend` names. */
given) {
    const store = await storeFor(config, platform, given);
    if (store === undefined)
        return [];
    const state = await loadCacheState(platform);
    const planned = state?.planned ?? (await planCaches(config, platform)).planned;
    const results = [];
    for (const plan of planned)
        results.push(await saveOne(store, plan, config, platform));
    const { markdown, text } = cacheSummary('Dependency cache save', results);
    await platform.appendSummary(markdown, text);
    return results;
}

// EXTERNAL MODULE: ./build/cli/errors.js
var cli_errors = __webpack_require__(50422);
// EXTERNAL MODULE: ./build/cli/login.js + 19 modules
var login = __webpack_require__(6746);
// EXTERNAL MODULE: ./build/cli/login-options.js
var login_options = __webpack_require__(99071);
;// CONCATENATED MODULE: ./build/cli/cache.js








function parse(platform) {
    try {
        return parseCacheInputs(platform.inputs(cache_config/* CACHE_INPUT_NAMES */.P), platform.name);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            throw new cli_errors/* UsageError */.e(error.message);
        throw error;
    }
}
/** `codeartifact-cache restore`: cache problems are warnings; exit 1 only for fail-on-cache-miss. */
async function runRestore(options) {
    const platform = (0,login/* cliPlatform */._)((0,login_options/* flagsToInputs */.I)(options));
    await restore(parse(platform), platform);
}
/** `codeartifact-cache save`: always exits 0 once the inputs are valid; problems are warnings. */
async function runSave(options) {
    const platform = (0,login/* cliPlatform */._)((0,login_options/* flagsToInputs */.I)(options));
    const config = parse(platform);
    try {
        await save(config, platform);
    }
    catch (error) {
        platform.warning(`Saving the dependency cache failed: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ })

};
