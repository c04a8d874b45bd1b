export const id = 418;
export const ids = [418];
export const modules = {

/***/ 22358:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { PutObjectCommand, ChecksumAlgorithm, CreateMultipartUploadCommand, AbortMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand, PutObjectTaggingCommand } = __webpack_require__(53711);
const { toEndpointV1, getEndpointFromInstructions } = __webpack_require__(62085);
const { extendedEncodeURIComponent } = __webpack_require__(93422);
const { EventEmitter } = __webpack_require__(24434);
const { Buffer } = __webpack_require__(20181);
const { lstatSync, ReadStream } = __webpack_require__(73024);
const { Readable } = __webpack_require__(2203);

const runtimeConfigShared = {
    lstatSync: () => { },
    isFileReadStream(f) {
        return false;
    },
};

const runtimeConfig = {
    ...runtimeConfigShared,
    runtime: "node",
    lstatSync,
    isFileReadStream(f) {
        return f instanceof ReadStream;
    },
};

const byteLength = (input) => {
    if (input == null) {
        return 0;
    }
    if (typeof input === "string") {
        return Buffer.byteLength(input);
    }
    if (typeof input.byteLength === "number") {
        return input.byteLength;
    }
    else if (typeof input.length === "number") {
        return input.length;
    }
    else if (typeof input.size === "number") {
        return input.size;
    }
    else if (typeof input.start === "number" && typeof input.end === "number") {
        return input.end + 1 - input.start;
    }
    else if (runtimeConfig.isFileReadStream(input)) {
        try {
            return runtimeConfig.lstatSync(input.path).size;
        }
        catch (error) {
            return undefined;
        }
    }
    return undefined;
};

var BYTE_LENGTH_SOURCE;
(function (BYTE_LENGTH_SOURCE) {
    BYTE_LENGTH_SOURCE["EMPTY_INPUT"] = "a null or undefined Body";
    BYTE_LENGTH_SOURCE["CONTENT_LENGTH"] = "the ContentLength property of the params set by the caller";
    BYTE_LENGTH_SOURCE["STRING_LENGTH"] = "the encoded byte length of the Body string";
    BYTE_LENGTH_SOURCE["TYPED_ARRAY"] = "the byteLength of a typed byte array such as Uint8Array";
    BYTE_LENGTH_SOURCE["LENGTH"] = "the value of Body.length";
    BYTE_LENGTH_SOURCE["SIZE"] = "the value of Body.size";
    BYTE_LENGTH_SOURCE["START_END_DIFF"] = "the numeric difference between Body.start and Body.end";
    BYTE_LENGTH_SOURCE["LSTAT"] = "the size of the file given by Body.path on disk as reported by lstatSync";
})(BYTE_LENGTH_SOURCE || (BYTE_LENGTH_SOURCE = {}));
const byteLengthSource = (input, override) => {
    if (override != null) {
        return BYTE_LENGTH_SOURCE.CONTENT_LENGTH;
    }
    if (input == null) {
        return BYTE_LENGTH_SOURCE.EMPTY_INPUT;
    }
    if (typeof input === "string") {
        return BYTE_LENGTH_SOURCE.STRING_LENGTH;
    }
    if (typeof input.byteLength === "number") {
        return BYTE_LENGTH_SOURCE.TYPED_ARRAY;
    }
    else if (typeof input.length === "number") {
        return BYTE_LENGTH_SOURCE.LENGTH;
    }
    else if (typeof input.size === "number") {
        return BYTE_LENGTH_SOURCE.SIZE;
    }
    else if (typeof input.start === "number" && typeof input.end === "number") {
        return BYTE_LENGTH_SOURCE.START_END_DIFF;
    }
    else if (runtimeConfig.isFileReadStream(input)) {
        try {
            runtimeConfig.lstatSync(input.path).size;
            return BYTE_LENGTH_SOURCE.LSTAT;
        }
        catch (error) {
            return undefined;
        }
    }
    return undefined;
};

async function* getChunkStream(data, partSize, getNextData) {
    let partNumber = 1;
    const currentBuffer = { chunks: [], length: 0 };
    for await (const datum of getNextData(data)) {
        currentBuffer.chunks.push(datum);
        currentBuffer.length += datum.byteLength;
        while (currentBuffer.length > partSize) {
            const dataChunk = currentBuffer.chunks.length > 1 ? Buffer.concat(currentBuffer.chunks) : currentBuffer.chunks[0];
            yield {
                partNumber,
                data: dataChunk.subarray(0, partSize),
            };
            currentBuffer.chunks = [dataChunk.subarray(partSize)];
            currentBuffer.length = currentBuffer.chunks[0].byteLength;
            partNumber += 1;
        }
    }
    yield {
        partNumber,
        data: currentBuffer.chunks.length !== 1 ? Buffer.concat(currentBuffer.chunks) : currentBuffer.chunks[0],
        lastPart: true,
    };
}

async function* getChunkUint8Array(data, partSize) {
    let partNumber = 1;
    let startByte = 0;
    let endByte = partSize;
    while (endByte < data.byteLength) {
        yield {
            partNumber,
            data: data.subarray(startByte, endByte),
        };
        partNumber += 1;
        startByte = endByte;
        endByte = startByte + partSize;
    }
    yield {
        partNumber,
        data: data.subarray(startByte),
        lastPart: true,
    };
}

async function* getDataReadable(data) {
    for await (const chunk of data) {
        if (Buffer.isBuffer(chunk) || chunk instanceof Uint8Array) {
            yield chunk;
        }
        else {
            yield Buffer.from(chunk);
        }
    }
}

async function* getDataReadableStream(data) {
    const reader = data.getReader();
    try {
        while (true) {
            const { done, value } = await reader.read();
            if (done) {
                return;
            }
            if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
                yield value;
            }
            else {
                yield Buffer.from(value);
            }
        }
    }
    catch (e) {
        throw e;
    }
    finally {
        reader.releaseLock();
    }
}

const getChunk = (data, partSize) => {
    if (data instanceof Uint8Array) {
        return getChunkUint8Array(data, partSize);
    }
    if (data instanceof Readable) {
        return getChunkStream(data, partSize, getDataReadable);
    }
    if (data instanceof String || typeof data === "string") {
        return getChunkUint8Array(Buffer.from(data), partSize);
    }
    if (typeof data.stream === "function") {
        return getChunkStream(data.stream(), partSize, getDataReadableStream);
    }
    if (data instanceof ReadableStream) {
        return getChunkStream(data, partSize, getDataReadableStream);
    }
    throw new Error("Body Data is unsupported format, expected data to be one of: string | Uint8Array | Buffer | Readable | ReadableStream | Blob;.");
};

class Upload extends EventEmitter {
    static MIN_PART_SIZE = 1024 * 1024 * 5;
    MAX_PARTS = 10_000;
    queueSize = 4;
    partSize;
    leavePartsOnError = false;
    tags = [];
    client;
    params;
    totalBytes;
    totalBytesSource;
    bytesUploadedSoFar;
    abortController;
    concurrentUploaders = [];
    createMultiPartPromise;
    abortMultipartUploadCommand = null;
    uploadedParts = [];
    uploadEnqueuedPartsCount = 0;
    expectedPartsCount;
    uploadId;
    uploadEvent;
    isMultiPart = true;
    singleUploadResult;
    sent = false;
    constructor(options) {
        super();
        this.queueSize = options.queueSize || this.queueSize;
        this.leavePartsOnError = options.leavePartsOnError || this.leavePartsOnError;
        this.tags = options.tags || this.tags;
        this.client = options.client;
        this.params = options.params;
        if (!this.params) {
            throw new Error(`InputError: Upload requires params to be passed to upload.`);
        }
        this.totalBytes = this.params.ContentLength ?? byteLength(this.params.Body);
        this.totalBytesSource = byteLengthSource(this.params.Body, this.params.ContentLength);
        this.bytesUploadedSoFar = 0;
        this.abortController = options.abortController ?? new AbortController();
        this.partSize =
            options.partSize || Math.max(Upload.MIN_PART_SIZE, Math.ceil((this.totalBytes || 0) / this.MAX_PARTS));
        if (this.totalBytes !== undefined) {
            this.expectedPartsCount = Math.ceil(this.totalBytes / this.partSize);
        }
        this.__validateInput();
    }
    async abort() {
        this.abortController.abort();
    }
    async done() {
        if (this.sent) {
            throw new Error("@aws-sdk/lib-storage: this instance of Upload has already executed .done(). Create a new instance.");
        }
        this.sent = true;
        return await Promise.race([this.__doMultipartUpload(), this.__abortTimeout(this.abortController.signal)]);
    }
    on(event, listener) {
        this.uploadEvent = event;
        return super.on(event, listener);
    }
    async __uploadUsingPut(dataPart) {
        this.isMultiPart = false;
        const params = { ...this.params, Body: dataPart.data };
        const clientConfig = this.client.config;
        const requestHandler = clientConfig.requestHandler;
        const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
        const uploadEventListener = (event) => {
            this.bytesUploadedSoFar = event.loaded;
            this.totalBytes = event.total;
            this.__notifyProgress({
                loaded: this.bytesUploadedSoFar,
                total: this.totalBytes,
                part: dataPart.partNumber,
                Key: this.params.Key,
                Bucket: this.params.Bucket,
            });
        };
        if (eventEmitter !== null) {
            eventEmitter.on("xhr.upload.progress", uploadEventListener);
        }
        const resolved = await Promise.all([this.client.send(new PutObjectCommand(params)), clientConfig?.endpoint?.()]);
        const putResult = resolved[0];
        let endpoint = resolved[1];
        if (!endpoint) {
            endpoint = toEndpointV1(await getEndpointFromInstructions(params, PutObjectCommand, {
                ...clientConfig,
            }));
        }
        if (!endpoint) {
            throw new Error('Could not resolve endpoint from S3 "client.config.endpoint()" nor EndpointsV2.');
        }
        if (eventEmitter !== null) {
            eventEmitter.off("xhr.upload.progress", uploadEventListener);
        }
        const locationKey = this.params
            .Key.split("/")
            .map((segment) => extendedEncodeURIComponent(segment))
            .join("/");
        const locationBucket = extendedEncodeURIComponent(this.params.Bucket);
        const Location = (() => {
            const endpointHostnameIncludesBucket = endpoint.hostname.startsWith(`${locationBucket}.`);
            const forcePathStyle = this.client.config.forcePathStyle;
            const optionalPort = endpoint.port ? `:${endpoint.port}` : ``;
            if (forcePathStyle) {
                return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationBucket}/${locationKey}`;
            }
            if (endpointHostnameIncludesBucket) {
                return `${endpoint.protocol}//${endpoint.hostname}${optionalPort}/${locationKey}`;
            }
            return `${endpoint.protocol}//${locationBucket}.${endpoint.hostname}${optionalPort}/${locationKey}`;
        })();
        this.singleUploadResult = {
            ...putResult,
            Bucket: this.params.Bucket,
            Key: this.params.Key,
            Location,
        };
        const totalSize = byteLength(dataPart.data);
        this.__notifyProgress({
            loaded: totalSize,
            total: totalSize,
            part: 1,
            Key: this.params.Key,
            Bucket: this.params.Bucket,
        });
    }
    async __createMultipartUpload() {
        const requestChecksumCalculation = await this.client.config.requestChecksumCalculation();
        if (!this.createMultiPartPromise) {
            const createCommandParams = { ...this.params, Body: undefined };
            if (requestChecksumCalculation === "WHEN_SUPPORTED") {
                createCommandParams.ChecksumAlgorithm = this.params.ChecksumAlgorithm || ChecksumAlgorithm.CRC32;
            }
            this.createMultiPartPromise = this.client
                .send(new CreateMultipartUploadCommand(createCommandParams))
                .then((createMpuResponse) => {
                this.abortMultipartUploadCommand = new AbortMultipartUploadCommand({
                    Bucket: this.params.Bucket,
                    Key: this.params.Key,
                    UploadId: createMpuResponse.UploadId,
                });
                return createMpuResponse;
            });
        }
        return this.createMultiPartPromise;
    }
    async __doConcurrentUpload(dataFeeder) {
        for await (const dataPart of dataFeeder) {
            if (this.uploadEnqueuedPartsCount > this.MAX_PARTS) {
                throw new Error(`Exceeded ${this.MAX_PARTS} parts in multipart upload to Bucket: ${this.params.Bucket} Key: ${this.params.Key}.`);
            }
            if (this.abortController.signal.aborted) {
                return;
            }
            if (dataPart.partNumber === 1 && dataPart.lastPart) {
                return await this.__uploadUsingPut(dataPart);
            }
            if (!this.uploadId) {
                const { UploadId } = await this.__createMultipartUpload();
                this.uploadId = UploadId;
                if (this.abortController.signal.aborted) {
                    return;
                }
            }
            const partSize = byteLength(dataPart.data) || 0;
            const requestHandler = this.client.config.requestHandler;
            const eventEmitter = requestHandler instanceof EventEmitter ? requestHandler : null;
            let lastSeenBytes = 0;
            const uploadEventListener = (event, request) => {
                const requestPartSize = Number(request.query["partNumber"]) || -1;
                if (requestPartSize !== dataPart.partNumber) {
                    return;
                }
                if (event.total && partSize) {
                    this.bytesUploadedSoFar += event.loaded - lastSeenBytes;
                    lastSeenBytes = event.loaded;
                }
                this.__notifyProgress({
                    loaded: this.bytesUploadedSoFar,
                    total: this.totalBytes,
                    part: dataPart.partNumber,
                    Key: this.params.Key,
                    Bucket: this.params.Bucket,
                });
            };
            if (eventEmitter !== null) {
                eventEmitter.on("xhr.upload.progress", uploadEventListener);
            }
            this.uploadEnqueuedPartsCount += 1;
            this.__validateUploadPart(dataPart);
            const partResult = await this.client.send(new UploadPartCommand({
                ...this.params,
                ContentLength: undefined,
                UploadId: this.uploadId,
                Body: dataPart.data,
                PartNumber: dataPart.partNumber,
            }));
            if (eventEmitter !== null) {
                eventEmitter.off("xhr.upload.progress", uploadEventListener);
            }
            if (this.abortController.signal.aborted) {
                return;
            }
            if (!partResult.ETag) {
                throw new Error(`Part ${dataPart.partNumber} is missing ETag in UploadPart response. Missing Bucket CORS configuration for ETag header?`);
            }
            this.uploadedParts.push({
                PartNumber: dataPart.partNumber,
                ETag: partResult.ETag,
                ...(partResult.ChecksumCRC32 && { ChecksumCRC32: partResult.ChecksumCRC32 }),
                ...(partResult.ChecksumCRC32C && { ChecksumCRC32C: partResult.ChecksumCRC32C }),
                ...(partResult.ChecksumSHA1 && { ChecksumSHA1: partResult.ChecksumSHA1 }),
                ...(partResult.ChecksumSHA256 && { ChecksumSHA256: partResult.ChecksumSHA256 }),
            });
            if (eventEmitter === null) {
                this.bytesUploadedSoFar += partSize;
            }
            this.__notifyProgress({
                loaded: this.bytesUploadedSoFar,
                total: this.totalBytes,
                part: dataPart.partNumber,
                Key: this.params.Key,
                Bucket: this.params.Bucket,
            });
        }
    }
    async __doMultipartUpload() {
        const dataFeeder = getChunk(this.params.Body, this.partSize);
        const concurrentUploaderFailures = [];
        for (let index = 0; index < this.queueSize; index++) {
            const currentUpload = this.__doConcurrentUpload(dataFeeder).catch((err) => {
                concurrentUploaderFailures.push(err);
            });
            this.concurrentUploaders.push(currentUpload);
        }
        await Promise.all(this.concurrentUploaders);
        if (concurrentUploaderFailures.length >= 1) {
            await this.markUploadAsAborted();
            throw concurrentUploaderFailures[0];
        }
        if (this.abortController.signal.aborted) {
            await this.markUploadAsAborted();
            throw Object.assign(new Error("Upload aborted."), { name: "AbortError" });
        }
        let result;
        if (this.isMultiPart) {
            const { expectedPartsCount, uploadedParts, totalBytes, totalBytesSource } = this;
            if (totalBytes !== undefined && expectedPartsCount !== undefined && uploadedParts.length !== expectedPartsCount) {
                throw new Error(`Expected ${expectedPartsCount} part(s) but uploaded ${uploadedParts.length} part(s).
The expected part count is based on the byte-count of the input.params.Body,
which was read from ${totalBytesSource} and is ${totalBytes}.
If this is not correct, provide an override value by setting a number
to input.params.ContentLength in bytes.
`);
            }
            this.uploadedParts.sort((a, b) => a.PartNumber - b.PartNumber);
            const uploadCompleteParams = {
                ...this.params,
                Body: undefined,
                UploadId: this.uploadId,
                MultipartUpload: {
                    Parts: this.uploadedParts,
                },
            };
            result = await this.client.send(new CompleteMultipartUploadCommand(uploadCompleteParams));
            if (typeof result?.Location === "string" && result.Location.includes("%2F")) {
                result.Location = result.Location.replace(/%2F/g, "/");
            }
        }
        else {
            result = this.singleUploadResult;
        }
        this.abortMultipartUploadCommand = null;
        if (this.tags.length) {
            await this.client.send(new PutObjectTaggingCommand({
                ...this.params,
                Tagging: {
                    TagSet: this.tags,
                },
            }));
        }
        return result;
    }
    async markUploadAsAborted() {
        if (this.uploadId && !this.leavePartsOnError && null !== this.abortMultipartUploadCommand) {
            await this.client.send(this.abortMultipartUploadCommand);
            this.abortMultipartUploadCommand = null;
        }
    }
    __notifyProgress(progress) {
        if (this.uploadEvent) {
            this.emit(this.uploadEvent, progress);
        }
    }
    async __abortTimeout(abortSignal) {
        return new Promise((resolve, reject) => {
            abortSignal.onabort = () => {
                const abortError = new Error("Upload aborted.");
                abortError.name = "AbortError";
                reject(abortError);
            };
        });
    }
    __validateUploadPart(dataPart) {
        const actualPartSize = byteLength(dataPart.data);
        if (actualPartSize === undefined) {
            throw new Error(`A dataPart was generated without a measurable data chunk size for part number ${dataPart.partNumber}`);
        }
        if (dataPart.partNumber === 1 && dataPart.lastPart) {
            return;
        }
        if (!dataPart.lastPart && actualPartSize !== this.partSize) {
            throw new Error(`The byte size for part number ${dataPart.partNumber}, size ${actualPartSize} does not match expected size ${this.partSize}`);
        }
    }
    __validateInput() {
        if (!this.client) {
            throw new Error(`InputError: Upload requires a AWS client to do uploads with.`);
        }
        if (this.partSize < Upload.MIN_PART_SIZE) {
            throw new Error(`EntityTooSmall: Your proposed upload part size [${this.partSize}] is smaller than the minimum allowed size [${Upload.MIN_PART_SIZE}] (5MB)`);
        }
        if (this.queueSize < 1) {
            throw new Error(`Queue size: Must have at least one uploading queue.`);
        }
    }
}

exports._ = Upload;


/***/ }),

/***/ 82418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createS3Store: () => (/* binding */ createS3Store)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
// EXTERNAL MODULE: ./build/aws/index.js + 5 modules
var aws = __webpack_require__(61465);
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
var external_node_crypto_ = __webpack_require__(77598);
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
var cache_archive = __webpack_require__(54408);
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
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(22358);
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
var types = __webpack_require__(23756);
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
