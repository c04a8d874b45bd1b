export const id = 316;
export const ids = [316];
export const modules = {

/***/ 94554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runEmulator: () => (/* binding */ runEmulator)
/* harmony export */ });
/* harmony import */ var _emulator_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34705);
/* harmony import */ var _emulator_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95694);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50422);



/** `codeartifact-cache emulator`: start, print the endpoint line(s), run until SIGINT/SIGTERM. */
async function runEmulator(flags) {
    const options = parseFlags(flags);
    const emulator = await (0,_emulator_index_js__WEBPACK_IMPORTED_MODULE_0__/* .startEmulator */ .s)(options);
    // Listen for signals before announcing the endpoint: a script may stop us the moment it reads the line.
    const stopped = new Promise((resolve) => {
        const stop = () => {
            process.stderr.write('Stopping the emulator.\n');
            emulator.close().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });
    // The lines scripts wait for, valid shell assignments (the CA line last: a script that sees the endpoint
    // of an HTTPS emulator knows one more line follows); everything else goes to stderr.
    const caLine = emulator.tls ? `CODEARTIFACT_CA_BUNDLE=${shellQuote(emulator.tls.caFile)}\n` : '';
    process.stdout.write(`CODEARTIFACT_ENDPOINT=${emulator.endpoint}\n${caLine}`);
    process.stderr.write(describe(emulator));
    await stopped;
}
function describe(emulator) {
    const { ctx } = emulator;
    const embedded = emulator.publicRegistry ? ' (embedded)' : '';
    return [
        `CodeArtifact emulator listening on ${emulator.endpoint}`,
        `  public npm:  ${ctx.publicUrls.npm}${embedded}`,
        `  public pypi: ${ctx.publicUrls.pypi}${embedded}`,
        ...Object.values(ctx.store.state.domains).map((d) => `  domain ${d.name} (${d.owner}): ${Object.keys(d.repositories).join(', ')}`),
        `  audit log: ${emulator.endpoint}/_emulator/audit`,
        ...(emulator.tls
            ? [
                `  TLS: trust the CA in ${emulator.tls.caFile} (NODE_EXTRA_CA_CERTS, AWS_CA_BUNDLE, PIP_CERT,`,
                `       REQUESTS_CA_BUNDLE, SSL_CERT_FILE); server key pair in ${emulator.tls.dir}`,
            ]
            : []),
        '',
    ].join('\n');
}
/** A path as one shell word: as it is when safe, else single-quoted. */
function shellQuote(path) {
    return /^[A-Za-z0-9_./:@%+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
function parseFlags(flags) {
    const options = {
        port: integer(flags.port, '--port', 0, 65535),
        publicLatencyMs: integer(flags.publicLatencyMs, '--public-latency-ms', 0, 600_000),
        metadataTtlSeconds: integer(flags.metadataTtlSeconds, '--metadata-ttl-seconds', 0, 86_400),
    };
    if (flags.config) {
        try {
            options.config = (0,_emulator_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(flags.config);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(err.message, { cause: err });
        }
    }
    if (flags.dataDir)
        options.dataDir = flags.dataDir;
    if (flags.tls)
        options.tls = true;
    if (flags.publicNpm)
        options.publicNpm = httpUrl(flags.publicNpm, '--public-npm');
    if (flags.publicPypi)
        options.publicPypi = httpUrl(flags.publicPypi, '--public-pypi');
    if (Boolean(flags.accessKeyId) !== Boolean(flags.secretAccessKey)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--access-key-id and --secret-access-key go together: give both or neither');
    }
    if (flags.accessKeyId && flags.secretAccessKey) {
        options.credentials = { accessKeyId: flags.accessKeyId, secretAccessKey: flags.secretAccessKey };
    }
    return options;
}
function integer(value, name, min, max) {
    const n = Number(value);
    if (value === undefined || !/^\d+$/.test(value) || n < min || n > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} must be an integer from ${min} to ${max} (got '${value ?? ''}')`);
    }
    return n;
}
/** An http(s) URL with a trailing slash, so relative paths resolve under it. */
function httpUrl(value, name) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} must be an http:// or https:// URL (got '${value}')`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${name} must be an http:// or https:// URL (got '${value}')`);
    }
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
}


/***/ })

};
