export const id = 418;
export const ids = [418];
export const modules = {

/***/ 2418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createS3Store: () => (/* binding */ createS3Store)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./build/aws/index.js + 6 modules
var aws = __webpack_require__(2590);
;// CONCATENATED MODULE: ./build/cache/s3-errors.js
/** S3 errors turned into messages a build log reader can act on. */

function isStatus(error, status) {
    return error instanceof dist_cjs.S3ServiceException && error.$metadata.httpStatusCode === status;
}
async function withContext(what, run) {
    try {
        return await run();
    }
    catch (error) {
        throw new Error(`S3 cache: could not ${what}: ${describe(error)}`, { cause: error });
    }
}
/** HEAD answers carry no error body, so the status alone has to explain itself. */
const STATUS_HINTS = {
    403: 'access denied: the credentials need s3:GetObject, s3:PutObject, s3:DeleteObject and s3:ListBucket here',
    404: 'no such bucket',
};
function describe(error) {
    if (error instanceof dist_cjs.S3ServiceException) {
        const status = error.$metadata.httpStatusCode ?? 0;
        const hint = STATUS_HINTS[status];
        return `${error.name} (HTTP ${status}): ${error.message}${hint === undefined ? '' : ` (${hint})`}`;
    }
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/cache/s3-layout.js
/**
 * Where an entry lives in the bucket: `<prefix>/<encoded key>/manifest.json` next to
 * `<prefix>/<encoded key>/archive-<random id>`. The manifest is written last and names its archive, so two
 * concurrent saves of one key upload two archives but only one manifest wins, and it never points at the
 * loser's archive.
 */

/** S3 user metadata on the manifest object naming the archive object it belongs to. */
const META_ARCHIVE = 'archive';
/** S3 user metadata carrying the archive's sha256 (hex), on both objects. */
const META_SHA256 = 'sha256';
/** S3 user metadata on the manifest object: the manifest's createdAt, to order entries listed together. */
const META_CREATED = 'created-at';
const MANIFEST_LEAF = 'manifest.json';
/**
 * Cache keys may hold any character except commas. encodeURIComponent works character by character, so
 * encode(a + b) starts with encode(a): a restore-key prefix stays a prefix of the object keys.
 */
function encodeKey(key) {
    return encodeURIComponent(key);
}
class S3Layout {
    root;
    constructor(prefix = '') {
        const trimmed = prefix.replace(/^\/+|\/+$/g, '');
        this.root = trimmed === '' ? '' : `${trimmed}/`;
    }
    manifest(key) {
        return `${this.root}${encodeKey(key)}/${MANIFEST_LEAF}`;
    }
    /** A fresh archive object name for one save of `key`. */
    newArchive(key) {
        return `${this.root}${encodeKey(key)}/archive-${(0,external_node_crypto_.randomUUID)()}`;
    }
    /** Prefix to list for entries whose key starts with `keyPrefix`. */
    listPrefix(keyPrefix) {
        return `${this.root}${encodeKey(keyPrefix)}`;
    }
    /** The cache key of a listed object, if it is a manifest. */
    keyOfManifest(objectKey) {
        if (!objectKey.startsWith(this.root) || !objectKey.endsWith(`/${MANIFEST_LEAF}`))
            return undefined;
        const encoded = objectKey.slice(this.root.length, -(MANIFEST_LEAF.length + 1));
        if (encoded.includes('/'))
            return undefined;
        try {
            return decodeURIComponent(encoded);
        }
        catch {
            return undefined;
        }
    }
}

// EXTERNAL MODULE: ./build/cache/archive.js + 2 modules
var cache_archive = __webpack_require__(4408);
;// CONCATENATED MODULE: ./build/cache/s3-list.js
/**
 * Restore-key matching with GitHub's rules — the exact key, else the newest entry whose key starts with the
 * key, else with each restore key in turn — answered from one listing: restore keys are prefixes of the key
 * in practice, so listing their common prefix once finds every candidate, and a miss costs one round trip.
 */


/** The longest prefix every key shares. */
function commonPrefix(keys) {
    let prefix = keys[0] ?? '';
    for (const k of keys)
        while (!k.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    return prefix;
}
/** The key to restore for `key` / `restoreKeys`, found with one listing (more pages only past 1,000 entries). */
async function findEntry(s3, bucket, layout, key, restoreKeys, signal) {
    const listed = await listManifests(s3, bucket, layout, commonPrefix([key, ...restoreKeys]), signal);
    if (listed.some((c) => c.key === key))
        return key;
    for (const prefix of [key, ...restoreKeys]) {
        const matching = listed.filter((c) => c.key.startsWith(prefix));
        const newestAt = Math.max(...matching.map((c) => c.at));
        const newest = matching.filter((c) => c.at === newestAt);
        if (newest.length > 0)
            return newest.length > 1 ? breakTie(s3, bucket, layout, newest, signal) : newest[0]?.key;
    }
    return undefined;
}
/** Every manifest whose key starts with `keyPrefix`, with its LastModified. */
async function listManifests(s3, bucket, layout, keyPrefix, signal) {
    const found = [];
    let token;
    do {
        const page = await s3.send(new dist_cjs.ListObjectsV2Command({
            Bucket: bucket,
            Prefix: layout.listPrefix(keyPrefix),
            ...(token === undefined ? {} : { ContinuationToken: token }),
        }), { abortSignal: signal });
        for (const object of page.Contents ?? []) {
            const key = object.Key === undefined ? undefined : layout.keyOfManifest(object.Key);
            if (key !== undefined && key.startsWith(keyPrefix))
                found.push({ key, at: object.LastModified?.getTime() ?? 0 });
        }
        token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    return found;
}
/** LastModified has one-second resolution: entries saved within one second are ordered by createdAt. */
async function breakTie(s3, bucket, layout, tied, signal) {
    const stamped = await Promise.all(tied.map(async ({ key }) => {
        const head = await s3.send(new dist_cjs.HeadObjectCommand({ Bucket: bucket, Key: layout.manifest(key) }), {
            abortSignal: signal,
        });
        return { key, createdAt: head.Metadata?.[META_CREATED] ?? '' };
    }));
    stamped.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.key.localeCompare(a.key));
    return stamped[0]?.key;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(2358);
;// CONCATENATED MODULE: ./build/cache/s3-transfer.js
/** Moving one archive file to and from S3: multipart upload, parallel ranged download. */





/** 8 MiB: S3's multipart parts must be ≥ 5 MiB; 8 MiB matches the download ranges. */
const PART_SIZE = 8 * 1024 * 1024;
/** Parts or ranges in flight at once. */
const CONCURRENCY = 4;
/** Uploads `file` (multipart above PART_SIZE); aborted with the signal. */
async function uploadFile(s3, target, file, extras, opts) {
    opts.signal.throwIfAborted();
    const total = (await (0,promises_.stat)(file)).size;
    const upload = new lib_storage_dist_cjs/* Upload */._({
        client: s3,
        partSize: PART_SIZE,
        queueSize: CONCURRENCY,
        leavePartsOnError: false,
        params: {
            Bucket: target.bucket,
            Key: target.key,
            Body: (0,external_node_fs_.createReadStream)(file),
            ContentLength: total,
            Metadata: extras.metadata,
            ...(extras.kmsKeyId === undefined
                ? {}
                : { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: extras.kmsKeyId }),
        },
    });
    upload.on('httpUploadProgress', (p) => opts.progress?.({ bytes: p.loaded ?? 0, total }));
    const onAbort = () => void upload.abort().catch(() => undefined);
    opts.signal.addEventListener('abort', onAbort, { once: true });
    try {
        await upload.done();
    }
    finally {
        opts.signal.removeEventListener('abort', onAbort);
    }
    opts.signal.throwIfAborted();
}
/** Downloads `source` into `file` with CONCURRENCY ranged GETs of PART_SIZE bytes. */
async function downloadFile(s3, source, file, opts) {
    const head = await s3.send(new dist_cjs.HeadObjectCommand({ Bucket: source.bucket, Key: source.key }), {
        abortSignal: opts.signal,
    });
    const total = head.ContentLength ?? 0;
    const handle = await (0,promises_.open)(file, 'w');
    let done = 0;
    let next = 0;
    const worker = async () => {
        while (next < total) {
            const start = next;
            next = Math.min(total, start + PART_SIZE);
            const bytes = await getRange(s3, source, start, next - 1, opts.signal);
            await handle.write(bytes, 0, bytes.length, start);
            done += bytes.length;
            opts.progress?.({ bytes: done, total });
        }
    };
    try {
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    }
    finally {
        await handle.close();
    }
    if (done !== total)
        throw new Error(`downloaded ${done} of ${total} bytes of ${source.key}`);
    return total;
}
/** Parts fetched or being fetched that the consumer has not taken yet, at most (memory: 8 × 8 MiB). */
const STREAM_WINDOW = 2 * CONCURRENCY;
/**
 * The first `total` bytes of `source` as a stream, fetched as CONCURRENCY ranged GETs of PART_SIZE bytes and
 * emitted in order: the consumer (verify + extract) starts on the first part while the next ones download.
 * A finished GET starts the next one at once, not when the consumer takes a part, so a consumer busy with
 * one part (writing its files) never leaves the connections idle; at most STREAM_WINDOW parts are held.
 */
function downloadStream(s3, source, total, opts) {
    const queue = [];
    let next = 0;
    let active = 0;
    let closed = false;
    const fill = () => {
        while (!closed && active < CONCURRENCY && queue.length < STREAM_WINDOW && next < total) {
            const start = next;
            next = Math.min(total, start + PART_SIZE);
            active += 1;
            const part = getRange(s3, source, start, next - 1, opts.signal);
            part.then(() => ((active -= 1), fill()), () => (active -= 1));
            queue.push(part);
        }
    };
    async function* parts() {
        let done = 0;
        fill();
        while (queue.length > 0) {
            const bytes = await queue.shift();
            fill();
            done += bytes.length;
            opts.progress?.({ bytes: done, total });
            yield bytes;
        }
    }
    const stream = external_node_stream_.Readable.from(parts(), { objectMode: false, highWaterMark: 1 });
    stream.once('close', () => (closed = true)); // a consumer that stopped early starts no more GETs
    return stream;
}
async function getRange(s3, source, first, last, signal) {
    const res = await s3.send(new dist_cjs.GetObjectCommand({ Bucket: source.bucket, Key: source.key, Range: `bytes=${first}-${last}` }), { abortSignal: signal });
    if (res.Body === undefined)
        throw new Error(`empty body for ${source.key} bytes ${first}-${last}`);
    const bytes = await res.Body.transformToByteArray();
    if (bytes.length !== last - first + 1) {
        throw new Error(`short range for ${source.key}: wanted ${last - first + 1} bytes, got ${bytes.length}`);
    }
    return bytes;
}

// EXTERNAL MODULE: ./build/cache/types.js
var types = __webpack_require__(3756);
;// CONCATENATED MODULE: ./build/cache/s3.js
/**
 * The S3 backend: one entry = a manifest object naming an archive object (see s3-layout.ts). Entries are
 * immutable through a conditional put (`If-None-Match: *`) of the manifest, written after its archive.
 */










/** Few attempts: a cache is optional, so faults should surface (as warnings) rather than be waited out. */
const MAX_ATTEMPTS = 3;
function createS3Store(opts) {
    const s3 = new dist_cjs.S3Client({
        ...(0,aws/* sdkConfig */.b)(opts.client ?? {}),
        maxAttempts: MAX_ATTEMPTS,
        ...(opts.endpoint === undefined ? {} : { endpoint: opts.endpoint, forcePathStyle: true }),
    });
    const ctx = {
        s3,
        bucket: opts.bucket,
        layout: new S3Layout(opts.prefix),
        kmsKeyId: opts.kmsKeyId,
    };
    const where = `s3://${opts.bucket}/${opts.prefix ?? ''}`;
    return {
        kind: 's3',
        lookup: (key, restoreKeys, transfer) => withContext(`look up ${key} in ${where}`, () => lookup(ctx, key, restoreKeys, transfer)),
        restore: (bundleDir, key, restoreKeys, transfer) => withContext(`restore ${key} from ${where}`, () => restore(ctx, bundleDir, key, restoreKeys, transfer)),
        open: (key, restoreKeys, transfer) => withContext(`restore ${key} from ${where}`, () => s3_open(ctx, key, restoreKeys, transfer)),
        save: (bundleDir, key, transfer) => withContext(`save ${key} to ${where}`, () => save(ctx, bundleDir, key, transfer)),
    };
}
/** The entry restore would choose, from the listing alone (a HEAD per tie): no object is read. */
async function lookup(ctx, key, restoreKeys, t) {
    const matchedKey = await findEntry(ctx.s3, ctx.bucket, ctx.layout, key, restoreKeys, t.signal);
    return matchedKey === undefined ? undefined : { matchedKey, exact: matchedKey === key };
}
/** The entry to restore: its key, manifest text and archive object (one LIST, then one GET). */
async function locate(ctx, key, restoreKeys, t) {
    const matchedKey = (await lookup(ctx, key, restoreKeys, t))?.matchedKey;
    if (matchedKey === undefined)
        return undefined;
    const manifest = await ctx.s3.send(new dist_cjs.GetObjectCommand({ Bucket: ctx.bucket, Key: ctx.layout.manifest(matchedKey) }), { abortSignal: t.signal });
    const archiveKey = manifest.Metadata?.[META_ARCHIVE];
    if (archiveKey === undefined || manifest.Body === undefined)
        throw new Error(`the manifest of ${matchedKey} does not name its archive`);
    return { matchedKey, exact: matchedKey === key, archiveKey, text: await manifest.Body.transformToString() };
}
async function restore(ctx, bundleDir, key, restoreKeys, t) {
    const found = await locate(ctx, key, restoreKeys, t);
    if (found === undefined)
        return undefined;
    await (0,promises_.mkdir)(bundleDir, { recursive: true });
    const archive = { bucket: ctx.bucket, key: found.archiveKey };
    await downloadFile(ctx.s3, archive, (0,external_node_path_.join)(bundleDir, types/* BUNDLE_ARCHIVE */.i), t);
    await (0,promises_.writeFile)((0,external_node_path_.join)(bundleDir, types/* BUNDLE_MANIFEST */.R), found.text);
    return { matchedKey: found.matchedKey, exact: found.exact };
}
/** Streams the archive: the manifest's size plans the ranges (a lying size fails the size check). */
async function s3_open(ctx, key, restoreKeys, t) {
    const found = await locate(ctx, key, restoreKeys, t);
    if (found === undefined)
        return undefined;
    const manifest = (0,cache_archive/* parseManifest */.Ng)(found.text);
    const object = { Bucket: ctx.bucket, Key: found.archiveKey };
    const head = await ctx.s3.send(new dist_cjs.HeadObjectCommand(object), { abortSignal: t.signal });
    (0,cache_archive/* checkArchiveSize */.gg)(head.ContentLength, manifest);
    const archive = downloadStream(ctx.s3, { bucket: ctx.bucket, key: found.archiveKey }, manifest.size, t);
    return { matchedKey: found.matchedKey, exact: found.exact, manifest, archive };
}
async function save(ctx, bundleDir, key, t) {
    // Cheap early exit; the conditional put below is what actually guarantees immutability.
    if (await headManifest(ctx, key, t.signal))
        return 'exists';
    const manifestText = await (0,promises_.readFile)((0,external_node_path_.join)(bundleDir, types/* BUNDLE_MANIFEST */.R), 'utf8');
    const { sha256, createdAt } = JSON.parse(manifestText);
    const archiveKey = ctx.layout.newArchive(key);
    const kms = ctx.kmsKeyId === undefined ? {} : { kmsKeyId: ctx.kmsKeyId };
    const archiveRef = { bucket: ctx.bucket, key: archiveKey };
    await uploadFile(ctx.s3, archiveRef, (0,external_node_path_.join)(bundleDir, types/* BUNDLE_ARCHIVE */.i), { metadata: { [META_SHA256]: sha256 }, ...kms }, t);
    try {
        await ctx.s3.send(new dist_cjs.PutObjectCommand({
            Bucket: ctx.bucket,
            Key: ctx.layout.manifest(key),
            Body: manifestText,
            ContentType: 'application/json',
            IfNoneMatch: '*',
            Metadata: { [META_ARCHIVE]: archiveKey, [META_SHA256]: sha256, [META_CREATED]: createdAt },
            ...(ctx.kmsKeyId === undefined ? {} : { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: ctx.kmsKeyId }),
        }), { abortSignal: t.signal });
        return 'saved';
    }
    catch (error) {
        // 412: another save won; 409: it is still writing. Either way our archive is referenced by nobody.
        await deleteQuietly(ctx, archiveKey);
        if (isStatus(error, 412) || isStatus(error, 409))
            return 'exists';
        throw error;
    }
}
async function headManifest(ctx, key, signal) {
    try {
        await ctx.s3.send(new dist_cjs.HeadObjectCommand({ Bucket: ctx.bucket, Key: ctx.layout.manifest(key) }), {
            abortSignal: signal,
        });
        return true;
    }
    catch (error) {
        if (isStatus(error, 404))
            return false;
        throw error;
    }
}
async function deleteQuietly(ctx, key) {
    await ctx.s3.send(new dist_cjs.DeleteObjectCommand({ Bucket: ctx.bucket, Key: key })).catch(() => undefined);
}


/***/ })

};
