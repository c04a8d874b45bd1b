export const id = 318;
export const ids = [318];
export const modules = {

/***/ 37318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubStore: () => (/* binding */ createGitHubStore),
/* harmony export */   defaultStagingDir: () => (/* binding */ defaultStagingDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23756);
/**
 * The GitHub backend: @actions/cache on a fixed staging directory. GitHub's cache version hashes the
 * paths, so save and restore must name the same directory; the bundle is copied into it before a save and
 * moved out of it after a restore.
 */




const BUNDLE_FILES = [_types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_ARCHIVE */ .i, _types_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MANIFEST */ .R];
/** The staging directory under the runner's temp directory (RUNNER_TEMP, read by the platform). */
function defaultStagingDir(runnerTemp) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runnerTemp ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'codeartifact-cache', 'bundle');
}
function createGitHubStore(opts = {}) {
    const stagingDir = opts.stagingDir ?? defaultStagingDir(undefined);
    return {
        kind: 'github',
        lookup: (key, restoreKeys, transfer) => bounded(transfer, `look up ${key}`, () => lookup(stagingDir, key, restoreKeys)),
        restore: (bundleDir, key, restoreKeys, transfer) => bounded(transfer, `restore ${key}`, () => restore(stagingDir, bundleDir, key, restoreKeys)),
        save: (bundleDir, key, transfer) => bounded(transfer, `save ${key}`, () => save(stagingDir, bundleDir, key, opts.confirmSaves ?? false)),
    };
}
async function loadCache() {
    // Loaded on use: importing @actions/cache costs ~0.3 s, wasted by commands that do not cache.
    const cache = await __webpack_require__.e(/* import() */ 360).then(__webpack_require__.bind(__webpack_require__, 32360));
    if (!cache.isFeatureAvailable()) {
        throw new Error('the GitHub cache service is not available here (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)');
    }
    return cache;
}
/**
 * GitHub's own lookup-only: one call to the cache service, no download. The staging directory is only part
 * of the version here, so it is not created.
 */
async function lookup(stagingDir, key, restoreKeys) {
    const cache = await loadCache();
    const matchedKey = await cache.restoreCache([stagingDir], key, [...restoreKeys], { lookupOnly: true });
    return matchedKey === undefined
        ? undefined
        : { matchedKey, exact: matchedKey === key };
}
async function restore(stagingDir, bundleDir, key, restoreKeys) {
    const cache = await loadCache();
    await resetDir(stagingDir);
    // @actions/cache turns service faults into its own warning and a miss: they cannot be told apart here.
    const matchedKey = await cache.restoreCache([stagingDir], key, [...restoreKeys]);
    if (matchedKey === undefined)
        return undefined;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(bundleDir, { recursive: true });
    for (const name of BUNDLE_FILES)
        await moveFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stagingDir, name), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(bundleDir, name));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(stagingDir, { recursive: true, force: true });
    return { matchedKey, exact: matchedKey === key };
}
async function save(stagingDir, bundleDir, key, confirm) {
    const cache = await loadCache();
    await resetDir(stagingDir);
    for (const name of BUNDLE_FILES)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(bundleDir, name), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stagingDir, name));
    let id;
    try {
        id = await cache.saveCache([stagingDir], key);
    }
    catch (error) {
        if (isTaken(error))
            return 'exists';
        throw error;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(stagingDir, { recursive: true, force: true });
    }
    if (id !== -1 && !confirm)
        return 'saved';
    // saveCache reports every failure as -1 (reservation conflicts included) after logging it: ask whether
    // the key is now taken to tell "someone else saved it" from a real failure. On v1 an id proves nothing.
    const found = await cache.restoreCache([stagingDir], key, [], { lookupOnly: true });
    if (found === key)
        return id === -1 ? 'exists' : 'saved';
    throw new Error('@actions/cache did not save the entry (its warning above says why)');
}
function isTaken(error) {
    return (error instanceof Error && (error.name === 'ReserveCacheError' || /already exists/i.test(error.message)));
}
async function resetDir(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
}
async function moveFile(from, to) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(from, to);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(from, to);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(from, { force: true });
    }
}
/**
 * @actions/cache takes no AbortSignal: the caller stops waiting when the signal fires (the transfer itself
 * is left to the process's exit), so a hanging service cannot hang the build.
 */
async function bounded(transfer, what, run) {
    const { signal } = transfer;
    let onAbort = () => undefined;
    const aborted = new Promise((_, reject) => {
        onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([run(), aborted]);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`GitHub cache: could not ${what}: ${message}`, { cause: error });
    }
    finally {
        signal.removeEventListener('abort', onAbort);
    }
}


/***/ })

};
