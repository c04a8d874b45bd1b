export const id = 641;
export const ids = [641];
export const modules = {

/***/ 92641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  processDeps: () => (/* binding */ processDeps)
});

// EXTERNAL MODULE: ./build/aws/index.js + 5 modules
var build_aws = __webpack_require__(61465);
// EXTERNAL MODULE: ./build/core/run-env.js
var run_env = __webpack_require__(34161);
// EXTERNAL MODULE: ./build/ops/hints.js
var hints = __webpack_require__(80845);
// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(26848);
;// CONCATENATED MODULE: ./build/ops/io.js

/** The process's terminal. */
function processIo() {
    return {
        out: (text) => void process.stdout.write(`${text}\n`),
        err: (text) => void process.stderr.write(`${text}\n`),
        interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
        async confirm(question) {
            const rl = (0,promises_.createInterface)({ input: process.stdin, output: process.stdout });
            try {
                return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
            }
            finally {
                rl.close();
            }
        },
    };
}

// EXTERNAL MODULE: ./build/run/session.js
var session = __webpack_require__(65834);
;// CONCATENATED MODULE: ./build/cli/ops-deps.js





/**
 * The operational commands' world, read at the edge: the environment once (region variables, proxy),
 * the real SDK and the terminal. The region is resolved the way login and the cache resolve it.
 */
function processDeps(env = process.env) {
    const runEnv = (0,run_env/* readRunEnvironment */.P)(env);
    const aws = (0,build_aws/* sdkAws */.M)();
    const io = processIo();
    // Resolved once per command (its report stays clean: the region shows in the errors that need it).
    let resolved;
    const region = (input) => (resolved ??= (0,session/* resolveRegion */.Z)(input, runEnv.aws, aws).then((r) => r.region));
    return {
        io,
        region,
        self: (0,hints/* invocation */.He)(process.argv[1], process.cwd()),
        api: async (target) => {
            const { sdkOpsApi } = await __webpack_require__.e(/* import() */ 102).then(__webpack_require__.bind(__webpack_require__, 50102));
            return sdkOpsApi({ region: await region(target.region), proxy: runEnv.aws.proxy });
        },
    };
}


/***/ }),

/***/ 80845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ invocation),
/* harmony export */   Vw: () => (/* binding */ hintCommand),
/* harmony export */   r5: () => (/* binding */ DEFAULT_SELF)
/* harmony export */ });
/* unused harmony export shellWord */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/** Used when nothing tells how the CLI was started (tests, the library called directly). */
const DEFAULT_SELF = 'codeartifact-cache';
const SAFE = /^[A-Za-z0-9@%+=:,./_-]+$/;
/** One shell word: left alone when safe, else single-quoted. */
const shellWord = (arg) => (SAFE.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
/**
 * How the user started this CLI, so a printed hint pastes as it is: the installed bin by its name (it is
 * on PATH), else `node <the script as a path from the working directory>` (a clone's dist/cli/index.js).
 */
function invocation(script, cwd) {
    if (script === undefined)
        return DEFAULT_SELF;
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(script) === DEFAULT_SELF)
        return DEFAULT_SELF;
    const fromCwd = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, script);
    const path = fromCwd.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(fromCwd) ? script : fromCwd;
    return `node ${shellWord(path)}`;
}
/**
 * A complete command for `command` against the same domain as `target` (owner and region included when
 * they were given), so running it as printed needs no flag added.
 */
function hintCommand(self, command, target, extra = []) {
    const args = ['--domain', target.domain];
    if (target.domainOwner !== undefined)
        args.push('--domain-owner', target.domainOwner);
    if (target.region !== undefined)
        args.push('--region', target.region);
    return [self, command, ...[...args, ...extra].map(shellWord)].join(' ');
}


/***/ })

};
