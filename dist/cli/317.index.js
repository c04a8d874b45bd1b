export const id = 317;
export const ids = [317];
export const modules = {

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


/***/ }),

/***/ 35261:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ readNamespaces),
/* harmony export */   Dk: () => (/* binding */ OPS_RULES),
/* harmony export */   _E: () => (/* binding */ readTarget),
/* harmony export */   wA: () => (/* binding */ reader)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19947);
/* harmony import */ var _core_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54653);



const rule = (re, allowed) => ({ allowed, test: (v) => re.test(v) });
/** Rules the operational commands add to the login ones. */
const OPS_RULES = {
    externalConnection: rule(/^public:[a-z0-9-]{2,60}$/, "an external connection such as 'public:npmjs'"),
    namespace: rule(/^@?[a-z0-9~-][a-z0-9._~-]{0,213}$/, "a package namespace such as 'acme' (npm: the scope)"),
    /** Formats whose packages have namespaces, so a `/<format>/<namespace>/*` group means something. */
    namespacedFormat: rule(/^(npm|maven|swift|generic)$/, 'one of npm, maven, swift, generic'),
    githubRepo: rule(/^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/, "a GitHub repository such as 'acme/web-app'"),
    branch: rule(/^[A-Za-z0-9._/-]{1,200}$/, "a branch name such as 'main'"),
    bucket: rule(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name'),
    prefix: rule(/^[A-Za-z0-9!_.'()/-]{0,900}$/, "a key prefix such as 'ci-cache/' (no '*')"),
    project: rule(/^[A-Za-z0-9][A-Za-z0-9_-]{1,254}$/, 'a CodeBuild project name'),
};
/** A reader over raw inputs and a way to finish: throws every problem at once, one line each. */
function reader(raw) {
    const r = new _core_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InputReader */ .i_(raw);
    return {
        r,
        done: () => {
            if (r.problems.length > 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(r.problems);
        },
    };
}
/** domain + repository (required unless `repositoryOptional`), domain-owner, region. */
function readTarget(r, repositoryOptional = false) {
    const domain = r.required('domain', _core_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.domain) ?? '';
    const repository = (repositoryOptional
        ? r.optional('repository', _core_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.repository)
        : r.required('repository', _core_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.repository)) ?? '';
    const domainOwner = r.optional('domain-owner', _core_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.domainOwner);
    const region = r.optional('region', _core_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.region);
    return {
        domain,
        repository,
        ...(domainOwner === undefined ? {} : { domainOwner }),
        ...(region === undefined ? {} : { region }),
    };
}
/** Namespaces without npm's `@`, de-duplicated by the reader. */
function readNamespaces(r, required) {
    const list = r.list('namespace', OPS_RULES.namespace, (item) => item.replace(/^@/, ''));
    if (required && list.length === 0)
        r.problems.push(`Input 'namespace' is required: ${OPS_RULES.namespace.allowed}`);
    return list;
}


/***/ }),

/***/ 95698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAudit: () => (/* binding */ runAudit),
  runPause: () => (/* binding */ runPause),
  runProtect: () => (/* binding */ runProtect),
  runResume: () => (/* binding */ runResume)
});

;// CONCATENATED MODULE: ./build/ops/resolvable.js
/** The package format an external connection serves (`public:npmjs` → npm). */
function connectionFormat(connection) {
    const name = connection.replace(/^public:/, '');
    const known = {
        npmjs: 'npm',
        pypi: 'pypi',
        'nuget-org': 'nuget',
        'ruby-gems-org': 'ruby',
        'crates-io': 'cargo',
    };
    return known[name] ?? (name.startsWith('maven-') ? 'maven' : name);
}
/** Counts what `ref` holds of `format` (these stay resolvable while the external connection is away). */
async function holdings(api, ref, format) {
    const packages = await api.listPackages(ref, { format });
    const versionsByOrigin = {};
    // A few at a time: one ListPackageVersions per package, without a burst the service would throttle.
    for (let i = 0; i < packages.length; i += 8) {
        const pages = await Promise.all(packages.slice(i, i + 8).map((p) => api.listPackageVersions(ref, p)));
        for (const v of pages.flat())
            versionsByOrigin[v.originType] = (versionsByOrigin[v.originType] ?? 0) + 1;
    }
    return { packages: packages.length, versionsByOrigin };
}
/** "internal holds 3 npm packages (2 INTERNAL, 5 EXTERNAL versions)". */
function holdingsLine(repository, format, h) {
    const origins = Object.entries(h.versionsByOrigin)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([origin, n]) => `${n} ${origin}`);
    const versions = origins.length > 0 ? ` (${origins.join(', ')} versions)` : '';
    return `${repository} holds ${h.packages} ${format} package(s)${versions}`;
}

;// CONCATENATED MODULE: ./build/ops/audit-groups.js

/**
 * Judge a package's associated group (the most specific one, from GetAssociatedPackageGroup) by its
 * EFFECTIVE modes, which already resolve INHERIT up the group tree (User Guide, "Package group origin
 * controls"): a group that sets nothing itself is governed by its closest ancestor that does.
 *   - EXTERNAL_UPSTREAM BLOCK: no repository of the domain may ingest the name from a public registry.
 *   - INTERNAL_UPSTREAM BLOCK: the audited repository keeps nothing from its upstreams, so public versions
 *     reach it only through an external connection of its own.
 * ALLOW_SPECIFIC_REPOSITORIES depends on lists this audit does not read, so it counts as open.
 */
function groupVerdict(group, chain, format) {
    const mode = (type) => group.restrictions[type]?.effectiveMode ?? group.restrictions[type]?.mode;
    const external = mode('EXTERNAL_UPSTREAM');
    if (external === 'BLOCK') {
        return { closed: true, reason: `package group ${group.pattern}: EXTERNAL_UPSTREAM is BLOCK` };
    }
    const own = chain[0]?.externalConnections.some((c) => connectionFormat(c.name) === format) ?? false;
    if (mode('INTERNAL_UPSTREAM') === 'BLOCK' && !own) {
        return { closed: true, reason: `package group ${group.pattern}: INTERNAL_UPSTREAM is BLOCK` };
    }
    return {
        closed: false,
        reason: `package group ${group.pattern} leaves it open (EXTERNAL_UPSTREAM ${external ?? 'ALLOW'})`,
    };
}

;// CONCATENATED MODULE: ./build/ops/chain.js
/** The repository and its upstreams, recursively, breadth first, each once (the service searches in order). */
async function walkChain(api, target) {
    const links = [];
    const seen = new Set();
    let level = [target.repository];
    for (let depth = 0; level.length > 0; depth++) {
        const next = [];
        for (const name of level.filter((n) => !seen.has(n))) {
            seen.add(name);
            const info = await api.describeRepository({ ...domainRef(target), repository: name });
            links.push({ ...info, depth });
            next.push(...info.upstreams);
        }
        level = next;
    }
    return links;
}
/** The domain part of a target, without the region (the client carries it). */
function domainRef(target) {
    return {
        domain: target.domain,
        ...(target.domainOwner === undefined ? {} : { domainOwner: target.domainOwner }),
    };
}
/** The chain as indented lines: `internal`, `  public-proxy [public:npmjs]`. */
function chainLines(links) {
    return links.map((l) => {
        const connections = l.externalConnections.map((c) => `${c.name}${c.status && c.status !== 'Available' ? ` (${c.status})` : ''}`);
        return `${'  '.repeat(l.depth + 1)}${l.name}${connections.length > 0 ? ` [${connections.join(', ')}]` : ''}`;
    });
}

;// CONCATENATED MODULE: ./build/ops/audit.js


const displayName = (format, ns, name) => format === 'npm' ? `@${ns}/${name}` : `${ns}/${name}`;
/** Namespaces holding packages first published here (publish ALLOW is the default that leaves). */
async function inferNamespaces(api, config) {
    const all = await api.listPackages(config.target, { format: config.format });
    return [
        ...new Set(all.filter((p) => p.namespace && p.publish === 'ALLOW').map((p) => p.namespace ?? '')),
    ].sort();
}
/**
 * A namespace's packages, each judged by its own origin restrictions AND its associated package group's
 * effective modes: upstream=ALLOW is a finding only when the group leaves the name open too. The report
 * names the namespace's own group, or else the group its packages inherit from.
 */
async function auditNamespace(api, config, chain, namespace) {
    const { target, format } = config;
    const own = await api.describePackageGroup(domainRef(target), `/${format}/${namespace}/*`);
    const packages = await api.listPackages(target, { format, namespace });
    const findings = [];
    let governing = own;
    for (const p of packages) {
        const name = displayName(format, namespace, p.name);
        const group = await api.associatedPackageGroup(domainRef(target), p);
        governing ??= group;
        const verdict = groupVerdict(group, chain, format);
        if (p.upstream === 'ALLOW' && !verdict.closed)
            findings.push({
                package: name,
                problem: `upstream=ALLOW and ${verdict.reason}: public versions of this name can be fetched`,
            });
        const external = (await api.listPackageVersions(target, p)).filter((v) => v.originType === 'EXTERNAL');
        if (external.length > 0) {
            const list = external.map((v) => v.version).join(', ');
            findings.push({ package: name, problem: `${external.length} version(s) of EXTERNAL origin: ${list}` });
        }
    }
    const report = {
        namespace,
        packages: packages.length,
        ...(governing ? { group: governing } : {}),
    };
    return { report, findings };
}
/** The chain, the namespaces' package groups, and every internal-scope package public versions could reach. */
async function audit(config, api) {
    const chain = await walkChain(api, config.target);
    const namespaces = config.namespaces.length > 0 ? config.namespaces : await inferNamespaces(api, config);
    const results = [];
    for (const ns of namespaces)
        results.push(await auditNamespace(api, config, chain, ns));
    return {
        repository: config.target.repository,
        chain,
        namespaces: results.map((r) => r.report),
        findings: results.flatMap((r) => r.findings),
    };
}

;// CONCATENATED MODULE: ./build/ops/audit-render.js

const mode = (group, type) => {
    const r = group?.restrictions[type];
    if (!r)
        return '-';
    return r.mode === r.effectiveMode || !r.effectiveMode
        ? (r.mode ?? '-')
        : `${r.mode ?? '-'} → ${r.effectiveMode}`;
};
/** Columns padded to their widest cell. */
function table(rows) {
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
    return rows.map((r) => r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd());
}
/** `@acme/x` → `acme`, `acme/x` → `acme`: the namespace `protect` takes. */
const namespaceOf = (pkg) => pkg.replace(/^@/, '').split('/')[0] ?? pkg;
/**
 * The audit as a person reads it: chain, groups per namespace, findings, verdict; `fix` gives the complete
 * `protect` command for a namespace with findings.
 */
function renderAudit(report, fix) {
    const groups = report.namespaces.map((n) => [
        n.namespace,
        n.group?.pattern ?? '(none)',
        mode(n.group, 'EXTERNAL_UPSTREAM'),
        mode(n.group, 'INTERNAL_UPSTREAM'),
        mode(n.group, 'PUBLISH'),
        String(n.packages),
    ]);
    const findings = report.findings.map((f) => [f.package, f.problem]);
    return [
        `Chain of ${report.repository}:`,
        ...chainLines(report.chain),
        '',
        ...(groups.length > 0
            ? table([
                ['NAMESPACE', 'PACKAGE GROUP', 'EXTERNAL_UPSTREAM', 'INTERNAL_UPSTREAM', 'PUBLISH', 'PACKAGES'],
                ...groups,
            ])
            : ['No internal namespaces given or found (use --namespace).']),
        '',
        ...(findings.length > 0 ? table([['PACKAGE', 'FINDING'], ...findings]) : []),
        ...(findings.length > 0
            ? [
                `${findings.length} finding(s). Fix with:`,
                ...[...new Set(report.findings.map((f) => namespaceOf(f.package)))].map((ns) => `  ${fix?.(ns) ?? `protect --namespace ${ns} --repository ${report.repository}`}`),
            ]
            : ['No findings: no internal-scope package can take versions from the public side.']),
    ];
}
/** The audit for machines: stable keys, the same facts. */
function auditJson(report) {
    return JSON.stringify({
        repository: report.repository,
        chain: report.chain.map((l) => ({
            repository: l.name,
            depth: l.depth,
            upstreams: l.upstreams,
            externalConnections: l.externalConnections,
        })),
        namespaces: report.namespaces,
        findings: report.findings,
        clean: report.findings.length === 0,
    }, null, 2);
}

// EXTERNAL MODULE: ./build/ops/hints.js
var hints = __webpack_require__(80845);
// EXTERNAL MODULE: ./build/ops/options.js
var options = __webpack_require__(35261);
;// CONCATENATED MODULE: ./build/ops/protect.js

async function groupSteps(config, api) {
    const ref = domainRef(config.target);
    const pattern = `/${config.format}/${config.namespace}/*`;
    const group = await api.describePackageGroup(ref, pattern);
    const block = () => api.setPackageGroupOrigin(ref, pattern, { EXTERNAL_UPSTREAM: 'BLOCK' });
    const steps = [];
    if (!group) {
        const description = `Internal namespace ${config.namespace}: never from external connections`;
        steps.push({
            says: `create package group ${pattern}`,
            run: () => api.createPackageGroup(ref, pattern, description),
        });
    }
    if (group?.restrictions.EXTERNAL_UPSTREAM?.mode !== 'BLOCK') {
        steps.push({ says: `set EXTERNAL_UPSTREAM=BLOCK on package group ${pattern}`, run: block });
    }
    return steps;
}
async function packageSteps(config, api) {
    const { target, format, namespace } = config;
    if (!target.repository)
        return [];
    const packages = await api.listPackages(target, { format, namespace });
    return packages
        .filter((p) => p.upstream !== 'BLOCK')
        .map((p) => {
        // Publishing stays as it is: protect only closes the public side.
        const restrictions = { publish: p.publish ?? 'ALLOW', upstream: 'BLOCK' };
        return {
            says: `set upstream=BLOCK (publish=${restrictions.publish}) on ${p.name} in ${target.repository}`,
            run: () => api.putPackageOrigin(target, p, restrictions),
        };
    });
}
/** Guards a namespace against public versions; plans first, then acts (unless a dry run). Returns the changes. */
async function protect(config, api, io) {
    const steps = [...(await groupSteps(config, api)), ...(await packageSteps(config, api))];
    if (steps.length === 0) {
        io.out(`Namespace ${config.namespace} (${config.format}) is already protected: nothing to change.`);
        return 0;
    }
    for (const step of steps) {
        if (config.dryRun)
            io.out(`Would ${step.says}`);
        else {
            await step.run();
            io.out(`Did ${step.says}`);
        }
    }
    if (config.dryRun)
        io.out(`Dry run: ${steps.length} change(s) planned, none made.`);
    return steps.length;
}

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
;// CONCATENATED MODULE: ./build/ops/upstream.js



const holders = (chain, connection) => chain.filter((l) => l.externalConnections.some((c) => c.name === connection));
/** Asks, or refuses when no one can answer: changing a shared repository is not done by accident. */
async function confirmed(config, io, question) {
    if (config.yes)
        return true;
    if (!io.interactive) {
        throw new errors/* InputError */.d([
            `Refusing to change the repository without --yes when not on a terminal (--dry-run shows the plan)`,
        ]);
    }
    return io.confirm(question);
}
/** Disassociates the external connection from the repository of the chain that holds it. */
async function pauseUpstream(config, api, io) {
    const { target, connection } = config;
    const chain = await walkChain(api, target);
    io.out(`Chain of ${target.repository} in domain ${target.domain}:`);
    chainLines(chain).forEach((line) => io.out(line));
    const holder = holders(chain, connection)[0];
    if (!holder) {
        io.out(`${connection} is not associated with any repository of this chain: nothing to pause.`);
        return;
    }
    io.out(`Acting on repository ${holder.name}, which holds ${connection}.`);
    const format = connectionFormat(connection);
    for (const name of new Set([target.repository, holder.name])) {
        const held = await holdings(api, { ...domainRef(target), repository: name }, format);
        io.out(`Stays resolvable: ${holdingsLine(name, format, held)}.`);
    }
    io.out('Other formats and other external connections are unaffected.');
    io.out(`Fails until resume-upstream: any ${format} version not already held in the chain.`);
    if (config.dryRun)
        return io.out(`Dry run: would disassociate ${connection} from ${holder.name}.`);
    if (!(await confirmed(config, io, `Disassociate ${connection} from ${holder.name}?`)))
        return io.out('Nothing changed.');
    await api.disassociateExternalConnection({ ...domainRef(target), repository: holder.name }, connection);
    io.out(`Disassociated ${connection} from ${holder.name}. Undo: ${config.undo ?? 'resume-upstream'}`);
}
/**
 * The repository to re-associate: the named one when it has no upstreams (a proxy), else the one proxy of
 * the chain with neither upstreams nor an external connection; anything else is ambiguous.
 */
function resumeTarget(chain) {
    const first = chain[0];
    if (first && first.upstreams.length === 0)
        return first;
    const bare = chain.filter((l) => l.upstreams.length === 0 && l.externalConnections.length === 0);
    if (bare.length === 1 && bare[0])
        return bare[0];
    const names = bare.map((l) => l.name).join(', ') || 'none';
    throw new errors/* InputError */.d([
        `Cannot tell which repository should get the connection (candidates: ${names}): name it with --repository`,
    ]);
}
/** Re-associates the external connection; says so and changes nothing when it already is. */
async function resumeUpstream(config, api, io) {
    const { target, connection } = config;
    const chain = await walkChain(api, target);
    const holder = holders(chain, connection)[0];
    if (holder)
        return io.out(`${connection} is already associated with ${holder.name}: nothing to resume.`);
    const repo = resumeTarget(chain);
    io.out(`Acting on repository ${repo.name} (in the chain of ${target.repository}).`);
    if (config.dryRun)
        return io.out(`Dry run: would associate ${connection} with ${repo.name}.`);
    if (!(await confirmed(config, io, `Associate ${connection} with ${repo.name}?`)))
        return io.out('Nothing changed.');
    await api.associateExternalConnection({ ...domainRef(target), repository: repo.name }, connection);
    io.out(`Associated ${connection} with ${repo.name}: new versions are fetched again.`);
}

;// CONCATENATED MODULE: ./build/ops/run.js






function upstreamConfig(raw) {
    const { r, done } = (0,options/* reader */.wA)(raw);
    const target = (0,options/* readTarget */._E)(r);
    const connection = r.optional('external-connection', options/* OPS_RULES */.Dk.externalConnection) ?? 'public:npmjs';
    const config = { target, connection, dryRun: r.boolean('dry-run', false), yes: r.boolean('yes', false) };
    done();
    return config;
}
/** `pause-upstream`. */
async function runPause(raw, deps) {
    const config = upstreamConfig(raw);
    const { target, connection } = config;
    const undo = (0,hints/* hintCommand */.Vw)(deps.self ?? hints/* DEFAULT_SELF */.r5, 'resume-upstream', target, [
        ...['--repository', target.repository, '--external-connection', connection, '--yes'],
    ]);
    await pauseUpstream({ ...config, undo }, await deps.api(target), deps.io);
}
/** `resume-upstream`. */
async function runResume(raw, deps) {
    const config = upstreamConfig(raw);
    await resumeUpstream(config, await deps.api(config.target), deps.io);
}
/** `audit`: 0 when clean, 1 with findings. */
async function runAudit(raw, deps) {
    const { r, done } = (0,options/* reader */.wA)(raw);
    const target = (0,options/* readTarget */._E)(r);
    const namespaces = (0,options/* readNamespaces */.D9)(r, false);
    const format = r.optional('format', options/* OPS_RULES */.Dk.namespacedFormat) ?? 'npm';
    const json = r.boolean('json', false);
    done();
    const report = await audit({ target, namespaces, format }, await deps.api(target));
    if (json)
        deps.io.out(auditJson(report));
    else {
        const formatFlag = format === 'npm' ? [] : ['--format', format];
        const fix = (namespace) => (0,hints/* hintCommand */.Vw)(deps.self ?? hints/* DEFAULT_SELF */.r5, 'protect', target, [
            ...['--namespace', namespace, ...formatFlag, '--repository', target.repository],
        ]);
        renderAudit(report, fix).forEach((line) => deps.io.out(line));
    }
    return report.findings.length > 0 ? 1 : 0;
}
/** `protect`: returns how many changes were made (or planned). */
async function runProtect(raw, deps) {
    const { r, done } = (0,options/* reader */.wA)(raw);
    const target = (0,options/* readTarget */._E)(r, true);
    const namespaces = (0,options/* readNamespaces */.D9)(r, true);
    const format = r.optional('format', options/* OPS_RULES */.Dk.namespacedFormat) ?? 'npm';
    const dryRun = r.boolean('dry-run', false);
    if (namespaces.length > 1)
        r.problems.push("Input 'namespace' takes one namespace here");
    done();
    return protect({ target, namespace: namespaces[0] ?? '', format, dryRun }, await deps.api(target), deps.io);
}


/***/ })

};
