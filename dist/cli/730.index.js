export const id = 730;
export const ids = [730];
export const modules = {

/***/ 10730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ cliPlatform),
  runCleanup: () => (/* binding */ runCleanup),
  runLogin: () => (/* binding */ runLogin)
});

// EXTERNAL MODULE: ./build/core/config.js
var config = __webpack_require__(49226);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/core/redact.js
/** What replaces a secret in anything shown to people. */
const REDACTED = '***';
/**
 * `text` with every occurrence of each secret (and its URL-encoded form) replaced by `***`, longest
 * first so a secret containing another is removed whole. Empty secrets are ignored.
 */
function redact(text, secrets) {
    const forms = secrets.flatMap((secret) => (secret === '' ? [] : [secret, encodeURIComponent(secret)]));
    return [...new Set(forms)]
        .sort((a, b) => b.length - a.length)
        .reduce((result, form) => result.split(form).join(REDACTED), text);
}

// EXTERNAL MODULE: ./build/core/run-env.js
var run_env = __webpack_require__(34161);
;// CONCATENATED MODULE: ./build/core/login-summary.js
/** The summary as Markdown, for GitHub's job summary (pure, so it is tested without a runner). */
function summaryMarkdown(summary) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = [
        '### CodeArtifact login',
        '',
        `Domain \`${summary.domain}\` (owner \`${summary.domainOwner}\`), repository \`${summary.repository}\`` +
            (summary.expiration ? `; the token expires at ${summary.expiration}.` : '.'),
        '',
        '| Tool | Resolves through |',
        '| --- | --- |',
        ...summary.rows.map((row) => `| ${cell(row.tool)} | \`${cell(row.registry)}\` |`),
    ];
    if (summary.warnings.length > 0) {
        lines.push('', '**Warnings**', '', ...summary.warnings.map((w) => `- ${cell(w)}`));
    }
    return `${lines.join('\n')}\n`;
}
/** The summary as plain lines, for a terminal or a CodeBuild log. */
function summaryText(summary) {
    const width = Math.max(4, ...summary.rows.map((row) => row.tool.length));
    const lines = [
        `Logged in to domain ${summary.domain} (owner ${summary.domainOwner}), repository ${summary.repository}` +
            (summary.expiration ? `; the token expires at ${summary.expiration}` : ''),
        ...summary.rows.map((row) => `  ${row.tool.padEnd(width)}  ${row.registry}`),
    ];
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./build/core/input-table.js
var input_table = __webpack_require__(48615);
;// CONCATENATED MODULE: ./build/platform/cli.js







/**
 * The platform of the bundled CLI (CodeBuild, a laptop): flags and env in; progress on stderr; outputs as
 * `name=value` lines on stdout; env for later steps as an `export` file to source; state in a file.
 * Everything printed passes through `redact`, since no runner masks secrets here.
 */
class CliPlatform {
    options;
    name;
    env;
    runEnv;
    homeDir;
    secrets = [];
    out;
    err;
    writtenEnvFile;
    constructor(options) {
        this.options = options;
        this.name = options.name;
        this.env = options.env;
        this.runEnv = (0,run_env/* readRunEnvironment */.P)(this.env);
        this.homeDir = options.homeDir;
        this.out = options.stdout ?? ((text) => process.stdout.write(text));
        this.err = options.stderr ?? ((text) => process.stderr.write(text));
    }
    inputs(names) {
        const pick = (name) => this.options.flags[name] ?? this.env[(0,input_table/* inputEnvName */.d_)(name)];
        return Object.fromEntries(names.map((name) => [name, pick(name)]).filter(([, value]) => value !== undefined));
    }
    info(message) {
        this.err(`${this.redact(message)}\n`);
    }
    warning(message) {
        this.err(`warning: ${this.redact(message)}\n`);
    }
    report(text) {
        this.out(this.redact(text));
    }
    mask(secret) {
        if (secret !== '')
            this.secrets.push(secret);
    }
    redact(text) {
        return redact(text, this.secrets);
    }
    async idToken() {
        throw new Error("'role-to-assume' uses GitHub Actions' OIDC token, which only exists there. Elsewhere the default " +
            "credential chain assumes roles itself: CodeBuild's service role, or AWS_PROFILE with role_arn.");
    }
    configDir() {
        return this.options.stateDir;
    }
    envFile(requested) {
        this.writtenEnvFile = requested ?? (0,external_node_path_.join)(this.options.stateDir, 'env');
        return this.writtenEnvFile;
    }
    async exportEnv(env) {
        const file = this.writtenEnvFile;
        if (file === undefined)
            return;
        const names = Object.keys(env).join(', ');
        this.info(`The environment for later steps (${names}) is in ${file}; load it with:\n  . ${file}`);
    }
    setOutputs(outputs) {
        this.report(Object.entries(outputs)
            .map(([name, value]) => `${name}=${value}\n`)
            .join(''));
    }
    async summary(summary) {
        this.info(summaryText(summary).replace(/\n$/, ''));
    }
    get stateFile() {
        return (0,external_node_path_.join)(this.options.stateDir, 'state.json');
    }
    /** Atomic (a temp file renamed over it): a crash mid-write must never leave cleanup a torn journal. */
    async saveState(state) {
        await (0,promises_.mkdir)(this.options.stateDir, { recursive: true, mode: 0o700 });
        await (0,promises_.writeFile)(`${this.stateFile}.tmp`, state, { mode: 0o600 });
        await (0,promises_.rename)(`${this.stateFile}.tmp`, this.stateFile);
    }
    async loadState() {
        return (0,promises_.readFile)(this.stateFile, 'utf8').catch(() => undefined);
    }
    async saveNamedState(name, value) {
        await (0,promises_.mkdir)(this.options.stateDir, { recursive: true, mode: 0o700 });
        await (0,promises_.writeFile)((0,external_node_path_.join)(this.options.stateDir, `${name}.state.json`), value, { mode: 0o600 });
    }
    async loadNamedState(name) {
        return (0,promises_.readFile)((0,external_node_path_.join)(this.options.stateDir, `${name}.state.json`), 'utf8').catch(() => undefined);
    }
    async appendSummary(_markdown, text) {
        this.info(text.replace(/\n$/, ''));
    }
    async clearState() {
        await (0,promises_.rm)(this.stateFile, { force: true });
        await (0,promises_.rm)(`${this.stateFile}.tmp`, { force: true });
        // The directory is ours alone; once empty, nothing of login remains.
        await (0,promises_.rmdir)(this.options.stateDir).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./build/platform/codebuild.js



/** True inside an AWS CodeBuild build (it sets `CODEBUILD_BUILD_ID` to `project:uuid`). */
const isCodeBuild = (env) => (env.CODEBUILD_BUILD_ID ?? '') !== '';
/**
 * An AWS CodeBuild build. State (and the token-holding files) go under the temp directory, not HOME
 * (/root): buildspec caches commonly list paths under /root, and the token must never end up in a cache.
 * Credentials come from the build's role through the SDK's default chain.
 */
function codebuildPlatform(flags, env) {
    const homeDir = env.HOME || (0,external_node_os_.homedir)();
    const stateDir = flags['state-dir'] ??
        (env[`${input_table/* ENV_PREFIX */.N8}STATE_DIR`] || (0,external_node_path_.join)(env.TMPDIR || (0,external_node_os_.tmpdir)(), 'codeartifact-cache'));
    return new CliPlatform({ name: 'codebuild', flags, env, homeDir, stateDir });
}

;// CONCATENATED MODULE: ./build/platform/local.js



/**
 * A developer's machine: state under the XDG state directory, which belongs to the user alone (mode 0700)
 * and survives reboots, so `cleanup` works whenever it is run.
 */
function localPlatform(flags, env) {
    const homeDir = env.HOME || (0,external_node_os_.homedir)();
    const stateHome = env.XDG_STATE_HOME || (0,external_node_path_.join)(homeDir, '.local', 'state');
    const stateDir = flags['state-dir'] ?? (env[`${input_table/* ENV_PREFIX */.N8}STATE_DIR`] || (0,external_node_path_.join)(stateHome, 'codeartifact-cache'));
    return new CliPlatform({ name: 'local', flags, env, homeDir, stateDir });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/run/undo.js


const sha256 = (content) => (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
/** Undoes one entry; returns what was done, or undefined when a directory is left (not ours alone now). */
async function undo(entry) {
    if (entry.kind === 'dir') {
        const removed = await (0,promises_.rmdir)(entry.path).then(() => true, ignore('ENOENT', 'ENOTEMPTY'));
        return removed === true ? `Removed ${entry.path}/` : undefined;
    }
    if (entry.kind === 'partial') {
        const removed = await (0,promises_.rm)(entry.path).then(() => true, ignore('ENOENT'));
        return removed === true ? `Removed ${entry.path}` : undefined;
    }
    if (entry.backup !== undefined) {
        const restored = await (0,promises_.rename)(entry.backup, entry.path).then(() => true, ignore('ENOENT'));
        if (restored)
            return `Restored ${entry.path}`;
        // No backup: an undo cut short already put it back, unless the file there is still the one login wrote.
        if (!(await stillOurs(entry)))
            return undefined;
        await (0,promises_.rm)(entry.path, { force: true }); // it holds the token
        throw new Error(`its backup ${entry.backup} is gone: removed the file login wrote instead`);
    }
    await (0,promises_.rm)(entry.path, { force: true });
    return `Removed ${entry.path}`;
}
/** Whether the file at `entry.path` holds exactly what login wrote there. */
async function stillOurs(entry) {
    const content = await (0,promises_.readFile)(entry.path).catch(() => undefined);
    return content !== undefined && (entry.sha256 === undefined || sha256(content) === entry.sha256);
}
/**
 * Undoes `journal` in reverse order (never throws). A directory login created that now holds someone
 * else's files is left in place.
 */
async function restoreAll(journal) {
    const result = { done: [], problems: [] };
    for (const entry of [...journal.entries].reverse()) {
        try {
            const done = await undo(entry);
            if (done !== undefined)
                result.done.push(done);
        }
        catch (error) {
            result.problems.push(`Could not restore ${entry.path}: ${error.message}`);
        }
    }
    return result;
}
/** A rejection handler that turns the given error codes into `false` and rethrows the rest. */
function ignore(...codes) {
    return (error) => {
        if (!codes.includes(error.code ?? ''))
            throw error;
        return false;
    };
}

;// CONCATENATED MODULE: ./build/run/files.js





const suffix = () => (0,external_node_crypto_.randomBytes)(4).toString('hex');
const files_sha256 = (content) => (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
const exists = (path) => (0,promises_.lstat)(path).then((s) => s, () => undefined);
/** Creates the parent directories of `writes` (mode 0700), returning each one that did not exist. */
async function createDirs(writes) {
    const created = [];
    for (const dir of new Set(writes.map((w) => (0,external_node_path_.dirname)(w.path)))) {
        const first = await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
        for (let d = dir; first !== undefined && d.length >= first.length; d = (0,external_node_path_.dirname)(d)) {
            created.unshift({ path: d, kind: 'dir' });
        }
    }
    return created;
}
/** Names every temp file and backup before any is created, refusing targets that are not files. */
async function stage(writes) {
    const staged = [];
    for (const write of writes) {
        const stat = await exists(write.path);
        if (stat !== undefined && !stat.isFile()) {
            throw new Error(`Cannot write ${write.path}: something other than a file is there`);
        }
        const temp = `${write.path}.tmp-${suffix()}`;
        if (stat === undefined)
            staged.push({ write, temp });
        else
            staged.push({ write, temp, backup: `${write.path}.before-codeartifact-cache-${suffix()}` });
    }
    return staged;
}
/** Copies an existing target next to itself, keeping its mode, so cleanup can put it back exactly. */
async function backUp(path, backup) {
    const { mode } = await (0,promises_.lstat)(path);
    await (0,promises_.copyFile)(path, backup, promises_.constants.COPYFILE_EXCL);
    await (0,promises_.chmod)(backup, mode & 0o7777);
}
/** The journal entries of the targets themselves: removed, or put back from their backup, by cleanup. */
const targetEntries = (staged) => staged.map(({ write, backup }) => ({
    path: write.path,
    kind: 'file',
    ...(backup === undefined ? {} : { backup }),
    sha256: files_sha256(write.content),
}));
/**
 * Writes every file or none. The journal is written ahead of the file system: the name of every temp file
 * and backup is saved before the first byte of the token reaches the disk, and the targets before the
 * first rename, so `cleanup` after a crash at any point (`kill -9` included) finds everything login left.
 * Contents go to temp files, existing targets are backed up, and only then are temp files renamed into
 * place. Any failure undoes what was done and rethrows.
 */
async function writeAll(writes, saveJournal) {
    const staged = await stage(writes);
    const entries = await createDirs(writes);
    for (const { temp, backup } of staged) {
        entries.push({ path: temp, kind: 'partial' });
        if (backup !== undefined)
            entries.push({ path: backup, kind: 'partial' });
    }
    let journal = { version: 1, entries };
    try {
        await saveJournal(journal);
        for (const { write, temp } of staged) {
            await (0,promises_.writeFile)(temp, write.content, { mode: write.mode, flag: 'wx' });
            await (0,promises_.chmod)(temp, write.mode); // the umask may have narrowed or the file system widened it
        }
        for (const { write, backup } of staged)
            if (backup !== undefined)
                await backUp(write.path, backup);
        journal = { version: 1, entries: [...entries, ...targetEntries(staged)] };
        await saveJournal(journal);
        for (const { write, temp } of staged)
            await (0,promises_.rename)(temp, write.path);
        return journal;
    }
    catch (error) {
        await restoreAll(journal);
        // Undone: a later cleanup must not try again (and report backups it already put back as missing).
        await saveJournal({ version: 1, entries: [] }).catch(() => undefined);
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/run/cleanup.js


const isEntry = (e) => typeof e === 'object' &&
    e !== null &&
    typeof e.path === 'string' &&
    ['file', 'dir', 'partial'].includes(e.kind) &&
    (e.backup === undefined || typeof e.backup === 'string') &&
    (e.sha256 === undefined || typeof e.sha256 === 'string');
const cleanup_exists = (path) => (0,promises_.access)(path).then(() => true, () => false);
/** The journal login saved, checked; throws on anything else (a state from another tool or version). */
function parseJournal(text) {
    const value = JSON.parse(text);
    const entries = value?.entries;
    if (value?.version !== 1 || !Array.isArray(entries) || !entries.every(isEntry)) {
        throw new Error('The saved login state is not one this version understands');
    }
    return { version: 1, entries };
}
/** Only the directories (or only the rest), in their order. */
const only = (journal, dirs) => ({
    version: 1,
    entries: journal.entries.filter((entry) => (entry.kind === 'dir') === dirs),
});
/**
 * Undoes a journal: files first, then the state is forgotten (a CLI keeps it in login's own directory),
 * then the directories login created, which are empty by then.
 */
async function undoJournal(journal, platform) {
    const files = await restoreAll(only(journal, false));
    await platform.clearState();
    const dirs = await restoreAll(only(journal, true));
    return { done: [...files.done, ...dirs.done], problems: [...files.problems, ...dirs.problems] };
}
/**
 * Undoes what login did: removes every file and directory it created and puts back, byte for byte, every
 * file it replaced. Problems are returned (and warned about), never thrown: a cleanup that half-fails
 * should still undo everything else.
 */
async function cleanup(config, platform) {
    const text = await platform.loadState();
    if (text === undefined || text === '') {
        // A login killed while saving its first state leaves only that half-saved state: sweep it.
        if (!config.dryRun)
            await platform.clearState();
        platform.info('Nothing to clean up: no login state was found.');
        return { done: [], problems: [] };
    }
    const journal = parseJournal(text);
    if (config.dryRun) {
        // A temp file or backup is listed only when a crash left it behind.
        const left = await Promise.all(journal.entries.map((e) => e.kind !== 'partial' || cleanup_exists(e.path)));
        const lines = journal.entries
            .filter((_, i) => left[i])
            .reverse()
            .map((e) => `Would ${e.backup ? 'restore' : 'remove'} ${e.path}\n`);
        platform.report(lines.join(''));
        return { done: [], problems: [] };
    }
    const result = await undoJournal(journal, platform);
    result.done.forEach((line) => platform.info(line));
    result.problems.forEach((problem) => platform.warning(problem));
    return result;
}
/** Before a new login on the same machine: undo the previous one, so cleanup later restores the originals. */
async function undoPrevious(platform) {
    const text = await platform.loadState();
    if (text === undefined || text === '')
        return;
    try {
        const { problems } = await undoJournal(parseJournal(text), platform);
        problems.forEach((problem) => platform.warning(problem));
    }
    catch (error) {
        platform.warning(`Ignored the previous login's state: ${error.message}`);
        await platform.clearState();
    }
}

;// CONCATENATED MODULE: ./build/core/env-file.js
/** Names a POSIX shell and GitHub's env file both accept. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function checkName(name) {
    if (!NAME.test(name))
        throw new Error(`Cannot export '${name}': not a valid environment variable name`);
}
/**
 * `export NAME='value'` lines for the env file a buildspec or shell sources with `. FILE`. Values are
 * single-quoted, so nothing in them (a token included) is ever expanded by the shell.
 */
function exportLines(env) {
    return Object.entries(env)
        .map(([name, value]) => {
        checkName(name);
        return `export ${name}='${value.replace(/'/g, `'\\''`)}'\n`;
    })
        .join('');
}
/**
 * Entries for `GITHUB_ENV` in its multi-line form (`NAME<<DELIM`, value, `DELIM`), safe for any value.
 * `delimiter` should be random (the caller owns randomness); a value containing it is refused.
 */
function githubEnvLines(env, delimiter) {
    return Object.entries(env)
        .map(([name, value]) => {
        checkName(name);
        if (delimiter === '' || value.includes(delimiter) || name.includes(delimiter)) {
            throw new Error(`Cannot export ${name}: its value contains the GITHUB_ENV delimiter`);
        }
        return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
        .join('');
}

// EXTERNAL MODULE: ./build/ecosystems/index.js + 13 modules
var build_ecosystems = __webpack_require__(51056);
;// CONCATENATED MODULE: ./build/core/plan.js

/** The repository endpoint formats `tools` need: what GetRepositoryEndpoint must be asked for. */
function formatsFor(tools, ecosystems = build_ecosystems/* ECOSYSTEMS */.SQ) {
    const formats = tools.map((tool) => ecosystems[tool].format);
    return ['npm', 'pypi'].filter((format) => formats.includes(format));
}
/**
 * Renders every tool's configuration into one plan. Two tools claiming the same file role or variable
 * with different content is a bug, not a user error: it throws rather than let one silently win.
 */
function planLogin(tools, ctx, ecosystems = build_ecosystems/* ECOSYSTEMS */.SQ) {
    const files = new Map();
    const env = {};
    const warnings = new Set();
    const registries = {};
    for (const tool of tools) {
        const rendered = ecosystems[tool].render(ctx);
        for (const file of rendered.files) {
            const seen = files.get(file.role);
            if (seen && (seen.content !== file.content || seen.mode !== file.mode)) {
                throw new Error(`Cannot configure ${tool}: it renders a different ${file.role} than another tool`);
            }
            files.set(file.role, file);
        }
        for (const [name, value] of Object.entries(rendered.env)) {
            if (env[name] !== undefined && env[name] !== value) {
                throw new Error(`Cannot configure ${tool}: it sets ${name} differently from another tool`);
            }
            env[name] = value;
        }
        rendered.warnings.forEach((warning) => warnings.add(warning));
        if (rendered.registry !== undefined)
            registries[tool] = rendered.registry;
    }
    return { tools: [...tools], files: [...files.values()], env, warnings: [...warnings], registries };
}

;// CONCATENATED MODULE: ./build/core/summary.js

/** Config keys whose values are credentials, whatever else the file holds (the user's own tokens too). */
const SECRET_KEY = /(_authToken|_auth|_password|password|token)(\s*[=:]\s*)\S.*$/i;
/** Variables whose values are credentials. */
const SECRET_ENV = /(TOKEN|PASSWORD|SECRET)$/;
/** The password part of `scheme://user:password@host`. */
const URL_PASSWORD = /(:\/\/[^:/\s@]+:)[^@\s/]+@/g;
/** One line with known secrets, credential-looking values and URL passwords replaced by `***`. */
function safeLine(line, secrets) {
    return redact(line, secrets).replace(SECRET_KEY, `$1$2${REDACTED}`).replace(URL_PASSWORD, `$1${REDACTED}@`);
}
/**
 * What a dry run prints: each file with its mode and where it would go, the variables later steps would
 * see, the registries and the warnings. `paths` are the locations the I/O layer chose; without them
 * files are described by role. Secrets are redacted three ways (see `safeLine`), so a user's own
 * credentials carried over from an existing config are not printed either.
 */
function planSummary(plan, secrets, paths = {}) {
    const out = [];
    for (const file of plan.files) {
        const where = paths[file.role] ?? `a new ${file.role} file`;
        out.push(`Would write ${where} (mode ${file.mode.toString(8).padStart(4, '0')}), exported as ${file.selectedBy}:`);
        out.push(...file.content
            .replace(/\n$/, '')
            .split('\n')
            .map((line) => `    ${safeLine(line, secrets)}`));
    }
    const env = Object.entries(plan.env);
    if (env.length > 0)
        out.push('Would set for later steps:');
    for (const [name, value] of env) {
        out.push(`    ${name}=${SECRET_ENV.test(name) ? REDACTED : safeLine(value, secrets)}`);
    }
    const registries = Object.entries(plan.registries);
    if (registries.length > 0)
        out.push('Registries:');
    registries.forEach(([tool, url]) => out.push(`    ${tool}: ${safeLine(url, secrets)}`));
    if (plan.warnings.length > 0)
        out.push('Warnings:');
    plan.warnings.forEach((warning) => out.push(`    - ${safeLine(warning, secrets)}`));
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./build/aws/index.js + 5 modules
var build_aws = __webpack_require__(61465);
;// CONCATENATED MODULE: ./build/core/server-answers.js
/**
 * What CodeArtifact answers (the token, its expiration, repository endpoints) is untrusted input: a hostile
 * endpoint or a proxy in between could answer with a newline, a quote or another URL, and the value would
 * land in npmrc, pip.conf, .yarnrc settings and the `export` lines of the env file. Each answer is checked
 * against what the service actually sends before anything is rendered; the error never quotes the token.
 */
/** The service's tokens are JWE compact serialisations: base64url parts joined by dots. */
const TOKEN = /^[A-Za-z0-9._~-]+$/;
const MAX_TOKEN_LENGTH = 16_384;
/** `scheme://host[:port]/path` with nothing a config format could read as syntax. */
const ENDPOINT = /^(https?):\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::([0-9]{1,5}))?(\/[A-Za-z0-9._~/-]*)?$/;
/** Plain http only to this machine: the local emulator. */
const LOOPBACK = /^(localhost|127(?:\.[0-9]{1,3}){3}|\[::1\])$/i;
/** The longest a token may live (GetAuthorizationToken's maximum `duration`), plus clock skew. */
const MAX_LIFETIME_MS = 43_200_000 + 15 * 60_000;
const SKEW_MS = 5 * 60_000;
/** A value for an error message: escaped (control characters shown, not acted on) and shortened. */
function shown(value) {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 117)}..."` : text;
}
/** Throws unless `token` is something every config format and URL user info can carry verbatim. */
function checkToken(token) {
    if (token.length <= MAX_TOKEN_LENGTH && TOKEN.test(token))
        return;
    throw new Error('The authorization token CodeArtifact returned cannot be written safely: a token may hold only ' +
        `letters, digits and . _ ~ - (at most ${MAX_TOKEN_LENGTH} characters); nothing was written`);
}
/** Throws unless `endpoint` is an https URL (or http to a loopback address) with a plain path. */
function checkEndpoint(endpoint, format) {
    const match = ENDPOINT.exec(endpoint);
    const [, scheme, host = '', port] = match ?? [];
    const portOk = port === undefined || Number(port) <= 65_535;
    if (match && portOk && (scheme === 'https' || LOOPBACK.test(host)))
        return;
    throw new Error(`The ${format} repository endpoint CodeArtifact returned cannot be used: ${shown(endpoint)}; ` +
        'allowed is https://host[:port]/path (letters, digits and . _ ~ - / in the path), or http:// to a ' +
        'loopback address (a local emulator); nothing was written');
}
/** Throws unless `expiration` is a real time between now and the longest a token can live. */
function checkExpiration(expiration, now) {
    if (expiration === undefined)
        return;
    const time = expiration.getTime();
    const when = Number.isFinite(time) ? expiration.toISOString() : 'an invalid time';
    if (Number.isFinite(time) && time > now - SKEW_MS && time < now + MAX_LIFETIME_MS)
        return;
    throw new Error(`The token expiration CodeArtifact returned (${when}) is not between now and 12 hours from now; ` +
        'nothing was written');
}
/** Every answer login is about to write, checked; throws the first problem. */
function checkServerAnswers(answers, now) {
    checkToken(answers.token);
    checkExpiration(answers.expiration, now);
    for (const [format, endpoint] of Object.entries(answers.endpoints))
        checkEndpoint(endpoint ?? '', format);
}

;// CONCATENATED MODULE: ./build/run/access.js


/**
 * The domain owner: the input; else, with an assumed role, the role's own account (which is what
 * GetCallerIdentity would answer, without the call); else the caller's account from STS.
 */
async function domainOwnerOf(config, options, aws) {
    if (config.domainOwner !== undefined)
        return config.domainOwner;
    const fromRole = /^arn:[^:]+:iam::(\d{12}):/.exec(config.roleToAssume ?? '')?.[1];
    return fromRole ?? (await (await aws.sts(options)).getCallerAccount());
}
/** Credentials, token (masked the moment it exists) and the endpoints `tools` need. */
async function getAccess(config, tools, platform, aws, session) {
    const options = await session.options();
    const domainOwner = await domainOwnerOf(config, options, aws);
    if (config.maskAccountId)
        platform.mask(domainOwner);
    const codeartifact = await aws.codeartifact(options);
    const { domain, repository, durationSeconds } = config;
    // The calls are independent: made together, login waits for one round trip instead of two or three.
    const granted = codeartifact.getAuthorizationToken({ domain, domainOwner, durationSeconds }).then((t) => {
        platform.mask(t.token);
        // The Basic-auth header pip, poetry and uv send: masked too, in case a client logs its headers.
        platform.mask(Buffer.from(`aws:${t.token}`).toString('base64'));
        return t;
    });
    const formats = formatsFor(tools);
    const located = Promise.all(formats.map((format) => codeartifact.getRepositoryEndpoint({ domain, domainOwner, repository, format })));
    // Both settle before either error is reported, so a bad domain always reads as the token error.
    const [tokenResult, urlsResult] = await Promise.allSettled([granted, located]);
    if (tokenResult.status === 'rejected')
        throw tokenResult.reason;
    if (urlsResult.status === 'rejected')
        throw urlsResult.reason;
    const { token, expiration } = tokenResult.value;
    const urls = urlsResult.value;
    const endpoints = Object.fromEntries(formats.map((format, i) => [format, urls[i]]));
    // Untrusted until checked: nothing the server says reaches a config file unless it passes.
    checkServerAnswers({ token, endpoints, ...(expiration ? { expiration } : {}) }, Date.now());
    return { domainOwner, token, endpoints, ...(expiration ? { expiration } : {}) };
}

// EXTERNAL MODULE: ./build/run/session.js
var run_session = __webpack_require__(65834);
;// CONCATENATED MODULE: ./build/run/existing.js



/** Site-wide pip config files: pip reads them whatever PIP_CONFIG_FILE says. */
const PIP_GLOBAL_FILES = ['/etc/xdg/pip/pip.conf', '/etc/pip.conf'];
const readText = (path) => (0,promises_.readFile)(path, 'utf8').then((text) => text, () => undefined);
/** npm reads its `npm_config_*` variables in any case. */
function npmEnv(env, name) {
    const key = Object.keys(env).find((k) => k.toLowerCase() === `npm_config_${name}`);
    const value = key === undefined ? undefined : env[key];
    return value === '' ? undefined : value;
}
/** The pip user config files, current location first: pip reads both, and the current one overrides. */
function pipUserFiles(platform) {
    const home = platform.homeDir;
    const xdg = platform.env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config');
    const modern = process.platform === 'darwin'
        ? (0,external_node_path_.join)(home, 'Library/Application Support/pip/pip.conf')
        : (0,external_node_path_.join)(xdg, 'pip/pip.conf');
    return [modern, (0,external_node_path_.join)(home, '.pip/pip.conf')];
}
/**
 * The pip config ours must carry over: PIP_CONFIG_FILE's file when it exists, else the user config
 * (pip skips the user config once PIP_CONFIG_FILE names an existing file, so ours must include it).
 */
async function readPip(platform) {
    const candidates = [platform.env.PIP_CONFIG_FILE, ...pipUserFiles(platform)];
    for (const path of candidates.filter((p) => p !== undefined && p !== '')) {
        const text = await readText(path);
        if (text !== undefined)
            return { text, path };
    }
    return {};
}
async function globalPipWarnings() {
    const texts = await Promise.all(PIP_GLOBAL_FILES.map(readText));
    return PIP_GLOBAL_FILES.flatMap((path, i) => texts[i] === undefined ? [] : (0,build_ecosystems/* pipBypassWarnings */.Hg)({}, texts[i] ?? '', path));
}
/** Reads only what the chosen tools' renderers use. */
async function readExisting(platform, tools, workingDirectory) {
    const uses = (...names) => names.some((name) => tools.includes(name));
    const result = { warnings: [] };
    if (uses('npm', 'pnpm')) {
        const path = npmEnv(platform.env, 'userconfig') ?? (0,external_node_path_.join)(platform.homeDir, '.npmrc');
        const text = await readText(path);
        if (text !== undefined)
            result.existingNpmUserConfig = text;
    }
    if (uses('pip')) {
        const { text, path } = await readPip(platform);
        if (text !== undefined && path !== undefined) {
            result.existingPipConfig = text;
            result.existingPipConfigPath = path;
        }
        result.warnings = await globalPipWarnings();
    }
    if (uses('yarn')) {
        const text = await readText((0,external_node_path_.join)(workingDirectory, '.yarnrc.yml'));
        if (text !== undefined)
            result.existingYarnrc = text;
    }
    return result;
}

;// CONCATENATED MODULE: ./build/run/report.js

/** Step outputs of login: `registry-<tool>` per configured tool, plus expiry, owner, tools, env file. */
function loginOutputs(plan, access, envFile) {
    const outputs = {};
    for (const tool of build_ecosystems/* TOOL_NAMES */.K2) {
        const registry = plan.registries[tool];
        if (registry !== undefined)
            outputs[`registry-${tool}`] = registry;
    }
    if (access.expiration !== undefined)
        outputs.expiration = access.expiration.toISOString();
    outputs['domain-owner'] = access.domainOwner;
    outputs.tools = plan.tools.join(',');
    if (envFile !== undefined)
        outputs['env-file'] = envFile;
    return outputs;
}
/** The end-of-login summary: one row per tool; nothing in it is a credential. */
function loginSummary(config, plan, access, files, warnings) {
    return {
        domain: config.domain,
        domainOwner: access.domainOwner,
        repository: config.repository,
        ...(access.expiration ? { expiration: access.expiration.toISOString() } : {}),
        rows: plan.tools.map((tool) => ({ tool, registry: plan.registries[tool] ?? '(its own defaults)' })),
        files,
        warnings,
    };
}

// EXTERNAL MODULE: ./build/run/tools.js + 1 modules
var run_tools = __webpack_require__(27389);
;// CONCATENATED MODULE: ./build/run/login.js












/** The file names login's config files get in the platform's config directory. */
const FILE_NAMES = {
    'npm-userconfig': 'npmrc',
    'pip-config': 'pip.conf',
};
/** Where each file goes and what later steps see: the plan's env plus each file's selecting variable. */
function placeFiles(plan, platform, requestedEnvFile) {
    const paths = Object.fromEntries(plan.files.map((f) => [f.role, (0,external_node_path_.join)(platform.configDir(), FILE_NAMES[f.role])]));
    const env = {
        ...plan.env,
        ...Object.fromEntries(plan.files.map((f) => [f.selectedBy, paths[f.role] ?? ''])),
    };
    const writes = plan.files.map((f) => ({
        path: paths[f.role] ?? '',
        content: f.content,
        mode: f.mode,
    }));
    const envFile = platform.envFile(requestedEnvFile);
    if (envFile !== undefined)
        writes.push({ path: envFile, content: exportLines(env), mode: 0o600 });
    return { paths, env, writes, ...(envFile === undefined ? {} : { envFile }) };
}
/** Tools, AWS access, the existing config, the plan and every warning: all before anything is written. */
async function prepare(config, platform, aws, session) {
    const detected = await (0,run_tools/* resolveTools */.u)(config);
    detected.notes.forEach((note) => platform.info(note));
    const tools = detected.tools;
    const access = await getAccess(config, tools, platform, aws, session);
    const existing = await readExisting(platform, tools, config.workingDirectory);
    const { warnings: existingWarnings, ...carriedOver } = existing;
    const plan = planLogin(tools, {
        endpoints: access.endpoints,
        token: access.token,
        scopes: config.scopes,
        poetrySource: config.poetrySource,
        uvIndex: config.uvIndex,
        goPrivate: config.goPrivate,
        ...(config.goProxy === undefined ? {} : { goProxy: config.goProxy }),
        ...carriedOver,
        existingEnv: platform.env,
    });
    const lockWarnings = await (0,run_tools/* lockfileWarnings */.f)(tools, config.workingDirectory, plan.registries);
    const all = [...detected.warnings, ...existingWarnings, ...plan.warnings, ...lockWarnings];
    return { plan, access, warnings: [...new Set(all)], ...placeFiles(plan, platform, config.envFile) };
}
/** A dry run: the plan with the token redacted, where it would go, and nothing written. */
function reportDryRun(prepared, platform) {
    const { plan, access, paths, envFile, env } = prepared;
    let text = planSummary(plan, [access.token], paths);
    if (envFile !== undefined)
        text += `Would write ${envFile} (mode 0600): export lines for ${Object.keys(env).join(', ')}\n`;
    prepared.warnings.forEach((warning) => platform.warning(warning));
    platform.report(text);
}
/**
 * Logs the platform in to CodeArtifact and configures the tools: credentials, token (masked at once),
 * endpoints, every config rendered and checked, then written all at once (or not at all), then env for
 * later steps, outputs and the summary. Throws Errors with context; entry points turn them into exit codes.
 */
async function login(config, platform, aws = (0,build_aws/* sdkAws */.M)(), 
/** The run's identity and region; the main step shares it with restore. */
session = (0,run_session/* awsSession */.y)(config, platform, aws)) {
    const prepared = await prepare(config, platform, aws, session);
    const { plan, access, envFile } = prepared;
    const outputs = loginOutputs(plan, access, envFile);
    if (config.dryRun) {
        reportDryRun(prepared, platform);
        return { plan, outputs };
    }
    await undoPrevious(platform);
    const journal = await writeAll(prepared.writes, (j) => platform.saveState(JSON.stringify(j)));
    prepared.writes.forEach((w) => platform.info(`Wrote ${w.path}`));
    prepared.warnings.forEach((warning) => platform.warning(warning));
    await platform.exportEnv(prepared.env);
    platform.setOutputs(outputs);
    const files = prepared.writes.map((w) => w.path);
    await platform.summary(loginSummary(config, plan, access, files, prepared.warnings));
    return { plan, outputs, journal };
}

// EXTERNAL MODULE: ./build/cli/errors.js
var cli_errors = __webpack_require__(50422);
// EXTERNAL MODULE: ./build/cli/input-options.js
var input_options = __webpack_require__(92714);
;// CONCATENATED MODULE: ./build/cli/login.js









/** The platform the CLI runs on: CodeBuild when its variables say so, else a plain machine. */
function cliPlatform(flags, env = process.env) {
    return isCodeBuild(env) ? codebuildPlatform(flags, env) : localPlatform(flags, env);
}
/** Errors leave through here: nothing masked may reach stderr, whatever an error message quotes. */
async function guarded(platform, work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof cli_errors/* UsageError */.eb)
            throw error;
        throw new Error(platform.redact(error instanceof Error ? error.message : String(error)), {
            cause: error,
        });
    }
}
function parse(platform) {
    try {
        return (0,inputs/* parseLoginInputs */._y)(platform.inputs(config/* LOGIN_INPUT_NAMES */.c));
    }
    catch (error) {
        // One line per problem, exit 2, before anything is fetched or written.
        if (error instanceof errors/* InputError */.d)
            throw new cli_errors/* UsageError */.eb(error.message);
        throw error;
    }
}
/** `codeartifact-cache login`: flags, or CODEARTIFACT_CACHE_* env, as the action's inputs. */
async function runLogin(options) {
    const platform = cliPlatform((0,input_options/* flagsToInputs */.I)(options));
    const config = parse(platform);
    await guarded(platform, () => login(config, platform));
}
/** `codeartifact-cache cleanup`: undo the last login on this machine; exit 1 if anything could not be. */
async function runCleanup(options) {
    const flags = (0,input_options/* flagsToInputs */.I)(options);
    const platform = cliPlatform(flags);
    const result = await guarded(platform, () => cleanup({ dryRun: flags['dry-run'] === 'true' }, platform));
    if (result.problems.length > 0)
        throw new Error(`${result.problems.length} path(s) could not be restored`);
}


/***/ }),

/***/ 49226:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ LOGIN_INPUT_NAMES),
/* harmony export */   d: () => (/* binding */ LOGIN_DEFAULTS)
/* harmony export */ });
/* harmony import */ var _input_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48615);

/** Defaults of the optional inputs, typed, from the one input table. */
const LOGIN_DEFAULTS = {
    tools: 'auto',
    'duration-seconds': Number((0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultText */ .VC)('duration-seconds')),
    'role-session-name': (0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultText */ .VC)('role-session-name'),
    'role-duration-seconds': Number((0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultText */ .VC)('role-duration-seconds')),
    audience: (0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultText */ .VC)('audience'),
    'poetry-source': (0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultText */ .VC)('poetry-source'),
    'uv-index': (0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultText */ .VC)('uv-index'),
    'dry-run': (0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultText */ .VC)('dry-run') === 'true',
    'working-directory': (0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultText */ .VC)('working-directory'),
    'mask-account-id': (0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultText */ .VC)('mask-account-id') === 'true',
};
/** The kebab-case names `parseLoginInputs` reads; other keys are left for other parsers (cache inputs). */
const LOGIN_INPUT_NAMES = (0,_input_table_js__WEBPACK_IMPORTED_MODULE_0__/* .inputNames */ .vj)('login');


/***/ }),

/***/ 98998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   Xy: () => (/* binding */ matchPathGlob),
/* harmony export */   sB: () => (/* binding */ matchGlob)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15273);
/**
 * Globs as setup-node and setup-python's `cache-dependency-path` take them (the @actions/glob syntax:
 * `*`, `?`, `[...]`, `**`), plus `{a,b}` alternatives, through minimatch (maintained, pure JavaScript);
 * `!` exclusions are the caller's (find-files.ts). Dot files match, as they do in @actions/glob. Used for
 * the user's `cache-dependency-path`; lockfile names of the ecosystems use `matchGlob`.
 */

const OPTIONS = { dot: true, nocomment: true, nonegate: true };
/**
 * True when the file name `name` matches `glob`, where `*` is any run of characters and `?` any one
 * character: the ecosystems' own lockfile names (`requirements*.txt`), not user input.
 */
function matchGlob(glob, name) {
    const source = glob
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`).test(name);
}
/** True when the `/`-separated `path` matches `glob`: `**` spans any number of directories (none included). */
function matchPathGlob(glob, path) {
    return (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(path, glob, OPTIONS);
}
/** The leading elements of `glob` before any pattern character: the directory a search can start from. */
function globBase(glob) {
    const parts = glob.split('/');
    const first = parts.findIndex((p) => /[*?[{]/.test(p));
    return ((first === -1 ? parts.slice(0, -1) : parts.slice(0, first)).join('/') ||
        (glob.startsWith('/') ? '/' : '.'));
}


/***/ }),

/***/ 97529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _y: () => (/* binding */ parseLoginInputs),
/* harmony export */   sR: () => (/* binding */ readTools),
/* harmony export */   zS: () => (/* binding */ readAccess)
/* harmony export */ });
/* unused harmony export opt */
/* harmony import */ var _ecosystems_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98941);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49226);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19947);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54653);





const TOOL = {
    allowed: `tools among ${_ecosystems_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAMES */ .K.join(', ')} (or 'auto' alone)`,
    test: (value) => value === 'auto' || _ecosystems_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAMES */ .K.includes(value),
};
const DURATION = {
    allowed: '0 or between 900 and 43200',
    valid: (n) => n === 0 || (n >= 900 && n <= 43200),
};
const ROLE_DURATION = { allowed: 'between 900 and 43200', valid: (n) => n >= 900 && n <= 43200 };
const NPM_FAMILY = ['npm', 'pnpm', 'yarn'];
/** `{ [key]: value }`, or nothing when the value is absent (optional properties stay truly absent). */
function opt(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/** `acme` → `@acme`, as `aws codeartifact login --namespace` does. */
const toScope = (item) => (item === '' || item.startsWith('@') ? item : `@${item}`);
/** The `tools` input: a list of tools, or `auto` alone (shared with the cache inputs). */
function readTools(r) {
    const tools = r.list('tools', TOOL, (item) => item.toLowerCase());
    if (tools.length === 0)
        return _config_js__WEBPACK_IMPORTED_MODULE_0__/* .LOGIN_DEFAULTS */ .d.tools;
    if (!tools.includes('auto'))
        return tools;
    if (tools.length > 1)
        r.problems.push("Input 'tools' must be 'auto' alone or a list of tools, not both");
    return 'auto';
}
/** GOPROXY keeps its own separators (`,` and `|`), so new lines in the input become commas. */
function readGoProxy(r) {
    const value = r
        .text('go-proxy')
        ?.split(/\s*\n\s*/)
        .join(',');
    if (value === undefined || _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.goProxy.test(value))
        return value;
    r.fail('go-proxy', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.goProxy.allowed, value);
    return undefined;
}
/** Inputs that only mean something for a tool the user left out of an explicit `tools` list. */
function checkToolInputs(r, tools) {
    if (tools === 'auto')
        return;
    const needs = (name, wanted) => {
        if (r.text(name) !== undefined && !wanted.some((tool) => tools.includes(tool))) {
            r.problems.push(`Input '${name}' is only used with tools ${wanted.join(' or ')}, and 'tools' lists none`);
        }
    };
    needs('scopes', NPM_FAMILY);
    needs('go-proxy', ['go']);
    needs('go-private', ['go']);
}
function readClients(r) {
    const tools = readTools(r);
    checkToolInputs(r, tools);
    return {
        tools,
        scopes: r.list('scopes', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.scope, toScope),
        ...opt('goProxy', readGoProxy(r)),
        goPrivate: r.list('go-private', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.goPrivate),
        poetrySource: r.optional('poetry-source', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.sourceName) ?? _config_js__WEBPACK_IMPORTED_MODULE_0__/* .LOGIN_DEFAULTS */ .d['poetry-source'],
        uvIndex: r.optional('uv-index', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.sourceName) ?? _config_js__WEBPACK_IMPORTED_MODULE_0__/* .LOGIN_DEFAULTS */ .d['uv-index'],
    };
}
/** The access inputs login and the cache share: region and the role every AWS call is made as. */
function readAccess(r) {
    const d = _config_js__WEBPACK_IMPORTED_MODULE_0__/* .LOGIN_DEFAULTS */ .d;
    return {
        ...opt('region', r.optional('region', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.region)),
        ...opt('roleToAssume', r.optional('role-to-assume', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.roleArn)),
        roleSessionName: r.optional('role-session-name', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.roleSessionName) ?? d['role-session-name'],
        roleDurationSeconds: r.integer('role-duration-seconds', d['role-duration-seconds'], ROLE_DURATION.allowed, ROLE_DURATION.valid),
        audience: r.optional('audience', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.audience) ?? d.audience,
    };
}
function readRun(r) {
    const d = _config_js__WEBPACK_IMPORTED_MODULE_0__/* .LOGIN_DEFAULTS */ .d;
    return {
        dryRun: r.boolean('dry-run', d['dry-run']),
        ...opt('envFile', r.optional('export-file', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.path)),
        workingDirectory: r.optional('working-directory', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.path) ?? d['working-directory'],
        maskAccountId: r.boolean('mask-account-id', d['mask-account-id']),
    };
}
/**
 * Parses raw inputs (keys in any of kebab-case, snake_case, camelCase or `INPUT_` form; blank = absent)
 * into a `LoginConfig`. Every input is checked; all problems are thrown together as one `InputError`.
 * Keys this parser does not know are ignored: they belong to other parsers (the cache inputs).
 */
function parseLoginInputs(raw) {
    const r = new _reader_js__WEBPACK_IMPORTED_MODULE_4__/* .InputReader */ .i_(raw);
    const domain = r.required('domain', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.domain);
    const domainOwner = r.optional('domain-owner', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.domainOwner);
    const repository = r.required('repository', _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES */ .y.repository);
    const clients = readClients(r);
    const durationSeconds = r.integer('duration-seconds', _config_js__WEBPACK_IMPORTED_MODULE_0__/* .LOGIN_DEFAULTS */ .d['duration-seconds'], DURATION.allowed, DURATION.valid);
    const rest = { ...clients, durationSeconds, ...readAccess(r), ...readRun(r) };
    if (r.problems.length > 0 || domain === undefined || repository === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(r.problems);
    }
    return { domain, ...opt('domainOwner', domainOwner), repository, ...rest };
}


/***/ }),

/***/ 51056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SQ: () => (/* binding */ ECOSYSTEMS),
  K2: () => (/* reexport */ types/* TOOL_NAMES */.K),
  Hg: () => (/* reexport */ pipBypassWarnings)
});

// UNUSED EXPORTS: npmLockfileWarnings

;// CONCATENATED MODULE: ./build/ecosystems/go.js
/** Adds our patterns to a comma-separated Go pattern list, keeping the user's first. */
function mergePatterns(existing, ours) {
    const all = [...(existing ?? '').split(','), ...ours].map((p) => p.trim()).filter((p) => p !== '');
    return [...new Set(all)].join(',');
}
/** `GOFLAGS` with `-mod=readonly`, unless the user already chose a `-mod` (then a warning if it is not readonly). */
function goFlags(existing) {
    const flags = (existing ?? '').trim();
    const mod = /(?:^|\s)-mod=(\S*)/.exec(flags);
    if (mod === null)
        return { value: flags === '' ? '-mod=readonly' : `${flags} -mod=readonly` };
    if (mod[1] === 'readonly')
        return {};
    return {
        warning: `GOFLAGS already sets -mod=${mod[1] ?? ''}: left as is, so go may change go.mod and go.sum during the build`,
    };
}
/**
 * CodeArtifact has no Go format, so go gets no token: `GOPROXY` when a proxy is given, private module
 * patterns kept away from the public checksum database, and `GOFLAGS=-mod=readonly`. With a proxy the
 * patterns go to `GONOSUMDB` (the proxy still serves them); without one to `GOPRIVATE`, which also makes
 * go fetch them directly, since the default public proxy cannot serve private modules.
 */
function renderGo(ctx) {
    const env = {};
    const warnings = [];
    if (ctx.goProxy !== undefined)
        env.GOPROXY = ctx.goProxy;
    if (ctx.goPrivate.length > 0) {
        const name = ctx.goProxy === undefined ? 'GOPRIVATE' : 'GONOSUMDB';
        env[name] = mergePatterns(ctx.existingEnv?.[name], ctx.goPrivate);
    }
    const flags = goFlags(ctx.existingEnv?.GOFLAGS);
    if (flags.value !== undefined)
        env.GOFLAGS = flags.value;
    if (flags.warning !== undefined)
        warnings.push(flags.warning);
    return { files: [], env, warnings, ...(ctx.goProxy === undefined ? {} : { registry: ctx.goProxy }) };
}
/** go: no CodeArtifact format; proxy and checksum-database settings, and the module cache. */
const go = {
    tool: 'go',
    format: 'none',
    lockfiles: ['go.sum'],
    cacheDirCommand: ['go', 'env', 'GOMODCACHE'],
    defaultCacheDir: { linux: '{home}/go/pkg/mod', darwin: '{home}/go/pkg/mod', win32: '{home}/go/pkg/mod' },
    render: renderGo,
};

;// CONCATENATED MODULE: ./build/ecosystems/urls.js
/** The repository endpoint for `format`, always ending with `/`; throws when the runner did not fetch it. */
function endpointFor(ctx, format, tool) {
    const endpoint = ctx.endpoints[format];
    if (endpoint === undefined || endpoint === '') {
        throw new Error(`Cannot configure ${tool}: the repository's ${format} endpoint is missing`);
    }
    return endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
}
/** Splits `scheme://host/path` into its parts (host includes any port); throws on anything else. */
function splitUrl(url) {
    const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]+)([^?#]*)/i.exec(url);
    if (!match)
        throw new Error(`Not an absolute URL: ${stripCredentials(url)}`);
    const [, scheme = '', host = '', path = ''] = match;
    return { scheme: scheme.toLowerCase(), host: host.replace(/^[^@]*@/, ''), path: path || '/' };
}
/** npm's "nerf dart" for a registry URL: `//host/path/`, the prefix of its per-registry settings. */
function nerfDart(registry) {
    const { host, path } = splitUrl(registry);
    return `//${host}${path.endsWith('/') ? path : `${path}/`}`;
}
/** The same URL with `aws:<token>@` as its user info (the shape `aws codeartifact login` gives pip). */
function withBasicAuth(url, token) {
    const { scheme, host, path } = splitUrl(url);
    return `${scheme}://aws:${token}@${host}${path}`;
}
/** Removes any `user:password@` from URLs in `text`, so a warning can quote a value safely. */
function stripCredentials(text) {
    return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi, '$1');
}
/** Upper-case a source or index name the way poetry and uv name its environment variables. */
function envSegment(name) {
    return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

;// CONCATENATED MODULE: ./build/ecosystems/npm-lockfile.js

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Installed packages of a v2/v3 (`packages`) or v1 (`dependencies`, nested) lockfile, links and bundles left out. */
function installedEntries(lock) {
    if (isObject(lock.packages)) {
        return Object.entries(lock.packages)
            .filter(([path, entry]) => path.includes('node_modules/') && entry.link !== true && entry.inBundle !== true)
            .map(([, entry]) => entry);
    }
    const walk = (deps) => isObject(deps)
        ? Object.values(deps).flatMap((entry) => entry.bundled === true ? [] : [entry, ...walk(entry.dependencies)])
        : [];
    return walk(lock.dependencies);
}
/** Counts entries that resolve outside `registry` (by host) and entries with no `resolved` at all. */
function tally(entries, registry, options) {
    const ours = splitUrl(registry);
    const rewritten = options.rewrittenHosts ?? [];
    const result = { total: 0, missing: 0, elsewhere: new Map() };
    for (const entry of entries) {
        const { resolved, version } = entry;
        if (typeof resolved !== 'string') {
            // `file:`, git and alias specs without `resolved` never touch a registry.
            if (typeof version === 'string' && !/[:/]/.test(version)) {
                result.total++;
                result.missing++;
            }
            continue;
        }
        if (!/^https?:\/\//i.test(resolved))
            continue;
        result.total++;
        const { host, path } = splitUrl(resolved);
        const inside = host.toLowerCase() === ours.host.toLowerCase() && path.startsWith(ours.path);
        const lowerHost = host.toLowerCase();
        if (inside || rewritten === 'all' || rewritten.some((h) => h.toLowerCase() === lowerHost))
            continue;
        result.elsewhere.set(lowerHost, (result.elsewhere.get(lowerHost) ?? 0) + 1);
    }
    return result;
}
/**
 * Warnings for a package-lock.json / npm-shrinkwrap.json that would keep a build off the repository:
 * `resolved` URLs on another host (npm downloads from there, whatever the registry setting says), or no
 * `resolved` URLs (npm must revalidate every packument with the registry, so a warm build is never offline).
 */
function npmLockfileWarnings(fileName, text, registry, options = {}) {
    let lock;
    try {
        lock = JSON.parse(text);
    }
    catch {
        return [`${fileName} is not valid JSON, so it was not checked against the repository`];
    }
    if (!isObject(lock))
        return [`${fileName} is not an npm lockfile, so it was not checked`];
    const { total, missing, elsewhere } = tally(installedEntries(lock), registry, options);
    const warnings = [...elsewhere].map(([host, count]) => `${fileName}: ${count} of ${total} packages resolve from ${host}, outside the repository ${registry}: ` +
        'npm downloads them from there, bypassing the registry setting (regenerate the lockfile through the ' +
        'repository, or set replace-registry-host)');
    if (missing > 0) {
        warnings.push(`${fileName}: ${missing} of ${total} packages have no 'resolved' URL: npm asks the registry for their ` +
            'metadata on every install, even with a warm cache (regenerate the lockfile with ' +
            'omit-lockfile-registry-resolved=false so warm builds make no registry requests)');
    }
    return warnings;
}

;// CONCATENATED MODULE: ./build/ecosystems/npmrc.js

/** Per-registry keys that would authenticate differently against our registry: dropped. */
const OTHER_AUTH_SUFFIXES = [':_auth', ':username', ':_password', ':always-auth'];
/** The key of an `.npmrc` line (`key=value`, spaces allowed around `=`), or undefined for comments. */
function keyOf(line) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
        return undefined;
    const eq = trimmed.indexOf('=');
    return (eq === -1 ? trimmed : trimmed.slice(0, eq)).trim();
}
/** Ours, in the order `npm config set` appends them. */
function ourSettings(registry, token, scopes) {
    return [
        { key: 'registry', value: registry },
        ...scopes.map((scope) => ({ key: `${scope}:registry`, value: registry })),
        { key: `${nerfDart(registry)}:_authToken`, value: token },
    ];
}
/** Lower-cased, with `//host/path:x` spelled `//host/path/:x`: npm treats both as the same registry. */
function normaliseKey(key) {
    const lower = key.toLowerCase();
    const colon = lower.lastIndexOf(':');
    if (!lower.startsWith('//') || colon === -1)
        return lower;
    const prefix = lower.slice(0, colon);
    return `${prefix.endsWith('/') ? prefix : `${prefix}/`}${lower.slice(colon)}`;
}
/** What to do with an existing line: replace it with `ours[i]`, drop it, or keep it (undefined). */
function fate(key, ours, dart) {
    const lower = normaliseKey(key);
    const index = ours.findIndex((setting) => setting.key.toLowerCase() === lower);
    if (index !== -1)
        return index;
    return OTHER_AUTH_SUFFIXES.some((suffix) => lower === `${dart.toLowerCase()}${suffix}`)
        ? 'drop'
        : undefined;
}
/**
 * The user config npm and pnpm read after login: the user's own lines kept in place (comments too),
 * lines that would point elsewhere or authenticate differently against our registry replaced, ours
 * appended in the order `npm config set` produces: `registry=`, `@scope:registry=`, `//host/path/:_authToken=`.
 * Unlike `aws codeartifact login` no `always-auth` line is written: npm ≥ 9 rejects it.
 */
function renderNpmUserConfig(existing, registry, token, scopes) {
    const dart = nerfDart(registry);
    const ours = ourSettings(registry, token, scopes);
    const written = new Set();
    const lines = [];
    for (const line of (existing ?? '').split(/\r?\n/)) {
        const key = keyOf(line);
        const what = key === undefined ? undefined : fate(key, ours, dart);
        if (what === undefined)
            lines.push(line);
        else if (what !== 'drop' && !written.has(what)) {
            lines.push(`${ours[what]?.key}=${ours[what]?.value}`);
            written.add(what);
        }
    }
    while (lines.length > 0 && lines[lines.length - 1]?.trim() === '')
        lines.pop();
    ours.forEach((setting, index) => {
        if (!written.has(index))
            lines.push(`${setting.key}=${setting.value}`);
    });
    return `${lines.join('\n')}\n`;
}
/** Variables npm reads before any config file; one set would send requests past our registry. */
const REGISTRY_ENV = /^npm_config_(registry|@[^:]+:registry)$/i;
/** The npm user config for npm and pnpm, selected with `NPM_CONFIG_USERCONFIG` (token inside: mode 0600). */
function renderNpmFamily(ctx, tool) {
    const registry = endpointFor(ctx, 'npm', tool);
    const content = renderNpmUserConfig(ctx.existingNpmUserConfig, registry, ctx.token, ctx.scopes);
    const warnings = Object.keys(ctx.existingEnv ?? {})
        .filter((name) => REGISTRY_ENV.test(name) && (ctx.existingEnv?.[name] ?? '') !== '')
        .map((name) => `${name} is set: it overrides the user config, so ${tool} bypasses the repository (unset it)`);
    return {
        files: [{ role: 'npm-userconfig', content, mode: 0o600, selectedBy: 'NPM_CONFIG_USERCONFIG' }],
        env: {},
        warnings,
        registry,
    };
}

;// CONCATENATED MODULE: ./build/ecosystems/npm.js


/** npm: a user config with `registry=`, scoped registries and the `_authToken` line. */
const npm = {
    tool: 'npm',
    format: 'npm',
    lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
    // Every npm command writes a debug log into <cache>/_logs unless told not to: asking where the cache is
    // must not change it (save archives it meanwhile, and logs are not downloads).
    cacheDirCommand: ['npm', 'config', 'get', 'cache', '--logs-max=0'],
    defaultCacheDir: { linux: '{home}/.npm', darwin: '{home}/.npm', win32: '{localAppData}/npm-cache' },
    lockfileWarnings: (fileName, text, registry) => npmLockfileWarnings(fileName, text, registry),
    render: (ctx) => renderNpmFamily(ctx, 'npm'),
};

;// CONCATENATED MODULE: ./build/ecosystems/ini.js
const HEADER = /^\[([^\]]+)\]/;
const OPTION = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/;
/** Splits INI text into lines, each tagged with its section and option (comments and blanks untagged). */
function iniLines(text) {
    const lines = [];
    let section;
    let key;
    for (const line of text.split(/\r?\n/)) {
        const header = HEADER.exec(line);
        const option = OPTION.exec(line);
        const at = section === undefined ? {} : { section };
        if (header) {
            section = header[1]?.trim() ?? '';
            key = undefined;
            lines.push({ text: line, section, header: true });
        }
        else if (/^[#;]/.test(line) || line.trim() === '') {
            lines.push({ text: line, ...at });
        }
        else if (/^\s/.test(line) && key !== undefined) {
            lines.push({ text: line, ...at, key, continuation: true });
        }
        else if (option) {
            key = (option[1] ?? '').trim().toLowerCase().replace(/_/g, '-');
            lines.push({ text: line, ...at, key, value: option[2] ?? '' });
        }
        else {
            lines.push({ text: line, ...at });
        }
    }
    return lines;
}
/**
 * `text` with every `key` in `section` removed and `key = value` written at the end of that section
 * (which is appended when missing). Comments and all other options are kept.
 */
function setIniOption(text, section, key, value) {
    const kept = iniLines(text ?? '').filter((line) => !(line.section === section && line.key === key));
    const texts = kept.map((line) => line.text);
    while (texts.length > 0 && texts[texts.length - 1]?.trim() === '')
        texts.pop();
    const start = kept.findIndex((line) => line.header === true && line.section === section);
    const option = `${key} = ${value}`;
    if (start === -1) {
        return [...texts, ...(texts.length > 0 ? [''] : []), `[${section}]`, option, ''].join('\n');
    }
    let end = start + 1;
    while (end < kept.length && kept[end]?.header !== true)
        end++;
    while (end > start + 1 && (kept[end - 1]?.text.trim() ?? '') === '')
        end--;
    texts.splice(end, 0, option);
    return `${texts.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./build/ecosystems/pip-checks.js


/** Options that add package sources next to the repository. */
const EXTRA_SOURCES = ['extra-index-url', 'find-links'];
const FALSY = /^(0|false|no|off)$/i;
/** Warnings for variables that would override the index URL or add sources next to it. */
function envWarnings(env) {
    const set = (name) => ((env[name] ?? '').trim() === '' ? undefined : env[name]);
    const warnings = [];
    if (set('PIP_INDEX_URL') !== undefined) {
        warnings.push("PIP_INDEX_URL is set: it overrides the repository's index URL for every pip command (unset it)");
    }
    for (const name of ['PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS']) {
        const value = set(name);
        if (value !== undefined) {
            warnings.push(`${name} is set (${stripCredentials(value)}): pip also takes packages from there, bypassing the ` +
                'repository (unset it)');
        }
    }
    const noIndex = set('PIP_NO_INDEX');
    if (noIndex !== undefined && !FALSY.test(noIndex.trim())) {
        warnings.push('PIP_NO_INDEX is set: pip ignores every index, the repository included (unset it)');
    }
    return warnings;
}
/** Warnings for one pip config file's options that would override or sidestep the index URL. */
function configWarnings(text, source) {
    const warnings = [];
    for (const line of iniLines(text)) {
        if (line.key === undefined || line.continuation === true || line.section === undefined)
            continue;
        const where = `${source} [${line.section}] ${line.key}`;
        const value = stripCredentials((line.value ?? '').trim());
        if (EXTRA_SOURCES.includes(line.key)) {
            warnings.push(`${where} = ${value}: pip also takes packages from there, bypassing the repository (remove it)`);
        }
        else if (line.key === 'index-url' && line.section !== 'global') {
            warnings.push(`${where} overrides the repository's index URL for pip ${line.section} (remove it)`);
        }
        else if (line.key === 'no-index' && !FALSY.test(value)) {
            warnings.push(`${where}: pip ignores every index, the repository included (remove it)`);
        }
    }
    return warnings;
}
/**
 * Settings that defeat the one-URL rule (every package through the repository): `PIP_INDEX_URL`,
 * `PIP_EXTRA_INDEX_URL`, `PIP_FIND_LINKS`, `PIP_NO_INDEX` in the environment, and `extra-index-url`,
 * `find-links`, `no-index` or a per-command `index-url` in a pip config file. Call once per config file;
 * `source` names the file in the warnings. Values are quoted with credentials removed.
 */
function pipBypassWarnings(existingEnv, existingPipConfigText, source = 'pip config') {
    return [...envWarnings(existingEnv), ...configWarnings(existingPipConfigText, source)];
}

;// CONCATENATED MODULE: ./build/ecosystems/pip.js



/**
 * pip: `[global] index-url = https://aws:<token>@<host>/pypi/<repo>/simple/` (what `aws codeartifact
 * login --tool pip` sets) in a file selected with `PIP_CONFIG_FILE`. That file outranks the global and
 * site files, and once it exists pip skips the user config altogether, so ours is merged into the config
 * it replaces (see `RenderContext.existingPipConfig`) rather than written bare.
 */
function renderPip(ctx) {
    const registry = `${endpointFor(ctx, 'pypi', 'pip')}simple/`;
    const content = setIniOption(ctx.existingPipConfig, 'global', 'index-url', withBasicAuth(registry, ctx.token));
    return {
        files: [{ role: 'pip-config', content, mode: 0o600, selectedBy: 'PIP_CONFIG_FILE' }],
        env: {},
        warnings: pipBypassWarnings(ctx.existingEnv ?? {}, ctx.existingPipConfig ?? '', ctx.existingPipConfigPath ?? 'the existing pip config'),
        registry,
    };
}
/** pip (requirements files, and pipenv's Pipfile.lock whose installs run pip). */
const pip = {
    tool: 'pip',
    format: 'pypi',
    lockfiles: ['requirements*.txt', 'Pipfile.lock'],
    cacheDirCommand: ['pip', 'cache', 'dir'],
    defaultCacheDir: {
        linux: '{home}/.cache/pip',
        darwin: '{home}/Library/Caches/pip',
        win32: '{localAppData}/pip/Cache',
    },
    render: renderPip,
};

;// CONCATENATED MODULE: ./build/ecosystems/pnpm.js

/**
 * pnpm reads the same npm user config, so npm and pnpm together render one identical file. The token is
 * written literally: pnpm expands `${VAR}` in the user config but not in a project `.npmrc`.
 */
const pnpm = {
    tool: 'pnpm',
    format: 'npm',
    lockfiles: ['pnpm-lock.yaml'],
    cacheDirCommand: ['pnpm', 'store', 'path', '--silent'],
    defaultCacheDir: {
        linux: '{home}/.local/share/pnpm/store',
        darwin: '{home}/Library/pnpm/store',
        win32: '{localAppData}/pnpm/store',
    },
    render: (ctx) => renderNpmFamily(ctx, 'pnpm'),
};

;// CONCATENATED MODULE: ./build/ecosystems/poetry.js

/**
 * poetry takes the source URL from pyproject.toml (`[[tool.poetry.source]]` named `poetry-source`, url
 * `<endpoint>simple/`); login supplies only its credentials.
 */
function renderPoetry(ctx) {
    const registry = `${endpointFor(ctx, 'pypi', 'poetry')}simple/`;
    const name = envSegment(ctx.poetrySource);
    return {
        files: [],
        env: { [`POETRY_HTTP_BASIC_${name}_USERNAME`]: 'aws', [`POETRY_HTTP_BASIC_${name}_PASSWORD`]: ctx.token },
        warnings: [],
        registry,
    };
}
/** poetry: `POETRY_HTTP_BASIC_<SOURCE>_USERNAME=aws` / `_PASSWORD`. */
const poetry = {
    tool: 'poetry',
    format: 'pypi',
    lockfiles: ['poetry.lock'],
    cacheDirCommand: ['poetry', 'config', 'cache-dir'],
    defaultCacheDir: {
        linux: '{home}/.cache/pypoetry',
        darwin: '{home}/Library/Caches/pypoetry',
        win32: '{localAppData}/pypoetry/Cache',
    },
    render: renderPoetry,
};

;// CONCATENATED MODULE: ./build/ecosystems/twine.js

/** twine uploads to the repository endpoint itself (no `simple/`), as user `aws`. */
function renderTwine(ctx) {
    const registry = endpointFor(ctx, 'pypi', 'twine');
    return {
        files: [],
        env: { TWINE_REPOSITORY_URL: registry, TWINE_USERNAME: 'aws', TWINE_PASSWORD: ctx.token },
        warnings: [],
        registry,
    };
}
/** twine: `TWINE_REPOSITORY_URL`, `TWINE_USERNAME=aws`, `TWINE_PASSWORD`; it downloads nothing, so no cache. */
const twine = {
    tool: 'twine',
    format: 'pypi',
    lockfiles: [],
    render: renderTwine,
};

;// CONCATENATED MODULE: ./build/ecosystems/uv.js

/** Variables that add or replace indexes behind our back. */
const BYPASS_ENV = ['UV_INDEX_URL', 'UV_EXTRA_INDEX_URL', 'UV_INDEX', 'UV_FIND_LINKS'];
/**
 * uv: the repository becomes the default index (credentials in the URL, as pip gets them; uv keeps them
 * out of uv.lock), and a pyproject.toml index named `uv-index` gets the same credentials.
 */
function renderUv(ctx) {
    const registry = `${endpointFor(ctx, 'pypi', 'uv')}simple/`;
    const name = envSegment(ctx.uvIndex);
    const warnings = BYPASS_ENV.filter((key) => (ctx.existingEnv?.[key] ?? '') !== '').map((key) => `${key} is set (${stripCredentials(ctx.existingEnv?.[key] ?? '')}): uv also resolves from there, ` +
        'bypassing the repository (unset it)');
    return {
        files: [],
        env: {
            UV_DEFAULT_INDEX: withBasicAuth(registry, ctx.token),
            [`UV_INDEX_${name}_USERNAME`]: 'aws',
            [`UV_INDEX_${name}_PASSWORD`]: ctx.token,
        },
        warnings,
        registry,
    };
}
/** uv: `UV_DEFAULT_INDEX` plus `UV_INDEX_<NAME>_USERNAME=aws` / `_PASSWORD`. */
const uv = {
    tool: 'uv',
    format: 'pypi',
    lockfiles: ['uv.lock'],
    cacheDirCommand: ['uv', 'cache', 'dir'],
    defaultCacheDir: {
        linux: '{home}/.cache/uv',
        darwin: '{home}/.cache/uv',
        win32: '{localAppData}/uv/cache',
    },
    render: renderUv,
};

;// CONCATENATED MODULE: ./build/ecosystems/yarn.js

/** yarn berry takes the whole registry setting from its environment, which beats every `.yarnrc.yml`. */
function renderYarn(ctx) {
    const registry = endpointFor(ctx, 'npm', 'yarn');
    const env = {
        YARN_NPM_REGISTRY_SERVER: registry,
        YARN_NPM_AUTH_TOKEN: ctx.token,
        YARN_NPM_ALWAYS_AUTH: 'true',
    };
    const { scheme, host } = splitUrl(registry);
    // Berry refuses plain http (a 127.0.0.1 emulator) unless the host name is whitelisted.
    if (scheme === 'http')
        env.YARN_UNSAFE_HTTP_WHITELIST = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    const warnings = [];
    // No environment variable can override `npmScopes`: a scope routed there skips the repository.
    if (/^npmScopes\s*:/m.test(ctx.existingYarnrc ?? '')) {
        warnings.push('.yarnrc.yml sets npmScopes: those scopes resolve from the registries it names, not the repository ' +
            '(remove the npmRegistryServer entries under npmScopes)');
    }
    return { files: [], env, warnings, registry };
}
/** yarn berry (2+): `YARN_NPM_REGISTRY_SERVER`, `YARN_NPM_AUTH_TOKEN`, `YARN_NPM_ALWAYS_AUTH`. */
const yarn = {
    tool: 'yarn',
    format: 'npm',
    lockfiles: ['yarn.lock'],
    detectWarning: {
        unless: ['.yarnrc.yml'],
        warning: 'yarn.lock without .yarnrc.yml: yarn is configured as yarn berry (2+); yarn classic (1.x) reads the ' +
            'npm user config instead, so add npm to tools if this project uses yarn 1',
    },
    cacheDirCommand: ['yarn', 'config', 'get', 'cacheFolder'],
    defaultCacheDir: {
        linux: '{home}/.yarn/berry/cache',
        darwin: '{home}/.yarn/berry/cache',
        win32: '{localAppData}/Yarn/Berry/cache',
    },
    render: renderYarn,
};

// EXTERNAL MODULE: ./build/ecosystems/types.js
var types = __webpack_require__(98941);
;// CONCATENATED MODULE: ./build/ecosystems/index.js








/** Every supported tool's descriptor, keyed by the name users write in `tools`. */
const ECOSYSTEMS = {
    npm: npm,
    pnpm: pnpm,
    yarn: yarn,
    pip: pip,
    twine: twine,
    poetry: poetry,
    uv: uv,
    go: go,
};





/***/ }),

/***/ 98941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ TOOL_NAMES)
/* harmony export */ });
/** Every client this toolkit can configure, in the order plans and summaries list them. */
const TOOL_NAMES = ['npm', 'pnpm', 'yarn', 'pip', 'twine', 'poetry', 'uv', 'go'];


/***/ }),

/***/ 27389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ lockfileWarnings),
  u: () => (/* binding */ resolveTools)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/ecosystems/index.js + 13 modules
var ecosystems = __webpack_require__(51056);
// EXTERNAL MODULE: ./build/ecosystems/types.js
var types = __webpack_require__(98941);
// EXTERNAL MODULE: ./build/core/glob.js
var core_glob = __webpack_require__(98998);
;// CONCATENATED MODULE: ./build/core/detect.js



/** Directories whose lockfiles belong to dependencies or environments, not to the project. */
const IGNORED_DIRS = new Set(['node_modules', '.git', '.venv', 'venv', 'vendor', '.yarn']);
const baseName = (path) => path.split(/[\\/]/).pop() ?? path;
const ignored = (path) => path
    .split(/[\\/]/)
    .slice(0, -1)
    .some((dir) => IGNORED_DIRS.has(dir));
/**
 * Detects tools from the relative paths of files present (the caller lists the working directory, to
 * whatever depth it likes). A file counts by its base name; files under node_modules, .git, virtualenvs,
 * vendor and .yarn never count.
 */
function detectTools(files) {
    const names = files.filter((file) => !ignored(file));
    const present = new Set(names.map(baseName));
    const tools = [];
    const evidence = {};
    const warnings = [];
    for (const tool of types/* TOOL_NAMES */.K) {
        const { lockfiles, detectWarning } = ecosystems/* ECOSYSTEMS */.SQ[tool];
        const hits = names.filter((file) => lockfiles.some((glob) => (0,core_glob/* matchGlob */.sB)(glob, baseName(file))));
        if (hits.length === 0)
            continue;
        tools.push(tool);
        evidence[tool] = hits;
        if (detectWarning && !detectWarning.unless.some((file) => present.has(file))) {
            warnings.push(detectWarning.warning);
        }
    }
    return { tools, evidence, warnings };
}

;// CONCATENATED MODULE: ./build/run/tools.js




/** Directories never worth listing: dependencies, VCS data, virtualenvs. */
const SKIP = new Set(['node_modules', '.git', '.venv', 'venv', 'vendor', '.yarn']);
/** Relative paths of files in `dir`, down to `depth` levels (lockfiles sit at the top of projects). */
async function listFiles(dir, depth, prefix = '') {
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, prefix), { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isFile())
            files.push(path);
        else if (entry.isDirectory() && depth > 0 && !SKIP.has(entry.name)) {
            files.push(...(await listFiles(dir, depth - 1, path)));
        }
    }
    return files;
}
/** The tools to configure: the configured list, or those whose lockfiles are in the working directory. */
async function resolveTools(config) {
    if (config.tools !== 'auto')
        return { tools: config.tools, notes: [], warnings: [] };
    const detection = detectTools(await listFiles(config.workingDirectory, 1));
    if (detection.tools.length === 0) {
        throw new Error(`No lockfile in ${config.workingDirectory} tells which tools to configure: set 'tools' ` +
            `(any of ${Object.keys(ecosystems/* ECOSYSTEMS */.SQ).join(', ')}) or 'working-directory'`);
    }
    const notes = detection.tools.map((tool) => `Detected ${tool} from ${(detection.evidence[tool] ?? []).join(', ')}`);
    return { tools: detection.tools, notes, warnings: detection.warnings };
}
/** Each tool's lockfile checks (e.g. npm `resolved` URLs outside the repository), for the top-level lockfiles. */
async function lockfileWarnings(tools, workingDirectory, registries) {
    const warnings = [];
    for (const tool of tools) {
        const { lockfileWarnings: check, lockfiles } = ecosystems/* ECOSYSTEMS */.SQ[tool];
        const registry = registries[tool];
        if (check === undefined || registry === undefined)
            continue;
        for (const name of lockfiles.filter((glob) => !/[*?]/.test(glob))) {
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(workingDirectory, name), 'utf8').catch(() => undefined);
            if (text !== undefined)
                warnings.push(...check(name, text, registry));
        }
    }
    return warnings;
}


/***/ })

};
