export const id = 102;
export const ids = [102];
export const modules = {

/***/ 50102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sdkOpsApi: () => (/* binding */ sdkOpsApi)
});

// EXTERNAL MODULE: ./build/aws/errors.js
var errors = __webpack_require__(68127);
;// CONCATENATED MODULE: ./build/aws/ops-shapes.js

/** Coordinates from a ListPackages item; undefined when the answer lacks a format or name. */
function packageCoords(format, namespace, name) {
    if (!format || !name)
        return undefined;
    return { format, name, ...(namespace ? { namespace } : {}) };
}
/** A package group description reduced to its pattern and modes per restriction type. */
function groupInfo(group, fallbackPattern) {
    const restrictions = {};
    for (const [type, r] of Object.entries(group?.originConfiguration?.restrictions ?? {})) {
        restrictions[type] = {
            ...(r.mode ? { mode: r.mode } : {}),
            ...(r.effectiveMode ? { effectiveMode: r.effectiveMode } : {}),
        };
    }
    return { pattern: group?.pattern ?? fallbackPattern, restrictions };
}
const REFUSED = 'AWS refused the credentials: check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or the profile) and the clock.';
/** What to check, by error code, for a call needing IAM action `action`. */
function hints(action) {
    return {
        // Not a pointer to `policy`: it renders the build's documents, not an operator's.
        AccessDeniedException: `The caller needs the IAM permission codeartifact:${action}.`,
        ResourceNotFoundException: 'Check --domain, --repository, --domain-owner and --region.',
        InvalidSignatureException: REFUSED,
        UnrecognizedClientException: REFUSED,
    };
}
/**
 * The error with only the first line of its message: a refused signature comes back with the whole
 * canonical request, which would bury the one line that matters. The original stays as `cause`.
 */
function firstLine(error) {
    if (!(error instanceof Error) || !error.message.includes('\n'))
        return error;
    const short = new Error(error.message.split('\n')[0], { cause: error });
    short.name = error.name;
    return short;
}
/** Runs one call; failures become one line saying what was being done, what AWS said, what to check. */
async function call(action, doing, work) {
    try {
        return await work();
    }
    catch (error) {
        throw (0,errors/* awsError */.e)(`Could not ${doing}`, firstLine(error), hints(action));
    }
}

;// CONCATENATED MODULE: ./build/aws/codeartifact-groups.js


/** Package group calls through the AWS SDK. */
function codeartifactGroupsAdapter(sdk, client) {
    return {
        describePackageGroup: (ref, pattern) => call('DescribePackageGroup', `describe package group ${pattern} in domain ${ref.domain}`, async () => {
            try {
                const { packageGroup } = await client.send(new sdk.DescribePackageGroupCommand({ ...ref, packageGroup: pattern }));
                return groupInfo(packageGroup, pattern);
            }
            catch (error) {
                if ((0,errors/* errorParts */.V)(error).name === 'ResourceNotFoundException' &&
                    /group/i.test((0,errors/* errorParts */.V)(error).message))
                    return undefined;
                throw error;
            }
        }),
        createPackageGroup: (ref, pattern, description) => call('CreatePackageGroup', `create package group ${pattern} in domain ${ref.domain}`, async () => {
            await client.send(new sdk.CreatePackageGroupCommand({ ...ref, packageGroup: pattern, description }));
        }),
        setPackageGroupOrigin: (ref, pattern, restrictions) => call('UpdatePackageGroupOriginConfiguration', `set the origin controls of package group ${pattern}`, async () => {
            const input = { ...ref, packageGroup: pattern, restrictions: restrictions };
            await client.send(new sdk.UpdatePackageGroupOriginConfigurationCommand(input));
        }),
        associatedPackageGroup: (ref, pkg) => call('GetAssociatedPackageGroup', `find the package group of ${pkg.name}`, async () => {
            const input = {
                ...ref,
                format: pkg.format,
                namespace: pkg.namespace,
                package: pkg.name,
            };
            const { packageGroup } = await client.send(new sdk.GetAssociatedPackageGroupCommand(input));
            return groupInfo(packageGroup, '/*');
        }),
    };
}

;// CONCATENATED MODULE: ./build/aws/codeartifact-ops.js


/** The operational CodeArtifact calls through the AWS SDK (all pages of list calls). */
function codeartifactOpsAdapter(sdk, client) {
    const repoText = (r) => `repository ${r.repository} in domain ${r.domain}`;
    return {
        describeRepository: (ref) => call('DescribeRepository', `describe ${repoText(ref)}`, async () => {
            const { repository: r } = await client.send(new sdk.DescribeRepositoryCommand(ref));
            return {
                name: r?.name ?? ref.repository,
                upstreams: (r?.upstreams ?? []).flatMap((u) => (u.repositoryName ? [u.repositoryName] : [])),
                externalConnections: (r?.externalConnections ?? []).flatMap((c) => c.externalConnectionName
                    ? [{ name: c.externalConnectionName, ...(c.status ? { status: c.status } : {}) }]
                    : []),
            };
        }),
        associateExternalConnection: (ref, externalConnection) => call('AssociateExternalConnection', `associate ${externalConnection} with ${repoText(ref)}`, async () => {
            await client.send(new sdk.AssociateExternalConnectionCommand({ ...ref, externalConnection }));
        }),
        disassociateExternalConnection: (ref, externalConnection) => call('DisassociateExternalConnection', `disassociate ${externalConnection} from ${repoText(ref)}`, async () => {
            await client.send(new sdk.DisassociateExternalConnectionCommand({ ...ref, externalConnection }));
        }),
        listPackages: (ref, filter) => call('ListPackages', `list the packages of ${repoText(ref)}`, async () => {
            const found = [];
            let nextToken;
            do {
                const input = {
                    ...ref,
                    ...filter,
                    format: filter.format,
                    maxResults: 1000,
                    nextToken,
                };
                const page = await client.send(new sdk.ListPackagesCommand(input));
                for (const p of page.packages ?? []) {
                    const coords = packageCoords(p.format, p.namespace, p.package);
                    const r = p.originConfiguration?.restrictions;
                    if (coords)
                        found.push({
                            ...coords,
                            ...(r?.publish ? { publish: r.publish } : {}),
                            ...(r?.upstream ? { upstream: r.upstream } : {}),
                        });
                }
                nextToken = page.nextToken;
            } while (nextToken);
            return found;
        }),
        listPackageVersions: (ref, pkg) => call('ListPackageVersions', `list the versions of ${pkg.name} in ${repoText(ref)}`, async () => {
            const found = [];
            let nextToken;
            do {
                const input = {
                    ...ref,
                    format: pkg.format,
                    namespace: pkg.namespace,
                    package: pkg.name,
                    maxResults: 1000,
                    nextToken,
                };
                const page = await client.send(new sdk.ListPackageVersionsCommand(input));
                for (const v of page.versions ?? []) {
                    if (v.version)
                        found.push({ version: v.version, originType: v.origin?.originType ?? 'UNKNOWN' });
                }
                nextToken = page.nextToken;
            } while (nextToken);
            return found;
        }),
        putPackageOrigin: (ref, pkg, restrictions) => call('PutPackageOriginConfiguration', `set the origin controls of ${pkg.name} in ${repoText(ref)}`, async () => {
            const input = {
                ...ref,
                format: pkg.format,
                namespace: pkg.namespace,
                package: pkg.name,
                restrictions,
            };
            await client.send(new sdk.PutPackageOriginConfigurationCommand(input));
        }),
        ...codeartifactGroupsAdapter(sdk, client),
    };
}

// EXTERNAL MODULE: ./build/aws/index.js + 5 modules
var aws = __webpack_require__(61465);
;// CONCATENATED MODULE: ./build/aws/ops.js


/**
 * The operational calls through the real SDK, loaded on first use. The endpoint stays the SDK's, so
 * AWS_ENDPOINT_URL_CODEARTIFACT points these commands at the emulator exactly as it does login.
 */
async function sdkOpsApi(options = {}) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(380)]).then(__webpack_require__.t.bind(__webpack_require__, 83380, 19));
    const client = new sdk.CodeartifactClient((0,aws/* sdkConfig */.b)(options));
    return codeartifactOpsAdapter(sdk, client);
}


/***/ })

};
