export const id = 60;
export const ids = [60];
export const modules = {

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

/***/ 11060:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPolicy: () => (/* binding */ runPolicy)
});

// EXTERNAL MODULE: ./build/core/rules.js
var rules = __webpack_require__(54653);
// EXTERNAL MODULE: ./build/ops/options.js
var options = __webpack_require__(35261);
;// CONCATENATED MODULE: ./build/ops/policy.js
const POLICY_KINDS = [
    'build-role',
    'github-trust',
    'codebuild-service-role',
    'codebuild-trust',
];
/** Trust policies (who may assume the role) rather than permission policies. */
const TRUST_KINDS = ['github-trust', 'codebuild-trust'];
const GITHUB_OIDC = 'token.actions.githubusercontent.com';
const doc = (statements) => ({
    Version: '2012-10-17',
    Statement: statements,
});
/** The cache prefix as an S3 key pattern: `ci-cache/` → `ci-cache/*`; empty = the whole bucket. */
const keyPattern = (prefix) => `${prefix.replace(/^\/+/, '')}*`;
/** The statements a build needs: a token for the domain, reads from the one repository, the cache prefix. */
function buildStatements(p) {
    const arn = `arn:${p.partition ?? 'aws'}`;
    const codeartifact = `${arn}:codeartifact:${p.region}:${p.domainOwner}`;
    const statements = [
        {
            Sid: 'CodeArtifactToken',
            Effect: 'Allow',
            Action: 'codeartifact:GetAuthorizationToken',
            Resource: `${codeartifact}:domain/${p.domain}`,
        },
        {
            Sid: 'CodeArtifactRead',
            Effect: 'Allow',
            Action: ['codeartifact:GetRepositoryEndpoint', 'codeartifact:ReadFromRepository'],
            Resource: `${codeartifact}:repository/${p.domain}/${p.repository}`,
        },
        // GetServiceBearerToken has no resource type: "*" is the only Resource IAM accepts; the condition narrows it.
        {
            Sid: 'CodeArtifactBearerToken',
            Effect: 'Allow',
            Action: 'sts:GetServiceBearerToken',
            Resource: '*',
            Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } },
        },
    ];
    if (!p.cache)
        return statements;
    const bucket = `${arn}:s3:::${p.cache.bucket}`;
    const keys = keyPattern(p.cache.prefix);
    return [
        ...statements,
        // AbortMultipartUpload: a large save is a multipart upload, and one that fails is aborted so its
        // parts do not stay billed in the bucket.
        {
            Sid: 'CacheObjects',
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'],
            Resource: `${bucket}/${keys}`,
        },
        {
            Sid: 'CacheList',
            Effect: 'Allow',
            Action: 's3:ListBucket',
            Resource: bucket,
            Condition: { StringLike: { 's3:prefix': keys } },
        },
    ];
}
function githubTrust(p) {
    if (!p.github)
        throw new Error('The GitHub trust policy needs --github-repo (and --branch)');
    const account = p.account ?? p.domainOwner;
    const provider = `arn:${p.partition ?? 'aws'}:iam::${account}:oidc-provider/${GITHUB_OIDC}`;
    return doc([
        {
            Sid: 'GitHubActionsOidc',
            Effect: 'Allow',
            Principal: { Federated: provider },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
                StringEquals: {
                    [`${GITHUB_OIDC}:aud`]: 'sts.amazonaws.com',
                    [`${GITHUB_OIDC}:sub`]: `repo:${p.github.repo}:ref:refs/heads/${p.github.branch}`,
                },
            },
        },
    ]);
}
function codebuildServiceRole(p) {
    const account = p.account ?? p.domainOwner;
    const group = `arn:${p.partition ?? 'aws'}:logs:${p.region}:${account}:log-group:/aws/codebuild/${p.project ?? 'codeartifact-cache'}`;
    return doc([
        {
            Sid: 'BuildLogs',
            Effect: 'Allow',
            Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: [group, `${group}:*`],
        },
        ...buildStatements(p),
    ]);
}
/**
 * Who may assume the CodeBuild service role: the CodeBuild service, only for this account's project
 * (aws:SourceAccount / aws:SourceArn keep another account's project from using it: the confused deputy).
 */
function codebuildTrust(p) {
    const account = p.account ?? p.domainOwner;
    const project = `arn:${p.partition ?? 'aws'}:codebuild:${p.region}:${account}:project/${p.project ?? 'codeartifact-cache'}`;
    return doc([
        {
            Sid: 'CodeBuildService',
            Effect: 'Allow',
            Principal: { Service: 'codebuild.amazonaws.com' },
            Action: 'sts:AssumeRole',
            Condition: {
                StringEquals: { 'aws:SourceAccount': account },
                ArnLike: { 'aws:SourceArn': project },
            },
        },
    ]);
}
/** One least-privilege IAM document. Throws when the inputs it needs are missing. */
function renderPolicy(kind, p) {
    if (kind === 'build-role')
        return doc(buildStatements(p));
    if (kind === 'github-trust')
        return githubTrust(p);
    if (kind === 'codebuild-trust')
        return codebuildTrust(p);
    return codebuildServiceRole(p);
}

;// CONCATENATED MODULE: ./build/ops/policy-check.js
/** ARNs of the services these documents name, with the only places a `*` may appear. */
const ARN = /^arn:aws[a-z-]*:(codeartifact|s3|logs|iam):[a-z0-9-]*:(\d{12})?:[^\s*]+(\/\*|:\*|\*)?$/;
/**
 * Problems with a document's shape, one line each (empty = fine): the version, Effect/Action on every
 * statement, Resource on permission statements, Principal on trust ones, well-formed ARNs, and no wildcard
 * except a trailing one (a key prefix, log streams) or the bare `*` that sts:GetServiceBearerToken requires.
 */
function policyProblems(document, trust = false) {
    const problems = [];
    if (document.Version !== '2012-10-17')
        problems.push('Version must be 2012-10-17');
    if (document.Statement.length === 0)
        problems.push('no statements');
    for (const [i, s] of document.Statement.entries()) {
        const where = `Statement ${s.Sid ?? i}`;
        if (s.Effect !== 'Allow')
            problems.push(`${where}: Effect must be Allow`);
        const actions = [s.Action].flat();
        if (actions.length === 0 || actions.some((a) => !/^[a-z0-9-]+:[A-Za-z]+$/.test(a)))
            problems.push(`${where}: bad Action`);
        if (trust) {
            if (!s.Principal)
                problems.push(`${where}: a trust statement needs a Principal`);
            continue;
        }
        const resources = s.Resource === undefined ? [] : [s.Resource].flat();
        if (resources.length === 0)
            problems.push(`${where}: no Resource`);
        for (const r of resources) {
            const bearer = r === '*' && actions.every((a) => a === 'sts:GetServiceBearerToken') && s.Condition !== undefined;
            if (!bearer && !ARN.test(r))
                problems.push(`${where}: '${r}' is not a well-formed ARN without inner wildcards`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./build/ops/run-policy.js




const KIND = {
    allowed: `one of ${POLICY_KINDS.join(', ')}, all`,
    test: (v) => v === 'all' || POLICY_KINDS.includes(v),
};
function parse(raw, resolvedRegion) {
    const { r, done } = (0,options/* reader */.wA)({ ...raw, region: resolvedRegion });
    const domain = r.required('domain', rules/* RULES */.y.domain) ?? '';
    const repository = r.required('repository', rules/* RULES */.y.repository) ?? '';
    const domainOwner = r.required('domain-owner', rules/* RULES */.y.domainOwner) ?? '';
    const region = r.required('region', rules/* RULES */.y.region) ?? '';
    const bucket = r.optional('cache-bucket', options/* OPS_RULES */.Dk.bucket);
    const prefix = r.optional('cache-prefix', options/* OPS_RULES */.Dk.prefix) ?? '';
    const repo = r.optional('github-repo', options/* OPS_RULES */.Dk.githubRepo);
    const branch = r.optional('branch', options/* OPS_RULES */.Dk.branch) ?? 'main';
    const project = r.optional('project', options/* OPS_RULES */.Dk.project);
    const kind = r.optional('kind', KIND) ?? 'all';
    if (kind === 'github-trust' && !repo)
        r.problems.push("Input 'github-repo' is required for --kind github-trust");
    done();
    const kinds = kind === 'all' ? POLICY_KINDS.filter((k) => k !== 'github-trust' || repo) : [kind];
    const inputs = {
        domain,
        repository,
        domainOwner,
        region,
        ...(bucket ? { cache: { bucket, prefix } } : {}),
        ...(repo ? { github: { repo, branch } } : {}),
        ...(project ? { project } : {}),
    };
    return { kinds, inputs };
}
/** `policy`: one document, or `{ kind: document }` for all; every document checked before it is printed. */
async function runPolicy(raw, deps) {
    // The region goes into ARNs: the same resolution as every other command (input, variables, profile).
    const given = (0,options/* reader */.wA)(raw).r.optional('region', rules/* RULES */.y.region);
    const { kinds, inputs } = parse(raw, await deps.region(given));
    const documents = Object.fromEntries(kinds.map((k) => [k, renderPolicy(k, inputs)]));
    for (const [kind, document] of Object.entries(documents)) {
        const problems = policyProblems(document, TRUST_KINDS.includes(kind));
        if (problems.length > 0)
            throw new Error(`The ${kind} document is malformed: ${problems.join('; ')}`);
    }
    const single = kinds.length === 1 && kinds[0] ? documents[kinds[0]] : documents;
    deps.io.out(JSON.stringify(single, null, 2));
    if (!inputs.github && kinds.length > 1)
        deps.io.err('No --github-repo: the GitHub OIDC trust policy was left out.');
}


/***/ })

};
