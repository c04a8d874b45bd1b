export const id = 698;
export const ids = [698];
export const modules = {

/***/ 68127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ errorParts),
/* harmony export */   e: () => (/* binding */ awsError)
/* harmony export */ });
/** The name and message of whatever was thrown (SDK errors carry the service's error code as `name`). */
function errorParts(error) {
    if (!(error instanceof Error))
        return { name: 'Error', message: String(error) };
    const status = error.$metadata?.httpStatusCode;
    return { name: error.name, message: error.message, ...(status === undefined ? {} : { status }) };
}
/** Problems every AWS call can have, whatever the service: where the SDK's own words are cryptic. */
function commonHint(name, message) {
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return ('No AWS credentials were found: set role-to-assume (GitHub OIDC), or provide credentials the ' +
            'default chain reads (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, CodeBuild’s role).');
    }
    if (/Region is missing/i.test(message)) {
        return "No AWS region: set the 'region' input or AWS_REGION.";
    }
    return undefined;
}
/**
 * An Error saying what was being done, what AWS answered, and (when known) what to check. The original
 * error is kept as `cause` for debugging; its message never holds a token (requests carry none in text).
 */
function awsError(doing, error, hints = {}) {
    const { name, message } = errorParts(error);
    const hint = hints[name] ?? commonHint(name, message);
    const said = `${name === 'Error' ? '' : `${name}: `}${message}`;
    const text = hint ? `${doing}: ${said}${/[.!?]$/.test(said) ? '' : '.'} ${hint}` : `${doing}: ${said}`;
    return new Error(text, { cause: error });
}


/***/ }),

/***/ 61465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ sdkAws),
  b: () => (/* binding */ sdkConfig)
});

// EXTERNAL MODULE: ./build/aws/errors.js
var errors = __webpack_require__(68127);
;// CONCATENATED MODULE: ./build/aws/codeartifact.js

/** What to check when the service refuses, by error code. */
const TOKEN_HINTS = {
    AccessDeniedException: 'The caller needs codeartifact:GetAuthorizationToken on the domain and sts:GetServiceBearerToken ' +
        '(condition sts:AWSServiceName = codeartifact.amazonaws.com); root users cannot get tokens.',
    ResourceNotFoundException: "Check 'domain', 'domain-owner' and 'region'.",
};
const ENDPOINT_HINTS = {
    AccessDeniedException: 'The caller needs codeartifact:ReadFromRepository on the repository.',
    ResourceNotFoundException: "Check 'repository' (and 'domain', 'domain-owner', 'region').",
};
/** CodeArtifact through the AWS SDK; errors name the domain or repository and what to check. */
function codeartifactAdapter(sdk, client) {
    return {
        async getAuthorizationToken({ domain, domainOwner, durationSeconds }) {
            try {
                const command = new sdk.GetAuthorizationTokenCommand({ domain, domainOwner, durationSeconds });
                const { authorizationToken, expiration } = await client.send(command);
                if (!authorizationToken)
                    throw new Error('the answer held no token');
                return { token: authorizationToken, ...(expiration ? { expiration } : {}) };
            }
            catch (error) {
                const doing = `Could not get a CodeArtifact token for domain ${domain} (owner ${domainOwner})`;
                throw (0,errors/* awsError */.e)(doing, error, TOKEN_HINTS);
            }
        },
        async getRepositoryEndpoint({ domain, domainOwner, repository, format }) {
            try {
                const command = new sdk.GetRepositoryEndpointCommand({ domain, domainOwner, repository, format });
                const { repositoryEndpoint } = await client.send(command);
                if (!repositoryEndpoint)
                    throw new Error('the answer held no endpoint');
                return repositoryEndpoint;
            }
            catch (error) {
                const doing = `Could not get the ${format} endpoint of repository ${repository} in domain ${domain}`;
                throw (0,errors/* awsError */.e)(doing, error, ENDPOINT_HINTS);
            }
        },
    };
}

// EXTERNAL MODULE: ./node_modules/agent-base/dist/index.js
var dist = __webpack_require__(98894);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./node_modules/http-proxy-agent/dist/index.js
var http_proxy_agent_dist = __webpack_require__(81970);
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js
var https_proxy_agent_dist = __webpack_require__(3669);
// EXTERNAL MODULE: ./build/core/aws-env.js
var aws_env = __webpack_require__(95517);
;// CONCATENATED MODULE: ./build/aws/http.js






/**
 * Chooses per request: straight to the host, or through the proxy the settings name for its URL (so
 * NO_PROXY is honoured host by host, whatever endpoint the SDK resolves). https goes through a CONNECT
 * tunnel (TLS stays end to end); plain http is sent to the proxy in absolute form, as HTTP_PROXY means.
 */
class RoutingAgent extends dist.Agent {
    proxy;
    direct = {
        http: new external_node_http_.Agent({ keepAlive: true }),
        https: new external_node_https_.Agent({ keepAlive: true }),
    };
    viaProxy = new Map();
    constructor(proxy) {
        super({ keepAlive: true });
        this.proxy = proxy;
    }
    connect(req, options) {
        const scheme = options.secureEndpoint ? 'https' : 'http';
        const url = `${scheme}://${req.host}:${options.port}/`;
        const chosen = (0,aws_env/* proxyFor */.iJ)(url, this.proxy);
        if (chosen === undefined)
            return this.direct[scheme];
        const key = `${scheme} ${chosen}`;
        let agent = this.viaProxy.get(key);
        if (agent === undefined) {
            agent = options.secureEndpoint ? new https_proxy_agent_dist.HttpsProxyAgent(chosen) : new http_proxy_agent_dist.HttpProxyAgent(chosen);
            this.viaProxy.set(key, agent);
        }
        return agent;
    }
}
/** True when any proxy variable is set (otherwise the SDK's own agents are left alone). */
const usesProxy = (proxy) => proxy !== undefined && (proxy.httpProxy !== undefined || proxy.httpsProxy !== undefined);
/**
 * The SDK's `requestHandler` option for `proxy`: the AWS SDK for JavaScript reads no proxy variable by
 * itself, so every client gets this (CodeArtifact, STS, S3 alike). Undefined when no proxy is set.
 */
function proxyRequestHandler(proxy) {
    if (!usesProxy(proxy))
        return undefined;
    const agent = new RoutingAgent(proxy);
    return { httpAgent: agent, httpsAgent: agent };
}

;// CONCATENATED MODULE: ./build/aws/retry.js
/** Sleeps for real. */
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `fn`, retrying while `retryable(error)` holds, with "full jitter" backoff (a random wait up to an
 * exponentially growing ceiling): many CI jobs starting at once then spread out instead of retrying in
 * lockstep and being throttled again.
 */
async function withRetries(fn, retryable, options = {}) {
    const attempts = options.attempts ?? 5;
    const sleep = options.sleep ?? realSleep;
    const random = options.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (error) {
            if (attempt >= attempts || !retryable(error))
                throw error;
            const ceiling = Math.min(options.capMs ?? 10_000, (options.baseMs ?? 400) * 2 ** (attempt - 1));
            await sleep(Math.floor(random() * ceiling));
        }
    }
}

;// CONCATENATED MODULE: ./build/aws/trust-hints.js
/** Reads the claims of a JWT without verifying it (STS verifies; we only quote them in hints). */
function tokenClaims(jwt) {
    try {
        const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
        if (typeof payload !== 'object' || payload === null)
            return {};
        const pick = (key) => {
            const value = payload[key];
            const text = Array.isArray(value) ? value.join(',') : value;
            return typeof text === 'string' ? { [key]: text } : {};
        };
        return { ...pick('iss'), ...pick('aud'), ...pick('sub') };
    }
    catch {
        return {};
    }
}
const accountOf = (roleArn) => /::(\d{12}):/.exec(roleArn)?.[1] ?? 'the role’s account';
const hostOf = (issuer) => (issuer ?? '<issuer>').replace(/^https:\/\//, '');
function rejectedHint(roleArn, claims) {
    const host = hostOf(claims.iss);
    return (`The trust policy of ${roleArn} did not accept this workflow's token. Check that it allows ` +
        `sts:AssumeRoleWithWebIdentity for the principal {"Federated": "arn:aws:iam::${accountOf(roleArn)}:` +
        `oidc-provider/${host}"}, that its "${host}:aud" condition is '${claims.aud ?? '?'}' (the 'audience' ` +
        `input), and that its "${host}:sub" condition matches '${claims.sub ?? '?'}' (use StringLike for ` +
        'wildcards; environments, pull requests and tags give different subjects than branches).');
}
/**
 * Error name (the SDK's: modeled errors end in `Exception`) → what to tell the user; the usual trust-policy
 * mistakes, each with the values to compare.
 */
const HINTS = {
    AccessDenied: rejectedHint,
    AccessDeniedException: rejectedHint,
    IDPRejectedClaimException: rejectedHint,
    InvalidIdentityTokenException: (roleArn, claims) => `AWS does not trust this token's issuer: account ${accountOf(roleArn)} needs an IAM OIDC identity ` +
        `provider for '${claims.iss ?? '?'}' whose audiences include '${claims.aud ?? '?'}'.`,
    ExpiredTokenException: () => "The OIDC token had expired when it reached STS: check the runner's clock, or request it later.",
    ValidationError: () => "If the duration is the problem: 'role-duration-seconds' may not exceed the role's maximum session " +
        'duration (1 hour unless the role says otherwise).',
};
/** A hint for an AssumeRoleWithWebIdentity failure, or undefined when there is nothing useful to add. */
function webIdentityHint(errorName, roleArn, jwt) {
    return HINTS[errorName]?.(roleArn, tokenClaims(jwt));
}

;// CONCATENATED MODULE: ./build/aws/sts.js



/** Worth another try: throttling, the identity provider being briefly unreachable, server faults. */
const RETRYABLE = new Set([
    'Throttling',
    'ThrottlingException',
    'RequestLimitExceeded',
    'TooManyRequestsException',
    'IDPCommunicationErrorException',
]);
/** True for errors a later attempt may not meet. */
function isRetryable(error) {
    const { name, status } = (0,errors/* errorParts */.V)(error);
    return RETRYABLE.has(name) || (status !== undefined && (status >= 500 || status === 429));
}
/**
 * STS through the AWS SDK. `client` should make one attempt per call (`maxAttempts: 1`): retries of
 * AssumeRoleWithWebIdentity are ours, with jitter and an injectable sleep.
 */
function stsAdapter(sdk, client, retry = {}) {
    return {
        async getCallerAccount() {
            try {
                const { Account } = await withRetries(() => client.send(new sdk.GetCallerIdentityCommand({})), isRetryable, retry);
                if (!Account)
                    throw new Error('the answer held no account');
                return Account;
            }
            catch (error) {
                throw (0,errors/* awsError */.e)("Could not find the caller's account (to use as 'domain-owner')", error);
            }
        },
        async assumeRoleWithWebIdentity({ roleArn, sessionName, webIdentityToken, durationSeconds }) {
            const command = new sdk.AssumeRoleWithWebIdentityCommand({
                RoleArn: roleArn,
                RoleSessionName: sessionName,
                WebIdentityToken: webIdentityToken,
                DurationSeconds: durationSeconds,
            });
            try {
                const { Credentials: c } = await withRetries(() => client.send(command), isRetryable, retry);
                if (!c?.AccessKeyId || !c.SecretAccessKey)
                    throw new Error('the answer held no credentials');
                return {
                    accessKeyId: c.AccessKeyId,
                    secretAccessKey: c.SecretAccessKey,
                    ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
                    ...(c.Expiration ? { expiration: c.Expiration } : {}),
                };
            }
            catch (error) {
                const hint = webIdentityHint((0,errors/* errorParts */.V)(error).name, roleArn, webIdentityToken);
                throw (0,errors/* awsError */.e)(`Could not assume ${roleArn} with the GitHub OIDC token`, error, {
                    ...(hint === undefined ? {} : { [(0,errors/* errorParts */.V)(error).name]: hint }),
                });
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/aws/index.js



/**
 * SDK settings shared by every client (CodeArtifact, STS, S3): region, credentials and the proxy agent.
 * Endpoints stay the SDK's (AWS_ENDPOINT_URL_* included).
 */
function sdkConfig(options) {
    const requestHandler = proxyRequestHandler(options.proxy);
    return {
        ...(options.region === undefined ? {} : { region: options.region }),
        ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
        ...(requestHandler === undefined ? {} : { requestHandler }),
    };
}
/**
 * The real AWS, through the SDK. Each client package is imported on first use: a login that knows its
 * domain owner and needs no role never loads STS, which keeps start-up short.
 */
function sdkAws(retry = {}) {
    return {
        async codeartifact(options) {
            const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(380)]).then(__webpack_require__.t.bind(__webpack_require__, 83380, 19));
            return codeartifactAdapter(sdk, new sdk.CodeartifactClient(sdkConfig(options)));
        },
        async sts(options) {
            const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 71695, 19));
            // One attempt per call: retries (with jitter) are stsAdapter's, so they can be tested and tuned.
            const client = new sdk.STSClient({ ...sdkConfig(options), maxAttempts: 1 });
            return stsAdapter(sdk, client, retry);
        },
        async profileRegion() {
            // The SDK's own lookup (AWS_PROFILE, ~/.aws/config), asked once; callers have already ruled out
            // the input and the region variables.
            const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 71695, 19));
            const client = new sdk.STSClient({});
            try {
                return await client.config.region();
            }
            catch {
                return undefined;
            }
            finally {
                client.destroy();
            }
        },
    };
}


/***/ }),

/***/ 95517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zz: () => (/* binding */ readAwsEnvironment),
/* harmony export */   he: () => (/* binding */ regionFromInputOrEnv),
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony export readProxy */
/**
 * What the environment says about AWS calls, read once by the platform (the edge) and handed on as
 * values: the region variables, the S3 endpoint override and the proxy variables. Nothing under cache/,
 * aws/ or ops/ reads the environment itself.
 */
const nonBlank = (value) => value === undefined || value.trim() === '' ? undefined : value.trim();
/** The proxy variables in `env`; `http_proxy` wins over `HTTP_PROXY`, as in curl. */
function readProxy(env) {
    const pick = (name) => nonBlank(env[name.toLowerCase()]) ?? nonBlank(env[name]);
    const httpProxy = pick('HTTP_PROXY');
    const httpsProxy = pick('HTTPS_PROXY');
    const noProxy = (pick('NO_PROXY') ?? '')
        .split(/[,\s]+/)
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '');
    return {
        ...(httpProxy === undefined ? {} : { httpProxy }),
        ...(httpsProxy === undefined ? {} : { httpsProxy }),
        noProxy,
    };
}
/** Reads the AWS-related variables of `env`, once. */
function readAwsEnvironment(env) {
    const fromRegion = nonBlank(env.AWS_REGION);
    const fromDefault = nonBlank(env.AWS_DEFAULT_REGION);
    const region = fromRegion !== undefined
        ? { value: fromRegion, from: 'AWS_REGION' }
        : fromDefault !== undefined
            ? { value: fromDefault, from: 'AWS_DEFAULT_REGION' }
            : undefined;
    const s3Endpoint = nonBlank(env.AWS_ENDPOINT_URL_S3);
    return {
        ...(region === undefined ? {} : { region }),
        ...(s3Endpoint === undefined ? {} : { s3Endpoint }),
        proxy: readProxy(env),
    };
}
/** True when NO_PROXY names `host` (with `port`): exact, a domain suffix, `host:port`, or `*`. */
function bypassed(host, port, noProxy) {
    const name = host.toLowerCase().replace(/^\[|\]$/g, '');
    return noProxy.some((entry) => {
        if (entry === '*')
            return true;
        const [entryHost = '', entryPort] = entry.replace(/^\*/, '').split(/:(?=\d+$)/);
        if (entryPort !== undefined && entryPort !== port)
            return false;
        const bare = entryHost.replace(/^\./, '');
        return name === bare || name.endsWith(`.${bare}`);
    });
}
/** The proxy URL a request to `url` goes through, or undefined to go direct. */
function proxyFor(url, proxy) {
    const target = new URL(url);
    const chosen = target.protocol === 'https:' ? proxy.httpsProxy : proxy.httpProxy;
    if (chosen === undefined)
        return undefined;
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    return bypassed(target.hostname, port, proxy.noProxy) ? undefined : chosen;
}
/**
 * The region of every AWS call a run makes: the `region` input, else AWS_REGION, else AWS_DEFAULT_REGION;
 * undefined means "ask the profile" (the caller does, once).
 */
function regionFromInputOrEnv(input, env) {
    if (input !== undefined)
        return { region: input, from: 'input' };
    return env.region === undefined ? undefined : { region: env.region.value, from: env.region.from };
}


/***/ }),

/***/ 34161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ readRunEnvironment)
/* harmony export */ });
/* unused harmony export readGitHubCacheService */
/* harmony import */ var _aws_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95517);
/**
 * The environment a run starts in, read once by the platform and passed on as values: AWS settings, the
 * runner's cache service, the temp directory. Pure: the platform hands in the env.
 */

const set = (value) => value !== undefined && value.trim() !== '';
/** GHES, as @actions/cache tells: a server URL that is neither github.com nor a *.ghe.com / *.localhost host. */
function isGhes(env) {
    const host = URL.canParse(env.GITHUB_SERVER_URL ?? '')
        ? new URL(env.GITHUB_SERVER_URL ?? '').hostname.toLowerCase()
        : 'github.com';
    return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}
/** Which cache service @actions/cache will talk to here, and whether the runner announced it. */
function readGitHubCacheService(env) {
    if (!set(env.ACTIONS_RUNTIME_TOKEN)) {
        return { available: false, reason: 'no ACTIONS_RUNTIME_TOKEN (only a job on a GitHub runner has one)' };
    }
    // GHES has only v1; github.com says v2 with ACTIONS_CACHE_SERVICE_V2 (the same rule as @actions/cache).
    const version = !isGhes(env) && set(env.ACTIONS_CACHE_SERVICE_V2) ? 'v2' : 'v1';
    const url = version === 'v2' ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL';
    if (set(env[url]))
        return { available: true, version };
    return {
        available: false,
        reason: `the runner announced no ${version} cache service (${url} is not set` +
            (isGhes(env) ? '; on GHES an administrator turns Actions caching on)' : ')'),
    };
}
function readRunEnvironment(env) {
    return {
        aws: (0,_aws_env_js__WEBPACK_IMPORTED_MODULE_0__/* .readAwsEnvironment */ .Zz)(env),
        githubCache: readGitHubCacheService(env),
        windowsDirs: { PROGRAMFILES: env.PROGRAMFILES, SYSTEMDRIVE: env.SYSTEMDRIVE },
        ...(env.RUNNER_TEMP !== undefined && set(env.RUNNER_TEMP) ? { runnerTemp: env.RUNNER_TEMP } : {}),
        ...(set(env.CODEBUILD_BUILD_SUCCEEDING)
            ? { buildSucceeding: env.CODEBUILD_BUILD_SUCCEEDING?.trim() === '1' }
            : {}),
    };
}


/***/ }),

/***/ 65834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ resolveRegion),
/* harmony export */   y: () => (/* binding */ awsSession)
/* harmony export */ });
/* harmony import */ var _core_aws_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95517);

/**
 * The region of a run: the input, else AWS_REGION, else AWS_DEFAULT_REGION, else the profile's. None of
 * them is an error that says so (the SDK would otherwise fail later, or S3 silently pick us-east-1).
 */
async function resolveRegion(input, env, aws) {
    const known = (0,_core_aws_env_js__WEBPACK_IMPORTED_MODULE_0__/* .regionFromInputOrEnv */ .he)(input, env);
    if (known !== undefined)
        return known;
    const profile = await aws.profileRegion();
    if (profile !== undefined)
        return { region: profile, from: 'profile' };
    throw new Error("No AWS region: give the 'region' input (--region), or set AWS_REGION or AWS_DEFAULT_REGION, or a " +
        'region in the AWS profile');
}
/** The default credential chain, or the role assumed with the job's OIDC token (credentials masked). */
async function resolveIdentity(access, base, platform, aws) {
    if (access.roleToAssume === undefined)
        return base;
    const webIdentityToken = await platform.idToken(access.audience);
    const sts = await aws.sts(base);
    const credentials = await sts.assumeRoleWithWebIdentity({
        roleArn: access.roleToAssume,
        sessionName: access.roleSessionName,
        webIdentityToken,
        durationSeconds: access.roleDurationSeconds,
    });
    [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken ?? ''].forEach((s) => platform.mask(s));
    return { ...base, credentials };
}
/** The run's session: one region, one identity, the platform's proxy settings. */
function awsSession(access, platform, aws) {
    let resolved;
    return {
        options() {
            resolved ??= (async () => {
                const resolved = await resolveRegion(access.region, platform.runEnv.aws, aws);
                const base = { region: resolved.region, proxy: platform.runEnv.aws.proxy };
                return resolveIdentity(access, base, platform, aws);
            })();
            return resolved;
        },
    };
}


/***/ })

};
