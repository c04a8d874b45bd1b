export const id = 97;
export const ids = [97];
export const modules = {

/***/ 54408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gg: () => (/* binding */ checkArchiveSize),
  tU: () => (/* binding */ createArchive),
  Ng: () => (/* binding */ parseManifest),
  WI: () => (/* binding */ readManifest)
});

// UNUSED EXPORTS: hostTar, zstdAvailable

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/cache/file-digest.js
/** The digest of an archive file, read as the process writing it writes it (save hashes while tar works). */


const CHUNK = 1 << 20;
/** How long a reader that caught up with the writer waits before looking again. */
const FOLLOW_POLL_MS = 5;
/**
 * sha256 (hex) and size of the file at `path`, read in 1 MiB chunks. With `writing` (settles when the
 * process writing the file has exited), the file is read as it grows: hashing overlaps the writing instead
 * of following it, and the bytes come from the page cache the writer just filled. The file must only ever
 * be appended to (a fresh file a compressor writes in order); a failed writer fails the digest.
 */
async function fileDigest(path, opts = {}) {
    const writing = opts.writing ? settled(opts.writing) : undefined;
    const isDone = () => writing === undefined || writing.done;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    const file = await openWhenCreated(path, isDone, opts.signal).catch(async (error) => {
        await opts.writing; // a writer that failed before creating the file: its error, not ENOENT
        throw error;
    });
    try {
        for (;;) {
            opts.signal?.throwIfAborted();
            const done = isDone(); // read before the read: a writer that ended before it left nothing after it
            const { bytesRead } = await file.read(buffer, 0, CHUNK, size);
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
            if (bytesRead > 0)
                continue;
            if (done)
                break;
            await new Promise((wake) => setTimeout(wake, FOLLOW_POLL_MS));
        }
        // Only appended to, the file is now exactly what was read; anything else (truncated and rewritten by a
        // second writer) is not what the digest describes.
        if ((await file.stat()).size !== size)
            throw new Error(`${path} changed while it was hashed`);
    }
    finally {
        await file.close();
    }
    if (writing)
        await opts.writing; // the writer's own failure wins over a digest of what it left
    return { sha256: hash.digest('hex'), size };
}
/** A promise whose settling can be asked synchronously. */
function settled(p) {
    const state = { done: false };
    p.then(() => (state.done = true), () => (state.done = true));
    return state;
}
/** Opens `path` for reading, waiting while the writer has not created it yet. */
async function openWhenCreated(path, writerDone, signal) {
    for (;;) {
        signal?.throwIfAborted();
        const done = writerDone();
        try {
            return await (0,promises_.open)(path, 'r');
        }
        catch (error) {
            if (error.code !== 'ENOENT' || done)
                throw error;
        }
        await new Promise((wake) => setTimeout(wake, FOLLOW_POLL_MS));
    }
}

// EXTERNAL MODULE: ./build/cache/process.js
var cache_process = __webpack_require__(76528);
;// CONCATENATED MODULE: ./build/cache/tar-command.js
/**
 * Which tar creates an archive, and the command lines it runs with, per operating system — chosen the way
 * @actions/cache chooses (toolkit packages/cache/src/internal/tar.ts): on Windows GNU tar from Git for
 * Windows first, else the system's BSD tar; on macOS `gtar` when installed, else BSD tar; elsewhere `tar`
 * (GNU). Pure: the OS, the environment and the file probes are passed in, so Linux tests cover Windows.
 */

/** The tar to create archives with; throws on Windows when neither GNU nor the system's tar is there. */
function chooseTar(probe) {
    if (probe.os === 'win32') {
        // Git for Windows' GNU tar is what hosted runners have; the system tar is libarchive's bsdtar.
        const gnu = external_node_path_.win32.join(probe.env.PROGRAMFILES ?? 'C:\\Program Files', 'Git', 'usr', 'bin', 'tar.exe');
        if (probe.exists(gnu))
            return { path: gnu, type: 'gnu' };
        if (/gnu tar/i.test(probe.tarVersion()))
            return { path: 'tar', type: 'gnu' };
        const system = external_node_path_.win32.join(`${probe.env.SYSTEMDRIVE ?? 'C:'}\\`, 'Windows', 'System32', 'tar.exe');
        if (probe.exists(system))
            return { path: system, type: 'bsd' };
        throw new Error(`No tar found: neither ${gnu} (Git for Windows) nor ${system}`);
    }
    if (probe.os === 'darwin')
        return probe.onPath('gtar') ? { path: 'gtar', type: 'gnu' } : { path: 'tar', type: 'bsd' };
    return { path: 'tar', type: 'gnu' };
}
const ZSTD = 'zstd -T0 -3';
/**
 * Windows tar reads `C:\x` as `host:path` (GNU) or mishandles backslashes in some flags: like @actions/cache,
 * give it forward slashes, and `--force-local` to GNU tar so the drive letter is not a remote host.
 */
const tarPath = (os, path) => os === 'win32' ? path.split(external_node_path_.win32.sep).join(external_node_path_.posix.sep) : path;
/**
 * The commands that create `archive`, run in order. BSD tar on Windows cannot pipe through zstd, so there
 * (as in @actions/cache) tar writes a plain `.tar` beside the archive and zstd compresses it afterwards;
 * the caller removes `tarFile` when it is returned.
 */
function createCommands(req) {
    const { os, tar } = req;
    const p = (path) => tarPath(os, path);
    const exclude = req.excludeList
        ? tar.type === 'gnu'
            ? ['--anchored', '--no-wildcards', '-X', p(req.excludeList)]
            : ['-X', p(req.excludeList)]
        : [];
    const local = tar.type === 'gnu' && os === 'win32' ? ['--force-local'] : [];
    const splitZstd = tar.type === 'bsd' && os === 'win32' && req.compression === 'zstd';
    const pathApi = os === 'win32' ? external_node_path_.win32 : external_node_path_.posix;
    const tarFile = splitZstd ? pathApi.join(pathApi.dirname(req.archive), 'archive.tar') : undefined;
    const compress = req.compression === 'gzip' ? ['-z'] : splitZstd ? [] : ['--use-compress-program', ZSTD];
    const out = tarFile ?? req.archive;
    const tarArgv = [tar.path, ...compress, ...exclude, ...local, '-cf', p(out), '-C', p(req.dir), '.'];
    if (!tarFile)
        return { commands: [tarArgv] };
    const zstdArgv = ['zstd', '-T0', '-3', '--force', '-q', '-o', p(req.archive), p(tarFile)];
    return { commands: [tarArgv, zstdArgv], tarFile };
}
/**
 * The exclude list's lines. BSD tar (libarchive) has no `--anchored --no-wildcards`: its patterns are globs
 * that match anywhere in a name, so each name is escaped (a member literally named `a*b` must not exclude
 * `aXb`) and anchored with libarchive's leading `^` (excluding `./d` must not exclude `./x/d`).
 */
function excludeLines(names, tar) {
    const line = (name) => (tar.type === 'gnu' ? name : `^${name.replace(/[\\*?[^$]/g, '\\$&')}`);
    return names.map((name) => `${line(name)}\n`).join('');
}

// EXTERNAL MODULE: ./build/cache/types.js
var types = __webpack_require__(23756);
;// CONCATENATED MODULE: ./build/cache/archive.js
/**
 * The one archive format every backend stores: the contents of one directory (members relative to it),
 * tarred and compressed by `zstd -T0 -3` when zstd is on PATH, else gzip, with a manifest recording the
 * compression, sha256 and size. Where it restores is never stored: the restoring run decides.
 */








let zstdFound;
/** Whether `zstd` runs here (checked once). */
function zstdAvailable() {
    zstdFound ??= (0,external_node_child_process_.spawnSync)('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
    return zstdFound;
}
const runs = (argv) => (0,external_node_child_process_.spawnSync)(argv[0] ?? 'false', argv.slice(1), { encoding: 'utf8' }).stdout ?? '';
let hostTarFound;
/** The tar this machine creates archives with (see tar-command.ts; chosen once); `env` from the platform. */
function hostTar(env = {}) {
    hostTarFound ??= chooseTar({
        os: process.platform,
        env,
        exists: external_node_fs_.existsSync,
        onPath: (name) => runs([name, '--version']) !== '',
        tarVersion: () => runs(['tar', '--version']),
    });
    return hostTarFound;
}
/** Archives the contents of `dir` into `bundleDir/archive` and writes the manifest; returns it. */
async function createArchive(dir, bundleDir, key, opts = {}) {
    const compression = opts.compression ?? (zstdAvailable() ? 'zstd' : 'gzip');
    const archive = (0,external_node_path_.join)(bundleDir, types/* BUNDLE_ARCHIVE */.i);
    // tar (through zstd) writes the file itself, and the digest reads it as it grows, from the page cache the
    // writer just filled: no Node pipe carries the bytes (measured: 1.6 vs 2.7 CPU-seconds per 320 MiB), and
    // hashing overlaps the writing instead of following it.
    const tar = opts.tar ?? hostTar(opts.windowsDirs);
    const excludeList = opts.exclude?.length ? (0,external_node_path_.join)(bundleDir, 'exclude') : undefined;
    if (excludeList)
        await (0,promises_.writeFile)(excludeList, excludeLines(opts.exclude ?? [], tar));
    const { commands, tarFile } = createCommands({
        os: process.platform,
        tar,
        compression,
        dir,
        archive,
        ...(excludeList ? { excludeList } : {}),
    });
    const written = (async () => {
        try {
            for (const argv of commands)
                await (0,cache_process/* runTool */.qI)(argv, opts);
        }
        finally {
            if (tarFile)
                await (0,promises_.rm)(tarFile, { force: true });
        }
    })();
    const digest = fileDigest(archive, { writing: written, ...(opts.signal ? { signal: opts.signal } : {}) });
    digest.catch(() => undefined); // the writer's failure is the one reported
    await written;
    const manifest = {
        schema: 2,
        key,
        compression,
        ...(await digest),
        createdAt: new Date().toISOString(),
    };
    await (0,promises_.writeFile)((0,external_node_path_.join)(bundleDir, types/* BUNDLE_MANIFEST */.R), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
/** The manifest in `text`, checked field by field; throws naming what is wrong. */
function parseManifest(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new Error("the cache entry's manifest is not JSON");
    }
    const ok = typeof value === 'object' &&
        value !== null &&
        value.schema === 2 &&
        typeof value.key === 'string' &&
        (value.compression === 'zstd' || value.compression === 'gzip') &&
        typeof value.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(value.sha256) &&
        Number.isSafeInteger(value.size) &&
        (value.size ?? -1) >= 0 &&
        typeof value.createdAt === 'string';
    if (!ok)
        throw new Error("the cache entry's manifest is not one this version understands (schema 2)");
    const { schema, key, compression, sha256, size, createdAt } = value;
    return { schema, key, compression, sha256, size, createdAt };
}
/** The manifest of a bundle, checked. */
async function readManifest(bundleDir) {
    return parseManifest(await (0,promises_.readFile)((0,external_node_path_.join)(bundleDir, types/* BUNDLE_MANIFEST */.R), 'utf8'));
}
/**
 * Throws unless the archive really is as large as its manifest says. Checked before extracting, because the
 * unpack cap is relative to that size: a manifest cannot raise the cap of a small archive by lying.
 */
function checkArchiveSize(actual, manifest) {
    if (actual !== manifest.size) {
        throw new Error(`The cache archive is ${actual ?? '?'} bytes where its manifest says ${manifest.size}`);
    }
}


/***/ }),

/***/ 93178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ThreadHash),
/* harmony export */   m: () => (/* binding */ hashDescriptor)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/**
 * sha256 on a worker thread. A restore is bound by the main thread (it reads the tar stream and writes
 * every file); hashing 320 MiB there costs it ~0.22 s. Here a worker hashes instead: either the archive
 * file itself, with positioned reads on the very descriptor zstd reads as its stdin (pread leaves their
 * shared offset alone), or the chunks of a stream, copied to it as they pass.
 */

// CommonJS, evaluated as the worker's whole program: nothing to bundle or find on disk.
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { readSync } = require('node:fs');
const hash = createHash('sha256');
let size = 0;
if (workerData.fd !== undefined) {
  const buffer = Buffer.allocUnsafe(1 << 20);
  for (let n; (n = readSync(workerData.fd, buffer, 0, buffer.length, size)) > 0; size += n) {
    hash.update(buffer.subarray(0, n));
  }
  parentPort.postMessage({ sha256: hash.digest('hex'), size });
} else {
  parentPort.on('message', (chunk) => {
    if (chunk === null) return parentPort.postMessage({ sha256: hash.digest('hex'), size });
    hash.update(new Uint8Array(chunk));
    size += chunk.byteLength;
    parentPort.postMessage(chunk.byteLength);
  });
}
`;
/** Copied bytes not yet hashed, at most: a stream never runs ahead of the worker by more. */
const MAX_IN_FLIGHT = 32 << 20;
function start(workerData, onAck) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(PROGRAM, { eval: true, workerData });
    const digest = new Promise((done, fail) => {
        worker.on('message', (m) => (typeof m === 'number' ? onAck(m) : done(m)));
        worker.once('error', fail);
        worker.once('exit', (code) => fail(new Error(`the hashing thread stopped (exit code ${code})`)));
    });
    // Whatever happens, the thread ends with its answer (or is stopped by `stop`).
    const result = digest.finally(() => void worker.terminate());
    result.catch(() => undefined);
    return { worker, result };
}
/**
 * sha256 and size of the open file `fd`, read from its start to its end. `stop` ends the thread early; the
 * descriptor may be closed once it (or the result) settled.
 */
function hashDescriptor(fd) {
    const { worker, result } = start({ fd }, () => undefined);
    return { result, stop: () => worker.terminate() };
}
/** A hasher fed chunk by chunk; `update` resolves once the thread has room for more. */
class ThreadHash {
    inFlight = 0;
    waiting;
    thread = start({}, (bytes) => {
        this.inFlight -= bytes;
        if (this.inFlight <= MAX_IN_FLIGHT)
            this.waiting?.();
    });
    /** Copies `chunk` to the thread. */
    async update(chunk) {
        const copy = new Uint8Array(chunk).buffer; // a copy the size of the chunk, to hand over
        this.inFlight += copy.byteLength;
        this.thread.worker.postMessage(copy, [copy]);
        if (this.inFlight <= MAX_IN_FLIGHT)
            return;
        await Promise.race([
            new Promise((room) => (this.waiting = room)),
            this.thread.result.then(() => undefined),
        ]);
    }
    /** The digest of everything updated so far; the thread ends after it. */
    digest() {
        this.thread.worker.postMessage(null);
        return this.thread.result;
    }
    /** Ends the thread without an answer. */
    stop() {
        void this.thread.worker.terminate();
    }
}


/***/ }),

/***/ 76528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ checkedBytes),
/* harmony export */   H: () => (/* binding */ readerProcess),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   qI: () => (/* binding */ runTool),
/* harmony export */   u8: () => (/* binding */ filterProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var _hash_thread_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93178);



function whenExited(child, argv) {
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
/** Runs argv to completion; rejects with its stderr on a non-zero exit, a signal or an abort. */
async function runTool(argv, opts = {}) {
    const [command, ...args] = opts.wrap ? opts.wrap(argv) : argv;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command ?? 'false', args, { stdio: ['ignore', 'ignore', 'pipe'], signal: opts.signal });
    await whenExited(child, argv);
}
/**
 * argv as a stream filter (stdin → stdout), e.g. a decompressor; `exited` rejects with its stderr on a
 * non-zero exit. Killed on abort.
 */
function filterProcess(argv, opts = {}) {
    const [command, ...args] = opts.wrap ? opts.wrap(argv) : argv;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command ?? 'false', args, { stdio: ['pipe', 'pipe', 'pipe'], signal: opts.signal });
    const exited = whenExited(child, argv);
    // The stream's own errors (EPIPE when the reader stops early) surface through the pipeline instead.
    exited.catch(() => undefined);
    const stream = node_stream__WEBPACK_IMPORTED_MODULE_1__.Duplex.from({ writable: child.stdin, readable: child.stdout });
    return { stream, exited, stop: stopper(child) };
}
/**
 * Stops `child` unless its output already ended (it is exiting by itself then, and its exit code still
 * counts). Called when the read stopped early (a refused member, a failed check): the process must not
 * outlive it, blocked on a pipe nobody reads (destroying the streams alone does not always close stdout).
 */
function stopper(child) {
    let ended = false;
    child.stdout?.once('end', () => (ended = true));
    return () => {
        if (ended)
            return;
        child.kill();
        child.stdout?.destroy(); // 'close' (which whenExited waits for) needs every stdio stream closed
    };
}
/** Throws unless `actual` (what was read) is the size and sha256 the manifest says. */
function checkDigest(actual, expected) {
    if (actual.size !== expected.size) {
        throw new Error(`The cache archive is ${actual.size} bytes where its manifest says ${expected.size} (truncated?)`);
    }
    if (actual.sha256 !== expected.sha256) {
        throw new Error(`The cache archive's sha256 is ${actual.sha256} where its manifest says ${expected.sha256}`);
    }
}
/**
 * Passes bytes through unchanged, failing the stream as soon as there are more than the manifest's size
 * and, at the end, unless size and sha256 match: a truncated, padded or altered archive never completes.
 * The hashing happens on a worker thread (hash-thread.ts).
 */
function checkedBytes(expected) {
    const hash = new _hash_thread_js__WEBPACK_IMPORTED_MODULE_2__/* .ThreadHash */ .l();
    let size = 0;
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        highWaterMark: 1 << 20,
        transform(chunk, _encoding, callback) {
            size += chunk.length;
            if (size > expected.size) {
                return callback(new Error(`The cache archive is larger than the ${expected.size} bytes its manifest says`));
            }
            this.push(chunk);
            hash.update(chunk).then(() => callback(), callback);
        },
        flush(callback) {
            hash
                .digest()
                .then((digest) => checkDigest(digest, expected))
                .then(() => callback(), callback);
        },
        destroy(error, callback) {
            hash.stop();
            callback(error);
        },
    });
}
/**
 * argv reading the open file `fd` as its stdin (a decompressor reading the archive in place: no byte of it
 * passes through this process) and writing to a stream; `exited` rejects with its stderr on a non-zero
 * exit. Killed on abort, or by `stop`.
 */
function readerProcess(argv, fd, opts = {}) {
    const [command, ...args] = opts.wrap ? opts.wrap(argv) : argv;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command ?? 'false', args, { stdio: [fd, 'pipe', 'pipe'], signal: opts.signal });
    const exited = whenExited(child, argv);
    exited.catch(() => undefined);
    return { stream: child.stdout, exited, stop: stopper(child) }; // stdio[1] is 'pipe'
}


/***/ }),

/***/ 23756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ BUNDLE_MANIFEST),
/* harmony export */   i: () => (/* binding */ BUNDLE_ARCHIVE)
/* harmony export */ });
/** File names inside a bundle directory. */
const BUNDLE_ARCHIVE = 'archive';
const BUNDLE_MANIFEST = 'manifest.json';


/***/ }),

/***/ 2097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRestore: () => (/* binding */ runRestore),
  runSave: () => (/* binding */ runSave)
});

// EXTERNAL MODULE: ./build/core/input-table.js
var input_table = __webpack_require__(48615);
;// CONCATENATED MODULE: ./build/core/cache-config.js

/** Defaults of the optional inputs, typed, from the one input table. */
const CACHE_DEFAULTS = {
    cache: (0,input_table/* defaultText */.VC)('cache') === 'true',
    'cache-key-prefix': (0,input_table/* defaultText */.VC)('cache-key-prefix'),
    's3-prefix': (0,input_table/* defaultText */.VC)('s3-prefix'),
    'cache-timeout-seconds': Number((0,input_table/* defaultText */.VC)('cache-timeout-seconds')),
    'cache-max-unpack-ratio': Number((0,input_table/* defaultText */.VC)('cache-max-unpack-ratio')),
    'fail-on-cache-miss': (0,input_table/* defaultText */.VC)('fail-on-cache-miss') === 'true',
    'lookup-only': (0,input_table/* defaultText */.VC)('lookup-only') === 'true',
    'cache-go-build': (0,input_table/* defaultText */.VC)('cache-go-build') === 'true',
    'save-cache': (0,input_table/* defaultText */.VC)('save-cache'),
};
/** The inputs `parseCacheInputs` reads (`tools`, `working-directory` and the access inputs are login's too). */
const CACHE_INPUT_NAMES = (0,input_table/* inputNames */.vj)('cache');

// EXTERNAL MODULE: ./build/core/cache-rules.js
var cache_rules = __webpack_require__(76874);
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
const RATIO = {
    allowed: 'a whole number between 1 and 1000',
    valid: (n) => n >= 1 && n <= 1000,
};
/** `{ [key]: value }`, or nothing when the value is absent (optional properties stay truly absent). */
function opt(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/** The backend asked for, or the platform's default: GitHub's cache on GitHub, S3 given a bucket, else local. */
function readBackend(r, enabled, platform) {
    const given = r.optional('cache-backend', cache_rules/* CACHE_RULES */.T.backend);
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
        ...opt('s3Bucket', r.optional('s3-bucket', cache_rules/* CACHE_RULES */.T.bucket)),
        s3Prefix: r.optional('s3-prefix', cache_rules/* CACHE_RULES */.T.s3Prefix) ?? CACHE_DEFAULTS['s3-prefix'],
        ...opt('s3KmsKeyId', r.optional('s3-kms-key-id', cache_rules/* CACHE_RULES */.T.kmsKeyId)),
    };
}
function readKeying(r) {
    return {
        dependencyPaths: r.list('cache-dependency-path', cache_rules/* CACHE_RULES */.T.glob),
        ...opt('scope', r.optional('cache-scope', cache_rules/* CACHE_RULES */.T.scope)),
        keyPrefix: r.optional('cache-key-prefix', cache_rules/* CACHE_RULES */.T.keyPrefix) ?? CACHE_DEFAULTS['cache-key-prefix'],
        goBuild: r.boolean('cache-go-build', CACHE_DEFAULTS['cache-go-build']),
        tools: (0,inputs/* readTools */.sR)(r),
        workingDirectory: r.optional('working-directory', rules/* RULES */.y.path) ?? '.',
    };
}
/**
 * The runner's `job.status` (success, failure, cancelled); anything else — blank, or the expression
 * itself where nothing evaluated it — means "not known".
 */
function readJobStatus(r) {
    const value = r.text('job-status')?.toLowerCase();
    return value !== undefined && /^(success|failure|cancelled)$/.test(value) ? value : undefined;
}
/**
 * Parses the cache inputs (keys in any spelling `parseLoginInputs` accepts; blank = absent) into a
 * `CacheConfig`. `platform` decides the default backend. All problems are thrown together as one InputError.
 */
function parseCacheInputs(raw, platform) {
    const r = new reader/* InputReader */.i_(raw);
    const enabled = r.boolean('cache', CACHE_DEFAULTS.cache);
    const backend = readBackend(r, enabled, platform);
    checkBackendInputs(r, backend, enabled);
    const d = CACHE_DEFAULTS;
    const config = {
        enabled,
        backend,
        ...readKeying(r),
        ...readS3(r),
        ...opt('localCacheDir', r.optional('local-cache-dir', cache_rules/* CACHE_RULES */.T.path)),
        timeoutSeconds: r.integer('cache-timeout-seconds', d['cache-timeout-seconds'], TIMEOUT.allowed, TIMEOUT.valid),
        maxUnpackRatio: r.integer('cache-max-unpack-ratio', d['cache-max-unpack-ratio'], RATIO.allowed, RATIO.valid),
        failOnCacheMiss: r.boolean('fail-on-cache-miss', d['fail-on-cache-miss']),
        lookupOnly: r.boolean('lookup-only', d['lookup-only']),
        ...(0,inputs/* readAccess */.zS)(r),
        dryRun: r.boolean('dry-run', false),
        saveCache: (r.optional('save-cache', cache_rules/* CACHE_RULES */.T.saveCache) ?? d['save-cache']),
        ...opt('jobStatus', readJobStatus(r)),
    };
    if (r.problems.length > 0)
        throw new errors/* InputError */.d(r.problems);
    return config;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/cache/archive.js + 2 modules
var cache_archive = __webpack_require__(54408);
// EXTERNAL MODULE: ./build/cache/types.js
var types = __webpack_require__(23756);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./build/cache/hash-thread.js
var hash_thread = __webpack_require__(93178);
;// CONCATENATED MODULE: ./build/cache/member-policy.js
/**
 * What a cache entry may contain. Entries come from a shared store, so every member is untrusted: these
 * rules keep everything it restores inside the one directory this run chose, with no special files, no
 * privileges and a bounded size. Pure functions: the tree writer applies them member by member.
 */
/** An entry broke a rule: it is skipped as a whole and the target is left as it was. */
class RefusedEntry extends Error {
    name = 'RefusedEntry';
}
/** Below these, any entry fits: small caches are never refused for their compression ratio. */
const MIN_RESTORE_BYTES = 64 * 1024 * 1024;
const MIN_RESTORE_FILES = 10_000;
/** The ratio's file allowance: one member per this many bytes of archive, per unit of ratio. */
const ARCHIVE_BYTES_PER_FILE = 4096;
/**
 * The cap for an archive of `archiveBytes`: `ratio` times its size in restored bytes, and as many files as
 * `ratio` × archive / 4 KiB (a real cache compresses a few times at most; a zip bomb by thousands).
 */
function restoreLimits(archiveBytes, ratio) {
    return {
        maxBytes: Math.max(MIN_RESTORE_BYTES, ratio * archiveBytes),
        maxFiles: Math.max(MIN_RESTORE_FILES, Math.ceil((ratio * archiveBytes) / ARCHIVE_BYTES_PER_FILE)),
    };
}
/**
 * On Windows a `:` makes `C:x` a drive path and `f:s` an alternate data stream of `f`, and a component
 * named like a device (`NUL`, `COM1.txt`) opens the device: none of them is a file below the target there.
 */
const windowsUnsafe = (path) => path.includes(':') || path.split('/').some((p) => /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(p));
/**
 * A member's path relative to the target: '' for the target itself. `./` and empty components are
 * dropped; absolute paths, `..`, control characters and backslashes (a path separator elsewhere) are
 * refused, and on Windows (`os`, `process.platform` names) drive letters, streams and device names.
 */
function memberPath(raw, os = process.platform) {
    if (raw.startsWith('/'))
        throw new RefusedEntry(`member ${JSON.stringify(raw)} has an absolute path`);
    // eslint-disable-next-line no-control-regex
    const bad = /[\u0000-\u001f\\]/.test(raw) || (os === 'win32' && windowsUnsafe(raw));
    if (bad)
        throw new RefusedEntry(`member ${JSON.stringify(raw)} has a bad name`);
    const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..'))
        throw new RefusedEntry(`member ${JSON.stringify(raw)} climbs out with '..'`);
    return parts.join('/');
}
/**
 * A symbolic link may only point down: relative, without `..`. Such links compose (a link reached
 * through another still points below its own directory), so no chain of them can leave the target.
 */
function checkSymlink(path, target, os = process.platform) {
    const bad = target === '' ||
        target.startsWith('/') ||
        target.split('/').includes('..') ||
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u001f\\]/.test(target) ||
        (os === 'win32' && windowsUnsafe(target));
    if (bad)
        throw new RefusedEntry(`link ${path} -> ${JSON.stringify(target)} points outside its directory`);
}
/** What each tar type becomes; every other type (devices, FIFOs, sparse, volume, global headers) is refused. */
const TYPES = {
    '0': 'file',
    '5': 'dir',
    '2': 'symlink',
    '1': 'link',
};
const TYPE_NAMES = {
    '3': 'a character device',
    '4': 'a block device',
    '6': 'a FIFO',
    '7': 'a contiguous file',
    g: 'a global pax header',
    S: 'a sparse file',
    V: 'a volume label',
    M: 'a multi-volume continuation',
};
function memberKind(typeflag, path) {
    const kind = TYPES[typeflag];
    if (kind !== undefined)
        return kind;
    const what = TYPE_NAMES[typeflag] ?? `an unknown type ${JSON.stringify(typeflag)}`;
    throw new RefusedEntry(`member ${path} is ${what}`);
}
/**
 * The permission bits a file is created with: rwx bits only (the umask applies on top). Set-user-ID and
 * set-group-ID files are refused outright; the sticky bit is dropped. Directories always get the default.
 */
function fileMode(path, mode) {
    if ((mode & 0o6000) !== 0)
        throw new RefusedEntry(`member ${path} is set-user-ID or set-group-ID`);
    return mode & 0o777;
}

// EXTERNAL MODULE: ./build/cache/process.js
var cache_process = __webpack_require__(76528);
;// CONCATENATED MODULE: ./build/cache/tar-reader.js
/**
 * A streaming reader of the tar formats GNU tar and bsdtar write (ustar, GNU long names, per-member pax
 * headers). It is the only thing that interprets an archive: extraction writes exactly what it reports, so
 * no second parser (tar's) can read the same bytes differently. Anything it does not need is refused.
 */

const BLOCK = 512;
/** Long names and pax headers are small; a huge one is an attack on memory. */
const MAX_META = 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });
function tar_reader_text(block, start, length) {
    const field = block.subarray(start, start + length);
    const nul = field.indexOf(0);
    try {
        return utf8.decode(nul === -1 ? field : field.subarray(0, nul));
    }
    catch {
        throw new RefusedEntry('a member name is not valid UTF-8');
    }
}
function octal(block, start, length, what) {
    if (((block[start] ?? 0) & 0x80) !== 0)
        throw new RefusedEntry(`a member's ${what} is base-256 encoded`);
    const digits = block
        .toString('latin1', start, start + length)
        .replace(/[\0 ]+$/, '')
        .trim();
    if (!/^[0-7]*$/.test(digits))
        throw new RefusedEntry(`a member's ${what} is not an octal number`);
    return digits === '' ? 0 : parseInt(digits, 8);
}
function checksumOk(block) {
    let sum = 8 * 0x20; // the checksum field itself counts as eight spaces
    for (let i = 0; i < BLOCK; i++)
        if (i < 148 || i >= 156)
            sum += block[i] ?? 0;
    return sum === octal(block, 148, 8, 'checksum');
}
/** Pax records `"<len> <key>=<value>\n"`: only the keys that change how a member is read matter. */
function paxRecords(data) {
    const records = new Map();
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const length = Number(data.toString('latin1', at, space));
        if (space === -1 || !Number.isSafeInteger(length) || length <= 0 || at + length > data.length) {
            throw new RefusedEntry('a pax header is malformed');
        }
        const record = tar_reader_text(data.subarray(space + 1, at + length - 1), 0, length);
        const eq = record.indexOf('=');
        if (eq <= 0)
            throw new RefusedEntry('a pax header is malformed');
        records.set(record.slice(0, eq), record.slice(eq + 1));
        at += length;
    }
    for (const key of records.keys()) {
        if (key.startsWith('GNU.sparse'))
            throw new RefusedEntry('sparse members are not restored');
    }
    return records;
}
class TarReader {
    sink;
    state = { kind: 'header' };
    carry = Buffer.alloc(0);
    longPath;
    longLink;
    pax = new Map();
    constructor(sink) {
        this.sink = sink;
    }
    /** True once the end-of-archive block was read (trailing padding is ignored). */
    get ended() {
        return this.state.kind === 'done';
    }
    push(chunk) {
        let buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
        this.carry = Buffer.alloc(0);
        while (buf.length > 0 && this.state.kind !== 'done') {
            const state = this.state;
            if (state.kind === 'header') {
                if (buf.length < BLOCK)
                    break;
                this.header(buf.subarray(0, BLOCK));
                buf = buf.subarray(BLOCK);
            }
            else if (state.kind === 'data' || state.kind === 'meta') {
                buf = this.body(state, buf);
            }
        }
        if (this.state.kind === 'header' && buf.length > 0)
            this.carry = Buffer.from(buf);
    }
    /** Throws unless the stream ended exactly at the end-of-archive marker. */
    finish() {
        if (this.state.kind !== 'done')
            throw new Error('the archive ends in the middle of a member');
    }
    body(state, buf) {
        const take = Math.min(state.left, buf.length);
        if (take > 0) {
            const part = buf.subarray(0, take);
            if (state.kind === 'meta')
                state.parts.push(Buffer.from(part));
            else if (state.forward)
                this.sink.data(part);
            state.left -= take;
        }
        const skip = Math.min(state.pad, buf.length - take);
        state.pad -= skip;
        if (state.left === 0 && state.pad === 0)
            this.close(state);
        return buf.subarray(take + skip);
    }
    close(state) {
        this.state = { kind: 'header' };
        if (state.kind === 'data')
            return state.forward ? this.sink.end() : undefined;
        const data = Buffer.concat(state.parts);
        if (state.flag === 'x')
            this.pax = paxRecords(data);
        else if (state.flag === 'L')
            this.longPath = tar_reader_text(data, 0, data.length);
        else
            this.longLink = tar_reader_text(data, 0, data.length);
    }
    header(block) {
        if (block.every((b) => b === 0))
            return void (this.state = { kind: 'done' });
        if (!checksumOk(block))
            throw new RefusedEntry('a member header has a wrong checksum');
        const magic = block.toString('latin1', 257, 265);
        const posix = magic === 'ustar\u000000';
        if (!posix && magic !== 'ustar  \0')
            throw new RefusedEntry('the archive is not ustar, GNU or pax tar');
        const flag = String.fromCharCode(block[156] ?? 0).replace('\0', '0');
        let size = octal(block, 124, 12, 'size');
        if (flag === 'x' || flag === 'L' || flag === 'K') {
            if (size > MAX_META)
                throw new RefusedEntry(`a ${flag} header of ${size} bytes is too large`);
            const pad = (BLOCK - (size % BLOCK)) % BLOCK;
            this.state = { kind: 'meta', flag, parts: [], left: size, pad };
            if (size === 0)
                this.close(this.state);
            return;
        }
        const prefix = posix ? tar_reader_text(block, 345, 155) : '';
        const name = tar_reader_text(block, 0, 100);
        const paxSize = this.pax.get('size');
        if (paxSize !== undefined)
            size = Number(paxSize);
        if (!Number.isSafeInteger(size) || size < 0)
            throw new RefusedEntry('a member size is not a number');
        const member = {
            typeflag: flag,
            path: this.pax.get('path') ?? this.longPath ?? (prefix ? `${prefix}/${name}` : name),
            linkpath: this.pax.get('linkpath') ?? this.longLink ?? tar_reader_text(block, 157, 100),
            size,
            mode: octal(block, 100, 8, 'mode'),
        };
        this.pax = new Map();
        this.longPath = this.longLink = undefined;
        this.sink.begin(member); // the sink refuses the types it does not restore, with its reason
        const forward = flag === '0';
        // Only a regular file's data is written; other members' (if any) is read past.
        this.state = { kind: 'data', left: size, pad: (BLOCK - (size % BLOCK)) % BLOCK, forward };
        if (size === 0)
            this.close(this.state);
    }
}

;// CONCATENATED MODULE: ./build/cache/tree-writer.js
/**
 * Writes the members TarReader reports into one fresh directory, applying member-policy.ts to each before
 * anything is created. Synchronous file calls on purpose: members arrive one at a time from a pipe, and a
 * sync write per chunk costs the same system calls as tar's own loop without a thread-pool round trip.
 * Ownership, timestamps and directory modes are never taken from the archive.
 */



const NEW_FILE = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
const code = (error) => error.code;
class TreeWriter {
    root;
    limits;
    /** Members written so far (files, directories and links). */
    files = 0;
    /** Bytes of file data written so far. */
    bytes = 0;
    fd;
    left = 0;
    constructor(root, limits) {
        this.root = root;
        this.limits = limits;
    }
    begin(member) {
        const rel = memberPath(member.path);
        const kind = memberKind(member.typeflag, rel || '.');
        if (rel === '') {
            if (kind !== 'dir')
                throw new RefusedEntry('the top of the entry is not a directory');
            return;
        }
        this.count(rel, kind === 'file' ? member.size : 0);
        const at = (0,external_node_path_.join)(this.root, rel);
        if (kind === 'dir')
            return this.directory(rel, at);
        if (kind === 'symlink') {
            checkSymlink(rel, member.linkpath);
            return void this.create(rel, at, () => (0,external_node_fs_.symlinkSync)(member.linkpath, at));
        }
        if (kind === 'link')
            return this.hardLink(rel, at, member.linkpath);
        const mode = fileMode(rel, member.mode);
        this.fd = this.create(rel, at, () => (0,external_node_fs_.openSync)(at, NEW_FILE, mode));
        this.left = member.size;
    }
    data(chunk) {
        if (this.fd === undefined || chunk.length > this.left)
            throw new Error('tar data outside a file member');
        for (let at = 0; at < chunk.length;)
            at += (0,external_node_fs_.writeSync)(this.fd, chunk, at, chunk.length - at);
        this.left -= chunk.length;
    }
    end() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
    /** Closes a file left open by a failed read. */
    close() {
        this.end();
    }
    count(rel, size) {
        this.files += 1;
        this.bytes += size;
        if (this.files > this.limits.maxFiles) {
            throw new RefusedEntry(`the entry holds more than ${this.limits.maxFiles} members (at ${rel})`);
        }
        if (this.bytes > this.limits.maxBytes) {
            throw new RefusedEntry(`the entry unpacks to more than ${this.limits.maxBytes} bytes (at ${rel})`);
        }
    }
    /** Runs `make`, creating missing parents, and replacing an earlier member of the same name (not a directory). */
    create(rel, at, make) {
        try {
            return make();
        }
        catch (error) {
            if (code(error) === 'ENOENT') {
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(at), { recursive: true });
                return make();
            }
            if (code(error) !== 'EEXIST')
                throw error;
            if ((0,external_node_fs_.lstatSync)(at).isDirectory())
                throw new RefusedEntry(`member ${rel} would replace a directory`);
            (0,external_node_fs_.unlinkSync)(at);
            return make();
        }
    }
    directory(rel, at) {
        try {
            (0,external_node_fs_.mkdirSync)(at, { recursive: true });
        }
        catch (error) {
            // A directory member where a link already is: the link stays (it points down, see checkSymlink).
            if (code(error) === 'EEXIST' && (0,external_node_fs_.lstatSync)(at).isSymbolicLink())
                return;
            if (code(error) === 'EEXIST')
                throw new RefusedEntry(`member ${rel} is both a file and a directory`);
            throw error;
        }
    }
    /** A hard link may only join a regular file this entry already wrote. */
    hardLink(rel, at, linkpath) {
        const source = memberPath(linkpath);
        const from = (0,external_node_path_.join)(this.root, source);
        const isFile = source !== '' && lstatFile(from);
        if (!isFile)
            throw new RefusedEntry(`hard link ${rel} -> ${JSON.stringify(linkpath)} is not to a file of this entry`);
        this.create(rel, at, () => (0,external_node_fs_.linkSync)(from, at));
    }
}
function lstatFile(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./build/cache/unpack.js
/**
 * One pass over an entry's archive bytes: counted and hashed, decompressed, read member by member by our own
 * tar reader, each member checked (member-policy.ts) and written into a fresh directory. extract.ts decides
 * where that directory is and moves it into place.
 */











/** Restored bytes (and files) allowed per archive byte, unless told otherwise. */
const DEFAULT_MAX_RATIO = 20;
/**
 * A zstd file is read by zstd itself (no byte through this process) while a worker thread hashes the same
 * descriptor; anything else streams through the size and sha256 check into the decompressor (gzip in
 * process: Node 20's zlib has no zstd).
 */
async function tarSource(archive, manifest, opts) {
    if ('file' in archive && manifest.compression === 'zstd') {
        const handle = await (0,promises_.open)(archive.file, 'r');
        try {
            (0,cache_archive/* checkArchiveSize */.gg)((await handle.stat()).size, manifest);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
        const hashing = (0,hash_thread/* hashDescriptor */.m)(handle.fd);
        const zstd = (0,cache_process/* readerProcess */.H)(ZSTD_DECOMPRESS, handle.fd, opts);
        const verified = hashing.result.then((d) => (0,cache_process/* checkDigest */.H2)(d, manifest));
        verified.catch(() => undefined);
        const close = async () => {
            zstd.stream.destroy();
            await hashing.stop(); // the thread reads this descriptor: closed only once it is gone
            await handle.close();
        };
        return { streams: [zstd.stream], verified, exited: zstd.exited, stop: zstd.stop, close };
    }
    const input = 'file' in archive ? (0,external_node_fs_.createReadStream)(archive.file, { highWaterMark: 1 << 20 }) : archive;
    const { stream, exited, stop } = manifest.compression === 'gzip'
        ? { stream: (0,external_node_zlib_.createGunzip)(), exited: Promise.resolve(), stop: () => undefined }
        : (0,cache_process/* filterProcess */.u8)(ZSTD_DECOMPRESS, opts);
    const close = async () => void stream.destroy();
    const streams = [input, (0,cache_process/* checkedBytes */.Dp)(manifest), stream];
    return { streams, verified: Promise.resolve(), exited, stop, close };
}
const ZSTD_DECOMPRESS = ['zstd', '-d', '-c', '-q'];
/** Waits for all; rejects with the first failure in the order given, not in time. */
async function inOrder(work) {
    for (const outcome of await Promise.allSettled(work)) {
        if (outcome.status === 'rejected')
            throw outcome.reason;
    }
}
/** Streams `archive` through the checks into `root`; rejects on any problem. */
async function unpackInto(archive, manifest, root, opts) {
    const writer = new TreeWriter(root, restoreLimits(manifest.size, opts.maxRatio ?? DEFAULT_MAX_RATIO));
    const reader = new TarReader(writer);
    const sink = new external_node_stream_.Writable({
        highWaterMark: 1 << 20,
        write(chunk, _encoding, done) {
            try {
                reader.push(chunk);
                done();
            }
            catch (error) {
                done(error);
            }
        },
    });
    const source = await tarSource(archive, manifest, opts);
    try {
        const signal = opts.signal ? { signal: opts.signal } : {};
        // A damaged archive is reported as that, whatever it broke downstream first (zstd, a member); a member
        // refused is reported as that, not as the decompressor killed because of it.
        const piped = (0,external_node_stream_promises_.pipeline)([...source.streams, sink], signal);
        piped.catch(() => source.stop());
        await inOrder([source.verified, piped, source.exited]);
        reader.finish();
    }
    finally {
        writer.close();
        await source.close();
    }
    return { files: writer.files, bytes: writer.bytes };
}

;// CONCATENATED MODULE: ./build/cache/extract.js
/**
 * Restoring an entry: unpack.ts reads the archive in one pass into a fresh directory beside the target. Only
 * when the whole stream was read, the checksum matched and every member passed is that directory moved into
 * place, so a refused, corrupt or aborted entry leaves the target as it was.
 */





/** Prefix of the temp directory an entry is extracted into, beside its target. */
const RESTORE_TEMP_PREFIX = '.codeartifact-cache-restore-';
const exists = (path) => (0,promises_.lstat)(path).then(() => true, () => false);
/**
 * Moves `src` to `dst`. An absent or empty `dst` is replaced in one rename; otherwise entries are moved
 * in one by one, keeping what is already there (each rename is atomic: no file is ever half-written).
 */
async function moveInto(src, dst) {
    if (!(await exists(dst)))
        return (0,promises_.rename)(src, dst);
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
/** The user's own link (~/.npm -> a bigger disk) is followed: the config chose it, not the entry. */
const followed = (path) => (0,promises_.realpath)(path).catch(() => path);
/**
 * Moves the checked tree into `target` (see moveInto); across file systems, where no rename reaches,
 * copies it instead: links as they are (already checked), keeping files already there, as moveInto does.
 */
async function place(root, target) {
    try {
        await moveInto(root, target);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        await (0,promises_.cp)(root, target, { recursive: true, force: false, verbatimSymlinks: true });
    }
}
/** A promise that never rejects unhandled while other work runs: its outcome is read later. */
const settle = (p) => Promise.resolve(p).then((value) => ({ value }), (error) => ({ error }));
/** The settled target, or its error thrown (the archive is not read then). */
async function answerOf(final, archive) {
    const answer = await final;
    if ('value' in answer)
        return answer.value;
    discard(archive);
    throw answer.error;
}
/** A stream not read to its end is destroyed (a download stops); a file is left as it is. */
const discard = (archive) => void ('file' in archive || archive.destroy());
/**
 * Restores compressed archive bytes into `target`, a directory this run chose (or a promise of it: see
 * `stageNear`). The entry's members land in a temp directory beside it first; see the module comment for
 * what is checked.
 */
async function extractStream(archive, manifest, target, opts = {}) {
    const final = settle(Promise.resolve(target).then(followed));
    const near = typeof target === 'string' ? target : (opts.stageNear ?? (await answerOf(final, archive)));
    const parent = (0,external_node_path_.dirname)(await followed(near));
    // Parents this restore had to create are removed again if it fails: nothing is left behind.
    const created = [];
    const made = await (0,promises_.mkdir)(parent, { recursive: true });
    if (made !== undefined)
        created.push(made);
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, RESTORE_TEMP_PREFIX));
    try {
        const root = (0,external_node_path_.join)(temp, 'root');
        await (0,promises_.mkdir)(root);
        const extracted = await unpackInto(archive, manifest, root, opts);
        const dir = await answerOf(final, archive);
        const also = await (0,promises_.mkdir)((0,external_node_path_.dirname)(dir), { recursive: true });
        if (also !== undefined)
            created.push(also);
        await place(root, dir);
        return extracted;
    }
    catch (error) {
        discard(archive);
        for (const dir of created)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}
/** Restores the bundle in `bundleDir` (archive + manifest, as a store left it) into `target`. */
async function extractArchive(bundleDir, target, opts = {}) {
    const manifest = await (0,cache_archive/* readManifest */.WI)(bundleDir);
    const file = (0,external_node_path_.join)(bundleDir, types/* BUNDLE_ARCHIVE */.i);
    (0,cache_archive/* checkArchiveSize */.gg)((await (0,promises_.stat)(file)).size, manifest);
    return { ...manifest, ...(await extractStream({ file }, manifest, target, opts)) };
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
const LOOKED_UP_TEXT = {
    hit: 'found (exact key), not downloaded: lookup-only',
    partial: 'found (restore key), not downloaded: lookup-only',
};
const outcomeText = (r) => (r.lookedUp ? LOOKED_UP_TEXT[r.outcome] : undefined) ?? OUTCOME_TEXT[r.outcome];
const cells = (r) => [
    r.id,
    outcomeText(r) + (r.note === undefined ? '' : `: ${r.note}`),
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
// EXTERNAL MODULE: ./build/aws/index.js + 5 modules
var aws = __webpack_require__(61465);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
    /**
     * Every complete entry. Temp directories are skipped silently; an entry whose manifest cannot be read is
     * skipped with a warning (the directory is shared: one bad entry must not break every restore).
     */
    async entries(warn) {
        const names = await (0,promises_.readdir)(this.dir).catch(() => []);
        const entries = [];
        for (const name of names.filter((n) => !n.startsWith('.'))) {
            const dir = (0,external_node_path_.join)(this.dir, name);
            try {
                const manifest = (0,cache_archive/* parseManifest */.Ng)(await (0,promises_.readFile)((0,external_node_path_.join)(dir, types/* BUNDLE_MANIFEST */.R), 'utf8'));
                entries.push({ key: manifest.key, createdAt: manifest.createdAt, dir });
            }
            catch (error) {
                warn(`skipped the local cache entry ${dir}: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
        return entries;
    }
    /** The entry for `key`; else the newest whose key starts with each restore key in turn. */
    async find(key, restoreKeys, warn) {
        const entries = await this.entries(warn);
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
    /** Reads the manifests only. */
    async lookup(key, restoreKeys, opts) {
        opts.signal.throwIfAborted();
        const entry = await this.find(key, restoreKeys, opts.warn ?? (() => undefined));
        return entry === undefined ? undefined : { matchedKey: entry.key, exact: entry.key === key };
    }
    async restore(bundleDir, key, restoreKeys, opts) {
        const entry = await this.find(key, restoreKeys, opts.warn ?? (() => undefined));
        if (entry === undefined)
            return undefined;
        await (0,promises_.mkdir)(bundleDir, { recursive: true });
        await this.copy((0,external_node_path_.join)(entry.dir, types/* BUNDLE_MANIFEST */.R), (0,external_node_path_.join)(bundleDir, types/* BUNDLE_MANIFEST */.R), opts);
        await this.copy((0,external_node_path_.join)(entry.dir, types/* BUNDLE_ARCHIVE */.i), (0,external_node_path_.join)(bundleDir, types/* BUNDLE_ARCHIVE */.i), opts);
        return { matchedKey: entry.key, exact: entry.key === key };
    }
    /** The archive is read where it lies: no copy, extraction starts at once. */
    async open(key, restoreKeys, opts) {
        const entry = await this.find(key, restoreKeys, opts.warn ?? (() => undefined));
        if (entry === undefined)
            return undefined;
        const manifest = (0,cache_archive/* parseManifest */.Ng)(await (0,promises_.readFile)((0,external_node_path_.join)(entry.dir, types/* BUNDLE_MANIFEST */.R), 'utf8'));
        const archive = (0,external_node_path_.join)(entry.dir, types/* BUNDLE_ARCHIVE */.i);
        (0,cache_archive/* checkArchiveSize */.gg)((await (0,promises_.stat)(archive)).size, manifest);
        return { matchedKey: entry.key, exact: entry.key === key, manifest, archive: { file: archive } };
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
async function createStore(config, context) {
    switch (config.backend) {
        case 'none':
            return undefined;
        case 'local':
            return new LocalStore(config.localCacheDir ?? defaultLocalCacheDir(context.homeDir));
        case 's3': {
            const { createS3Store } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(418)]).then(__webpack_require__.bind(__webpack_require__, 82418));
            const endpoint = context.runEnv.aws.s3Endpoint;
            return createS3Store({
                bucket: config.s3Bucket ?? '',
                prefix: config.s3Prefix,
                ...(config.s3KmsKeyId === undefined ? {} : { kmsKeyId: config.s3KmsKeyId }),
                ...(endpoint === undefined ? {} : { endpoint }),
                client: await context.awsOptions(),
            });
        }
        case 'github': {
            // @actions/cache works wherever the runner announced its cache service: v2 on github.com, v1 on GHES.
            const service = context.runEnv.githubCache;
            if (!service.available) {
                throw new Error(`GitHub's cache service is not available here: ${service.reason}. Use cache-backend s3 or local, ` +
                    'or cache: false');
            }
            const { createGitHubStore, defaultStagingDir } = await __webpack_require__.e(/* import() */ 318).then(__webpack_require__.bind(__webpack_require__, 37318));
            return createGitHubStore({
                stagingDir: defaultStagingDir(context.runEnv.runnerTemp),
                confirmSaves: service.version === 'v1',
            });
        }
    }
}

// EXTERNAL MODULE: ./build/run/session.js
var run_session = __webpack_require__(65834);
;// CONCATENATED MODULE: ./build/run/cache-common.js







/** How often a transfer's progress is logged (and how long one runs before it is). */
const PROGRESS_EVERY_MS = 3000;
/** The name restore's per-tool results are kept under for save. */
const CACHE_STATE = 'cache';
/**
 * This run, as the CI service names it: the job of a GitHub workflow run (attempt included), the CodeBuild
 * build, GitLab's job, Buildkite's job, Jenkins' build tag. Empty outside CI, where no run can be told apart
 * from the next one on the same host.
 */
function runIdentity(platform) {
    const e = platform.env;
    const github = e.GITHUB_RUN_ID && `github:${e.GITHUB_RUN_ID}:${e.GITHUB_RUN_ATTEMPT ?? ''}:${e.GITHUB_JOB ?? ''}`;
    const codebuild = e.CODEBUILD_BUILD_ID && `codebuild:${e.CODEBUILD_BUILD_ID}`;
    const other = (e.CI_JOB_ID && `gitlab:${e.CI_JOB_ID}`) || (e.BUILDKITE_JOB_ID && `buildkite:${e.BUILDKITE_JOB_ID}`);
    const run = codebuild || github || other || (e.BUILD_TAG && `jenkins:${e.BUILD_TAG}`);
    return run ? { run } : {};
}
/**
 * The state this run's restore left, or undefined: none, unreadable, or left by another run (a CLI state
 * directory outlives its run; trusting an old "exact hit" would skip a save this run needs).
 */
async function loadCacheState(platform) {
    const text = await platform.loadNamedState(CACHE_STATE);
    try {
        const state = text === undefined ? undefined : JSON.parse(text);
        // The action's state (GITHUB_STATE) lives and dies with one job; a CLI state directory outlives its run.
        const ours = platform.name === 'github' || (state?.run !== undefined && state.run === runIdentity(platform).run);
        return state?.version === 2 && ours && Array.isArray(state.planned) ? state : undefined;
    }
    catch {
        return undefined;
    }
}
/** The one directory a planned cache restores into and saves from. */
function planDir(plan) {
    const [dir] = plan.paths;
    if (dir === undefined || plan.paths.length !== 1)
        throw new Error(`${plan.id}: expected one directory`);
    return dir;
}
/** The store to use, or undefined (caching off, or a backend that cannot work here: warned about). */
async function storeFor(config, platform, given, session) {
    if (!config.enabled)
        return undefined;
    try {
        if (given !== undefined)
            return given;
        const run = session ?? (0,run_session/* awsSession */.y)(config, platform, (0,aws/* sdkAws */.M)());
        const { homeDir, runEnv } = platform;
        return await createStore(config, { homeDir, runEnv, awsOptions: () => run.options() });
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
        warn: (message) => platform.warning(`${id}: ${message}`),
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
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(platform.runEnv.runnerTemp ?? (0,external_node_os_.tmpdir)(), 'codeartifact-cache-bundle-'));
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
/**
 * A tool's documented default cache directory on `os`, in that OS's own path form (`C:\Users\…` on
 * Windows: templates are written with `/`); undefined for an unknown OS, no template, or a home that does
 * not make it absolute — a relative guess would cache some other directory.
 */
function defaultCacheDir(templates, os, vars) {
    const template = isKnownOs(os) ? templates?.[os] : undefined;
    if (template === undefined || vars.home.trim() === '')
        return undefined;
    const path = os === 'win32' ? external_node_path_.win32 : external_node_path_.posix;
    const dir = path.normalize(expandCacheDir(template, vars));
    return path.isAbsolute(dir) ? dir : undefined;
}

;// CONCATENATED MODULE: ./build/run/find-files.js



/** Directories a lockfile search never enters: dependencies, VCS data, virtualenvs. */
const SKIP = new Set(['node_modules', '.git', '.venv', 'venv', '.yarn']);
/** How deep a search goes below a pattern's base: deep monorepos fit; symlinked loops are not followed. */
const MAX_DEPTH = 32;
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/run/tool-dirs.js
/**
 * Where each tool keeps its cache: asked of the tool (`npm config get cache`, `pip cache dir`, …), else its
 * documented default here; and how long a miss waits for that answer.
 */



/** Runs a tool's query (10 s at most); its trimmed first line, or undefined when it fails or is empty. */
function ask(argv, cwd, env, signal) {
    const [command, ...args] = argv;
    return new Promise((done) => {
        const options = { cwd, env, timeout: 10_000, ...(signal ? { signal } : {}) };
        (0,external_node_child_process_.execFile)(command ?? 'false', args, options, (error, stdout) => {
            const line = String(stdout).trim().split('\n')[0]?.trim() ?? '';
            done(error || line === '' || line === 'undefined' ? undefined : line);
        });
    });
}
/** The tool's documented default directory here, or undefined. */
function defaultDir(target, platform) {
    const localAppData = platform.env.LOCALAPPDATA;
    const vars = { home: platform.homeDir, ...(localAppData ? { localAppData } : {}) };
    return defaultCacheDir(target.defaultDir, process.platform, vars);
}
/** The directory the tool uses, asked of the tool, else its documented default here. */
async function cacheDir(target, cwd, platform, signal) {
    const asked = target.dirCommand && (await ask(target.dirCommand, cwd, platform.env, signal));
    return asked ? (0,external_node_path_.resolve)(cwd, asked) : defaultDir(target, platform);
}
/**
 * How long a miss waits for the tool's answer (a miss must stay well under 0.5 s). The query started with
 * the keys and has mostly run by then; its answer, kept in restore's state, spares save from asking again
 * (0.2–0.4 s for npm).
 */
const MISS_DIR_WAIT_MS = 250;
/** The tool's directory if it answers within `ms`, else undefined (the caller cancels the query). */
function answerWithin(plan, ms) {
    let timer;
    const late = new Promise((done) => (timer = setTimeout(() => done(undefined), ms)));
    return Promise.race([plan.dir.catch(() => undefined), late]).finally(() => clearTimeout(timer));
}
/** The note for a target whose directory could not be told. */
const noDirNote = (id) => `${id}: could not tell where its cache is`;
/**
 * The directory of the cache `id` names (a tool, or go-build), asked now (for save when restore did not
 * ask), and where it usually is, known at once (the tool's default here).
 */
function cacheDirOf(config, platform, id) {
    const target = cacheTargets([id === 'go-build' ? 'go' : id], true).find((t) => t.id === id);
    if (target === undefined)
        return { dir: Promise.resolve(undefined) };
    const usual = defaultDir(target, platform);
    const dir = cacheDir(target, (0,external_node_path_.resolve)(config.workingDirectory), platform);
    return { dir, ...(usual === undefined ? {} : { usual }) };
}

// EXTERNAL MODULE: ./build/run/tools.js + 1 modules
var run_tools = __webpack_require__(27389);
;// CONCATENATED MODULE: ./build/run/cache-plan.js









const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
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
/** Keys one target (its directory query started first, running meanwhile); a note when it has no lockfile. */
async function keyOne(config, platform, target, { scope, askDirs }) {
    const cwd = (0,external_node_path_.resolve)(config.workingDirectory);
    const files = await keyFiles(config, target);
    if (files.length === 0)
        return `${target.id}: no lockfile to key the cache on (${target.lockfiles.join(', ')})`;
    const query = new AbortController();
    const dir = askDirs ? cacheDir(target, cwd, platform, query.signal) : Promise.resolve(undefined);
    const cancel = () => query.abort();
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
    const usual = defaultDir(target, platform);
    return { id: target.id, key, restoreKeys, dir, cancel, ...(usual === undefined ? {} : { usual }) };
}
/**
 * Every directory to cache, keyed, its directory still being asked; notes say why a tool was left out.
 * `askDirs: false` (lookup-only, which extracts nothing) leaves the tools unasked: the query alone makes
 * some create their directory (npm writes its debug log into it).
 */
async function keyCaches(config, platform, askDirs = true) {
    const keyed = [];
    const notes = [];
    // No lockfile to detect tools from is a reason not to cache, never a reason to fail the build.
    const tools = await (0,run_tools/* resolveTools */.u)(config).then((detected) => detected.tools, (error) => (notes.push(error.message), []));
    const scope = projectScope(config, platform);
    const targets = cacheTargets(tools, config.goBuild);
    for (const one of await Promise.all(targets.map((t) => keyOne(config, platform, t, { scope, askDirs })))) {
        if (typeof one === 'string')
            notes.push(one);
        else
            keyed.push(one);
    }
    return { keyed, notes };
}
/** Every directory to cache, with keys and directories; notes say why a tool was left out. */
async function planCaches(config, platform) {
    const { keyed, notes } = await keyCaches(config, platform);
    const planned = [];
    for (const { id, key, restoreKeys, dir } of keyed) {
        const path = await dir;
        if (path === undefined)
            notes.push(noDirNote(id));
        else
            planned.push({ id, key, restoreKeys, paths: [path] });
    }
    return { planned, notes };
}

;// CONCATENATED MODULE: ./build/run/restore-lookup.js

/** Looks one tool's keys up; every problem becomes a warning and an 'error' result, as in restore. */
async function lookupOne(store, plan, config, platform) {
    // Nothing is extracted, so the tool's directory is never needed (restore does not ask for it).
    plan.cancel();
    const started = Date.now();
    const base = { id: plan.id, key: plan.key, lookedUp: true };
    try {
        const opts = transferOptions(config, platform, plan.id);
        const what = `Looking up the ${plan.id} cache`;
        const hit = await bounded(store.lookup(plan.key, plan.restoreKeys, opts), opts.signal, what);
        if (hit === undefined)
            return { ...base, outcome: 'miss', seconds: since(started) };
        platform.info(`${plan.id}: found ${hit.matchedKey} (${hit.exact ? 'exact key' : 'restore key'}); lookup-only, so ` +
            'nothing was downloaded');
        const outcome = hit.exact ? 'hit' : 'partial';
        return { ...base, outcome, matchedKey: hit.matchedKey, seconds: since(started) };
    }
    catch (error) {
        platform.warning(`The ${plan.id} cache was not looked up (${store.kind} backend): ${messageOf(error)}`);
        return { ...base, outcome: 'error', note: messageOf(error), seconds: since(started) };
    }
}

;// CONCATENATED MODULE: ./build/run/restore.js






/** The directory a found entry restores into: the tool's answer (see KeyedCache). */
async function targetDir(plan) {
    const dir = await plan.dir;
    if (dir === undefined)
        throw new Error(noDirNote(plan.id));
    return dir;
}
/**
 * Finds the entry and extracts it into the tool's directory: streamed when the store can (download, verify
 * and extract overlap, while the tool still names the directory), else through a bundle directory the
 * store fills first.
 */
async function fetchAndExtract(store, plan, opts, options, platform) {
    // The directory comes from this run's plan, never from the entry.
    const extract = { ...options, ...(plan.usual === undefined ? {} : { stageNear: plan.usual }) };
    if (store.open) {
        const entry = await store.open(plan.key, plan.restoreKeys, opts);
        if (entry === undefined)
            return undefined;
        const dir = targetDir(plan);
        const extracted = await extractStream(entry.archive, entry.manifest, dir, extract);
        return { ...entry, dir: await dir, manifest: { ...entry.manifest, ...extracted } };
    }
    return withBundleDir(platform, async (bundle) => {
        const hit = await store.restore(bundle, plan.key, plan.restoreKeys, opts);
        if (hit === undefined)
            return undefined;
        const dir = targetDir(plan);
        return { ...hit, dir: await dir, manifest: await extractArchive(bundle, dir, extract) };
    });
}
/** Restores one directory; every problem becomes a warning and a 'error' result. A miss waits ≤ 0.25 s for the tool. */
async function restoreOne(store, plan, config, platform) {
    const started = Date.now();
    const base = { id: plan.id, key: plan.key };
    try {
        const opts = transferOptions(config, platform, plan.id);
        const extract = { signal: opts.signal, maxRatio: config.maxUnpackRatio };
        const work = fetchAndExtract(store, plan, opts, extract, platform);
        const hit = await bounded(work, opts.signal, `Restoring the ${plan.id} cache`);
        if (hit === undefined) {
            const seconds = since(started);
            const dir = await answerWithin(plan, MISS_DIR_WAIT_MS);
            return { ...base, outcome: 'miss', seconds, ...(dir === undefined ? {} : { dir }) };
        }
        const { manifest, dir } = hit;
        platform.info(`${plan.id}: restored ${mib(manifest.size)} (${manifest.files} files, ${mib(manifest.bytes)} unpacked) ` +
            `from ${hit.matchedKey} into ${dir}`);
        const outcome = hit.exact ? 'hit' : 'partial';
        const window = { from: started, to: Date.now() };
        return {
            ...base,
            outcome,
            matchedKey: hit.matchedKey,
            bytes: manifest.size,
            seconds: since(started),
            window,
            dir,
        };
    }
    catch (error) {
        platform.warning(`The ${plan.id} cache was not restored (${store.kind} backend): ${messageOf(error)}`);
        return { ...base, outcome: 'error', note: messageOf(error), seconds: since(started) };
    }
    finally {
        plan.cancel();
    }
}
/** The keys restore looks for first, one per tool, comma-separated (keys never hold commas). */
const primaryKeys = (planned) => planned.map((p) => p.key).join(',');
/** dry-run: the keys restore would look for; no store is asked, nothing is written (not even state). */
async function reportDryRun(config, platform) {
    if (!config.enabled)
        return { results: [], outputs: {} };
    const { planned } = await planCaches(config, platform);
    const lines = planned.map((p) => `  ${p.id}: ${p.key} → ${p.paths.join(', ')}`);
    platform.report(`Would restore (${config.backend} backend):\n${lines.join('\n')}\n`);
    const outputs = { 'cache-hit': 'false', 'cache-primary-key': primaryKeys(planned) };
    platform.setOutputs(outputs);
    return { results: [], outputs };
}
/**
 * Restores each tool's download cache (after login, in the main step): keys from the lockfiles, then the
 * store, then a verified extraction (with lookup-only, the store is only asked what it has). Problems are
 * warnings; only `fail-on-cache-miss` throws, when a tool found nothing. Remembers what it found so `save`
 * skips exact hits.
 */
async function restore(config, platform, 
/** Tests hand in a store; by default the one `config.backend` names. */
given, 
/** The run's AWS identity and region (the main step shares login's); by default resolved from `config`. */
session) {
    if (config.dryRun)
        return reportDryRun(config, platform);
    // The store (SDK import, credentials) and the keys (lockfiles; the tools' directory queries start here)
    // are worked out side by side: a miss costs one lookup after whichever takes longer.
    const keying = config.enabled ? keyCaches(config, platform, !config.lookupOnly) : undefined;
    keying?.catch(() => undefined); // it fails restore when awaited below, not the process meanwhile
    const store = await storeFor(config, platform, given, session);
    if (store === undefined) {
        void keying?.then(({ keyed }) => keyed.forEach((k) => k.cancel()));
        if (config.backend === 'none')
            platform.info('Dependency caching is off (cache: false or cache-backend: none).');
        const outputs = { 'cache-hit': 'false' };
        platform.setOutputs(outputs);
        return { results: [], outputs };
    }
    const { keyed, notes } = await (keying ?? keyCaches(config, platform, !config.lookupOnly));
    notes.forEach((note) => platform.info(`Not cached: ${note}`));
    const results = [];
    const one = config.lookupOnly ? lookupOne : restoreOne;
    for (const plan of keyed)
        results.push(await one(store, plan, config, platform));
    const state = {
        version: 2,
        ...runIdentity(platform),
        planned: keyed.map(({ id, key, restoreKeys }, i) => {
            const r = results[i];
            // A restore (or a miss whose tool answered in time) knows its directory; save asks the tool otherwise.
            // A partial restore's window lets save leave out what the new lockfile no longer reads (prune.ts).
            return {
                id,
                key,
                restoreKeys,
                exact: r?.outcome === 'hit',
                ...(r?.dir === undefined ? {} : { paths: [r.dir] }),
                ...(r?.outcome === 'partial' && r.window !== undefined ? { restored: r.window } : {}),
            };
        }),
    };
    await platform.saveNamedState(CACHE_STATE, JSON.stringify(state));
    const outputs = { ...restoreOutputs(results), 'cache-primary-key': primaryKeys(keyed) };
    platform.setOutputs(outputs);
    const { markdown, text } = cacheSummary('Dependency cache restore', results);
    await platform.appendSummary(markdown, text);
    const missed = results.filter((r) => r.outcome === 'miss' || r.outcome === 'error').map((r) => r.id);
    if (config.failOnCacheMiss && missed.length > 0) {
        throw new Error(`No cache entry was restored for ${missed.join(', ')} (fail-on-cache-miss is set)`);
    }
    return { results, outputs };
}

;// CONCATENATED MODULE: ./build/cache/prune.js
/**
 * Keeping caches from snowballing. Download caches only grow: restored from a restore key (an older
 * lockfile), then saved, an entry keeps every package any earlier lockfile needed. So after a partial
 * restore, save leaves out the files that restore wrote and nothing has read since: what the new lockfile
 * no longer uses. Restores write every file with the current time (no timestamps are taken from entries),
 * so "written by the restore" is an mtime inside the restore's window, and "read since" is an atime past
 * the mtime — which only holds where reads update atimes (relatime, the Linux default, or strictatime):
 * probed first, and without it nothing is left out.
 */



/** Whether reading a file updates its access time in `dir` (not on noatime mounts). */
async function readsUpdateAtime(dir) {
    const probe = (0,external_node_path_.join)(dir, `.codeartifact-cache-atime-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    const past = new Date(Date.now() - 86_400_000);
    try {
        await (0,promises_.writeFile)(probe, 'x');
        await (0,promises_.utimes)(probe, past, past);
        await (0,promises_.readFile)(probe);
        return (await (0,promises_.stat)(probe)).atimeMs > past.getTime() + 1000;
    }
    catch {
        return false;
    }
    finally {
        await (0,promises_.rm)(probe, { force: true });
    }
}
/** Members (`./relative/path`, as tar names them) a restore in `window` wrote that nothing read since. */
async function unreadRestoredFiles(dir, window) {
    const unread = [];
    const walk = async (abs, rel) => {
        for (const entry of await (0,promises_.readdir)(abs, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(abs, entry.name);
            const name = `${rel}/${entry.name}`;
            if (entry.isDirectory())
                await walk(path, name);
            else if (entry.isFile()) {
                const st = await (0,promises_.lstat)(path);
                // File times come from the kernel's coarse clock, a tick behind Date.now() at most.
                const restored = st.mtimeMs >= window.from - 50 && st.mtimeMs <= window.to;
                if (restored && st.atimeMs <= st.mtimeMs)
                    unread.push(name);
            }
        }
    };
    await walk(dir, '.');
    return unread;
}

;// CONCATENATED MODULE: ./build/core/save-policy.js
/** Whether save may write an entry, and why not when it may not. */
function saveDecision(policy, dryRun, outcome) {
    if (dryRun)
        return { save: false, why: 'dry-run is set: nothing is written' };
    if (policy === 'never')
        return { save: false, why: 'save-cache is never (restore only)' };
    if (policy === 'always' || outcome === 'success' || outcome === 'explicit')
        return { save: true };
    // A failed or cancelled job may have left a half-filled cache; under an immutable key it would stay so.
    if (outcome === 'unknown') {
        return { save: false, why: "save-cache is on-success and the job's status is not known here" };
    }
    return {
        save: false,
        why: `the job's status is ${outcome} (save-cache: on-success; 'always' saves anyway)`,
    };
}

;// CONCATENATED MODULE: ./build/run/save.js










const nonEmpty = (dir) => (0,promises_.readdir)(dir).then((names) => names.length > 0, () => false);
/** After a partial restore, the files it brought that this build did not read (see prune.ts). */
async function unused(dir, restored) {
    if (restored === undefined || !(await readsUpdateAtime(dir)))
        return [];
    return unreadRestoredFiles(dir, restored);
}
/**
 * Archives the tool's directory into `bundle` while the tool is still naming it (`npm config get cache`
 * alone takes 0.2–0.4 s): tar starts on the usual place at once, and that archive is kept when the answer
 * is the usual place, else stopped, thrown away and made again from the answer. Undefined when the tool
 * names no directory; a note when there is nothing to save.
 */
async function archiveDir(source, bundle, make, signal) {
    const guess = source.usual !== undefined && (await nonEmpty(source.usual)) ? source.usual : undefined;
    const early = new AbortController();
    const attempt = guess === undefined ? undefined : make(guess, AbortSignal.any([signal, early.signal]));
    attempt?.catch(() => undefined); // read below when it is kept
    const dir = await source.dir;
    if (attempt !== undefined && dir === guess) {
        // A failed guess is made once more below, now that the query is over: it may have written into the
        // directory while tar read it (GNU tar: "file changed as we read it"). A timeout is not retried.
        const kept = await attempt.then((manifest) => ({ dir, manifest }), (error) => {
            if (signal.aborted)
                throw error;
        });
        if (kept !== undefined)
            return kept;
    }
    if (attempt !== undefined) {
        early.abort();
        await attempt.catch(() => undefined);
        for (const name of [types/* BUNDLE_ARCHIVE */.i, types/* BUNDLE_MANIFEST */.R])
            await (0,promises_.rm)((0,external_node_path_.join)(bundle, name), { force: true });
    }
    if (dir === undefined)
        return undefined;
    if (!(await nonEmpty(dir)))
        return `nothing in ${dir}`;
    return { dir, manifest: await make(dir, signal) };
}
/**
 * Saves one directory unless restore found its exact key; every problem is a warning. Undefined when the
 * tool could not tell where its cache is.
 */
async function saveOne(store, plan, source, config, platform) {
    const started = Date.now();
    const base = { id: plan.id, key: plan.key };
    const skip = (note) => ({ ...base, outcome: 'skipped', note, seconds: 0 });
    if (plan.exact)
        return skip('the store holds this exact key already (restored or looked up)');
    try {
        return await withBundleDir(platform, async (bundle) => {
            const opts = transferOptions(config, platform, plan.id);
            const what = `Saving the ${plan.id} cache`;
            const make = async (dir, signal) => {
                const exclude = await unused(dir, plan.restored);
                if (exclude.length > 0)
                    platform.info(`${plan.id}: leaving out ${exclude.length} restored files nothing read`);
                const { windowsDirs } = platform.runEnv;
                return (0,cache_archive/* createArchive */.tU)(dir, bundle, plan.key, { signal, exclude, windowsDirs });
            };
            const made = await bounded(archiveDir(source, bundle, make, opts.signal), opts.signal, what);
            if (made === undefined)
                return undefined;
            if (typeof made === 'string')
                return skip(made);
            const { manifest } = made;
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
/** What save knows of the job: GitHub's job.status, CodeBuild's CODEBUILD_BUILD_SUCCEEDING, or a command run on purpose. */
function jobOutcome(config, platform) {
    if (platform.name === 'github')
        return config.jobStatus ?? 'unknown';
    const succeeding = platform.runEnv.buildSucceeding;
    if (succeeding !== undefined)
        return succeeding ? 'success' : 'failure';
    return 'explicit';
}
/**
 * Saves each tool's download cache (post step, or `codeartifact-cache save`) under the key restore
 * computed (or, without a restore, computed now). Never throws for a cache problem: saving is a courtesy
 * to the next build.
 */
async function save(config, platform, 
/** Tests hand in a store; by default the one `config.backend` names. */
given, 
/** The run's AWS identity and region (the main step shares login's); by default resolved from `config`. */
session) {
    if (!config.enabled)
        return [];
    const decision = saveDecision(config.saveCache, config.dryRun, jobOutcome(config, platform));
    if (!decision.save) {
        platform.info(`The dependency cache is not saved: ${decision.why}.`);
        return [];
    }
    const store = await storeFor(config, platform, given, session);
    if (store === undefined)
        return [];
    // Only this run's restore may say what was an exact hit; without one the keys are computed afresh.
    const state = await loadCacheState(platform);
    const planned = state?.planned ?? (await planCaches(config, platform)).planned;
    const results = [];
    for (const plan of planned) {
        // An exact hit is skipped anyway: the tool is not asked (asking makes npm create its directory).
        const known = plan.paths && planDir({ ...plan, paths: plan.paths });
        const source = known !== undefined
            ? { dir: Promise.resolve(known), usual: known }
            : 'exact' in plan && plan.exact
                ? { dir: Promise.resolve(undefined) }
                : cacheDirOf(config, platform, plan.id);
        const result = await saveOne(store, plan, source, config, platform);
        if (result === undefined)
            platform.info(`Not cached: ${noDirNote(plan.id)}`);
        else
            results.push(result);
    }
    const { markdown, text } = cacheSummary('Dependency cache save', results);
    await platform.appendSummary(markdown, text);
    return results;
}

// EXTERNAL MODULE: ./build/cli/errors.js
var cli_errors = __webpack_require__(50422);
// EXTERNAL MODULE: ./build/cli/login.js + 16 modules
var login = __webpack_require__(10730);
// EXTERNAL MODULE: ./build/cli/input-options.js
var input_options = __webpack_require__(92714);
;// CONCATENATED MODULE: ./build/cli/cache.js








function parse(platform) {
    try {
        return parseCacheInputs(platform.inputs(CACHE_INPUT_NAMES), platform.name);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.d)
            throw new cli_errors/* UsageError */.eb(error.message);
        throw error;
    }
}
/** `codeartifact-cache restore`: cache problems are warnings; exit 1 only for fail-on-cache-miss. */
async function runRestore(options) {
    const platform = (0,login/* cliPlatform */._)((0,input_options/* flagsToInputs */.I)(options));
    await restore(parse(platform), platform);
}
/** `codeartifact-cache save`: always exits 0 once the inputs are valid; problems are warnings. */
async function runSave(options) {
    const platform = (0,login/* cliPlatform */._)((0,input_options/* flagsToInputs */.I)(options));
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
