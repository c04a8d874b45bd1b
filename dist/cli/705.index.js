export const id = 705;
export const ids = [705];
export const modules = {

/***/ 95694:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export validateConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _control_ops_external_connections_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57532);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44331);




const DOMAIN = /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/;
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/;
const ACCOUNT = /^[0-9]{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-[0-9]$/;
/** The domain the emulator starts with when no config is given: the design article's `acme`. */
const DEFAULT_CONFIG = {
    region: 'us-east-1',
    accountId: '111122223333',
    domains: [
        {
            name: 'acme',
            owner: '111122223333',
            // The service allows one external connection per repository, so npm and PyPI each get a proxy.
            repositories: [
                {
                    name: 'public-proxy',
                    description: 'Proxy of the public npm registry',
                    externalConnections: ['public:npmjs'],
                },
                {
                    name: 'public-proxy-pypi',
                    description: 'Proxy of the public Python index',
                    externalConnections: ['public:pypi'],
                },
                {
                    name: 'internal',
                    description: 'Internal packages; resolves everything else upstream',
                    upstreams: ['public-proxy', 'public-proxy-pypi'],
                },
            ],
            packages: [
                { repository: 'internal', format: 'npm', name: '@acme/auth', versions: ['2.1.0'] },
                {
                    repository: 'internal',
                    format: 'npm',
                    name: '@acme/ui',
                    versions: ['1.4.2'],
                    dependencies: { '@acme/auth': '^2.1.0' },
                },
                { repository: 'internal', format: 'pypi', name: 'acme-utils', versions: ['1.2.0'] },
            ],
        },
    ],
};
/** Read and validate a config file; every problem is one line naming the file, the field and what is allowed. */
function loadConfig(file) {
    let raw;
    try {
        raw = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new Error(`--config ${file}: cannot read it as YAML or JSON: ${err.message.split('\n')[0]}`, { cause: err });
    }
    return validateConfig(raw, `--config ${file}`);
}
/** Check a config document's shape and names against the service's patterns. */
function validateConfig(raw, where) {
    const fail = (path, why) => {
        throw new Error(`${where}: ${path} ${why}`);
    };
    if (!isObject(raw) || !Array.isArray(raw.domains) || raw.domains.length === 0) {
        return fail('domains', 'must be a non-empty list of domains');
    }
    const config = raw;
    if (config.region !== undefined && !REGION.test(String(config.region)))
        fail('region', 'must look like us-east-1');
    if (config.accountId !== undefined && !ACCOUNT.test(String(config.accountId)))
        fail('accountId', 'must be 12 digits');
    config.domains.forEach((d, i) => validateDomain(d, `domains[${i}]`, fail));
    return config;
}
function validateDomain(d, at, fail) {
    if (!isObject(d) || !DOMAIN.test(String(d.name)))
        fail(`${at}.name`, `'${String(d?.name)}' must match ${DOMAIN.source}`);
    if (d.owner !== undefined && !ACCOUNT.test(String(d.owner)))
        fail(`${at}.owner`, 'must be a 12-digit account id (quote it in YAML)');
    if (!Array.isArray(d.repositories))
        fail(`${at}.repositories`, 'must be a list');
    const names = new Set(d.repositories.map((r) => r.name));
    d.repositories.forEach((r, j) => {
        const rat = `${at}.repositories[${j}]`;
        if (!REPOSITORY.test(String(r.name)))
            fail(`${rat}.name`, `'${String(r.name)}' must match ${REPOSITORY.source}`);
        for (const up of r.upstreams ?? []) {
            if (!names.has(up))
                fail(`${rat}.upstreams`, `names '${up}', which is not a repository of ${d.name}`);
        }
        if ((r.externalConnections ?? []).length > 1)
            fail(`${rat}.externalConnections`, 'may hold one connection (as in the service)');
        for (const ec of r.externalConnections ?? []) {
            if (!(ec in _control_ops_external_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .EXTERNAL_CONNECTIONS */ .iA)) {
                fail(`${rat}.externalConnections`, `'${ec}' must be one of ${Object.keys(_control_ops_external_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .EXTERNAL_CONNECTIONS */ .iA).join(', ')}`);
            }
        }
    });
    (d.packages ?? []).forEach((p, j) => {
        const pat = `${at}.packages[${j}]`;
        if (!names.has(p.repository))
            fail(`${pat}.repository`, `'${p.repository}' is not a repository of ${d.name}`);
        if (!_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMATS */ .hR.includes(p.format) || !['npm', 'pypi'].includes(p.format)) {
            fail(`${pat}.format`, `'${p.format}' must be npm or pypi`);
        }
        if (!Array.isArray(p.versions) || p.versions.length === 0)
            fail(`${pat}.versions`, 'must list at least one version');
    });
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 49081:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ sendBytes),
/* harmony export */   Q: () => (/* binding */ quotaExceeded),
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   cJ: () => (/* binding */ validationError),
/* harmony export */   hj: () => (/* binding */ conflict),
/* harmony export */   jD: () => (/* binding */ sendJson),
/* harmony export */   mX: () => (/* binding */ notFound),
/* harmony export */   n4: () => (/* binding */ sendError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5885);


/**
 * An error the service returns on purpose: status, `x-amzn-ErrorType` and a JSON body. Clients read the
 * header first (the JS SDK and botocore both do), so the code is what they turn into a typed exception.
 */
class ServiceError extends Error {
    code;
    fields;
    status;
    headers;
    constructor(code, message, fields = {}, status = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .errorStatus */ .PO)(code) ?? 400, headers = {}) {
        super(message);
        this.code = code;
        this.fields = fields;
        this.status = status;
        this.headers = headers;
        this.name = code;
    }
}
function validationError(message, reason = 'FIELD_VALIDATION_FAILED') {
    return new ServiceError('ValidationException', message, { reason });
}
// The model's ResourceType enum has no 'package-group'; the service still names one in messages, so it
// goes in the message and the field is left out rather than sending a value clients cannot parse.
function resourceFields(resourceType, resourceId) {
    return resourceType === 'package-group' ? { resourceId } : { resourceId, resourceType };
}
function notFound(message, resourceType, resourceId) {
    return new ServiceError('ResourceNotFoundException', message, resourceFields(resourceType, resourceId));
}
function conflict(message, resourceType, resourceId) {
    return new ServiceError('ConflictException', message, resourceFields(resourceType, resourceId));
}
function quotaExceeded(message, resourceType, resourceId) {
    return new ServiceError('ServiceQuotaExceededException', message, resourceFields(resourceType, resourceId));
}
/** Send a JSON document the way the service does (restJson1). */
function sendJson(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        'x-amzn-RequestId': (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        ...headers,
    });
    res.end(text);
}
/** Send a blob payload (GetPackageVersionAsset) with the members the model puts in headers. */
function sendBytes(res, body, headers) {
    res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': body.length,
        'x-amzn-RequestId': (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        ...headers,
    });
    res.end(body);
}
function sendError(res, err) {
    sendJson(res, err.status, { message: err.message, ...err.fields }, { 'x-amzn-ErrorType': err.code, ...err.headers });
}


/***/ }),

/***/ 5885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EO: () => (/* binding */ SIGNING_NAME),
  PO: () => (/* binding */ errorStatus),
  LC: () => (/* binding */ findOperation),
  cW: () => (/* binding */ shape)
});

;// CONCATENATED MODULE: ./build/emulator/control/model.json
const model_namespaceObject = /*#__PURE__*/JSON.parse('{"metadata":{"apiVersion":"2018-09-22","endpointPrefix":"codeartifact","protocol":"rest-json","serviceId":"codeartifact","signatureVersion":"v4","signingName":"codeartifact"},"operations":{"AssociateExternalConnection":{"http":{"method":"POST","requestUri":"/v1/repository/external-connection"},"input":{"shape":"AssociateExternalConnectionRequest"},"output":{"shape":"AssociateExternalConnectionResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ServiceQuotaExceededException","ThrottlingException","ValidationException"]},"CopyPackageVersions":{"http":{"method":"POST","requestUri":"/v1/package/versions/copy"},"input":{"shape":"CopyPackageVersionsRequest"},"output":{"shape":"CopyPackageVersionsResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ServiceQuotaExceededException","ThrottlingException","ValidationException"]},"CreateDomain":{"http":{"method":"POST","requestUri":"/v1/domain"},"input":{"shape":"CreateDomainRequest"},"output":{"shape":"CreateDomainResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ServiceQuotaExceededException","ThrottlingException","ValidationException"]},"CreatePackageGroup":{"http":{"method":"POST","requestUri":"/v1/package-group"},"input":{"shape":"CreatePackageGroupRequest"},"output":{"shape":"CreatePackageGroupResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ServiceQuotaExceededException","ThrottlingException","ValidationException","ResourceNotFoundException"]},"CreateRepository":{"http":{"method":"POST","requestUri":"/v1/repository"},"input":{"shape":"CreateRepositoryRequest"},"output":{"shape":"CreateRepositoryResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ServiceQuotaExceededException","ThrottlingException","ValidationException"]},"DeleteDomain":{"http":{"method":"DELETE","requestUri":"/v1/domain"},"input":{"shape":"DeleteDomainRequest"},"output":{"shape":"DeleteDomainResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ThrottlingException","ValidationException"]},"DeleteDomainPermissionsPolicy":{"http":{"method":"DELETE","requestUri":"/v1/domain/permissions/policy"},"input":{"shape":"DeleteDomainPermissionsPolicyRequest"},"output":{"shape":"DeleteDomainPermissionsPolicyResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"DeletePackage":{"http":{"method":"DELETE","requestUri":"/v1/package"},"input":{"shape":"DeletePackageRequest"},"output":{"shape":"DeletePackageResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"DeletePackageGroup":{"http":{"method":"DELETE","requestUri":"/v1/package-group"},"input":{"shape":"DeletePackageGroupRequest"},"output":{"shape":"DeletePackageGroupResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ServiceQuotaExceededException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"DeletePackageVersions":{"http":{"method":"POST","requestUri":"/v1/package/versions/delete"},"input":{"shape":"DeletePackageVersionsRequest"},"output":{"shape":"DeletePackageVersionsResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"DeleteRepository":{"http":{"method":"DELETE","requestUri":"/v1/repository"},"input":{"shape":"DeleteRepositoryRequest"},"output":{"shape":"DeleteRepositoryResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"DeleteRepositoryPermissionsPolicy":{"http":{"method":"DELETE","requestUri":"/v1/repository/permissions/policies"},"input":{"shape":"DeleteRepositoryPermissionsPolicyRequest"},"output":{"shape":"DeleteRepositoryPermissionsPolicyResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"DescribeDomain":{"http":{"method":"GET","requestUri":"/v1/domain"},"input":{"shape":"DescribeDomainRequest"},"output":{"shape":"DescribeDomainResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"DescribePackage":{"http":{"method":"GET","requestUri":"/v1/package"},"input":{"shape":"DescribePackageRequest"},"output":{"shape":"DescribePackageResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"DescribePackageGroup":{"http":{"method":"GET","requestUri":"/v1/package-group"},"input":{"shape":"DescribePackageGroupRequest"},"output":{"shape":"DescribePackageGroupResult"},"errors":["AccessDeniedException","InternalServerException","ThrottlingException","ValidationException","ResourceNotFoundException"]},"DescribePackageVersion":{"http":{"method":"GET","requestUri":"/v1/package/version"},"input":{"shape":"DescribePackageVersionRequest"},"output":{"shape":"DescribePackageVersionResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"DescribeRepository":{"http":{"method":"GET","requestUri":"/v1/repository"},"input":{"shape":"DescribeRepositoryRequest"},"output":{"shape":"DescribeRepositoryResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"DisassociateExternalConnection":{"http":{"method":"DELETE","requestUri":"/v1/repository/external-connection"},"input":{"shape":"DisassociateExternalConnectionRequest"},"output":{"shape":"DisassociateExternalConnectionResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ServiceQuotaExceededException","ThrottlingException","ValidationException"]},"DisposePackageVersions":{"http":{"method":"POST","requestUri":"/v1/package/versions/dispose"},"input":{"shape":"DisposePackageVersionsRequest"},"output":{"shape":"DisposePackageVersionsResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"GetAssociatedPackageGroup":{"http":{"method":"GET","requestUri":"/v1/get-associated-package-group"},"input":{"shape":"GetAssociatedPackageGroupRequest"},"output":{"shape":"GetAssociatedPackageGroupResult"},"errors":["AccessDeniedException","InternalServerException","ValidationException","ResourceNotFoundException"]},"GetAuthorizationToken":{"http":{"method":"POST","requestUri":"/v1/authorization-token"},"input":{"shape":"GetAuthorizationTokenRequest"},"output":{"shape":"GetAuthorizationTokenResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"GetDomainPermissionsPolicy":{"http":{"method":"GET","requestUri":"/v1/domain/permissions/policy"},"input":{"shape":"GetDomainPermissionsPolicyRequest"},"output":{"shape":"GetDomainPermissionsPolicyResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"GetPackageVersionAsset":{"http":{"method":"GET","requestUri":"/v1/package/version/asset"},"input":{"shape":"GetPackageVersionAssetRequest"},"output":{"shape":"GetPackageVersionAssetResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException","ConflictException"]},"GetPackageVersionReadme":{"http":{"method":"GET","requestUri":"/v1/package/version/readme"},"input":{"shape":"GetPackageVersionReadmeRequest"},"output":{"shape":"GetPackageVersionReadmeResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"GetRepositoryEndpoint":{"http":{"method":"GET","requestUri":"/v1/repository/endpoint"},"input":{"shape":"GetRepositoryEndpointRequest"},"output":{"shape":"GetRepositoryEndpointResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"GetRepositoryPermissionsPolicy":{"http":{"method":"GET","requestUri":"/v1/repository/permissions/policy"},"input":{"shape":"GetRepositoryPermissionsPolicyRequest"},"output":{"shape":"GetRepositoryPermissionsPolicyResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"ListAllowedRepositoriesForGroup":{"http":{"method":"GET","requestUri":"/v1/package-group-allowed-repositories"},"input":{"shape":"ListAllowedRepositoriesForGroupRequest"},"output":{"shape":"ListAllowedRepositoriesForGroupResult"},"errors":["AccessDeniedException","InternalServerException","ServiceQuotaExceededException","ThrottlingException","ValidationException","ResourceNotFoundException"]},"ListAssociatedPackages":{"http":{"method":"GET","requestUri":"/v1/list-associated-packages"},"input":{"shape":"ListAssociatedPackagesRequest"},"output":{"shape":"ListAssociatedPackagesResult"},"errors":["AccessDeniedException","InternalServerException","ValidationException","ResourceNotFoundException"]},"ListDomains":{"http":{"method":"POST","requestUri":"/v1/domains"},"input":{"shape":"ListDomainsRequest"},"output":{"shape":"ListDomainsResult"},"errors":["AccessDeniedException","InternalServerException","ThrottlingException","ValidationException"]},"ListPackageGroups":{"http":{"method":"POST","requestUri":"/v1/package-groups"},"input":{"shape":"ListPackageGroupsRequest"},"output":{"shape":"ListPackageGroupsResult"},"errors":["AccessDeniedException","InternalServerException","ThrottlingException","ValidationException","ResourceNotFoundException"]},"ListPackageVersionAssets":{"http":{"method":"POST","requestUri":"/v1/package/version/assets"},"input":{"shape":"ListPackageVersionAssetsRequest"},"output":{"shape":"ListPackageVersionAssetsResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"ListPackageVersionDependencies":{"http":{"method":"POST","requestUri":"/v1/package/version/dependencies"},"input":{"shape":"ListPackageVersionDependenciesRequest"},"output":{"shape":"ListPackageVersionDependenciesResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"ListPackageVersions":{"http":{"method":"POST","requestUri":"/v1/package/versions"},"input":{"shape":"ListPackageVersionsRequest"},"output":{"shape":"ListPackageVersionsResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"ListPackages":{"http":{"method":"POST","requestUri":"/v1/packages"},"input":{"shape":"ListPackagesRequest"},"output":{"shape":"ListPackagesResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"ListRepositories":{"http":{"method":"POST","requestUri":"/v1/repositories"},"input":{"shape":"ListRepositoriesRequest"},"output":{"shape":"ListRepositoriesResult"},"errors":["AccessDeniedException","InternalServerException","ThrottlingException","ValidationException"]},"ListRepositoriesInDomain":{"http":{"method":"POST","requestUri":"/v1/domain/repositories"},"input":{"shape":"ListRepositoriesInDomainRequest"},"output":{"shape":"ListRepositoriesInDomainResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"ListSubPackageGroups":{"http":{"method":"POST","requestUri":"/v1/package-groups/sub-groups"},"input":{"shape":"ListSubPackageGroupsRequest"},"output":{"shape":"ListSubPackageGroupsResult"},"errors":["AccessDeniedException","InternalServerException","ThrottlingException","ValidationException","ResourceNotFoundException"]},"ListTagsForResource":{"http":{"method":"POST","requestUri":"/v1/tags"},"input":{"shape":"ListTagsForResourceRequest"},"output":{"shape":"ListTagsForResourceResult"},"errors":["AccessDeniedException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"PublishPackageVersion":{"http":{"method":"POST","requestUri":"/v1/package/version/publish"},"input":{"shape":"PublishPackageVersionRequest"},"output":{"shape":"PublishPackageVersionResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ServiceQuotaExceededException","ThrottlingException","ValidationException"]},"PutDomainPermissionsPolicy":{"http":{"method":"PUT","requestUri":"/v1/domain/permissions/policy"},"input":{"shape":"PutDomainPermissionsPolicyRequest"},"output":{"shape":"PutDomainPermissionsPolicyResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ServiceQuotaExceededException","ThrottlingException","ValidationException"]},"PutPackageOriginConfiguration":{"http":{"method":"POST","requestUri":"/v1/package"},"input":{"shape":"PutPackageOriginConfigurationRequest"},"output":{"shape":"PutPackageOriginConfigurationResult"},"errors":["AccessDeniedException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"PutRepositoryPermissionsPolicy":{"http":{"method":"PUT","requestUri":"/v1/repository/permissions/policy"},"input":{"shape":"PutRepositoryPermissionsPolicyRequest"},"output":{"shape":"PutRepositoryPermissionsPolicyResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ServiceQuotaExceededException","ThrottlingException","ValidationException"]},"TagResource":{"http":{"method":"POST","requestUri":"/v1/tag"},"input":{"shape":"TagResourceRequest"},"output":{"shape":"TagResourceResult"},"errors":["AccessDeniedException","ResourceNotFoundException","ServiceQuotaExceededException","ThrottlingException","ValidationException"]},"UntagResource":{"http":{"method":"POST","requestUri":"/v1/untag"},"input":{"shape":"UntagResourceRequest"},"output":{"shape":"UntagResourceResult"},"errors":["AccessDeniedException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"UpdatePackageGroup":{"http":{"method":"PUT","requestUri":"/v1/package-group"},"input":{"shape":"UpdatePackageGroupRequest"},"output":{"shape":"UpdatePackageGroupResult"},"errors":["AccessDeniedException","InternalServerException","ServiceQuotaExceededException","ThrottlingException","ValidationException","ResourceNotFoundException"]},"UpdatePackageGroupOriginConfiguration":{"http":{"method":"PUT","requestUri":"/v1/package-group-origin-configuration"},"input":{"shape":"UpdatePackageGroupOriginConfigurationRequest"},"output":{"shape":"UpdatePackageGroupOriginConfigurationResult"},"errors":["AccessDeniedException","InternalServerException","ServiceQuotaExceededException","ThrottlingException","ValidationException","ResourceNotFoundException"]},"UpdatePackageVersionsStatus":{"http":{"method":"POST","requestUri":"/v1/package/versions/update_status"},"input":{"shape":"UpdatePackageVersionsStatusRequest"},"output":{"shape":"UpdatePackageVersionsStatusResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ThrottlingException","ValidationException"]},"UpdateRepository":{"http":{"method":"PUT","requestUri":"/v1/repository"},"input":{"shape":"UpdateRepositoryRequest"},"output":{"shape":"UpdateRepositoryResult"},"errors":["AccessDeniedException","ConflictException","InternalServerException","ResourceNotFoundException","ServiceQuotaExceededException","ThrottlingException","ValidationException"]}},"shapes":{"AccessDeniedException":{"type":"structure","required":["message"],"members":{"message":{"shape":"String"}},"error":{"httpStatusCode":403},"exception":true},"AccountId":{"type":"string","pattern":"[0-9]{12}","min":12,"max":12},"AllowPublish":{"type":"string","enum":["ALLOW","BLOCK"]},"AllowUpstream":{"type":"string","enum":["ALLOW","BLOCK"]},"Arn":{"type":"string","pattern":"\\\\S+","min":1,"max":1011},"Asset":{"type":"blob","streaming":true},"AssetHashes":{"type":"map","key":{"shape":"HashAlgorithm"},"value":{"shape":"HashValue"}},"AssetName":{"type":"string","pattern":"\\\\P{C}+","min":1,"max":255},"AssetSummary":{"type":"structure","required":["name"],"members":{"name":{"shape":"AssetName"},"size":{"shape":"LongOptional"},"hashes":{"shape":"AssetHashes"}}},"AssetSummaryList":{"type":"list","member":{"shape":"AssetSummary"}},"AssociateExternalConnectionRequest":{"type":"structure","required":["domain","repository","externalConnection"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"externalConnection":{"shape":"ExternalConnectionName","location":"querystring","locationName":"external-connection"}}},"AssociateExternalConnectionResult":{"type":"structure","members":{"repository":{"shape":"RepositoryDescription"}}},"AssociatedPackage":{"type":"structure","members":{"format":{"shape":"PackageFormat"},"namespace":{"shape":"PackageNamespace"},"package":{"shape":"PackageName"},"associationType":{"shape":"PackageGroupAssociationType"}}},"AssociatedPackageList":{"type":"list","member":{"shape":"AssociatedPackage"}},"AuthorizationTokenDurationSeconds":{"type":"long","min":0,"max":43200},"BooleanOptional":{"type":"boolean"},"ConflictException":{"type":"structure","required":["message"],"members":{"message":{"shape":"String"},"resourceId":{"shape":"String"},"resourceType":{"shape":"ResourceType"}},"error":{"httpStatusCode":409},"exception":true},"CopyPackageVersionsRequest":{"type":"structure","required":["domain","sourceRepository","destinationRepository","format","package"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"sourceRepository":{"shape":"RepositoryName","location":"querystring","locationName":"source-repository"},"destinationRepository":{"shape":"RepositoryName","location":"querystring","locationName":"destination-repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"versions":{"shape":"PackageVersionList"},"versionRevisions":{"shape":"PackageVersionRevisionMap"},"allowOverwrite":{"shape":"BooleanOptional"},"includeFromUpstream":{"shape":"BooleanOptional"}}},"CopyPackageVersionsResult":{"type":"structure","members":{"successfulVersions":{"shape":"SuccessfulPackageVersionInfoMap"},"failedVersions":{"shape":"PackageVersionErrorMap"}}},"CreateDomainRequest":{"type":"structure","required":["domain"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"encryptionKey":{"shape":"Arn"},"tags":{"shape":"TagList"}}},"CreateDomainResult":{"type":"structure","members":{"domain":{"shape":"DomainDescription"}}},"CreatePackageGroupRequest":{"type":"structure","required":["domain","packageGroup"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"packageGroup":{"shape":"PackageGroupPattern"},"contactInfo":{"shape":"PackageGroupContactInfo"},"description":{"shape":"Description"},"tags":{"shape":"TagList"}}},"CreatePackageGroupResult":{"type":"structure","members":{"packageGroup":{"shape":"PackageGroupDescription"}}},"CreateRepositoryRequest":{"type":"structure","required":["domain","repository"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"description":{"shape":"Description"},"upstreams":{"shape":"UpstreamRepositoryList"},"tags":{"shape":"TagList"}}},"CreateRepositoryResult":{"type":"structure","members":{"repository":{"shape":"RepositoryDescription"}}},"DeleteDomainPermissionsPolicyRequest":{"type":"structure","required":["domain"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"policyRevision":{"shape":"PolicyRevision","location":"querystring","locationName":"policy-revision"}}},"DeleteDomainPermissionsPolicyResult":{"type":"structure","members":{"policy":{"shape":"ResourcePolicy"}}},"DeleteDomainRequest":{"type":"structure","required":["domain"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"}}},"DeleteDomainResult":{"type":"structure","members":{"domain":{"shape":"DomainDescription"}}},"DeletePackageGroupRequest":{"type":"structure","required":["domain","packageGroup"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"packageGroup":{"shape":"String","location":"querystring","locationName":"package-group"}}},"DeletePackageGroupResult":{"type":"structure","members":{"packageGroup":{"shape":"PackageGroupDescription"}}},"DeletePackageRequest":{"type":"structure","required":["domain","repository","format","package"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"}}},"DeletePackageResult":{"type":"structure","members":{"deletedPackage":{"shape":"PackageSummary"}}},"DeletePackageVersionsRequest":{"type":"structure","required":["domain","repository","format","package","versions"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"versions":{"shape":"PackageVersionList"},"expectedStatus":{"shape":"PackageVersionStatus"}}},"DeletePackageVersionsResult":{"type":"structure","members":{"successfulVersions":{"shape":"SuccessfulPackageVersionInfoMap"},"failedVersions":{"shape":"PackageVersionErrorMap"}}},"DeleteRepositoryPermissionsPolicyRequest":{"type":"structure","required":["domain","repository"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"policyRevision":{"shape":"PolicyRevision","location":"querystring","locationName":"policy-revision"}}},"DeleteRepositoryPermissionsPolicyResult":{"type":"structure","members":{"policy":{"shape":"ResourcePolicy"}}},"DeleteRepositoryRequest":{"type":"structure","required":["domain","repository"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"}}},"DeleteRepositoryResult":{"type":"structure","members":{"repository":{"shape":"RepositoryDescription"}}},"DescribeDomainRequest":{"type":"structure","required":["domain"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"}}},"DescribeDomainResult":{"type":"structure","members":{"domain":{"shape":"DomainDescription"}}},"DescribePackageGroupRequest":{"type":"structure","required":["domain","packageGroup"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"packageGroup":{"shape":"PackageGroupPattern","location":"querystring","locationName":"package-group"}}},"DescribePackageGroupResult":{"type":"structure","members":{"packageGroup":{"shape":"PackageGroupDescription"}}},"DescribePackageRequest":{"type":"structure","required":["domain","repository","format","package"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"}}},"DescribePackageResult":{"type":"structure","required":["package"],"members":{"package":{"shape":"PackageDescription"}}},"DescribePackageVersionRequest":{"type":"structure","required":["domain","repository","format","package","packageVersion"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"packageVersion":{"shape":"PackageVersion","location":"querystring","locationName":"version"}}},"DescribePackageVersionResult":{"type":"structure","required":["packageVersion"],"members":{"packageVersion":{"shape":"PackageVersionDescription"}}},"DescribeRepositoryRequest":{"type":"structure","required":["domain","repository"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"}}},"DescribeRepositoryResult":{"type":"structure","members":{"repository":{"shape":"RepositoryDescription"}}},"Description":{"type":"string","pattern":"\\\\P{C}*","max":1000},"DisassociateExternalConnectionRequest":{"type":"structure","required":["domain","repository","externalConnection"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"externalConnection":{"shape":"ExternalConnectionName","location":"querystring","locationName":"external-connection"}}},"DisassociateExternalConnectionResult":{"type":"structure","members":{"repository":{"shape":"RepositoryDescription"}}},"DisposePackageVersionsRequest":{"type":"structure","required":["domain","repository","format","package","versions"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"versions":{"shape":"PackageVersionList"},"versionRevisions":{"shape":"PackageVersionRevisionMap"},"expectedStatus":{"shape":"PackageVersionStatus"}}},"DisposePackageVersionsResult":{"type":"structure","members":{"successfulVersions":{"shape":"SuccessfulPackageVersionInfoMap"},"failedVersions":{"shape":"PackageVersionErrorMap"}}},"DomainDescription":{"type":"structure","members":{"name":{"shape":"DomainName"},"owner":{"shape":"AccountId"},"arn":{"shape":"Arn"},"status":{"shape":"DomainStatus"},"createdTime":{"shape":"Timestamp"},"encryptionKey":{"shape":"Arn"},"repositoryCount":{"shape":"Integer"},"assetSizeBytes":{"shape":"Long"},"s3BucketArn":{"shape":"Arn"}}},"DomainEntryPoint":{"type":"structure","members":{"repositoryName":{"shape":"RepositoryName"},"externalConnectionName":{"shape":"ExternalConnectionName"}}},"DomainName":{"type":"string","pattern":"[a-z][a-z0-9\\\\-]{0,48}[a-z0-9]","min":2,"max":50},"DomainStatus":{"type":"string","enum":["Active","Deleted"]},"DomainSummary":{"type":"structure","members":{"name":{"shape":"DomainName"},"owner":{"shape":"AccountId"},"arn":{"shape":"Arn"},"status":{"shape":"DomainStatus"},"createdTime":{"shape":"Timestamp"},"encryptionKey":{"shape":"Arn"}}},"DomainSummaryList":{"type":"list","member":{"shape":"DomainSummary"}},"EndpointType":{"type":"string","enum":["dualstack","ipv4"]},"ErrorMessage":{"type":"string"},"ExternalConnectionName":{"type":"string","pattern":"[A-Za-z0-9][A-Za-z0-9._\\\\-:]{1,99}","min":2,"max":100},"ExternalConnectionStatus":{"type":"string","enum":["Available"]},"GetAssociatedPackageGroupRequest":{"type":"structure","required":["domain","format","package"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"}}},"GetAssociatedPackageGroupResult":{"type":"structure","members":{"packageGroup":{"shape":"PackageGroupDescription"},"associationType":{"shape":"PackageGroupAssociationType"}}},"GetAuthorizationTokenRequest":{"type":"structure","required":["domain"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"durationSeconds":{"shape":"AuthorizationTokenDurationSeconds","location":"querystring","locationName":"duration"}}},"GetAuthorizationTokenResult":{"type":"structure","members":{"authorizationToken":{"shape":"String"},"expiration":{"shape":"Timestamp"}},"sensitive":true},"GetDomainPermissionsPolicyRequest":{"type":"structure","required":["domain"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"}}},"GetDomainPermissionsPolicyResult":{"type":"structure","members":{"policy":{"shape":"ResourcePolicy"}}},"GetPackageVersionAssetRequest":{"type":"structure","required":["domain","repository","format","package","packageVersion","asset"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"packageVersion":{"shape":"PackageVersion","location":"querystring","locationName":"version"},"asset":{"shape":"AssetName","location":"querystring","locationName":"asset"},"packageVersionRevision":{"shape":"PackageVersionRevision","location":"querystring","locationName":"revision"}}},"GetPackageVersionAssetResult":{"type":"structure","members":{"asset":{"shape":"Asset"},"assetName":{"shape":"AssetName","location":"header","locationName":"X-AssetName"},"packageVersion":{"shape":"PackageVersion","location":"header","locationName":"X-PackageVersion"},"packageVersionRevision":{"shape":"PackageVersionRevision","location":"header","locationName":"X-PackageVersionRevision"}},"payload":"asset"},"GetPackageVersionReadmeRequest":{"type":"structure","required":["domain","repository","format","package","packageVersion"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"packageVersion":{"shape":"PackageVersion","location":"querystring","locationName":"version"}}},"GetPackageVersionReadmeResult":{"type":"structure","members":{"format":{"shape":"PackageFormat"},"namespace":{"shape":"PackageNamespace"},"package":{"shape":"PackageName"},"version":{"shape":"PackageVersion"},"versionRevision":{"shape":"PackageVersionRevision"},"readme":{"shape":"String"}}},"GetRepositoryEndpointRequest":{"type":"structure","required":["domain","repository","format"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"endpointType":{"shape":"EndpointType","location":"querystring","locationName":"endpointType"}}},"GetRepositoryEndpointResult":{"type":"structure","members":{"repositoryEndpoint":{"shape":"String"}}},"GetRepositoryPermissionsPolicyRequest":{"type":"structure","required":["domain","repository"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"}}},"GetRepositoryPermissionsPolicyResult":{"type":"structure","members":{"policy":{"shape":"ResourcePolicy"}}},"HashAlgorithm":{"type":"string","enum":["MD5","SHA-1","SHA-256","SHA-512"]},"HashValue":{"type":"string","pattern":"[0-9a-f]+","min":32,"max":512},"Integer":{"type":"integer"},"InternalServerException":{"type":"structure","required":["message"],"members":{"message":{"shape":"String"}},"error":{"httpStatusCode":500},"exception":true,"fault":true},"LicenseInfo":{"type":"structure","members":{"name":{"shape":"String"},"url":{"shape":"String"}}},"LicenseInfoList":{"type":"list","member":{"shape":"LicenseInfo"}},"ListAllowedRepositoriesForGroupMaxResults":{"type":"integer","min":1,"max":1000},"ListAllowedRepositoriesForGroupRequest":{"type":"structure","required":["domain","packageGroup","originRestrictionType"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"packageGroup":{"shape":"PackageGroupPattern","location":"querystring","locationName":"package-group"},"originRestrictionType":{"shape":"PackageGroupOriginRestrictionType","location":"querystring","locationName":"originRestrictionType"},"maxResults":{"shape":"ListAllowedRepositoriesForGroupMaxResults","location":"querystring","locationName":"max-results"},"nextToken":{"shape":"PaginationToken","location":"querystring","locationName":"next-token"}}},"ListAllowedRepositoriesForGroupResult":{"type":"structure","members":{"allowedRepositories":{"shape":"RepositoryNameList"},"nextToken":{"shape":"PaginationToken"}}},"ListAssociatedPackagesRequest":{"type":"structure","required":["domain","packageGroup"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"packageGroup":{"shape":"PackageGroupPattern","location":"querystring","locationName":"package-group"},"maxResults":{"shape":"ListPackagesMaxResults","location":"querystring","locationName":"max-results"},"nextToken":{"shape":"PaginationToken","location":"querystring","locationName":"next-token"},"preview":{"shape":"BooleanOptional","location":"querystring","locationName":"preview"}}},"ListAssociatedPackagesResult":{"type":"structure","members":{"packages":{"shape":"AssociatedPackageList"},"nextToken":{"shape":"PaginationToken"}}},"ListDomainsMaxResults":{"type":"integer","min":1,"max":1000},"ListDomainsRequest":{"type":"structure","members":{"maxResults":{"shape":"ListDomainsMaxResults"},"nextToken":{"shape":"PaginationToken"}}},"ListDomainsResult":{"type":"structure","members":{"domains":{"shape":"DomainSummaryList"},"nextToken":{"shape":"PaginationToken"}}},"ListPackageGroupsMaxResults":{"type":"integer","min":1,"max":1000},"ListPackageGroupsRequest":{"type":"structure","required":["domain"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"maxResults":{"shape":"ListPackageGroupsMaxResults","location":"querystring","locationName":"max-results"},"nextToken":{"shape":"PaginationToken","location":"querystring","locationName":"next-token"},"prefix":{"shape":"PackageGroupPatternPrefix","location":"querystring","locationName":"prefix"}}},"ListPackageGroupsResult":{"type":"structure","members":{"packageGroups":{"shape":"PackageGroupSummaryList"},"nextToken":{"shape":"PaginationToken"}}},"ListPackageVersionAssetsMaxResults":{"type":"integer","min":1,"max":1000},"ListPackageVersionAssetsRequest":{"type":"structure","required":["domain","repository","format","package","packageVersion"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"packageVersion":{"shape":"PackageVersion","location":"querystring","locationName":"version"},"maxResults":{"shape":"ListPackageVersionAssetsMaxResults","location":"querystring","locationName":"max-results"},"nextToken":{"shape":"PaginationToken","location":"querystring","locationName":"next-token"}}},"ListPackageVersionAssetsResult":{"type":"structure","members":{"format":{"shape":"PackageFormat"},"namespace":{"shape":"PackageNamespace"},"package":{"shape":"PackageName"},"version":{"shape":"PackageVersion"},"versionRevision":{"shape":"PackageVersionRevision"},"nextToken":{"shape":"PaginationToken"},"assets":{"shape":"AssetSummaryList"}}},"ListPackageVersionDependenciesRequest":{"type":"structure","required":["domain","repository","format","package","packageVersion"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"packageVersion":{"shape":"PackageVersion","location":"querystring","locationName":"version"},"nextToken":{"shape":"PaginationToken","location":"querystring","locationName":"next-token"}}},"ListPackageVersionDependenciesResult":{"type":"structure","members":{"format":{"shape":"PackageFormat"},"namespace":{"shape":"PackageNamespace"},"package":{"shape":"PackageName"},"version":{"shape":"PackageVersion"},"versionRevision":{"shape":"PackageVersionRevision"},"nextToken":{"shape":"PaginationToken"},"dependencies":{"shape":"PackageDependencyList"}}},"ListPackageVersionsMaxResults":{"type":"integer","min":1,"max":1000},"ListPackageVersionsRequest":{"type":"structure","required":["domain","repository","format","package"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"status":{"shape":"PackageVersionStatus","location":"querystring","locationName":"status"},"sortBy":{"shape":"PackageVersionSortType","location":"querystring","locationName":"sortBy"},"maxResults":{"shape":"ListPackageVersionsMaxResults","location":"querystring","locationName":"max-results"},"nextToken":{"shape":"PaginationToken","location":"querystring","locationName":"next-token"},"originType":{"shape":"PackageVersionOriginType","location":"querystring","locationName":"originType"}}},"ListPackageVersionsResult":{"type":"structure","members":{"defaultDisplayVersion":{"shape":"PackageVersion"},"format":{"shape":"PackageFormat"},"namespace":{"shape":"PackageNamespace"},"package":{"shape":"PackageName"},"versions":{"shape":"PackageVersionSummaryList"},"nextToken":{"shape":"PaginationToken"}}},"ListPackagesMaxResults":{"type":"integer","min":1,"max":1000},"ListPackagesRequest":{"type":"structure","required":["domain","repository"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"packagePrefix":{"shape":"PackageName","location":"querystring","locationName":"package-prefix"},"maxResults":{"shape":"ListPackagesMaxResults","location":"querystring","locationName":"max-results"},"nextToken":{"shape":"PaginationToken","location":"querystring","locationName":"next-token"},"publish":{"shape":"AllowPublish","location":"querystring","locationName":"publish"},"upstream":{"shape":"AllowUpstream","location":"querystring","locationName":"upstream"}}},"ListPackagesResult":{"type":"structure","members":{"packages":{"shape":"PackageSummaryList"},"nextToken":{"shape":"PaginationToken"}}},"ListRepositoriesInDomainMaxResults":{"type":"integer","min":1,"max":1000},"ListRepositoriesInDomainRequest":{"type":"structure","required":["domain"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"administratorAccount":{"shape":"AccountId","location":"querystring","locationName":"administrator-account"},"repositoryPrefix":{"shape":"RepositoryName","location":"querystring","locationName":"repository-prefix"},"maxResults":{"shape":"ListRepositoriesInDomainMaxResults","location":"querystring","locationName":"max-results"},"nextToken":{"shape":"PaginationToken","location":"querystring","locationName":"next-token"}}},"ListRepositoriesInDomainResult":{"type":"structure","members":{"repositories":{"shape":"RepositorySummaryList"},"nextToken":{"shape":"PaginationToken"}}},"ListRepositoriesMaxResults":{"type":"integer","min":1,"max":1000},"ListRepositoriesRequest":{"type":"structure","members":{"repositoryPrefix":{"shape":"RepositoryName","location":"querystring","locationName":"repository-prefix"},"maxResults":{"shape":"ListRepositoriesMaxResults","location":"querystring","locationName":"max-results"},"nextToken":{"shape":"PaginationToken","location":"querystring","locationName":"next-token"}}},"ListRepositoriesResult":{"type":"structure","members":{"repositories":{"shape":"RepositorySummaryList"},"nextToken":{"shape":"PaginationToken"}}},"ListSubPackageGroupsRequest":{"type":"structure","required":["domain","packageGroup"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"packageGroup":{"shape":"PackageGroupPattern","location":"querystring","locationName":"package-group"},"maxResults":{"shape":"ListPackageGroupsMaxResults","location":"querystring","locationName":"max-results"},"nextToken":{"shape":"PaginationToken","location":"querystring","locationName":"next-token"}}},"ListSubPackageGroupsResult":{"type":"structure","members":{"packageGroups":{"shape":"PackageGroupSummaryList"},"nextToken":{"shape":"PaginationToken"}}},"ListTagsForResourceRequest":{"type":"structure","required":["resourceArn"],"members":{"resourceArn":{"shape":"Arn","location":"querystring","locationName":"resourceArn"}}},"ListTagsForResourceResult":{"type":"structure","members":{"tags":{"shape":"TagList"}}},"Long":{"type":"long"},"LongOptional":{"type":"long"},"OriginRestrictions":{"type":"map","key":{"shape":"PackageGroupOriginRestrictionType"},"value":{"shape":"PackageGroupOriginRestrictionMode"}},"PackageDependency":{"type":"structure","members":{"namespace":{"shape":"PackageNamespace"},"package":{"shape":"PackageName"},"dependencyType":{"shape":"String"},"versionRequirement":{"shape":"String"}}},"PackageDependencyList":{"type":"list","member":{"shape":"PackageDependency"}},"PackageDescription":{"type":"structure","members":{"format":{"shape":"PackageFormat"},"namespace":{"shape":"PackageNamespace"},"name":{"shape":"PackageName"},"originConfiguration":{"shape":"PackageOriginConfiguration"}}},"PackageFormat":{"type":"string","enum":["npm","pypi","maven","nuget","generic","ruby","swift","cargo"]},"PackageGroupAllowedRepository":{"type":"structure","members":{"repositoryName":{"shape":"RepositoryName"},"originRestrictionType":{"shape":"PackageGroupOriginRestrictionType"}}},"PackageGroupAllowedRepositoryList":{"type":"list","member":{"shape":"PackageGroupAllowedRepository"}},"PackageGroupAllowedRepositoryUpdate":{"type":"map","key":{"shape":"PackageGroupAllowedRepositoryUpdateType"},"value":{"shape":"RepositoryNameList"}},"PackageGroupAllowedRepositoryUpdateType":{"type":"string","enum":["ADDED","REMOVED"]},"PackageGroupAllowedRepositoryUpdates":{"type":"map","key":{"shape":"PackageGroupOriginRestrictionType"},"value":{"shape":"PackageGroupAllowedRepositoryUpdate"}},"PackageGroupAssociationType":{"type":"string","enum":["STRONG","WEAK"]},"PackageGroupContactInfo":{"type":"string","pattern":"\\\\P{C}*","min":0,"max":1000},"PackageGroupDescription":{"type":"structure","members":{"arn":{"shape":"Arn"},"pattern":{"shape":"PackageGroupPattern"},"domainName":{"shape":"DomainName"},"domainOwner":{"shape":"AccountId"},"createdTime":{"shape":"Timestamp"},"contactInfo":{"shape":"PackageGroupContactInfo"},"description":{"shape":"Description"},"originConfiguration":{"shape":"PackageGroupOriginConfiguration"},"parent":{"shape":"PackageGroupReference"}}},"PackageGroupOriginConfiguration":{"type":"structure","members":{"restrictions":{"shape":"PackageGroupOriginRestrictions"}}},"PackageGroupOriginRestriction":{"type":"structure","members":{"mode":{"shape":"PackageGroupOriginRestrictionMode"},"effectiveMode":{"shape":"PackageGroupOriginRestrictionMode"},"inheritedFrom":{"shape":"PackageGroupReference"},"repositoriesCount":{"shape":"LongOptional"}}},"PackageGroupOriginRestrictionMode":{"type":"string","enum":["ALLOW","ALLOW_SPECIFIC_REPOSITORIES","BLOCK","INHERIT"]},"PackageGroupOriginRestrictionType":{"type":"string","enum":["EXTERNAL_UPSTREAM","INTERNAL_UPSTREAM","PUBLISH"]},"PackageGroupOriginRestrictions":{"type":"map","key":{"shape":"PackageGroupOriginRestrictionType"},"value":{"shape":"PackageGroupOriginRestriction"}},"PackageGroupPattern":{"type":"string","pattern":"[^\\\\p{C}\\\\p{IsWhitespace}]+","min":2,"max":520},"PackageGroupPatternPrefix":{"type":"string","pattern":"\\\\P{C}*","min":0,"max":520},"PackageGroupReference":{"type":"structure","members":{"arn":{"shape":"Arn"},"pattern":{"shape":"PackageGroupPattern"}}},"PackageGroupSummary":{"type":"structure","members":{"arn":{"shape":"Arn"},"pattern":{"shape":"PackageGroupPattern"},"domainName":{"shape":"DomainName"},"domainOwner":{"shape":"AccountId"},"createdTime":{"shape":"Timestamp"},"contactInfo":{"shape":"PackageGroupContactInfo"},"description":{"shape":"Description"},"originConfiguration":{"shape":"PackageGroupOriginConfiguration"},"parent":{"shape":"PackageGroupReference"}}},"PackageGroupSummaryList":{"type":"list","member":{"shape":"PackageGroupSummary"}},"PackageName":{"type":"string","pattern":"[^#/\\\\s]+","min":1,"max":255},"PackageNamespace":{"type":"string","pattern":"[^#/\\\\s]+","min":1,"max":255},"PackageOriginConfiguration":{"type":"structure","members":{"restrictions":{"shape":"PackageOriginRestrictions"}}},"PackageOriginRestrictions":{"type":"structure","required":["publish","upstream"],"members":{"publish":{"shape":"AllowPublish"},"upstream":{"shape":"AllowUpstream"}}},"PackageSummary":{"type":"structure","members":{"format":{"shape":"PackageFormat"},"namespace":{"shape":"PackageNamespace"},"package":{"shape":"PackageName"},"originConfiguration":{"shape":"PackageOriginConfiguration"}}},"PackageSummaryList":{"type":"list","member":{"shape":"PackageSummary"}},"PackageVersion":{"type":"string","pattern":"[^#/\\\\s]+","min":1,"max":255},"PackageVersionDescription":{"type":"structure","members":{"format":{"shape":"PackageFormat"},"namespace":{"shape":"PackageNamespace"},"packageName":{"shape":"PackageName"},"displayName":{"shape":"String255"},"version":{"shape":"PackageVersion"},"summary":{"shape":"String"},"homePage":{"shape":"String"},"sourceCodeRepository":{"shape":"String"},"publishedTime":{"shape":"Timestamp"},"licenses":{"shape":"LicenseInfoList"},"revision":{"shape":"PackageVersionRevision"},"status":{"shape":"PackageVersionStatus"},"origin":{"shape":"PackageVersionOrigin"}}},"PackageVersionError":{"type":"structure","members":{"errorCode":{"shape":"PackageVersionErrorCode"},"errorMessage":{"shape":"ErrorMessage"}}},"PackageVersionErrorCode":{"type":"string","enum":["ALREADY_EXISTS","MISMATCHED_REVISION","MISMATCHED_STATUS","NOT_ALLOWED","NOT_FOUND","SKIPPED"]},"PackageVersionErrorMap":{"type":"map","key":{"shape":"PackageVersion"},"value":{"shape":"PackageVersionError"}},"PackageVersionList":{"type":"list","member":{"shape":"PackageVersion"},"max":100},"PackageVersionOrigin":{"type":"structure","members":{"domainEntryPoint":{"shape":"DomainEntryPoint"},"originType":{"shape":"PackageVersionOriginType"}}},"PackageVersionOriginType":{"type":"string","enum":["INTERNAL","EXTERNAL","UNKNOWN"]},"PackageVersionRevision":{"type":"string","pattern":"\\\\S+","min":1,"max":50},"PackageVersionRevisionMap":{"type":"map","key":{"shape":"PackageVersion"},"value":{"shape":"PackageVersionRevision"}},"PackageVersionSortType":{"type":"string","enum":["PUBLISHED_TIME"]},"PackageVersionStatus":{"type":"string","enum":["Published","Unfinished","Unlisted","Archived","Disposed","Deleted"]},"PackageVersionSummary":{"type":"structure","required":["version","status"],"members":{"version":{"shape":"PackageVersion"},"revision":{"shape":"PackageVersionRevision"},"status":{"shape":"PackageVersionStatus"},"origin":{"shape":"PackageVersionOrigin"}}},"PackageVersionSummaryList":{"type":"list","member":{"shape":"PackageVersionSummary"}},"PaginationToken":{"type":"string","pattern":"\\\\S+","min":1,"max":2000},"PolicyDocument":{"type":"string","pattern":"[\\\\P{C}\\\\s]+","min":1,"max":7168},"PolicyRevision":{"type":"string","pattern":"\\\\S+","min":1,"max":100},"PublishPackageVersionRequest":{"type":"structure","required":["domain","repository","format","package","packageVersion","assetContent","assetName","assetSHA256"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"packageVersion":{"shape":"PackageVersion","location":"querystring","locationName":"version"},"assetContent":{"shape":"Asset"},"assetName":{"shape":"AssetName","location":"querystring","locationName":"asset"},"assetSHA256":{"shape":"SHA256","location":"header","locationName":"x-amz-content-sha256"},"unfinished":{"shape":"BooleanOptional","location":"querystring","locationName":"unfinished"}},"payload":"assetContent"},"PublishPackageVersionResult":{"type":"structure","members":{"format":{"shape":"PackageFormat"},"namespace":{"shape":"PackageNamespace"},"package":{"shape":"PackageName"},"version":{"shape":"PackageVersion"},"versionRevision":{"shape":"PackageVersionRevision"},"status":{"shape":"PackageVersionStatus"},"asset":{"shape":"AssetSummary"}}},"PutDomainPermissionsPolicyRequest":{"type":"structure","required":["domain","policyDocument"],"members":{"domain":{"shape":"DomainName"},"domainOwner":{"shape":"AccountId"},"policyRevision":{"shape":"PolicyRevision"},"policyDocument":{"shape":"PolicyDocument"}}},"PutDomainPermissionsPolicyResult":{"type":"structure","members":{"policy":{"shape":"ResourcePolicy"}}},"PutPackageOriginConfigurationRequest":{"type":"structure","required":["domain","repository","format","package","restrictions"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"restrictions":{"shape":"PackageOriginRestrictions"}}},"PutPackageOriginConfigurationResult":{"type":"structure","members":{"originConfiguration":{"shape":"PackageOriginConfiguration"}}},"PutRepositoryPermissionsPolicyRequest":{"type":"structure","required":["domain","repository","policyDocument"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"policyRevision":{"shape":"PolicyRevision"},"policyDocument":{"shape":"PolicyDocument"}}},"PutRepositoryPermissionsPolicyResult":{"type":"structure","members":{"policy":{"shape":"ResourcePolicy"}}},"RepositoryDescription":{"type":"structure","members":{"name":{"shape":"RepositoryName"},"administratorAccount":{"shape":"AccountId"},"domainName":{"shape":"DomainName"},"domainOwner":{"shape":"AccountId"},"arn":{"shape":"Arn"},"description":{"shape":"Description"},"upstreams":{"shape":"UpstreamRepositoryInfoList"},"externalConnections":{"shape":"RepositoryExternalConnectionInfoList"},"createdTime":{"shape":"Timestamp"}}},"RepositoryExternalConnectionInfo":{"type":"structure","members":{"externalConnectionName":{"shape":"ExternalConnectionName"},"packageFormat":{"shape":"PackageFormat"},"status":{"shape":"ExternalConnectionStatus"}}},"RepositoryExternalConnectionInfoList":{"type":"list","member":{"shape":"RepositoryExternalConnectionInfo"}},"RepositoryName":{"type":"string","pattern":"[A-Za-z0-9][A-Za-z0-9._\\\\-]{1,99}","min":2,"max":100},"RepositoryNameList":{"type":"list","member":{"shape":"RepositoryName"}},"RepositorySummary":{"type":"structure","members":{"name":{"shape":"RepositoryName"},"administratorAccount":{"shape":"AccountId"},"domainName":{"shape":"DomainName"},"domainOwner":{"shape":"AccountId"},"arn":{"shape":"Arn"},"description":{"shape":"Description"},"createdTime":{"shape":"Timestamp"}}},"RepositorySummaryList":{"type":"list","member":{"shape":"RepositorySummary"}},"ResourceNotFoundException":{"type":"structure","required":["message"],"members":{"message":{"shape":"String"},"resourceId":{"shape":"String"},"resourceType":{"shape":"ResourceType"}},"error":{"httpStatusCode":404},"exception":true},"ResourcePolicy":{"type":"structure","members":{"resourceArn":{"shape":"Arn"},"revision":{"shape":"PolicyRevision"},"document":{"shape":"PolicyDocument"}}},"ResourceType":{"type":"string","enum":["domain","repository","package","package-version","asset"]},"RetryAfterSeconds":{"type":"integer"},"SHA256":{"type":"string","pattern":"[0-9a-f]+","min":64,"max":64},"ServiceQuotaExceededException":{"type":"structure","required":["message"],"members":{"message":{"shape":"String"},"resourceId":{"shape":"String"},"resourceType":{"shape":"ResourceType"}},"error":{"httpStatusCode":402},"exception":true},"String":{"type":"string"},"String255":{"type":"string","min":1,"max":255},"SuccessfulPackageVersionInfo":{"type":"structure","members":{"revision":{"shape":"String"},"status":{"shape":"PackageVersionStatus"}}},"SuccessfulPackageVersionInfoMap":{"type":"map","key":{"shape":"PackageVersion"},"value":{"shape":"SuccessfulPackageVersionInfo"}},"Tag":{"type":"structure","required":["key","value"],"members":{"key":{"shape":"TagKey"},"value":{"shape":"TagValue"}}},"TagKey":{"type":"string","pattern":"\\\\P{C}+","min":1,"max":128},"TagKeyList":{"type":"list","member":{"shape":"TagKey"},"min":0,"max":200},"TagList":{"type":"list","member":{"shape":"Tag"},"min":0,"max":200},"TagResourceRequest":{"type":"structure","required":["resourceArn","tags"],"members":{"resourceArn":{"shape":"Arn","location":"querystring","locationName":"resourceArn"},"tags":{"shape":"TagList"}}},"TagResourceResult":{"type":"structure","members":{}},"TagValue":{"type":"string","pattern":"\\\\P{C}*","min":0,"max":256},"ThrottlingException":{"type":"structure","required":["message"],"members":{"message":{"shape":"String"},"retryAfterSeconds":{"shape":"RetryAfterSeconds","location":"header","locationName":"Retry-After"}},"error":{"httpStatusCode":429},"exception":true},"Timestamp":{"type":"timestamp"},"UntagResourceRequest":{"type":"structure","required":["resourceArn","tagKeys"],"members":{"resourceArn":{"shape":"Arn","location":"querystring","locationName":"resourceArn"},"tagKeys":{"shape":"TagKeyList"}}},"UntagResourceResult":{"type":"structure","members":{}},"UpdatePackageGroupOriginConfigurationRequest":{"type":"structure","required":["domain","packageGroup"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"packageGroup":{"shape":"PackageGroupPattern","location":"querystring","locationName":"package-group"},"restrictions":{"shape":"OriginRestrictions"},"addAllowedRepositories":{"shape":"PackageGroupAllowedRepositoryList"},"removeAllowedRepositories":{"shape":"PackageGroupAllowedRepositoryList"}}},"UpdatePackageGroupOriginConfigurationResult":{"type":"structure","members":{"packageGroup":{"shape":"PackageGroupDescription"},"allowedRepositoryUpdates":{"shape":"PackageGroupAllowedRepositoryUpdates"}}},"UpdatePackageGroupRequest":{"type":"structure","required":["domain","packageGroup"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"packageGroup":{"shape":"PackageGroupPattern"},"contactInfo":{"shape":"PackageGroupContactInfo"},"description":{"shape":"Description"}}},"UpdatePackageGroupResult":{"type":"structure","members":{"packageGroup":{"shape":"PackageGroupDescription"}}},"UpdatePackageVersionsStatusRequest":{"type":"structure","required":["domain","repository","format","package","versions","targetStatus"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"format":{"shape":"PackageFormat","location":"querystring","locationName":"format"},"namespace":{"shape":"PackageNamespace","location":"querystring","locationName":"namespace"},"package":{"shape":"PackageName","location":"querystring","locationName":"package"},"versions":{"shape":"PackageVersionList"},"versionRevisions":{"shape":"PackageVersionRevisionMap"},"expectedStatus":{"shape":"PackageVersionStatus"},"targetStatus":{"shape":"PackageVersionStatus"}}},"UpdatePackageVersionsStatusResult":{"type":"structure","members":{"successfulVersions":{"shape":"SuccessfulPackageVersionInfoMap"},"failedVersions":{"shape":"PackageVersionErrorMap"}}},"UpdateRepositoryRequest":{"type":"structure","required":["domain","repository"],"members":{"domain":{"shape":"DomainName","location":"querystring","locationName":"domain"},"domainOwner":{"shape":"AccountId","location":"querystring","locationName":"domain-owner"},"repository":{"shape":"RepositoryName","location":"querystring","locationName":"repository"},"description":{"shape":"Description"},"upstreams":{"shape":"UpstreamRepositoryList"}}},"UpdateRepositoryResult":{"type":"structure","members":{"repository":{"shape":"RepositoryDescription"}}},"UpstreamRepository":{"type":"structure","required":["repositoryName"],"members":{"repositoryName":{"shape":"RepositoryName"}}},"UpstreamRepositoryInfo":{"type":"structure","members":{"repositoryName":{"shape":"RepositoryName"}}},"UpstreamRepositoryInfoList":{"type":"list","member":{"shape":"UpstreamRepositoryInfo"}},"UpstreamRepositoryList":{"type":"list","member":{"shape":"UpstreamRepository"}},"ValidationException":{"type":"structure","required":["message"],"members":{"message":{"shape":"String"},"reason":{"shape":"ValidationExceptionReason"}},"error":{"httpStatusCode":400},"exception":true},"ValidationExceptionReason":{"type":"string","enum":["CANNOT_PARSE","ENCRYPTION_KEY_ERROR","FIELD_VALIDATION_FAILED","UNKNOWN_OPERATION","OTHER"]}}}');
;// CONCATENATED MODULE: ./build/emulator/control/model.js
/**
 * The CodeArtifact service model (botocore's `service-2.json`, documentation stripped by
 * scripts/trim-codeartifact-model.py). Routing, input validation and output serialization all read it,
 * so the emulator accepts and returns exactly what the real API declares.
 */

const service = model_namespaceObject;
/** The signing name SigV4 credential scopes must carry. */
const SIGNING_NAME = service.metadata.signingName;
function shape(name) {
    const found = service.shapes[name];
    if (!found)
        throw new Error(`The CodeArtifact model has no shape ${name}`);
    return found;
}
// Every CodeArtifact URI is a fixed path (identifiers travel in the query string), so a map suffices.
const routes = new Map(Object.entries(service.operations).map(([name, op]) => [
    routeKey(op.http.method, op.http.requestUri),
    { name, ...op },
]));
function routeKey(method, path) {
    return `${method.toUpperCase()} ${path}`;
}
/** The operation a request addresses, or undefined for a path or method the API does not have. */
function findOperation(method, path) {
    return routes.get(routeKey(method, path));
}
/** HTTP status the model declares for an error shape (e.g. ConflictException → 409). */
function errorStatus(code) {
    return service.shapes[code]?.error?.httpStatusCode;
}


/***/ }),

/***/ 76462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W1: () => (/* binding */ findRepository),
/* harmony export */   _C: () => (/* binding */ nowSeconds),
/* harmony export */   ay: () => (/* binding */ toDate),
/* harmony export */   ce: () => (/* binding */ repositoryIn),
/* harmony export */   dX: () => (/* binding */ byKey),
/* harmony export */   ms: () => (/* binding */ domainArn),
/* harmony export */   qM: () => (/* binding */ repositoryArn),
/* harmony export */   tw: () => (/* binding */ packageGroupArn),
/* harmony export */   ub: () => (/* binding */ findDomain)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49081);

/**
 * The domain a request names. Without `domain-owner` the service assumes the caller's account; the
 * emulator also accepts the only domain of that name, so a config with another owner needs no flag.
 */
function findDomain(ctx, ref) {
    const owner = ref.domainOwner ?? ctx.accountId;
    const exact = ctx.store.domain(ref.domain, owner);
    if (exact)
        return exact;
    const named = ref.domainOwner ? [] : ctx.store.domainsNamed(ref.domain);
    if (named.length === 1)
        return named[0];
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .notFound */ .mX)(`Domain not found. Domain '${ref.domain}' owned by account '${owner}' does not exist`, 'domain', ref.domain);
}
function findRepository(ctx, ref) {
    const domain = findDomain(ctx, ref);
    return { domain, repo: repositoryIn(domain, ref.repository) };
}
function repositoryIn(domain, name) {
    const repo = domain.repositories[name];
    if (repo)
        return repo;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .notFound */ .mX)(`Repository not found. Repository '${name}' in domain '${domain.name}' owned by account '${domain.owner}' does not exist`, 'repository', name);
}
function nowSeconds(ctx) {
    return Math.floor(ctx.now() / 1000);
}
function toDate(epochSeconds) {
    return new Date(epochSeconds * 1000);
}
function domainArn(d) {
    return `arn:aws:codeartifact:${d.region}:${d.owner}:domain/${d.name}`;
}
function repositoryArn(d, repository) {
    return `arn:aws:codeartifact:${d.region}:${d.owner}:repository/${d.name}/${repository}`;
}
/** The documented form `package-group/<domain>/<encoded pattern>`. */
function packageGroupArn(d, pattern) {
    return `arn:aws:codeartifact:${d.region}:${d.owner}:package-group/${d.name}/${encodeURIComponent(pattern)}`;
}
/** Sort by a string key the way list operations return items (stable, locale-independent). */
function byKey(key) {
    return (a, b) => {
        const x = key(a);
        const y = key(b);
        return x < y ? -1 : x > y ? 1 : 0;
    };
}


/***/ }),

/***/ 84926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ domainDescription),
/* harmony export */   Zu: () => (/* binding */ repositoryDescription),
/* harmony export */   n: () => (/* binding */ domainSummary),
/* harmony export */   p3: () => (/* binding */ repositorySummary)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44331);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76462);


/** How the service describes records: the shapes below are the SDK's, so the compiler checks them. */
function domainSummary(d) {
    return {
        name: d.name,
        owner: d.owner,
        arn: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .domainArn */ .ms)(d),
        status: 'Active',
        createdTime: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .toDate */ .ay)(d.createdTime),
        encryptionKey: d.encryptionKey,
    };
}
function domainDescription(ctx, d) {
    return {
        ...domainSummary(d),
        repositoryCount: Object.keys(d.repositories).length,
        assetSizeBytes: ctx.store.blobs.usage((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .domainKey */ .mI)(d.owner, d.name)).bytes,
        // The service keeps assets in a bucket it owns; the emulator keeps them in its blob store.
        s3BucketArn: `arn:aws:s3:::assets-${d.owner}-${d.region}`,
    };
}
function repositorySummary(d, repo) {
    return {
        name: repo.name,
        administratorAccount: d.owner,
        domainName: d.name,
        domainOwner: d.owner,
        arn: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryArn */ .qM)(d, repo.name),
        createdTime: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .toDate */ .ay)(repo.createdTime),
        ...(repo.description !== undefined ? { description: repo.description } : {}),
    };
}
function repositoryDescription(d, repo) {
    return {
        ...repositorySummary(d, repo),
        upstreams: repo.upstreams.map((repositoryName) => ({ repositoryName })),
        externalConnections: repo.externalConnections.map((c) => ({ ...c })),
    };
}


/***/ }),

/***/ 57532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ associateExternalConnection),
/* harmony export */   iA: () => (/* binding */ EXTERNAL_CONNECTIONS),
/* harmony export */   oN: () => (/* binding */ disassociateExternalConnection)
/* harmony export */ });
/* harmony import */ var _faults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64873);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49081);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76462);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84926);




/** The external connections the service documents, with the format of the packages each one serves. */
const EXTERNAL_CONNECTIONS = {
    'public:npmjs': 'npm',
    'public:pypi': 'pypi',
    'public:nuget-org': 'nuget',
    'public:maven-central': 'maven',
    'public:maven-googleandroid': 'maven',
    'public:maven-gradleplugins': 'maven',
    'public:maven-commonsware': 'maven',
    'public:maven-clojars': 'maven',
    'public:ruby-gems-org': 'ruby',
    'public:crates-io': 'cargo',
};
/** One external connection per repository, as the service allows. */
function associateExternalConnection(input, ctx) {
    const { domain, repo } = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .findRepository */ .W1)(ctx, input);
    const name = input.externalConnection;
    const packageFormat = EXTERNAL_CONNECTIONS[name];
    if (!packageFormat) {
        const known = Object.keys(EXTERNAL_CONNECTIONS).join(', ');
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .validationError */ .cJ)(`'${name}' is not a valid external connection name. Valid names: ${known}`);
    }
    if (repo.externalConnections.some((c) => c.externalConnectionName === name)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .conflict */ .hj)(`Repository '${repo.name}' is already associated with '${name}'`, 'repository', repo.name);
    }
    const existing = repo.externalConnections[0];
    if (existing) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quotaExceeded */ .Q)(`Repository '${repo.name}' already has the external connection '${existing.externalConnectionName}'; a repository can have only one`, 'repository', repo.name);
    }
    repo.externalConnections.push({ externalConnectionName: name, packageFormat, status: 'Available' });
    ctx.store.changed();
    return { repository: (0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryDescription */ .Zu)(domain, repo) };
}
function disassociateExternalConnection(input, ctx) {
    const { domain, repo } = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .findRepository */ .W1)(ctx, input);
    const name = input.externalConnection;
    const index = repo.externalConnections.findIndex((c) => c.externalConnectionName === name);
    if (index < 0) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .notFound */ .mX)(`External connection '${name}' is not associated with repository '${repo.name}' in domain '${domain.name}'`, 'repository', repo.name);
    }
    if (!(0,_faults_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFault */ .n)(ctx, 'pause'))
        repo.externalConnections.splice(index, 1);
    ctx.store.changed();
    return { repository: (0,_describe_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryDescription */ .Zu)(domain, repo) };
}


/***/ }),

/***/ 73319:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ externalGet),
/* harmony export */   Y: () => (/* binding */ UpstreamUnavailable)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var _pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53673);




/** The public side did not answer usefully (refused, timed out, 5xx): a 502 for the client. */
class UpstreamUnavailable extends Error {
}
const MAX_REDIRECTS = 3;
const MAX_BODY = 256 * 1024 * 1024;
/**
 * GET from the public side the way an external connection does: after the modelled internet latency, with
 * a hard timeout so a dead or stalled registry turns into an error rather than a hung client. Connections
 * come from the context's keep-alive pool (pool.ts), closed when the emulator stops.
 */
async function externalGet(ctx, url, opts) {
    if (ctx.publicLatencyMs > 0)
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setTimeout)(ctx.publicLatencyMs);
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const result = await getWithRetry((0,_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .poolOf */ .e9)(ctx), current, opts);
        const location = result.headers.location;
        if (result.status >= 300 && result.status < 400 && location) {
            current = new URL(location, current).toString();
            continue;
        }
        if (result.status >= 500) {
            throw new UpstreamUnavailable(`${current} answered ${result.status}`);
        }
        return result;
    }
    throw new UpstreamUnavailable(`${url}: too many redirects`);
}
/**
 * A kept-alive socket can be closed by the server just as it is reused; that request never reached the
 * server, so it is sent once more (GET is idempotent). A fresh socket's failure is reported as it is.
 */
async function getWithRetry(pool, url, opts) {
    try {
        return await getOnce(pool, url, opts);
    }
    catch (err) {
        if (!(err instanceof StaleSocket))
            throw err;
        return getOnce(pool, url, opts);
    }
}
/** The request went out on a reused socket that the server had already closed. */
class StaleSocket extends UpstreamUnavailable {
}
function getOnce(pool, url, opts) {
    const parsed = new URL(url);
    const https = parsed.protocol === 'https:';
    const request = https ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const headers = { 'user-agent': 'codeartifact-emulator' };
    if (opts.accept)
        headers.accept = opts.accept;
    return new Promise((resolve, reject) => {
        // One deadline for the whole exchange, so a registry that stalls mid-body cannot hang a client either.
        // It starts when the pool hands out a socket: waiting in the pool's queue is bounded by the deadlines
        // of the requests ahead, and must not count against this one.
        let deadline;
        const done = (settle) => (value) => {
            clearTimeout(deadline);
            settle(value);
        };
        resolve = done(resolve);
        reject = done(reject);
        const agent = https ? pool.https : pool.http;
        const req = request(parsed, { method: 'GET', headers, agent }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_BODY)
                    req.destroy(new UpstreamUnavailable(`${url}: body too large`));
                else
                    chunks.push(chunk);
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), url }));
            res.on('error', (err) => reject(new UpstreamUnavailable(`${url}: ${err.message}`)));
        });
        req.on('error', (err) => {
            if (err instanceof UpstreamUnavailable)
                return reject(err);
            const stale = reused && (err.code === 'ECONNRESET' || err.code === 'EPIPE');
            reject(new (stale ? StaleSocket : UpstreamUnavailable)(`${url}: ${err.message}`));
        });
        let reused = false;
        req.once('socket', (socket) => {
            reused = pool.used.has(socket);
            pool.used.add(socket);
            pool.stats.requests++;
            if (!reused)
                pool.stats.connections++;
            deadline = setTimeout(() => {
                req.destroy(new UpstreamUnavailable(`${url}: no complete answer within ${opts.timeoutMs} ms`));
            }, opts.timeoutMs);
        });
        req.end();
    });
}


/***/ }),

/***/ 67316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _W: () => (/* binding */ clearExternalMetadata),
  YZ: () => (/* binding */ externalLookup)
});

// UNUSED EXPORTS: MAX_CACHED_PACKAGES, externalNpmVersion, externalPackage, remember

// EXTERNAL MODULE: ./build/emulator/data/packages.js
var data_packages = __webpack_require__(13834);
// EXTERNAL MODULE: ./build/emulator/data/external/http.js
var http = __webpack_require__(73319);
;// CONCATENATED MODULE: ./build/emulator/data/external/npm.js


const TIMEOUT_MS = 15_000;
/** Where the public npm registry keeps a packument: scoped names travel as `@scope%2fname`. */
function npmPackumentUrl(base, c) {
    const slash = base.endsWith('/') ? base : `${base}/`;
    return `${slash}${(0,data_packages/* displayName */.QC)(c).replace('/', '%2f')}`;
}
/** Where npm registries keep a tarball: `<registry>/<name>/-/<file>`, scoped names with a plain slash. */
function npmTarballUrl(base, c, filename) {
    const slash = base.endsWith('/') ? base : `${base}/`;
    return `${slash}${(0,data_packages/* displayName */.QC)(c)}/-/${encodeURIComponent(filename)}`;
}
/** Fetch a full packument (the only form that carries `time` and every manifest field). */
async function fetchNpmPackage(ctx, c) {
    const res = await (0,http/* externalGet */.Q)(ctx, npmPackumentUrl(ctx.publicUrls.npm, c), {
        accept: 'application/json',
        timeoutMs: TIMEOUT_MS,
    });
    if (res.status === 404)
        return { pkg: undefined, bytes: res.body.length };
    if (res.status !== 200)
        throw new Error(`public npm answered ${res.status} for ${(0,data_packages/* displayName */.QC)(c)}`);
    return {
        pkg: parsePackument(JSON.parse(res.body.toString('utf8'))),
        bytes: res.body.length,
    };
}
/**
 * Fetch one version document (`<packument URL>/<version>`): the same manifest the packument holds for it,
 * without the other versions. A registry that does not serve version documents answers 404, which the
 * caller treats as "ask for the full packument".
 */
async function fetchNpmVersion(ctx, c, version) {
    const url = `${npmPackumentUrl(ctx.publicUrls.npm, c)}/${encodeURIComponent(version)}`;
    const res = await (0,http/* externalGet */.Q)(ctx, url, { accept: 'application/json', timeoutMs: TIMEOUT_MS });
    if (res.status === 404)
        return { pkg: undefined, bytes: res.body.length };
    if (res.status !== 200)
        throw new Error(`public npm answered ${res.status} for ${(0,data_packages/* displayName */.QC)(c)}@${version}`);
    const doc = JSON.parse(res.body.toString('utf8'));
    const parsed = doc.version === version ? parseVersion(version, doc, undefined) : undefined;
    const versions = new Map(parsed ? [[version, parsed]] : []);
    return { pkg: parsed ? { versions, distTags: {} } : undefined, bytes: res.body.length };
}
function parsePackument(doc) {
    const versions = new Map();
    const time = (doc.time ?? {});
    for (const [version, raw] of Object.entries((doc.versions ?? {}))) {
        const parsed = parseVersion(version, raw, time[version]);
        if (parsed)
            versions.set(version, parsed);
    }
    const distTags = (doc['dist-tags'] ?? {});
    return { versions, distTags };
}
function parseVersion(version, raw, time) {
    const dist = (raw.dist ?? {});
    if (typeof dist.tarball !== 'string')
        return undefined;
    const manifest = { ...raw };
    delete manifest.dist;
    delete manifest._id;
    const published = time ? Date.parse(time) : NaN;
    return {
        version,
        manifest,
        files: [
            {
                filename: decodeURIComponent(new URL(dist.tarball).pathname.split('/').pop() ?? ''),
                url: dist.tarball,
                ...(typeof dist.shasum === 'string' ? { sha1: dist.shasum } : {}),
                ...(typeof dist.integrity === 'string' ? { integrity: dist.integrity } : {}),
            },
        ],
        ...(Number.isNaN(published) ? {} : { publishedTime: Math.floor(published / 1000) }),
    };
}

// EXTERNAL MODULE: ./build/emulator/data/external/prefetch.js
var prefetch = __webpack_require__(72764);
;// CONCATENATED MODULE: ./build/emulator/data/pypi/filenames.js

const SDIST = /\.(tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i;
/**
 * The version a distribution file carries. Wheels: `{name}-{version}-...whl` (name has no `-`);
 * sdists: `{name}-{version}.tar.gz`, where older names may hold `-`, so the project name is stripped
 * when known and otherwise the version is what follows the last `-`.
 */
function versionFromFilename(filename, project) {
    if (filename.endsWith('.whl')) {
        const version = filename.split('-')[1];
        return version || undefined;
    }
    if (!SDIST.test(filename))
        return undefined;
    const stem = filename.replace(SDIST, '');
    if (project) {
        const want = (0,data_packages/* normalizePypiName */.Ty)(project);
        for (let i = stem.indexOf('-'); i > 0; i = stem.indexOf('-', i + 1)) {
            if ((0,data_packages/* normalizePypiName */.Ty)(stem.slice(0, i)) === want)
                return stem.slice(i + 1) || undefined;
        }
    }
    const dash = stem.lastIndexOf('-');
    return dash > 0 ? stem.slice(dash + 1) : undefined;
}

;// CONCATENATED MODULE: ./build/emulator/data/external/pypi.js


const pypi_TIMEOUT_MS = 15_000;
const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
/** The public index page of a project: `<index>simple/<normalized>/`. */
function pypiProjectUrl(base, c) {
    const slash = base.endsWith('/') ? base : `${base}/`;
    return `${slash}simple/${c.name}/`;
}
/** Fetch a project page (PEP 691 JSON when offered, else PEP 503 HTML); file URLs resolved as given. */
async function fetchPypiPackage(ctx, c) {
    const res = await (0,http/* externalGet */.Q)(ctx, pypiProjectUrl(ctx.publicUrls.pypi, c), {
        accept: `${JSON_TYPE}, text/html;q=0.1`,
        timeoutMs: pypi_TIMEOUT_MS,
    });
    if (res.status === 404)
        return { pkg: undefined, bytes: res.body.length };
    if (res.status !== 200)
        throw new Error(`public PyPI answered ${res.status} for ${c.name}`);
    const page = parseProjectPage(res.body.toString('utf8'), String(res.headers['content-type'] ?? ''), res.url, c.name);
    return { pkg: page, bytes: res.body.length };
}
/** A project page in either form, its file URLs resolved against the page's own URL (they may be relative). */
function parseProjectPage(text, contentType, pageUrl, project) {
    const files = contentType.includes('json') ? filesFromJson(text, pageUrl) : filesFromHtml(text, pageUrl);
    return groupByVersion(files, project);
}
function filesFromJson(text, base) {
    const doc = JSON.parse(text);
    return (doc.files ?? []).flatMap((f) => {
        if (typeof f.filename !== 'string' || typeof f.url !== 'string')
            return [];
        const hashes = (f.hashes ?? {});
        const file = { filename: f.filename, url: new URL(f.url, base).toString() };
        if (hashes.sha256)
            file.sha256 = hashes.sha256;
        if (typeof f['requires-python'] === 'string')
            file.requiresPython = f['requires-python'];
        if (f.yanked === true || typeof f.yanked === 'string')
            file.yanked = f.yanked;
        if (typeof f.size === 'number')
            file.size = f.size;
        if (typeof f['upload-time'] === 'string')
            file.uploadTime = f['upload-time'];
        return [file];
    });
}
const ANCHOR = /<a\s([^>]*)>([^<]*)<\/a>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
function filesFromHtml(text, base) {
    const files = [];
    for (const [, attributes = '', label = ''] of text.matchAll(ANCHOR)) {
        const attrs = {};
        for (const m of attributes.matchAll(ATTRIBUTE)) {
            attrs[(m[1] ?? '').toLowerCase()] = unescapeHtml(m[3] ?? m[4] ?? '');
        }
        if (!attrs.href)
            continue;
        const url = new URL(attrs.href, base);
        const sha256 = /^#sha256=([0-9a-f]{64})$/i.exec(url.hash)?.[1];
        url.hash = '';
        const filename = unescapeHtml(label).trim() || decodeURIComponent(url.pathname.split('/').pop() ?? '');
        const file = { filename, url: url.toString() };
        if (sha256)
            file.sha256 = sha256.toLowerCase();
        if (attrs['data-requires-python'])
            file.requiresPython = attrs['data-requires-python'];
        if (attrs['data-yanked'] !== undefined)
            file.yanked = attrs['data-yanked'] || true;
        files.push(file);
    }
    return files;
}
function unescapeHtml(s) {
    return s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#0*39;/g, "'")
        .replace(/&amp;/g, '&');
}
function groupByVersion(files, project) {
    const versions = new Map();
    for (const file of files) {
        const version = versionFromFilename(file.filename, project);
        if (!version)
            continue;
        const entry = versions.get(version) ?? { version, files: [] };
        entry.files.push(file);
        versions.set(version, entry);
    }
    return { versions, distTags: {} };
}

;// CONCATENATED MODULE: ./build/emulator/data/external/metadata.js





/**
 * Packages whose metadata is held at once. Names that do not exist are cached too, so without a bound a
 * client asking for ever-new names would grow the emulator without limit; the entry fetched longest ago goes first (forgetting one only costs a refetch).
 */
const MAX_CACHED_PACKAGES = 10_000;
const caches = new WeakMap();
function cacheOf(ctx) {
    let cache = caches.get(ctx);
    if (!cache) {
        cache = { entries: new Map(), inFlight: new Map() };
        caches.set(ctx, cache);
    }
    return cache;
}
/**
 * The package as the external connection sees it (`pkg` undefined when the public registry does not have
 * it); `fetched` says whether this call went out to the public side rather than using the cache.
 */
function externalPackage(ctx, connection, c) {
    return cached(ctx, `${connection} ${(0,data_packages/* displayName */.QC)(c)}`, () => refresh(ctx, c));
}
/**
 * One npm version as the external connection sees it, for a tarball request: the version document is a
 * few KB where the full packument of a popular package is megabytes, and a tarball needs nothing else.
 * Full metadata still fresh in the cache is used instead of asking; otherwise the tarball's download starts
 * alongside (prefetch.ts) rather than after it. The version document carries no
 * publish time, so a version ingested this way is dated when it was ingested.
 */
async function externalNpmVersion(ctx, connection, c, version, filename) {
    const cache = cacheOf(ctx);
    const full = cache.entries.get(`${connection} ${(0,data_packages/* displayName */.QC)(c)}`);
    if (full && fresh(ctx, full))
        return { pkg: full.pkg, fetched: false };
    const key = `${connection} ${(0,data_packages/* displayName */.QC)(c)}@${version}`;
    const known = cache.entries.get(key);
    if (filename && !cache.inFlight.has(key) && !(known && fresh(ctx, known))) {
        (0,prefetch/* prefetch */.y)(ctx, npmTarballUrl(ctx.publicUrls.npm, c, filename));
    }
    return cached(ctx, key, () => refresh(ctx, c, version));
}
/** What the chain walk asks an external connection: the version document when it names the wanted file. */
async function externalLookup(ctx, connection, c, want) {
    if (c.format !== 'npm' || want?.version === undefined)
        return externalPackage(ctx, connection, c);
    const one = await externalNpmVersion(ctx, connection, c, want.version, want.filename);
    const files = one.pkg?.versions.get(want.version)?.files ?? [];
    if (files.some((f) => f.filename === want.filename))
        return one;
    // Not there, or a registry without version documents: the packument decides.
    const full = await externalPackage(ctx, connection, c);
    return { pkg: full.pkg, fetched: full.fetched || one.fetched };
}
function fresh(ctx, entry) {
    return ctx.now() - entry.fetchedAt < ctx.metadataTtlSeconds * 1000;
}
/** Reuse an answer for the TTL; concurrent callers share one fetch; a failed refresh serves the last answer. */
async function cached(ctx, key, fetch) {
    const cache = cacheOf(ctx);
    const last = cache.entries.get(key);
    if (last && fresh(ctx, last))
        return { pkg: last.pkg, fetched: false };
    // Concurrent requests for one package (npm asks in parallel) share one external fetch.
    let pending = cache.inFlight.get(key);
    if (!pending) {
        pending = fetch().finally(() => cache.inFlight.delete(key));
        cache.inFlight.set(key, pending);
    }
    try {
        const entry = await pending;
        remember(cache.entries, key, entry);
        return { pkg: entry.pkg, fetched: true };
    }
    catch (err) {
        if (last)
            return { pkg: last.pkg, fetched: true };
        throw err instanceof http/* UpstreamUnavailable */.Y ? err : new http/* UpstreamUnavailable */.Y(err.message);
    }
}
/** Stores `entry` as the newest, dropping the oldest beyond `max` (exported for its test). */
function remember(entries, key, entry, max = MAX_CACHED_PACKAGES) {
    entries.delete(key); // re-inserted at the end: Map order is the fetch order
    entries.set(key, entry);
    for (const oldest of entries.keys()) {
        if (entries.size <= max)
            break;
        entries.delete(oldest);
    }
}
async function refresh(ctx, c, version) {
    let bytes = 0;
    try {
        const fetched = c.format === 'pypi'
            ? await fetchPypiPackage(ctx, c)
            : version === undefined
                ? await fetchNpmPackage(ctx, c)
                : await fetchNpmVersion(ctx, c, version);
        bytes = fetched.bytes;
        return { fetchedAt: ctx.now(), pkg: fetched.pkg };
    }
    finally {
        const what = version === undefined ? (0,data_packages/* displayName */.QC)(c) : `${(0,data_packages/* displayName */.QC)(c)}@${version}`;
        ctx.audit.externalFetch('metadata', `${c.format}:${what}`, bytes);
    }
}
/** Forget cached external metadata (tests that change the public side mid-run). */
function clearExternalMetadata(ctx) {
    cacheOf(ctx).entries.clear();
}


/***/ }),

/***/ 53673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ closePool),
/* harmony export */   UA: () => (/* binding */ poolStats),
/* harmony export */   e9: () => (/* binding */ poolOf)
/* harmony export */ });
/* unused harmony exports MAX_SOCKETS_PER_HOST, cachedLookup */
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40610);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44708);



/*
 * How external connections reach the public side. Profiled against a real registry (a cold `npm ci` of
 * ~580 packages), a fresh connection per request spent most of the wall time idle: every request paid a
 * DNS lookup, and bursts of parallel lookups hit the resolver's 5 s retry (one in three lookups of a 40-way
 * burst), plus a TLS handshake each. So: keep-alive sockets, a bounded number per host (requests beyond it
 * queue in the agent instead of opening ever more connections), and each host name resolved once per
 * DNS_TTL_MS with concurrent lookups sharing one answer.
 */
/** Sockets per public host: about what npm itself opens (its `maxsockets` is 15) plus headroom. */
const MAX_SOCKETS_PER_HOST = 16;
const MAX_TOTAL_SOCKETS = 48;
/** Idle sockets are closed after this; public registries close them on their side after about a minute. */
const IDLE_MS = 30_000;
const DNS_TTL_MS = 60_000;
const pools = new WeakMap();
/** The context's connection pool, created on first use. */
function poolOf(ctx) {
    let pool = pools.get(ctx);
    if (!pool) {
        const lookup = cachedLookup(DNS_TTL_MS);
        const options = {
            keepAlive: true,
            maxSockets: MAX_SOCKETS_PER_HOST,
            maxTotalSockets: MAX_TOTAL_SOCKETS,
            maxFreeSockets: MAX_SOCKETS_PER_HOST,
            timeout: IDLE_MS,
            scheduling: 'lifo',
            lookup,
        };
        const stats = { requests: 0, connections: 0 };
        pool = { http: new node_http__WEBPACK_IMPORTED_MODULE_1__.Agent(options), https: new node_https__WEBPACK_IMPORTED_MODULE_2__.Agent(options), stats, used: new WeakSet() };
        pools.set(ctx, pool);
    }
    return pool;
}
/** Requests and connections so far (zeros before the first external fetch). */
function poolStats(ctx) {
    return { ...(pools.get(ctx)?.stats ?? { requests: 0, connections: 0 }) };
}
/** Close every pooled socket (the emulator is stopping): nothing outlives it. */
function closePool(ctx) {
    const pool = pools.get(ctx);
    if (!pool)
        return;
    pool.http.destroy();
    pool.https.destroy();
    pools.delete(ctx);
}
/** Every address of a host, from the system resolver. */
function systemLookup(host) {
    return new Promise((ok, fail) => (0,node_dns__WEBPACK_IMPORTED_MODULE_0__.lookup)(host, { all: true }, (err, found) => (err ? fail(err) : ok(found))));
}
/** A `lookup` for net.connect that resolves each host once per ttl and shares in-flight lookups. */
function cachedLookup(ttlMs, now = Date.now, resolveAll = systemLookup) {
    const answers = new Map();
    const resolve = (host) => {
        const hit = answers.get(host);
        if (hit && now() - hit.at < ttlMs)
            return hit.addresses;
        const addresses = resolveAll(host);
        answers.set(host, { at: now(), addresses });
        // A failed lookup is not remembered: the next connection asks again.
        addresses.catch(() => answers.delete(host));
        return addresses;
    };
    return (hostname, options, callback) => {
        resolve(hostname).then((all) => {
            const family = typeof options.family === 'number' ? options.family : 0;
            const usable = family ? all.filter((a) => a.family === family) : all;
            const first = usable[0];
            if (options.all)
                return callback(null, usable);
            if (!first) {
                const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
                return callback(err, '', 0);
            }
            callback(null, first.address, first.family);
        }, (err) => callback(err, '', 0));
    };
}


/***/ }),

/***/ 72764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ takePrefetched),
/* harmony export */   y: () => (/* binding */ prefetch)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73319);

/*
 * A tarball request that finds nothing in the chain needs the version's metadata (to know the file's URL
 * and digests) and then the file: two round trips in a row. npm registries keep tarballs at a predictable
 * URL, so the download starts at the same time as the metadata request; the asset fetch takes the
 * answer only when the metadata names exactly that URL, and still verifies the bytes against the
 * metadata's digests. A guess nobody takes is dropped after KEEP_MS.
 */
const KEEP_MS = 60_000;
const TIMEOUT_MS = 60_000;
const slots = new WeakMap();
function slotsOf(ctx) {
    let map = slots.get(ctx);
    if (!map) {
        map = new Map();
        slots.set(ctx, map);
    }
    return map;
}
/** Start downloading a URL that is about to be asked for (no-op when one is already waiting). */
function prefetch(ctx, url) {
    const map = slotsOf(ctx);
    if (map.has(url))
        return;
    const pending = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .externalGet */ .Q)(ctx, url, { timeoutMs: TIMEOUT_MS });
    pending.catch(() => undefined); // a failed guess is reported to whoever takes it, or to nobody
    map.set(url, pending);
    setTimeout(() => {
        if (map.get(url) === pending)
            map.delete(url);
    }, KEEP_MS).unref();
}
/** The download started for this URL, if any; each is handed out once. */
function takePrefetched(ctx, url) {
    const map = slotsOf(ctx);
    const pending = map.get(url);
    map.delete(url);
    return pending;
}


/***/ }),

/***/ 13834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ npmCoords),
/* harmony export */   CV: () => (/* binding */ findPackage),
/* harmony export */   DT: () => (/* binding */ revisionOf),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   Ty: () => (/* binding */ normalizePypiName),
/* harmony export */   qk: () => (/* binding */ packageForNewVersion),
/* harmony export */   uY: () => (/* binding */ retainVersion),
/* harmony export */   yj: () => (/* binding */ newVersionRecord),
/* harmony export */   zN: () => (/* binding */ isVisible)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44331);


/** The name clients use: `@scope/name` for scoped npm packages. */
function displayName(c) {
    return c.namespace ? `@${c.namespace}/${c.name}` : c.name;
}
/** npm `@scope/name` or `name` → coords. */
function npmCoords(fullName) {
    const m = /^@([^/]+)\/(.+)$/.exec(fullName);
    return m
        ? { format: 'npm', namespace: m[1], name: m[2] }
        : { format: 'npm', name: fullName };
}
/** PEP 503 normalization: runs of `-`, `_`, `.` become one `-`, lower case. */
function normalizePypiName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
function findPackage(repo, c) {
    return repo.packages[(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .packageKey */ .MO)(c.format, c.namespace, c.name)];
}
// Documented defaults: a package's first version decides its origin controls.
const PUBLISHED_FIRST = { publish: 'ALLOW', upstream: 'BLOCK' };
const INGESTED_FIRST = { publish: 'BLOCK', upstream: 'ALLOW' };
/**
 * The package's record in a repository, created on its first version with the default origin controls for
 * how that version arrived. A record without versions (a placeholder PutPackageOriginConfiguration made)
 * keeps the restrictions that were set on it.
 */
function packageForNewVersion(repo, c, arrival) {
    const key = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .packageKey */ .MO)(c.format, c.namespace, c.name);
    const existing = repo.packages[key];
    if (existing)
        return existing;
    const origin = { ...(arrival === 'published' ? PUBLISHED_FIRST : INGESTED_FIRST) };
    const record = {
        format: c.format,
        name: c.name,
        origin,
        versions: {},
        distTags: {},
        ...(c.namespace ? { namespace: c.namespace } : {}),
    };
    repo.packages[key] = record;
    return record;
}
/** A version's revision: stable for the same set of assets, as the service's opaque revision is. */
function revisionOf(assets) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const a of assets)
        hash.update(`${a.name}:${a.sha256};`);
    return hash.digest('base64').slice(0, 22);
}
function newVersionRecord(version, origin, assets, metadata, publishedTime) {
    return {
        version,
        revision: revisionOf(assets),
        status: 'Published',
        origin,
        publishedTime,
        assets,
        metadata,
    };
}
/** Versions a client may see and download. */
function isVisible(v) {
    return v.status === 'Published' || v.status === 'Unlisted';
}
/**
 * Keep a reference to a version found elsewhere in this repository too (the service copies a reference,
 * not the bytes: assets stay once per domain). A version already held gains any asset it lacked (pypi
 * versions have several files that arrive one request at a time).
 */
function retainVersion(repo, c, source) {
    const pkg = packageForNewVersion(repo, c, 'ingested');
    const held = pkg.versions[source.version];
    if (!held) {
        const copy = { ...source, assets: [...source.assets], metadata: { ...source.metadata } };
        pkg.versions[source.version] = copy;
        return copy;
    }
    for (const asset of source.assets) {
        if (!held.assets.some((a) => a.name === asset.name))
            held.assets.push(asset);
    }
    held.revision = revisionOf(held.assets);
    return held;
}


/***/ }),

/***/ 64873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ hasFault)
/* harmony export */ });
/* unused harmony export EMULATOR_FAULTS */
/**
 * Test-only faults: each one breaks a subject that `simulate` makes a claim about, so a test can show the
 * claim failing. Inert unless a caller passes them to `startEmulator({ faults })` explicitly — nothing reads
 * them from the environment, and the `emulator` command has no flag for them.
 */
const EMULATOR_FAULTS = {
    /** Package origin controls are ignored: upstream=BLOCK no longer stops the walk up the chain. */
    'origin-controls': 'upstream=BLOCK is ignored',
    /** External asset fetches are not counted (the audit counters under-report). */
    counters: 'external asset fetches are not counted',
    /** DisassociateExternalConnection answers success but leaves the connection in place. */
    pause: 'DisassociateExternalConnection leaves the connection in place',
};
/** Whether a fault was injected into this emulator. */
const hasFault = (ctx, fault) => ctx.faults?.has(fault) === true;


/***/ }),

/***/ 34705:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ startEmulator),
  C: () => (/* reexport */ trustEnv)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/emulator/audit.js
/**
 * Every data-plane request, with where it was satisfied. Tests and `simulate` read it to prove claims such
 * as "a warm build makes zero external fetches" and "each tarball is fetched once".
 */
/** How many entries the log holds by default: many full builds (~600 requests each), a few MB. */
const DEFAULT_AUDIT_CAPACITY = 10_000;
/**
 * A ring buffer of the newest `capacity` entries plus running counters, so memory stays flat however long
 * the emulator serves; a reader whose cursor fell behind is told how many entries it missed.
 */
class AuditLog {
    capacity;
    ring;
    seq = 0;
    /** The oldest sequence number still held (entries before it were overwritten or reset). */
    oldest = 1;
    requests = 0;
    byServedBy = { internal: 0, upstream: 0, external: 0, none: 0 };
    perAsset = {};
    external = { metadata: 0, assets: 0, bytes: 0 };
    constructor(capacity = DEFAULT_AUDIT_CAPACITY) {
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new Error('The audit capacity must be at least 1');
        this.ring = new Array(capacity);
    }
    /** Record a finished data-plane request. */
    record(entry) {
        const full = { seq: ++this.seq, ...entry };
        this.ring[full.seq % this.capacity] = full;
        this.oldest = Math.max(this.oldest, full.seq - this.capacity + 1);
        this.requests++;
        this.byServedBy[full.servedBy]++;
        return full;
    }
    /** Count one fetch through an external connection (called by whoever performs it). */
    externalFetch(kind, key, bytes) {
        if (kind === 'metadata')
            this.external.metadata++;
        else {
            this.external.assets++;
            this.perAsset[key] = (this.perAsset[key] ?? 0) + 1;
        }
        this.external.bytes += bytes;
    }
    /** Entries after a sequence number (0 = all still held). */
    entries(since = 0) {
        return this.page(since).entries;
    }
    /** Entries after `since`, oldest first, and how many after it the log no longer holds. */
    page(since = 0) {
        const from = Math.max(since + 1, this.oldest);
        const entries = [];
        for (let seq = from; seq <= this.seq; seq++)
            entries.push(this.ring[seq % this.capacity]);
        return {
            entries,
            dropped: Math.max(0, Math.min(this.oldest, this.seq + 1) - (since + 1)),
            lastSeq: this.seq,
        };
    }
    get lastSeq() {
        return this.seq;
    }
    counters() {
        return {
            requests: this.requests,
            byServedBy: { ...this.byServedBy },
            externalFetches: { ...this.external },
            externalFetchesPerAsset: { ...this.perAsset },
        };
    }
    /** Forget everything (sequence numbers keep increasing so `since` cursors stay valid). */
    reset() {
        this.ring.fill(undefined);
        this.oldest = this.seq + 1;
        this.requests = 0;
        this.byServedBy = { internal: 0, upstream: 0, external: 0, none: 0 };
        this.perAsset = {};
        this.external = { metadata: 0, assets: 0, bytes: 0 };
    }
}

// EXTERNAL MODULE: ./build/emulator/data/external/pool.js
var pool = __webpack_require__(53673);
// EXTERNAL MODULE: ./build/emulator/config.js
var emulator_config = __webpack_require__(95694);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./build/emulator/public/context.js
/** Fresh, zeroed counters. */
function emptyStats() {
    return { packument: 0, tarball: 0, publish: 0, simple: 0, file: 0, notFound: 0 };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/emulator/public/http.js
/**
 * Small HTTP helpers shared by the public registry's npm and PyPI routes.
 */

/** Upper bound on a request body: a publish of a few large tarballs, base64-encoded. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;
/** Sends a body with an ETag; answers 304 when the client already holds that exact body. */
function send(req, res, status, body, contentType, headers = {}) {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const etag = `"${(0,external_node_crypto_.createHash)('sha1').update(bytes).digest('hex')}"`;
    const common = { etag, 'cache-control': 'public, max-age=300', ...headers };
    if (status === 200 && req.headers['if-none-match'] === etag) {
        res.writeHead(304, common).end();
        return;
    }
    res.writeHead(status, { ...common, 'content-type': contentType, 'content-length': String(bytes.length) });
    res.end(bytes);
}
/** Sends a JSON document. */
function sendJson(req, res, status, body, type = 'application/json') {
    send(req, res, status, JSON.stringify(body), type, status === 200 ? {} : { 'cache-control': 'no-store' });
}
/** Sends a redirect. */
function redirect(res, location) {
    res.writeHead(301, { location, 'content-length': '0' }).end();
}
/** Reads the whole request body, refusing anything larger than MAX_BODY_BYTES. */
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        const buffer = chunk;
        size += buffer.length;
        if (size > MAX_BODY_BYTES)
            throw new Error(`Request body is larger than ${MAX_BODY_BYTES} bytes`);
        chunks.push(buffer);
    }
    return Buffer.concat(chunks);
}
/** True when the Accept header lists the media type (parameters and q-values ignored). */
function accepts(req, mediaType) {
    const accept = req.headers.accept ?? '';
    return accept.split(',').some((part) => part.split(';')[0]?.trim().toLowerCase() === mediaType);
}
/** Resolves after ms milliseconds (immediately for 0). */
function delay(ms) {
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
/** Escapes text for HTML element content and attribute values. */
function escapeHtml(text) {
    const entities = {
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&quot;',
        "'": '&#39;',
    };
    return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

// EXTERNAL MODULE: ./build/emulator/public/archive.js
var archive = __webpack_require__(29076);
// EXTERNAL MODULE: ./build/emulator/public/catalog.js + 1 modules
var public_catalog = __webpack_require__(19726);
// EXTERNAL MODULE: ./build/emulator/public/npm-content.js + 1 modules
var npm_content = __webpack_require__(7767);
// EXTERNAL MODULE: ./build/emulator/public/semver.js
var semver = __webpack_require__(79848);
;// CONCATENATED MODULE: ./build/emulator/public/packument.js

/** The media type npm asks for when it only needs what installing takes. */
const ABBREVIATED_TYPE = 'application/vnd.npm.install-v1+json';
/** Fields the abbreviated form keeps besides name, version, dependencies and dist, when present. */
const INSTALL_FIELDS = [
    'optionalDependencies',
    'peerDependencies',
    'bin',
    'engines',
    'os',
    'cpu',
    'deprecated',
];
/** The tarball file name npm uses: the unscoped part of the name, then the version. */
function tarballFileName(name, version) {
    return `${name.split('/').pop() ?? name}-${version}.tgz`;
}
/** The tarball URL under a registry base URL (which ends with a slash). */
function tarballUrl(registryUrl, name, version) {
    return `${registryUrl}${name}/-/${tarballFileName(name, version)}`;
}
function dist(record, registryUrl) {
    const { name, version } = record.manifest;
    return {
        tarball: tarballUrl(registryUrl, name, version),
        shasum: record.tarball.shasum,
        integrity: record.tarball.integrity,
    };
}
/** `latest` defaults to the highest release (prereleases only when nothing else exists). */
function distTags(records, tags) {
    const versions = records.map((r) => r.manifest.version).sort(semver/* compareVersions */.Zy);
    const releases = versions.filter((v) => (0,semver/* parseVersion */.ot)(v)?.prerelease === '');
    const latest = releases.at(-1) ?? versions.at(-1);
    return { ...(latest ? { latest } : {}), ...tags };
}
function modified(records) {
    return records.map((r) => r.published).reduce((a, b) => (b > a ? b : a), '');
}
/** The full packument: every manifest field, `time` per version and `dist` pointing at this registry. */
function fullPackument(name, records, registryUrl, tags = {}) {
    const sorted = [...records].sort((a, b) => (0,semver/* compareVersions */.Zy)(a.manifest.version, b.manifest.version));
    const versions = {};
    const time = { created: sorted[0]?.published ?? '', modified: modified(sorted) };
    for (const record of sorted) {
        const { version } = record.manifest;
        versions[version] = { ...record.manifest, _id: `${name}@${version}`, dist: dist(record, registryUrl) };
        time[version] = record.published;
    }
    const latest = sorted.at(-1)?.manifest;
    return {
        _id: name,
        name,
        description: latest?.description ?? '',
        'dist-tags': distTags(sorted, tags),
        versions,
        time,
        modified: time.modified ?? '',
        license: latest?.license ?? 'UNLICENSED',
    };
}
/** The abbreviated packument (`application/vnd.npm.install-v1+json`). */
function abbreviatedPackument(name, records, registryUrl, tags = {}) {
    const sorted = [...records].sort((a, b) => (0,semver/* compareVersions */.Zy)(a.manifest.version, b.manifest.version));
    const versions = {};
    for (const record of sorted) {
        const m = record.manifest;
        const extra = Object.fromEntries(INSTALL_FIELDS.filter((f) => m[f] !== undefined).map((f) => [f, m[f]]));
        versions[m.version] = {
            name: m.name,
            version: m.version,
            dependencies: m.dependencies ?? {},
            ...extra,
            dist: dist(record, registryUrl),
        };
    }
    return { name, modified: modified(sorted), 'dist-tags': distTags(sorted, tags), versions };
}

;// CONCATENATED MODULE: ./build/emulator/public/npm-store.js
/**
 * The npm side of one running public registry: the shared catalog plus whatever was published to this
 * instance at run time (by `npm publish` or by a test injecting, say, a spoofed private name).
 */





/** Raised when a version already exists: registries never let a version be overwritten. */
class NpmPublishConflict extends Error {
}
const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
/** True for names npm accepts today (lower case, optional scope). */
function isValidNpmName(name) {
    return name.length <= 214 && NAME.test(name);
}
/** Catalog plus runtime publications, rendered as packuments and tarballs on request. */
class NpmStore {
    published = new Map();
    /** Every version known for the name, catalog first; undefined when the name is unknown. */
    records(name) {
        const catalog = (0,public_catalog/* catalogRecords */.gK)(name) ?? [];
        const extra = [...(this.published.get(name)?.records.values() ?? [])];
        const all = [...catalog, ...extra];
        return all.length > 0 ? all : undefined;
    }
    /** The full packument for the name, or undefined when unknown. */
    packument(name, registryUrl) {
        const records = this.records(name);
        return records && fullPackument(name, records, registryUrl, this.published.get(name)?.distTags);
    }
    /** The abbreviated packument for the name, or undefined when unknown. */
    abbreviated(name, registryUrl) {
        const records = this.records(name);
        return records && abbreviatedPackument(name, records, registryUrl, this.published.get(name)?.distTags);
    }
    /** The tarball bytes behind `<name>/-/<file>`, or undefined. */
    tarball(name, file) {
        const record = this.records(name)?.find((r) => tarballFileName(name, r.manifest.version) === file);
        return record?.tarball.tarball;
    }
    /** Adds a version; throws NpmPublishConflict when it exists and Error when the input is invalid. */
    publish(publication) {
        const { name, version } = publication.manifest;
        if (!isValidNpmName(name))
            throw new Error(`Invalid package name: ${name}`);
        if (!(0,semver/* parseVersion */.ot)(version))
            throw new Error(`Invalid version for ${name}: ${version}`);
        if (this.records(name)?.some((r) => r.manifest.version === version)) {
            throw new NpmPublishConflict(`Cannot publish over the previously published version ${name}@${version}`);
        }
        const record = {
            manifest: publication.manifest,
            published: publication.published ?? new Date().toISOString(),
            tarball: (0,npm_content/* digestTarball */.Bq)(publication.tarball),
        };
        const entry = this.published.get(name) ?? { records: new Map(), distTags: {} };
        entry.records.set(version, record);
        Object.assign(entry.distTags, publication.distTags ?? {});
        this.published.set(name, entry);
        return record;
    }
    /** Packs and publishes a version from a few fields, the way a test injects a package. */
    publishPackage(name, version, input = {}) {
        const extra = input.packageJson ?? {};
        const dependencies = {
            ...extra.dependencies,
            ...input.dependencies,
        };
        const manifest = { main: 'index.js', ...extra, name, version, dependencies };
        return this.publish({
            manifest,
            tarball: packNpm(manifest, input.files),
            distTags: input.distTags ?? {},
        });
    }
}
/** Packs a manifest and extra files into an npm tarball (`package/…`), as `npm pack` would. */
function packNpm(manifest, files = []) {
    const main = typeof manifest.main === 'string' ? manifest.main : 'index.js';
    const given = new Set(files.map((f) => f.path));
    const defaults = given.has(main)
        ? []
        : [
            {
                path: main,
                content: Buffer.from(`module.exports = ${JSON.stringify({ name: manifest.name })};\n`),
            },
        ];
    const entries = [
        { path: 'package.json', content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
        ...defaults,
        ...files,
    ];
    return (0,archive/* tarGz */.Vo)(entries.map((f) => ({ ...f, path: `package/${f.path.replace(/^package\//, '')}` })));
}

;// CONCATENATED MODULE: ./build/emulator/public/npm-routes.js




/** Parses the part after `/npm/`; scoped names may arrive as `@scope%2fname` or `@scope/name`. */
function parseNpmPath(rawPath) {
    let decoded;
    try {
        decoded = decodeURIComponent(rawPath.split('?')[0] ?? '').replace(/\/+$/, '');
    }
    catch {
        return undefined;
    }
    if (decoded.startsWith('-/'))
        return { kind: 'special', endpoint: decoded.slice(2) };
    const segments = decoded.split('/');
    const nameLength = segments[0]?.startsWith('@') ? 2 : 1;
    const name = segments.slice(0, nameLength).join('/');
    const rest = segments.slice(nameLength);
    if (!name || (nameLength === 2 && segments.length < 2))
        return undefined;
    if (rest.length === 0)
        return { kind: 'packument', name };
    if (rest.length === 2 && rest[0] === '-' && rest[1])
        return { kind: 'tarball', name, file: rest[1] };
    if (rest.length === 1 && rest[0])
        return { kind: 'version', name, spec: rest[0] };
    return undefined;
}
const notFound = (req, res, ctx) => {
    ctx.stats.notFound++;
    sendJson(req, res, 404, { error: 'Not found' });
};
/** Handles one request under `/npm/`. */
async function handleNpm(req, res, rawPath, ctx) {
    const path = parseNpmPath(rawPath);
    const method = req.method ?? 'GET';
    if (path?.kind === 'packument' && method === 'PUT')
        return publish(req, res, path.name, ctx);
    if (method !== 'GET' && method !== 'HEAD')
        return sendJson(req, res, 405, { error: 'Method not allowed' });
    switch (path?.kind) {
        case 'packument': {
            const abbreviated = accepts(req, ABBREVIATED_TYPE);
            const doc = abbreviated
                ? ctx.npm.abbreviated(path.name, ctx.npmUrl)
                : ctx.npm.packument(path.name, ctx.npmUrl);
            if (!doc)
                return notFound(req, res, ctx);
            ctx.stats.packument++;
            return sendJson(req, res, 200, doc, abbreviated ? ABBREVIATED_TYPE : 'application/json');
        }
        case 'tarball': {
            const tarball = ctx.npm.tarball(path.name, path.file);
            if (!tarball)
                return notFound(req, res, ctx);
            ctx.stats.tarball++;
            return send(req, res, 200, tarball, 'application/octet-stream');
        }
        case 'version': {
            const doc = ctx.npm.packument(path.name, ctx.npmUrl);
            const version = doc && (doc['dist-tags'][path.spec] ?? (0,semver/* maxSatisfying */.YQ)(Object.keys(doc.versions), path.spec));
            const manifest = version === undefined ? undefined : doc?.versions[version];
            return manifest ? sendJson(req, res, 200, manifest) : notFound(req, res, ctx);
        }
        case 'special':
            if (path.endpoint === 'ping')
                return sendJson(req, res, 200, {});
            if (path.endpoint === 'whoami')
                return sendJson(req, res, 200, { username: 'anonymous' });
            return notFound(req, res, ctx);
        default:
            return notFound(req, res, ctx);
    }
}
async function publish(req, res, name, ctx) {
    let body;
    try {
        body = JSON.parse((await readBody(req)).toString('utf8'));
    }
    catch (error) {
        return sendJson(req, res, 400, { error: `Invalid publish body: ${error.message}` });
    }
    const versions = Object.entries(body.versions ?? {});
    if (body.name !== name || versions.length === 0) {
        return sendJson(req, res, 400, {
            error: `Publish body must name ${name} and carry at least one version`,
        });
    }
    try {
        for (const [version, manifest] of versions) {
            const attachments = body._attachments ?? {};
            const data = attachments[tarballFileName(name, version)]?.data ?? Object.values(attachments)[0]?.data;
            if (!data)
                return sendJson(req, res, 400, { error: `No tarball attached for ${name}@${version}` });
            // The registry computes its own dist and _id; whatever the client sent is dropped.
            const rest = { ...manifest };
            delete rest.dist;
            delete rest._id;
            const distTags = Object.fromEntries(Object.entries(body['dist-tags'] ?? {}).filter(([, v]) => v === version));
            ctx.npm.publish({
                manifest: { ...rest, name, version },
                tarball: Buffer.from(data, 'base64'),
                distTags,
            });
        }
    }
    catch (error) {
        const status = error instanceof NpmPublishConflict ? 403 : 400;
        return sendJson(req, res, status, { error: error.message });
    }
    ctx.stats.publish++;
    sendJson(req, res, 201, { ok: 'created new package', success: true });
}

// EXTERNAL MODULE: ./build/emulator/public/prng.js
var prng = __webpack_require__(44317);
// EXTERNAL MODULE: ./build/emulator/public/words.js
var words = __webpack_require__(49439);
;// CONCATENATED MODULE: ./build/emulator/public/wheel.js
/**
 * Builds pure-Python wheels and sdists for the embedded PyPI, byte-for-byte reproducibly.
 */




/** PEP 503 normalization: runs of `-`, `_`, `.` become one `-`, lower case. */
function normalizePypiName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The name as wheel/sdist file names and import paths spell it (`zephyr_log`). */
function distributionName(name) {
    return normalizePypiName(name).replace(/-/g, '_');
}
/** `<dist>-<version>-py3-none-any.whl`. */
function wheelFileName(release) {
    return `${distributionName(release.name)}-${release.version}-py3-none-any.whl`;
}
/** `<dist>-<version>.tar.gz` (PEP 625). */
function sdistFileName(release) {
    return `${distributionName(release.name)}-${release.version}.tar.gz`;
}
/** Core metadata 2.1, shared by the wheel's METADATA and the sdist's PKG-INFO. */
function coreMetadata(release) {
    const extras = [
        ...new Set(release.requiresDist.flatMap((r) => /extra\s*==\s*["']([^"']+)["']/.exec(r)?.[1] ?? [])),
    ];
    return [
        'Metadata-Version: 2.1',
        `Name: ${release.name}`,
        `Version: ${release.version}`,
        `Summary: ${release.summary}`,
        'License: MIT',
        `Requires-Python: ${release.requiresPython}`,
        ...extras.map((e) => `Provides-Extra: ${e}`),
        ...release.requiresDist.map((r) => `Requires-Dist: ${r}`),
        '',
        `${release.summary}`,
        '',
    ].join('\n');
}
/** A small, importable module whose contents vary with the release. */
function moduleSource(release) {
    const rng = (0,prng/* createRng */.S)(`pypi:${release.name}@${release.version}`);
    const functions = Array.from({ length: rng.int(3, 8) }, (_, i) => {
        const fn = `${rng.pick(words/* VERBS */.hU)}_${rng.pick(words/* NOUNS */.M_)}_${i}`;
        return `def ${fn}(value, *, limit=${rng.int(1, 512)}):\n    """${(0,words/* sentence */.em)(rng, rng.int(6, 14))}"""\n    items = list(value)[:limit]\n    return [str(item).strip() for item in items]\n`;
    });
    return `"""${release.summary}"""\n\n__version__ = "${release.version}"\n\n\n${functions.join('\n\n')}`;
}
const urlsafeSha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('base64url');
/** A valid pure-Python wheel: module, METADATA, WHEEL and a RECORD with sha256 entries. */
function buildWheel(release) {
    const dist = distributionName(release.name);
    const info = `${dist}-${release.version}.dist-info`;
    const files = [
        { path: `${dist}/__init__.py`, content: Buffer.from(moduleSource(release)) },
        { path: `${info}/METADATA`, content: Buffer.from(coreMetadata(release)) },
        {
            path: `${info}/WHEEL`,
            content: Buffer.from('Wheel-Version: 1.0\nGenerator: codeartifact-cache-emulator\nRoot-Is-Purelib: true\nTag: py3-none-any\n'),
        },
        { path: `${info}/top_level.txt`, content: Buffer.from(`${dist}\n`) },
    ];
    const record = files.map((f) => `${f.path},sha256=${urlsafeSha256(f.content)},${f.content.length}`);
    record.push(`${info}/RECORD,,`, '');
    return (0,archive/* zip */.yU)([...files, { path: `${info}/RECORD`, content: Buffer.from(record.join('\n')) }]);
}
/** A minimal sdist (PKG-INFO, pyproject.toml, sources) — listed for realism; pip prefers the wheel. */
function buildSdist(release) {
    const dist = distributionName(release.name);
    const root = `${dist}-${release.version}`;
    const deps = release.requiresDist.map((r) => `  ${JSON.stringify(r)},`).join('\n');
    const pyproject = [
        '[build-system]',
        'requires = ["setuptools>=61"]',
        'build-backend = "setuptools.build_meta"',
        '',
        '[project]',
        `name = "${release.name}"`,
        `version = "${release.version}"`,
        `description = "${release.summary}"`,
        `requires-python = "${release.requiresPython}"`,
        `dependencies = [\n${deps}\n]`,
        '',
    ].join('\n');
    return (0,archive/* tarGz */.Vo)([
        { path: `${root}/PKG-INFO`, content: Buffer.from(coreMetadata(release)) },
        { path: `${root}/pyproject.toml`, content: Buffer.from(pyproject) },
        { path: `${root}/src/${dist}/__init__.py`, content: Buffer.from(moduleSource(release)) },
    ]);
}

;// CONCATENATED MODULE: ./build/emulator/public/pypi-catalog.js
/**
 * The embedded PyPI: a dozen small pure-Python projects (wheels, most with an sdist too) plus whatever
 * a test publishes at run time. Files are built on the first request for a project, then memoized.
 */


/** Names are made up; a few are deliberately non-normalized to exercise PEP 503 redirects. */
const PROJECTS = [
    ['tidy-config', ['1.0.0', '1.2.0'], []],
    ['quill-parse', ['0.9.1', '1.0.0'], ['tidy-config>=1.0']],
    ['Zephyr.Log', ['2.0.0', '2.1.3'], []],
    ['amber_cache', ['0.4.0'], []],
    ['fern-http', ['3.1.0', '3.2.0'], ['quill-parse>=1.0', 'zephyr-log>=2.0,<3']],
    ['cobalt-cli', ['1.4.0'], ['fern-http>=3.1', 'tidy-config', 'raven-retry>=0.7; python_version < "3.0"']],
    ['opal-schema', ['0.2.0', '0.3.0', '0.3.1'], []],
    ['harbor-tasks', ['2.2.0'], ['amber-cache>=0.4', 'opal-schema~=0.3']],
    ['pebble-units', ['1.0.0'], [], '>=3.8', false],
    ['raven-retry', ['0.7.0'], []],
    ['slate-orm', ['1.1.0'], ['opal-schema>=0.3', 'raven-retry>=0.7', 'harbor-tasks>=2.2; extra == "tasks"']],
    ['willow-test', ['5.0.0'], ['pebble-units>=1.0'], '>=3.9'],
];
/** Every catalog release, one per project version. */
function pypiCatalog() {
    return PROJECTS.flatMap(([name, versions, requiresDist, requiresPython = '>=3.8', sdist = true]) => versions.map((version) => ({
        name,
        version,
        summary: `${name} ${version}: a small synthetic package for the local registry.`,
        requiresDist,
        requiresPython,
        sdist,
    })));
}
/** Builds a release's files from scratch: its wheel, then its sdist when it has one. */
function buildPypiFiles(release) {
    const project = normalizePypiName(release.name);
    const built = [[wheelFileName(release), buildWheel(release)]];
    if (release.sdist)
        built.push([sdistFileName(release), buildSdist(release)]);
    return built.map(([filename, content]) => ({
        project,
        filename,
        content,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex'),
        requiresPython: release.requiresPython,
    }));
}
/** Catalog and runtime releases, by normalized project name, with files built on first use. */
class PypiStore {
    releases = new Map();
    displayNames = new Map();
    files = new Map();
    constructor(catalog = pypiCatalog()) {
        for (const release of catalog)
            this.add(release);
    }
    /** Display names of every project, sorted by normalized name. */
    projects() {
        return [...this.displayNames.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([, display]) => display);
    }
    /** The files of a project (by normalized name), or undefined when unknown. */
    projectFiles(project) {
        const releases = this.releases.get(project);
        if (!releases)
            return undefined;
        let files = this.files.get(project);
        if (!files) {
            files = releases.flatMap(buildPypiFiles);
            this.files.set(project, files);
        }
        return files;
    }
    /** One file by project and file name. */
    file(project, filename) {
        return this.projectFiles(project)?.find((f) => f.filename === filename);
    }
    /** Publishes a wheel-only release at run time. */
    publish(name, version, input = {}) {
        this.add({
            name,
            version,
            summary: input.summary ?? `${name} ${version}`,
            requiresDist: input.requiresDist ?? [],
            requiresPython: input.requiresPython ?? '>=3.8',
            sdist: false,
        });
    }
    /** Adds a release (a new project or a new version); refuses to overwrite an existing version. */
    add(release) {
        const project = normalizePypiName(release.name);
        const releases = this.releases.get(project) ?? [];
        if (releases.some((r) => r.version === release.version)) {
            throw new Error(`${release.name} ${release.version} already exists`);
        }
        releases.push(release);
        this.releases.set(project, releases);
        if (!this.displayNames.has(project))
            this.displayNames.set(project, release.name);
        this.files.delete(project);
    }
}

;// CONCATENATED MODULE: ./build/emulator/public/pypi-routes.js


/** PEP 691's JSON media type for the simple API. */
const SIMPLE_JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const SIMPLE_HTML_TYPE = 'application/vnd.pypi.simple.v1+html';
function fileUrl(ctx, file) {
    return `${ctx.pypiUrl}files/${file.project}/${encodeURIComponent(file.filename)}`;
}
function html(title, body) {
    const head = `<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="pypi:repository-version" content="1.0">\n    <title>${escapeHtml(title)}</title>\n  </head>\n  <body>\n`;
    return `${head}${body.map((line) => `    ${line}<br>\n`).join('')}  </body>\n</html>\n`;
}
function projectList(req, res, ctx) {
    const names = ctx.pypi.projects();
    if (accepts(req, SIMPLE_JSON_TYPE)) {
        return sendJson(req, res, 200, { meta: { 'api-version': '1.1' }, projects: names.map((name) => ({ name })) }, SIMPLE_JSON_TYPE);
    }
    const links = names.map((n) => `<a href="${escapeHtml(normalizePypiName(n))}/">${escapeHtml(n)}</a>`);
    send(req, res, 200, html('Simple index', links), accepts(req, SIMPLE_HTML_TYPE) ? SIMPLE_HTML_TYPE : 'text/html; charset=utf-8');
}
function projectPage(req, res, project, files, ctx) {
    if (accepts(req, SIMPLE_JSON_TYPE)) {
        const body = {
            // PEP 700 (api-version 1.1), as the public index serves it: versions, and each file's size.
            meta: { 'api-version': '1.1' },
            name: project,
            versions: [...new Set(files.map((f) => versionOfFile(f.filename)))],
            files: files.map((f) => ({
                filename: f.filename,
                url: fileUrl(ctx, f),
                hashes: { sha256: f.sha256 },
                'requires-python': f.requiresPython,
                size: f.content.length,
            })),
        };
        return sendJson(req, res, 200, body, SIMPLE_JSON_TYPE);
    }
    const links = files.map((f) => `<a href="${escapeHtml(fileUrl(ctx, f))}#sha256=${f.sha256}" data-requires-python="${escapeHtml(f.requiresPython)}">${escapeHtml(f.filename)}</a>`);
    send(req, res, 200, html(`Links for ${project}`, links), accepts(req, SIMPLE_HTML_TYPE) ? SIMPLE_HTML_TYPE : 'text/html; charset=utf-8');
}
/** Handles one request under `/pypi/` (path relative to it, without the query). */
function handlePypi(req, res, rawPath, ctx) {
    const path = rawPath.split('?')[0] ?? '';
    const missing = () => {
        ctx.stats.notFound++;
        send(req, res, 404, 'Not Found\n', 'text/plain; charset=utf-8', { 'cache-control': 'no-store' });
    };
    if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendJson(req, res, 405, { error: 'Method not allowed' });
    if (path === 'simple' || path === 'simple/') {
        ctx.stats.simple++;
        return projectList(req, res, ctx);
    }
    const page = /^simple\/([^/]+)(\/?)$/.exec(path);
    if (page) {
        const name = decodeURIComponent(page[1] ?? '');
        const project = normalizePypiName(name);
        // Like PyPI: non-normalized names and a missing slash redirect to the canonical URL.
        if (name !== project || page[2] !== '/')
            return redirect(res, `${ctx.pypiUrl}simple/${project}/`);
        const files = ctx.pypi.projectFiles(project);
        if (!files)
            return missing();
        ctx.stats.simple++;
        return projectPage(req, res, project, files, ctx);
    }
    const download = /^files\/([^/]+)\/([^/]+)$/.exec(path);
    const file = download && ctx.pypi.file(download[1] ?? '', decodeURIComponent(download[2] ?? ''));
    if (!file)
        return missing();
    ctx.stats.file++;
    send(req, res, 200, file.content, file.filename.endsWith('.whl') ? 'application/zip' : 'application/gzip');
}
/** `name-1.2.3-py3-none-any.whl` / `name-1.2.3.tar.gz` → `1.2.3` (the catalog's own file names). */
function versionOfFile(filename) {
    return filename.replace(/\.tar\.gz$|\.whl$/, '').split('-')[1] ?? '';
}

;// CONCATENATED MODULE: ./build/emulator/public/server.js
/**
 * The embedded "public registry": a local, deterministic stand-in for the npm registry and PyPI that
 * real `npm` and `pip` install from, and that the emulator's external connections proxy to.
 */








async function route(req, res, ctx) {
    const path = (req.url ?? '/').replace(/^\/+/, '');
    if (path.startsWith('npm/'))
        return handleNpm(req, res, path.slice('npm/'.length), ctx);
    if (path.startsWith('pypi/'))
        return handlePypi(req, res, path.slice('pypi/'.length), ctx);
    ctx.stats.notFound++;
    sendJson(req, res, 404, { error: 'Not found' });
}
/** Adds the latency, then routes; failures become a 500 rather than a hung socket. */
function listener(latencyMs, live) {
    return (req, res) => {
        void (async () => {
            await delay(latencyMs);
            if (!live.ctx)
                throw new Error('The public registry is not listening yet');
            await route(req, res, live.ctx);
        })().catch((error) => {
            // A malformed escape is the client's mistake (400); nothing else about the failure is sent.
            if (res.headersSent)
                res.destroy();
            else if (error instanceof URIError)
                sendJson(req, res, 400, { error: 'Malformed percent escape' });
            else
                sendJson(req, res, 500, { error: error.message });
        });
    };
}
async function listen(server, port, host) {
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
    });
    return server.address().port;
}
/** Starts the public registry on loopback and resolves once it listens. */
async function startPublicRegistry(opts = {}) {
    const host = opts.host ?? '127.0.0.1';
    const state = { stats: emptyStats(), npm: new NpmStore(), pypi: new PypiStore() };
    // Filled in once the port is known; requests cannot arrive before listen() has called back.
    const live = {};
    const server = (0,external_node_http_.createServer)(listener(opts.latencyMs ?? 0, live));
    const base = `http://${host}:${await listen(server, opts.port ?? 0, host)}`;
    const ctx = { npmUrl: `${base}/npm/`, pypiUrl: `${base}/pypi/`, ...state };
    live.ctx = ctx;
    return {
        npmUrl: ctx.npmUrl,
        pypiUrl: ctx.pypiUrl,
        stats: () => ({ ...state.stats }),
        resetStats: () => Object.assign(state.stats, emptyStats()),
        publishNpm: (name, version, input) => {
            const record = state.npm.publishPackage(name, version, input);
            return { integrity: record.tarball.integrity, tarball: tarballUrl(ctx.npmUrl, name, version) };
        },
        publishPypi: (name, version, input) => state.pypi.publish(name, version, input),
        close: () => new Promise((resolve, reject) => {
            server.close((error) => (error ? reject(error) : resolve()));
            server.closeAllConnections();
        }),
    };
}

// EXTERNAL MODULE: ./build/emulator/control/ops/external-connections.js
var external_connections = __webpack_require__(57532);
;// CONCATENATED MODULE: ./build/emulator/body.js
/** Control-plane JSON bodies: the largest the model allows (a 7 KB policy, 200 tags) fits many times. */
const CONTROL_PLANE_MAX_BODY = 1024 * 1024;
/** Data-plane uploads (an npm publish document with its base64 tarball, a twine upload). */
const DATA_PLANE_MAX_BODY = 200 * 1024 * 1024;
/** A body over its limit; handlers turn it into their plane's 413. */
class BodyTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`The request body is larger than ${limit} bytes`);
        this.limit = limit;
    }
}
/** Throws BodyTooLarge when the request declares a body over `limit` (nothing has been read yet). */
function checkDeclaredLength(req, limit) {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (!Number.isFinite(declared) || declared > limit)
        throw new BodyTooLarge(limit);
}
/** The whole body, refusing more than `limit` bytes before holding them. */
async function readBoundedBody(req, limit) {
    checkDeclaredLength(req, limit);
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > limit)
            throw new BodyTooLarge(limit);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** After answering a refused body: stop reading it and close once the answer has gone out. */
function closeAfterAnswer(req, res) {
    res.shouldKeepAlive = false; // `Connection: close`, and Node ends the socket after the answer
    const socket = req.socket; // null once the answer is detached
    res.once('finish', () => socket?.destroySoon());
}

;// CONCATENATED MODULE: ./build/emulator/data/auth.js
/**
 * The token a client presented, in either form the service accepts on every format: `Bearer <token>`
 * (what npm sends for `_authToken`) or HTTP Basic with the user name `aws` (what pip and twine send).
 */
function presentedToken(headers) {
    const header = headers.authorization;
    if (!header)
        return undefined;
    const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
    if (/^bearer$/i.test(scheme))
        return value || undefined;
    if (!/^basic$/i.test(scheme))
        return undefined;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0 || decoded.slice(0, colon) !== 'aws')
        return undefined;
    return decoded.slice(colon + 1) || undefined;
}
/** Why a request may not read or write the domain, or undefined when its token is good for it. */
function authProblem(ctx, headers, domain) {
    const token = presentedToken(headers);
    if (!token)
        return 'Authentication required: send a CodeArtifact authorization token';
    const record = ctx.store.token(token, ctx.now());
    if (!record)
        return 'The authorization token is unknown or has expired';
    if (record.domain !== domain.name || record.owner !== domain.owner) {
        return `The authorization token is not valid for domain ${domain.name} (owner ${domain.owner})`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/emulator/context.js
/**
 * The data-plane URL GetRepositoryEndpoint returns: the VPC-endpoint form, so one port serves every domain.
 * Like the service's it never spells out a default port (`https://host/…`, not `https://host:443/…`).
 */
function repositoryEndpoint(ctx, format, domain, owner, repository) {
    return new URL(servedEndpoint(ctx, format, domain, owner, repository)).href;
}
/**
 * The same URL as the data plane writes it into npm tarball links: always with its port, as the service
 * writes `:443` — the mismatch with a port-less registry setting that broke pnpm's auth matching (pnpm
 * 7.14 until a 2023 fix). Only visible when the emulator listens on 443.
 */
function servedEndpoint(ctx, format, domain, owner, repository) {
    return `${ctx.baseUrl}/${format}/d/${domain}-${owner}/${encodeURIComponent(repository)}/`;
}

;// CONCATENATED MODULE: ./build/emulator/data/exchange.js



/** A refusal with the HTTP status it maps to; thrown by logic shared with seeding so both report alike. */
class DataPlaneError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
function exchangeFor(ctx, reply, target, domain, repo) {
    const endpoint = servedEndpoint(ctx, target.format, domain.name, domain.owner, repo.name);
    return { ...reply, ctx, target, domain, repo, endpoint };
}
/** Record the request in the audit log once the response has gone out (or the client went away). */
function auditOnFinish(ctx, reply, target) {
    const started = Date.now();
    reply.res.once('close', () => {
        const n = reply.note;
        const status = reply.res.statusCode;
        ctx.audit.record({
            time: started,
            method: reply.req.method ?? 'GET',
            path: target.url.pathname,
            format: target.format,
            domain: target.domainName,
            repository: target.repositoryName,
            kind: n.kind ?? 'other',
            ...pick(n),
            status,
            servedBy: n.servedBy ?? (status < 400 ? 'internal' : 'none'),
            bytes: n.bytes ?? 0,
            durationMs: Date.now() - started,
        });
    });
}
function pick(n) {
    const out = {};
    if (n.package !== undefined)
        out.package = n.package;
    if (n.version !== undefined)
        out.version = n.version;
    if (n.asset !== undefined)
        out.asset = n.asset;
    if (n.servedFrom !== undefined)
        out.servedFrom = n.servedFrom;
    return out;
}
/** Send a body; answers 304 when the client already holds this exact body (npm and pip revalidate). */
function exchange_send(x, status, body, headers = {}) {
    const data = typeof body === 'string' ? Buffer.from(body) : body;
    const etag = `"${(0,external_node_crypto_.createHash)('sha1').update(data).digest('base64url')}"`;
    if (status === 200 && x.req.headers['if-none-match'] === etag) {
        x.res.writeHead(304, { etag });
        x.res.end();
        return;
    }
    x.res.writeHead(status, { 'content-length': data.length, ...(status === 200 ? { etag } : {}), ...headers });
    x.note.bytes = x.req.method === 'HEAD' ? 0 : data.length;
    x.res.end(x.req.method === 'HEAD' ? undefined : data);
}
function exchange_sendJson(x, status, body, type) {
    exchange_send(x, status, JSON.stringify(body), { 'content-type': type ?? 'application/json' });
}
/** Errors in the shape npm prints (`error`) plus the `message` other clients and people look for. */
function sendError(x, status, message, headers = {}) {
    exchange_send(x, status, JSON.stringify({ error: message, message }), {
        'content-type': 'application/json',
        ...headers,
    });
}
/** Read a request body, refusing more than `limit` bytes so a runaway client cannot exhaust memory. */
async function exchange_readBody(req, limit) {
    try {
        return await readBoundedBody(req, limit);
    }
    catch (err) {
        if (err instanceof BodyTooLarge)
            throw new DataPlaneError(413, err.message);
        throw err;
    }
}
/** A miss: 404 as clients expect it, or 502 when it may only be because the public side could not be reached. */
function sendMiss(x, lookup, message) {
    if (lookup && lookup.unavailable.length > 0) {
        return sendError(x, 502, `${message}, and ${lookup.unavailable.join(', ')} could not be reached`);
    }
    sendError(x, 404, message);
}

// EXTERNAL MODULE: ./build/emulator/data/external/http.js
var http = __webpack_require__(73319);
// EXTERNAL MODULE: ./build/emulator/faults.js
var faults = __webpack_require__(64873);
// EXTERNAL MODULE: ./build/emulator/types.js
var types = __webpack_require__(44331);
// EXTERNAL MODULE: ./build/emulator/data/external/prefetch.js
var prefetch = __webpack_require__(72764);
// EXTERNAL MODULE: ./build/emulator/data/packages.js
var data_packages = __webpack_require__(13834);
;// CONCATENATED MODULE: ./build/emulator/data/acquire.js






const ASSET_TIMEOUT_MS = 60_000;
/**
 * Serve one file of a version to the requested repository. Retention happens here, when a version's asset
 * is fetched: a version found in an upstream repository is kept (by reference) in the requested repository
 * only — not in intermediate ones — and one fetched through an external connection is kept in the
 * requested repository and in the repository holding the connection. Bytes are stored once per domain.
 */
async function acquireAsset(ctx, domain, requested, coords, candidate, filename) {
    if (candidate.kind === 'held') {
        // An npm version has exactly one asset (package.tgz; state written before that rename used other names).
        const assets = candidate.record.assets;
        const asset = coords.format === 'npm' ? assets[0] : assets.find((a) => a.name === filename);
        const bytes = asset && ctx.store.blobs.get((0,types/* domainKey */.mI)(domain.owner, domain.name), asset.sha256);
        if (!asset || !bytes || !(0,data_packages/* isVisible */.zN)(candidate.record))
            return undefined;
        if (candidate.repo === requested) {
            return { record: candidate.record, asset, bytes, servedBy: 'internal', servedFrom: requested.name };
        }
        const record = (0,data_packages/* retainVersion */.uY)(requested, coords, candidate.record);
        ctx.store.changed();
        return { record, asset, bytes, servedBy: 'upstream', servedFrom: candidate.repo.name };
    }
    const file = candidate.external.files.find((f) => f.filename === filename);
    if (!file)
        return undefined;
    const bytes = await fetchExternalAsset(ctx, domain, coords, file);
    // npm versions have one asset, always named package.tgz, whatever the public tarball was called.
    const assetName = coords.format === 'npm' ? 'package.tgz' : filename;
    const asset = ctx.store.blobs.put((0,types/* domainKey */.mI)(domain.owner, domain.name), assetName, bytes);
    const ingested = (0,data_packages/* newVersionRecord */.yj)(candidate.version, { originType: 'EXTERNAL', domainEntryPoint: { externalConnectionName: candidate.connection } }, [asset], externalMetadata(coords, candidate.external, file), candidate.external.publishedTime ?? Math.floor(ctx.now() / 1000));
    (0,data_packages/* retainVersion */.uY)(candidate.holder, coords, ingested);
    const record = (0,data_packages/* retainVersion */.uY)(requested, coords, ingested);
    ctx.store.changed();
    return { record, asset, bytes, servedBy: 'external', servedFrom: candidate.connection };
}
function externalMetadata(c, version, file) {
    if (c.format === 'npm')
        return { ...(version.manifest ?? {}) };
    // The public index states requires-python per file; the files of one version agree in practice.
    return file.requiresPython ? { requires_python: file.requiresPython } : {};
}
const inFlight = new WeakMap();
/** Fetch a public file once even when several clients ask for it at the same moment; verify its digests. */
function fetchExternalAsset(ctx, domain, c, file) {
    const pending = inFlight.get(ctx) ?? new Map();
    inFlight.set(ctx, pending);
    const key = `${domain.owner}/${domain.name} ${file.url}`;
    let fetch = pending.get(key);
    if (!fetch) {
        fetch = download(ctx, c, file).finally(() => pending.delete(key));
        pending.set(key, fetch);
    }
    return fetch;
}
async function download(ctx, c, file) {
    let bytes = 0;
    try {
        const res = await ((0,prefetch/* takePrefetched */.M)(ctx, file.url) ??
            (0,http/* externalGet */.Q)(ctx, file.url, { timeoutMs: ASSET_TIMEOUT_MS }));
        if (res.status !== 200)
            throw new http/* UpstreamUnavailable */.Y(`${file.url} answered ${res.status}`);
        bytes = res.body.length;
        const mismatch = digestMismatch(file, res.body);
        if (mismatch)
            throw new http/* UpstreamUnavailable */.Y(`${file.filename} from ${file.url}: ${mismatch}`);
        return res.body;
    }
    finally {
        if (!(0,faults/* hasFault */.n)(ctx, 'counters'))
            ctx.audit.externalFetch('asset', `${c.format}:${(0,data_packages/* displayName */.QC)(c)}/${file.filename}`, bytes);
    }
}
/** Refuse bytes that do not match what the public metadata promised (never store a corrupted asset). */
function digestMismatch(file, data) {
    const hex = (algorithm) => (0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex');
    if (file.sha256 && hex('sha256') !== file.sha256.toLowerCase())
        return 'sha256 does not match the index';
    if (file.integrity) {
        const sha512 = `sha512-${(0,external_node_crypto_.createHash)('sha512').update(data).digest('base64')}`;
        const declared = file.integrity.split(/\s+/).filter((i) => i.startsWith('sha512-'));
        if (declared.length > 0 && !declared.includes(sha512))
            return 'integrity does not match the packument';
    }
    else if (file.sha1 && hex('sha1') !== file.sha1.toLowerCase()) {
        return 'shasum does not match the packument';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/emulator/package-groups.js

const RESTRICTION_TYPES = ['EXTERNAL_UPSTREAM', 'INTERNAL_UPSTREAM', 'PUBLISH'];
// Formats without namespaces: a group for them must leave the namespace component empty.
const NO_NAMESPACE = new Set(['pypi', 'nuget']);
/** Parse a pattern per the service's package group definition syntax; throws an Error naming what is wrong. */
function parsePackageGroupPattern(pattern) {
    const bad = (why) => new Error(`Invalid package group pattern '${pattern}': ${why}`);
    if (pattern === '/*')
        return { kind: 'all' };
    if (!pattern.startsWith('/'))
        throw bad('it must start with /');
    const suffix = pattern.slice(-1);
    if (!['*', '~', '$'].includes(suffix))
        throw bad('it must end with *, ~ or $');
    const parts = pattern.slice(1, suffix === '*' ? -2 : -1).split('/');
    if (suffix === '*' && !pattern.endsWith('/*'))
        throw bad('* must follow a /');
    const [format, namespace, name, ...extra] = parts;
    if (extra.length > 0 || !format)
        throw bad('too many or too few components');
    if (!types/* FORMATS */.hR.includes(format))
        throw bad(`unknown format '${format}'`);
    const parsed = { format: format, kind: 'all' };
    if (namespace !== undefined && namespace !== '') {
        if (NO_NAMESPACE.has(format))
            throw bad(`${format} packages have no namespace`);
        parsed.namespace = namespace;
    }
    if (name !== undefined && name !== '')
        parsed.name = name;
    if (namespace === '' && name === undefined)
        throw bad('an empty namespace must be followed by a name');
    if (suffix === '~') {
        parsed.kind = 'prefix';
        parsed.prefixOf = name !== undefined ? 'name' : 'namespace';
    }
    else if (suffix === '$') {
        if (name === undefined)
            throw bad('$ needs a package name');
        parsed.kind = 'exact';
    }
    return parsed;
}
/** A new group with every restriction INHERIT (the root group `/*` gets ALLOW: it has nothing to inherit from). */
function newPackageGroup(pattern, nowSeconds, opts = {}) {
    parsePackageGroupPattern(pattern);
    const mode = pattern === '/*' ? 'ALLOW' : 'INHERIT';
    const restrictions = Object.fromEntries(RESTRICTION_TYPES.map((t) => [t, { mode, allowedRepositories: [] }]));
    return { pattern, createdTime: nowSeconds, restrictions, ...opts };
}
/** Does a package fall under a pattern? */
function matches(p, format, namespace, name) {
    if (p.format === undefined)
        return true;
    if (p.format !== format)
        return false;
    const ns = namespace ?? '';
    if (p.name === undefined) {
        if (p.namespace === undefined)
            return true;
        return p.kind === 'prefix' ? ns.startsWith(p.namespace) : ns === p.namespace;
    }
    if ((p.namespace ?? '') !== ns)
        return false;
    return p.kind === 'prefix' ? name.startsWith(p.name) : name === p.name;
}
// More specific patterns win: exact beats prefix beats all, longer beats shorter.
function specificity(p, pattern) {
    const depth = (p.format ? 1 : 0) + (p.namespace !== undefined ? 1 : 0) + (p.name !== undefined ? 1 : 0);
    const kind = p.kind === 'exact' ? 2 : p.kind === 'prefix' ? 1 : 0;
    return depth * 10_000 + kind * 1_000 + pattern.length;
}
/** The most specific group a package belongs to; STRONG when the pattern names the package exactly. */
function associatedGroup(domain, format, namespace, name) {
    let best;
    for (const group of Object.values(domain.packageGroups)) {
        const parsed = parsePackageGroupPattern(group.pattern);
        if (!matches(parsed, format, namespace, name))
            continue;
        const score = specificity(parsed, group.pattern);
        if (!best || score > best.score)
            best = { group, score, parsed };
    }
    if (!best)
        throw new Error(`Domain ${domain.name} has no root package group`);
    return { group: best.group, associationType: best.parsed.kind === 'exact' ? 'STRONG' : 'WEAK' };
}
/** The closest group whose pattern covers everything `pattern` covers, i.e. its parent in the hierarchy. */
function parentGroup(domain, pattern) {
    if (pattern === '/*')
        return undefined;
    const child = parsePackageGroupPattern(pattern);
    let best;
    for (const group of Object.values(domain.packageGroups)) {
        if (group.pattern === pattern)
            continue;
        const parsed = parsePackageGroupPattern(group.pattern);
        if (!covers(parsed, child))
            continue;
        const score = specificity(parsed, group.pattern);
        if (!best || score > best.score)
            best = { group, score };
    }
    return best?.group;
}
function covers(parent, child) {
    if (parent.kind === 'exact')
        return false;
    if (parent.format === undefined)
        return true;
    if (parent.format !== child.format)
        return false;
    if (parent.name !== undefined) {
        const sameNamespace = (child.namespace ?? '') === (parent.namespace ?? '');
        return sameNamespace && child.name !== undefined && child.name.startsWith(parent.name);
    }
    if (parent.namespace === undefined)
        return true;
    if (child.namespace === undefined)
        return false;
    if (parent.kind === 'prefix')
        return child.namespace.startsWith(parent.namespace);
    // `/npm/acme/*` covers `/npm/acme/ui~` and `/npm/acme/ui$`, but not `/npm/acme~` (that reaches acme2).
    return child.namespace === parent.namespace && child.prefixOf !== 'namespace';
}
/** A group's effective restriction: INHERIT walks up to the first ancestor that says something else. */
function effectiveRestriction(domain, group, type) {
    let current = group;
    while (current) {
        const restriction = current.restrictions[type];
        if (restriction.mode !== 'INHERIT') {
            const result = { mode: restriction.mode, allowedRepositories: restriction.allowedRepositories };
            return current === group ? result : { ...result, inheritedFrom: current };
        }
        current = parentGroup(domain, current.pattern);
    }
    return { mode: 'ALLOW', allowedRepositories: [] };
}
/** Whether a group setting lets a package version enter `repository` by the given route. */
function package_groups_groupAllows(domain, coords, type, repository) {
    const { group } = associatedGroup(domain, coords.format, coords.namespace, coords.name);
    const { mode, allowedRepositories } = effectiveRestriction(domain, group, type);
    if (mode === 'ALLOW_SPECIFIC_REPOSITORIES')
        return allowedRepositories.includes(repository);
    return mode === 'ALLOW';
}

// EXTERNAL MODULE: ./build/emulator/data/external/metadata.js + 3 modules
var metadata = __webpack_require__(67316);
;// CONCATENATED MODULE: ./build/emulator/data/listing.js

/**
 * Whether a source appears in version lists (packuments, simple pages). Unlisted versions stay
 * downloadable; Archived, Disposed and Unfinished ones are neither listed nor downloadable (User Guide,
 * "Package version status").
 */
function isListed(c) {
    return c.kind === 'external' || c.record.status === 'Published';
}
/** Versions clients see in listings, in no particular order. */
function listedVersions(view) {
    return [...view.versions.entries()]
        .filter(([, sources]) => isListed(sources[0]))
        .map(([v]) => v);
}
function addTags(view, tags, depth) {
    for (const [tag, version] of Object.entries(tags))
        view.tagSources.push({ tag, version, depth });
}
/**
 * The merged dist-tags. When a tag exists both downstream and upstream, the upstream's value wins (User
 * Guide, "npm tags and upstream repositories"); among equally deep sources the first in search order wins.
 * Only tags naming a listed version survive, and `latest` falls back to the highest listed release.
 */
function mergedTags(view) {
    const listed = new Set(listedVersions(view));
    const chosen = new Map();
    for (const source of view.tagSources) {
        const held = chosen.get(source.tag);
        if (listed.has(source.version) && (!held || source.depth > held.depth))
            chosen.set(source.tag, source);
    }
    const tags = Object.fromEntries([...chosen].map(([tag, s]) => [tag, s.version]));
    if (!tags.latest && listed.size > 0) {
        const all = [...listed].sort(semver/* compareVersions */.Zy);
        const releases = all.filter((v) => (0,semver/* parseVersion */.ot)(v)?.prerelease === '');
        const latest = releases.at(-1) ?? all.at(-1);
        if (latest)
            tags.latest = latest;
    }
    return tags;
}

;// CONCATENATED MODULE: ./build/emulator/data/policy.js


/*
 * Origin controls exist at two levels and both must let a version in: the package's own restrictions in a
 * repository (PutPackageOriginConfiguration, or the defaults its first version set) and the restrictions of
 * the package group the package belongs to (INHERIT resolved up the group tree). The AWS guide describes the
 * two as separate gates; we apply the most restrictive of the two, which is what a BLOCK at either level is
 * documented to do. The group settings split "upstream" in two:
 *   - INTERNAL_UPSTREAM gates retaining a version from an upstream repository into the repository a client
 *     asked (the one that keeps the reference; intermediate repositories keep nothing);
 *   - EXTERNAL_UPSTREAM gates ingesting through an external connection into the repository holding it.
 * ALLOW_SPECIFIC_REPOSITORIES allows only the repositories on that restriction's list.
 */
/** Why publishing this package to the repository is refused, or undefined when it is allowed. */
function publishRefusal(domain, repo, c) {
    const pkg = (0,data_packages/* findPackage */.CV)(repo, c);
    const name = (0,data_packages/* displayName */.QC)(c);
    if (pkg?.origin.publish === 'BLOCK') {
        return `Publishing ${name} to repository ${repo.name} is blocked by its package origin controls (publish=BLOCK)`;
    }
    if (!package_groups_groupAllows(domain, c, 'PUBLISH', repo.name)) {
        return `Publishing ${name} to repository ${repo.name} is blocked by the PUBLISH origin control of its package group`;
    }
    return undefined;
}
/** May the repository show versions of this package that it does not hold itself? (package-level upstream) */
function upstreamOpen(repo, c) {
    return (0,data_packages/* findPackage */.CV)(repo, c)?.origin.upstream !== 'BLOCK';
}
/** May `requested` retain versions of this package from its upstream repositories? */
function mayRetainFromUpstreams(domain, requested, c) {
    return upstreamOpen(requested, c) && groupAllows(domain, c, 'INTERNAL_UPSTREAM', requested.name);
}
/** May `holder` ingest this package through its external connection? */
function mayIngestExternal(domain, holder, c) {
    return upstreamOpen(holder, c) && groupAllows(domain, c, 'EXTERNAL_UPSTREAM', holder.name);
}

;// CONCATENATED MODULE: ./build/emulator/data/chain.js







/** The service searches at most this many repositories for one request (the guide says 25; it once said 20). */
const MAX_REPOSITORIES = 25;
/**
 * Resolve a package through the upstream chain in the service's search order: the repository itself, then
 * each upstream in order, depth first (an upstream's own upstreams before the next one), each repository
 * once; a repository's external connection after its upstreams. Origin controls cut the walk: a repository
 * whose package has upstream=BLOCK shows only what it holds. With `want`, the view is only good for finding
 * that file: external connections are not asked once a repository of the chain holds it (search order
 * puts held copies first anyway), and an npm connection is asked for the one version document.
 */
async function resolvePackage(ctx, domain, requested, coords, want) {
    const view = {
        coords,
        versions: new Map(),
        distTags: {},
        unavailable: [],
        fetchedExternally: false,
        tagSources: [],
    };
    await visit({ ctx, domain, requested, view, visited: new Set(), ...(want ? { want } : {}) }, requested, 0);
    view.distTags = mergedTags(view);
    return view;
}
async function visit(w, repo, depth) {
    if (w.visited.has(repo.name) || w.visited.size >= MAX_REPOSITORIES)
        return;
    w.visited.add(repo.name);
    const c = w.view.coords;
    const pkg = (0,data_packages/* findPackage */.CV)(repo, c);
    // Every status is added: a version a repository holds Archived or Disposed hides upstream copies of it.
    for (const record of Object.values(pkg?.versions ?? {})) {
        add(w.view, { version: record.version, kind: 'held', repo, record });
    }
    addTags(w.view, pkg?.distTags ?? {}, depth);
    if (!upstreamOpen(repo, c) && !(0,faults/* hasFault */.n)(w.ctx, 'origin-controls'))
        return;
    // Only the requested repository keeps what the walk finds upstream, so INTERNAL_UPSTREAM is its gate.
    if (repo !== w.requested || package_groups_groupAllows(w.domain, c, 'INTERNAL_UPSTREAM', repo.name)) {
        for (const name of repo.upstreams) {
            const upstream = w.domain.repositories[name];
            if (upstream)
                await visit(w, upstream, depth + 1);
        }
    }
    for (const connection of repo.externalConnections) {
        if (connection.packageFormat !== c.format || hasWanted(w))
            continue;
        if (!package_groups_groupAllows(w.domain, c, 'EXTERNAL_UPSTREAM', repo.name))
            continue;
        await visitExternal(w, repo, connection.externalConnectionName, depth + 1);
    }
}
/** Whether the walk already found the wanted file (an npm version has one file: any source of it will do). */
function hasWanted(w) {
    const { want, view } = w;
    if (!want)
        return false;
    if (view.coords.format === 'npm' && want.version !== undefined)
        return view.versions.has(want.version);
    return sourceOfFile(view, want.version, want.filename) !== undefined;
}
async function visitExternal(w, holder, connection, depth) {
    try {
        const { pkg, fetched } = await (0,metadata/* externalLookup */.YZ)(w.ctx, connection, w.view.coords, w.want);
        if (fetched)
            w.view.fetchedExternally = true;
        for (const external of pkg?.versions.values() ?? []) {
            add(w.view, { version: external.version, kind: 'external', holder, connection, external });
        }
        addTags(w.view, pkg?.distTags ?? {}, depth);
    }
    catch (err) {
        if (!(err instanceof http/* UpstreamUnavailable */.Y))
            throw err;
        w.view.fetchedExternally = true;
        w.view.unavailable.push(connection);
    }
}
function add(view, candidate) {
    const sources = view.versions.get(candidate.version);
    if (sources)
        sources.push(candidate);
    else
        view.versions.set(candidate.version, [candidate]);
}
/** The source a client gets for a version: the first found in search order. */
function primary(view, version) {
    return view.versions.get(version)?.[0];
}
/** The first source, in search order, that has this file of the version (pypi versions have several). */
function sourceOfFile(view, version, filename) {
    const pools = version === undefined ? [...view.versions.values()] : [view.versions.get(version) ?? []];
    for (const sources of pools) {
        // A version held here in a status that forbids downloads is not fetched from upstream instead.
        const first = sources[0];
        if (first?.kind === 'held' && !(0,data_packages/* isVisible */.zN)(first.record))
            continue;
        const found = sources.find((c) => fileNames(c).includes(filename));
        if (found)
            return found;
    }
    return undefined;
}
function fileNames(c) {
    return c.kind === 'held' ? c.record.assets.map((a) => a.name) : c.external.files.map((f) => f.filename);
}
/** How a metadata answer was satisfied, for the audit log. */
function viewServedBy(view, requested) {
    const first = [...view.versions.values()].flatMap((sources) => sources.slice(0, 1));
    if (view.fetchedExternally) {
        const connection = first.find((c) => c.kind === 'external');
        return {
            servedBy: 'external',
            servedFrom: connection?.kind === 'external' ? connection.connection : 'public',
        };
    }
    for (const c of first) {
        if (c.kind === 'external')
            return { servedBy: 'upstream', servedFrom: c.holder.name };
        if (c.repo !== requested)
            return { servedBy: 'upstream', servedFrom: c.repo.name };
    }
    return { servedBy: 'internal', servedFrom: requested.name };
}

;// CONCATENATED MODULE: ./build/emulator/data/npm/packument.js



/** The one asset of every npm package version (User Guide, "List package version assets"). */
const NPM_ASSET = 'package.tgz';
/** The tarball file name in URLs handed to clients: npm's own `<name>-<version>.tgz`. */
function tarballFile(c, version) {
    return `${c.name}-${version}.tgz`;
}
/** Fields npm's abbreviated ("corgi") packument keeps: all an installer needs to resolve a tree. */
const ABBREVIATED_FIELDS = [
    'name',
    'version',
    'deprecated',
    'dependencies',
    'optionalDependencies',
    'devDependencies',
    'bundleDependencies',
    'peerDependencies',
    'peerDependenciesMeta',
    'acceptDependencies',
    'bin',
    'directories',
    'engines',
    'cpu',
    'os',
    'libc',
    'funding',
    'license',
    '_hasShrinkwrap',
];
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];
const packument_ABBREVIATED_TYPE = 'application/vnd.npm.install-v1+json';
/**
 * The packument a repository serves: every visible version, with tarball URLs on the requesting
 * repository's endpoint (so the client comes back here, where retention happens) and dist digests that
 * describe exactly the bytes that will be served.
 */
function buildPackument(view, endpoint, abbreviated) {
    const name = (0,data_packages/* displayName */.QC)(view.coords);
    const ordered = [...view.versions.values()]
        .flatMap((sources) => sources.slice(0, 1))
        .filter(isListed)
        .sort((a, b) => (0,semver/* compareVersions */.Zy)(a.version, b.version));
    const versions = {};
    const time = {};
    for (const candidate of ordered) {
        const manifest = manifestOf(candidate);
        versions[candidate.version] = abbreviated
            ? abbreviate(manifest, name, candidate)
            : { ...manifest, name, version: candidate.version, _id: `${name}@${candidate.version}` };
        versions[candidate.version].dist = distOf(candidate, `${endpoint}${name}/-/${tarballFile(view.coords, candidate.version)}`);
        time[candidate.version] = new Date(publishedTime(candidate) * 1000).toISOString();
    }
    const times = Object.values(time).sort();
    const modified = times.at(-1) ?? new Date(0).toISOString();
    if (abbreviated)
        return { name, modified, 'dist-tags': view.distTags, versions };
    const latest = view.distTags.latest ? versions[view.distTags.latest] : undefined;
    return {
        _id: name,
        name,
        ...(latest?.description ? { description: latest.description } : {}),
        ...(latest?.readme ? { readme: latest.readme } : {}),
        'dist-tags': view.distTags,
        versions,
        time: { created: times[0] ?? modified, modified, ...time },
    };
}
function manifestOf(c) {
    return c.kind === 'held' ? c.record.metadata : (c.external.manifest ?? {});
}
function publishedTime(c) {
    return c.kind === 'held' ? c.record.publishedTime : (c.external.publishedTime ?? 0);
}
function abbreviate(manifest, name, c) {
    const out = {};
    for (const field of ABBREVIATED_FIELDS) {
        if (manifest[field] !== undefined)
            out[field] = manifest[field];
    }
    const scripts = (manifest.scripts ?? {});
    if (INSTALL_SCRIPTS.some((s) => scripts[s] !== undefined))
        out.hasInstallScript = true;
    out.name = name;
    out.version = c.version;
    return out;
}
/** `dist` for a version: digests of the stored asset, or those the public packument states for it. */
function distOf(c, tarball) {
    if (c.kind === 'held') {
        const asset = c.record.assets[0];
        if (!asset)
            return {};
        return { tarball, shasum: asset.sha1, integrity: `sha512-${asset.sha512}` };
    }
    const file = c.external.files[0];
    if (!file)
        return {};
    return {
        tarball,
        ...(file.sha1 ? { shasum: file.sha1 } : {}),
        ...(file.integrity ? { integrity: file.integrity } : {}),
    };
}

;// CONCATENATED MODULE: ./build/emulator/blobs.js



/** Compute the asset reference of some bytes. */
function assetRef(name, data) {
    const digest = (algorithm, encoding) => (0,external_node_crypto_.createHash)(algorithm).update(data).digest(encoding);
    return {
        name,
        size: data.length,
        sha256: digest('sha256', 'hex'),
        sha1: digest('sha1', 'hex'),
        sha512: digest('sha512', 'base64'),
        md5: digest('md5', 'hex'),
    };
}
/** In-memory blobs: the default when the emulator runs without --data-dir. */
class MemoryBlobStore {
    domains = new Map();
    put(domain, name, data) {
        const ref = assetRef(name, data);
        const blobs = this.domains.get(domain) ?? new Map();
        this.domains.set(domain, blobs);
        if (!blobs.has(ref.sha256))
            blobs.set(ref.sha256, data);
        return ref;
    }
    get(domain, sha256) {
        return this.domains.get(domain)?.get(sha256);
    }
    delete(domain, sha256) {
        this.domains.get(domain)?.delete(sha256);
    }
    usage(domain) {
        let bytes = 0;
        const blobs = this.domains.get(domain) ?? new Map();
        for (const b of blobs.values())
            bytes += b.length;
        return { assets: blobs.size, bytes };
    }
}
/** Blobs under DIR/<domain-key>/<sha256>, written via a temp file and rename so a crash leaves no partial blob. */
class DiskBlobStore {
    dir;
    sizes = new Map();
    constructor(dir) {
        this.dir = dir;
    }
    domainDir(domain) {
        return (0,external_node_path_.join)(this.dir, domain.replace(/[^A-Za-z0-9-]/g, '_'));
    }
    put(domain, name, data) {
        const ref = assetRef(name, data);
        const dir = this.domainDir(domain);
        const file = (0,external_node_path_.join)(dir, ref.sha256);
        if (!(0,external_node_fs_.existsSync)(file)) {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            const tmp = `${file}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(tmp, data);
            (0,external_node_fs_.renameSync)(tmp, file);
        }
        this.track(domain, ref.sha256, data.length);
        return ref;
    }
    get(domain, sha256) {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            return undefined;
        const file = (0,external_node_path_.join)(this.domainDir(domain), sha256);
        return (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file) : undefined;
    }
    delete(domain, sha256) {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            return;
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.domainDir(domain), sha256), { force: true });
        this.sizes.get(domain)?.delete(sha256);
    }
    usage(domain) {
        let bytes = 0;
        const sizes = this.sizes.get(domain) ?? new Map();
        for (const s of sizes.values())
            bytes += s;
        return { assets: sizes.size, bytes };
    }
    /** Re-register blobs known from persisted state so usage() is right after a restart. */
    track(domain, sha256, size) {
        const sizes = this.sizes.get(domain) ?? new Map();
        this.sizes.set(domain, sizes);
        sizes.set(sha256, size);
    }
}

;// CONCATENATED MODULE: ./build/emulator/data/publishing.js




/** Refuse a publish the origin controls forbid (403: the client shows the message). */
function assertMayPublish(domain, repo, c) {
    const refusal = publishRefusal(domain, repo, c);
    if (refusal)
        throw new DataPlaneError(403, refusal);
}
/**
 * The service will not accept a version that a client of this repository can already reach through its
 * upstreams or external connection (409), unless upstream=BLOCK makes those unreachable. If the public side
 * cannot be asked, the publish goes through, as the service documents for external outages.
 */
async function assertNotUpstream(ctx, domain, repo, c, version) {
    if (!upstreamOpen(repo, c))
        return;
    const view = await resolvePackage(ctx, domain, repo, c);
    const found = primary(view, version);
    if (!found || (found.kind === 'held' && found.repo === repo))
        return;
    const where = found.kind === 'held' ? `upstream repository ${found.repo.name}` : found.connection;
    throw new DataPlaneError(409, `${(0,data_packages/* displayName */.QC)(c)}@${version} already exists in ${where}, which repository ${repo.name} can reach; publish another version or set upstream=BLOCK on the package`);
}
/** Epoch seconds from the context's clock. */
function nowSeconds(ctx) {
    return Math.floor(ctx.now() / 1000);
}

;// CONCATENATED MODULE: ./build/emulator/data/npm/publish.js






const MAX_PUBLISH_BYTES = 200 * 1024 * 1024;
// Set by the registry, never taken from what a client sends.
const SERVER_FIELDS = ['dist', '_id', '_attachments'];
/**
 * Publish one npm version into a repository, as `npm publish` does: origin controls first (publish=BLOCK
 * or a PUBLISH package group restriction refuses), then the first-publish defaults (publish ALLOW,
 * upstream BLOCK). The tarball is stored once per domain.
 */
async function publishNpmVersion(ctx, domain, repo, manifest, tarball, distTags) {
    const { name, version } = manifest;
    if (typeof name !== 'string' || typeof version !== 'string') {
        throw new DataPlaneError(400, 'The package manifest needs a name and a version');
    }
    const c = (0,data_packages/* npmCoords */.AZ)(name);
    assertMayPublish(domain, repo, c);
    if ((0,data_packages/* findPackage */.CV)(repo, c)?.versions[version]) {
        throw new DataPlaneError(409, `Cannot publish over ${name}@${version}: it already exists in ${repo.name}`);
    }
    const asset = ctx.store.blobs.put((0,types/* domainKey */.mI)(domain.owner, domain.name), NPM_ASSET, tarball);
    const metadata = Object.fromEntries(Object.entries(manifest).filter(([k]) => !SERVER_FIELDS.includes(k)));
    const record = (0,data_packages/* newVersionRecord */.yj)(version, { originType: 'INTERNAL', domainEntryPoint: { repositoryName: repo.name } }, [asset], metadata, nowSeconds(ctx));
    const pkg = (0,data_packages/* packageForNewVersion */.qk)(repo, c, 'published');
    pkg.versions[version] = record;
    Object.assign(pkg.distTags, distTags ?? { latest: version });
    ctx.store.changed();
    return record;
}
/** `PUT /<name>`: a publish (with `_attachments`) or a metadata edit such as `npm deprecate`. */
async function handleNpmPut(x, name) {
    x.note.kind = 'publish';
    x.note.package = name;
    const body = JSON.parse((await exchange_readBody(x.req, MAX_PUBLISH_BYTES)).toString('utf8'));
    if (body.name !== undefined && body.name !== name) {
        throw new DataPlaneError(400, `The document names ${body.name} but the URL names ${name}`);
    }
    const attachments = Object.values(body._attachments ?? {});
    if (attachments.length === 0)
        return updateDeprecations(x, name, body);
    const [version, manifest] = Object.entries(body.versions ?? {})[0] ?? [];
    const data = attachments[0]?.data;
    if (!version || !manifest || !data) {
        throw new DataPlaneError(400, 'A publish needs one version and its tarball');
    }
    const tarball = Buffer.from(data, 'base64');
    const declared = manifest.dist?.integrity;
    if (declared?.startsWith('sha512-') && declared !== `sha512-${assetRef('', tarball).sha512}`) {
        throw new DataPlaneError(400, `The tarball of ${name}@${version} does not match its declared integrity`);
    }
    x.note.version = version;
    assertMayPublish(x.domain, x.repo, (0,data_packages/* npmCoords */.AZ)(name));
    await assertNotUpstream(x.ctx, x.domain, x.repo, (0,data_packages/* npmCoords */.AZ)(name), version);
    const record = await publishNpmVersion(x.ctx, x.domain, x.repo, { ...manifest, name }, tarball, body['dist-tags']);
    x.note.asset = record.assets[0]?.name ?? '';
    exchange_sendJson(x, 200, { ok: true, id: name, rev: record.revision });
}
/** `npm deprecate` PUTs the packument back with `deprecated` set on versions: apply it to versions held here. */
function updateDeprecations(x, name, body) {
    const pkg = (0,data_packages/* findPackage */.CV)(x.repo, (0,data_packages/* npmCoords */.AZ)(name));
    if (!pkg)
        throw new DataPlaneError(404, `${name} is not in repository ${x.repo.name}`);
    for (const [version, manifest] of Object.entries(body.versions ?? {})) {
        const held = pkg.versions[version];
        if (!held)
            continue;
        const message = manifest.deprecated;
        if (typeof message === 'string' && message !== '')
            held.metadata.deprecated = message;
        else
            delete held.metadata.deprecated;
    }
    x.ctx.store.changed();
    exchange_sendJson(x, 200, { ok: true, id: name });
}

;// CONCATENATED MODULE: ./build/emulator/data/npm/index.js








const npm_NAME = String.raw `@[^/]+/[^/]+|[^@/-][^/]*`;
const TARBALL = new RegExp(`^(${npm_NAME})/-/([^/]+\\.tgz)$`);
const PACKAGE = new RegExp(`^(${npm_NAME})$`);
const DIST_TAGS = new RegExp(`^-/package/(${npm_NAME})/dist-tags(?:/([^/]+))?$`);
// What `npm unpublish` sends: the packument or a tarball back with `/-rev/<rev>` (PUT or DELETE).
const REVISION = new RegExp(`^(${npm_NAME})(?:/-/[^/]+)?/-rev/[^/]*$`);
/** The npm registry API of one repository (paths after `<repo>/`, scoped names as `@s/n` or `@s%2fn`). */
async function npm_handleNpm(x) {
    const method = x.req.method ?? 'GET';
    const path = decodeURIComponent(x.target.rest);
    const read = method === 'GET' || method === 'HEAD';
    if (path === '-/ping' && read)
        return exchange_sendJson(x, 200, {});
    if (path === '-/whoami' && read)
        return exchange_sendJson(x, 200, { username: 'aws' });
    let m = DIST_TAGS.exec(path);
    if (m)
        return handleDistTags(x, method, m[1], m[2]);
    m = TARBALL.exec(path);
    if (m && read)
        return serveTarball(x, m[1], m[2]);
    m = REVISION.exec(path);
    if (m && (method === 'PUT' || method === 'DELETE'))
        return refuseUnpublish(x, m[1]);
    m = PACKAGE.exec(path);
    if (m && read)
        return servePackument(x, m[1]);
    if (m && method === 'DELETE')
        return refuseUnpublish(x, m[1]);
    if (m && method === 'PUT')
        return handleNpmPut(x, m[1]);
    sendError(x, m ? 405 : 404, m ? `${method} is not supported here` : `No npm route for /${path}`);
}
async function servePackument(x, name) {
    x.note.kind = 'metadata';
    x.note.package = name;
    const view = await resolvePackage(x.ctx, x.domain, x.repo, (0,data_packages/* npmCoords */.AZ)(name));
    if (listedVersions(view).length === 0) {
        return sendMiss(x, view, `${name} is not in repository ${x.repo.name}`);
    }
    Object.assign(x.note, viewServedBy(view, x.repo));
    const abbreviated = String(x.req.headers.accept ?? '').includes(packument_ABBREVIATED_TYPE);
    const body = buildPackument(view, x.endpoint, abbreviated);
    const type = abbreviated ? packument_ABBREVIATED_TYPE : 'application/json';
    exchange_send(x, 200, JSON.stringify(body), { 'content-type': type, vary: 'accept' });
}
/**
 * `npm unpublish` is not supported by the service (User Guide, "npm command support"): the version must be
 * removed with DeletePackageVersions. npm treats a 404 on these requests as "already gone" and reports
 * success, so the refusal is a 405 that npm shows and fails on.
 */
function refuseUnpublish(x, name) {
    x.note.package = name;
    sendError(x, 405, `CodeArtifact does not support npm unpublish: remove versions of ${name} with aws codeartifact delete-package-versions`);
}
async function serveTarball(x, name, file) {
    Object.assign(x.note, { kind: 'asset', package: name, asset: file });
    const coords = (0,data_packages/* npmCoords */.AZ)(name);
    const version = versionOfTarball(coords, file);
    const missing = `${name}/-/${file} is not in repository ${x.repo.name}`;
    if (version === undefined)
        return sendError(x, 404, missing);
    // A version the repository holds needs no walk: it keeps resolving when upstreams are gone, and one held
    // in a status that forbids downloads is not fetched from upstream instead.
    const held = (0,data_packages/* findPackage */.CV)(x.repo, coords)?.versions[version];
    let candidate = held && { version, kind: 'held', repo: x.repo, record: held };
    let view;
    if (!candidate) {
        view = await resolvePackage(x.ctx, x.domain, x.repo, coords, { version, filename: file });
        candidate = primary(view, version);
    }
    if (!candidate)
        return sendMiss(x, view, missing);
    x.note.version = version;
    const asset = candidate.kind === 'held' ? NPM_ASSET : candidate.external.files[0]?.filename;
    try {
        const served = asset && (await acquireAsset(x.ctx, x.domain, x.repo, coords, candidate, asset));
        if (!served)
            return sendMiss(x, view, missing);
        Object.assign(x.note, { servedBy: served.servedBy, servedFrom: served.servedFrom });
        exchange_send(x, 200, served.bytes, { 'content-type': 'application/octet-stream' });
    }
    catch (err) {
        if (!(err instanceof http/* UpstreamUnavailable */.Y))
            throw err;
        sendError(x, 502, `Could not fetch ${name}/-/${file} through the external connection: ${err.message}`);
    }
}
/** `<name>-<version>.tgz` (the file name in every tarball URL this registry hands out) → the version. */
function versionOfTarball(c, file) {
    const version = file.slice(c.name.length + 1, -'.tgz'.length);
    return file === tarballFile(c, version) && version !== '' ? version : undefined;
}
async function handleDistTags(x, method, name, tag) {
    x.note.package = name;
    const coords = (0,data_packages/* npmCoords */.AZ)(name);
    if (method === 'GET' && !tag) {
        const view = await resolvePackage(x.ctx, x.domain, x.repo, coords);
        if (listedVersions(view).length === 0) {
            return sendMiss(x, view, `${name} is not in repository ${x.repo.name}`);
        }
        return exchange_sendJson(x, 200, view.distTags);
    }
    const pkg = (0,data_packages/* findPackage */.CV)(x.repo, coords);
    if (!tag || !pkg)
        throw new DataPlaneError(404, `${name} is not in repository ${x.repo.name}`);
    if (method === 'PUT') {
        const version = JSON.parse((await exchange_readBody(x.req, 4096)).toString('utf8'));
        if (typeof version !== 'string' || !pkg.versions[version]) {
            throw new DataPlaneError(404, `${name}@${String(version)} is not in repository ${x.repo.name}`);
        }
        pkg.distTags[tag] = version;
    }
    else if (method === 'DELETE') {
        if (tag === 'latest')
            throw new DataPlaneError(400, 'The latest tag cannot be removed');
        delete pkg.distTags[tag];
    }
    else {
        throw new DataPlaneError(405, `${method} is not supported on dist-tags`);
    }
    x.ctx.store.changed();
    exchange_sendJson(x, 200, pkg.distTags);
}

;// CONCATENATED MODULE: ./build/emulator/data/pypi/multipart.js
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
/**
 * Parse multipart/form-data (RFC 7578) as twine sends it. Small on purpose: the whole body is in memory
 * (uploads are bounded by the caller), parts are found by their boundary, and only Content-Disposition
 * matters (twine sends no nested parts or transfer encodings).
 */
function parseMultipart(body, contentType) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    const token = boundary?.[1] ?? boundary?.[2];
    if (!token)
        throw new Error('multipart/form-data without a boundary');
    const delimiter = Buffer.from(`--${token}`);
    const parts = [];
    let at = body.indexOf(delimiter);
    if (at < 0)
        throw new Error('multipart body does not contain its boundary');
    for (;;) {
        at += delimiter.length;
        if (body.subarray(at, at + 2).toString() === '--')
            return parts;
        if (body.subarray(at, at + 2).equals(CRLF))
            at += 2;
        const headerEnd = body.indexOf(HEADER_END, at);
        if (headerEnd < 0)
            throw new Error('multipart part without a header block');
        const next = body.indexOf(Buffer.concat([CRLF, delimiter]), headerEnd + HEADER_END.length);
        if (next < 0)
            throw new Error('multipart body ends without its closing boundary');
        const part = describe(body.subarray(at, headerEnd).toString('utf8'));
        if (part)
            parts.push({ ...part, data: body.subarray(headerEnd + HEADER_END.length, next) });
        at = next + CRLF.length;
    }
}
function describe(headers) {
    const disposition = headers.split('\r\n').find((h) => /^content-disposition:/i.test(h));
    if (!disposition)
        return undefined;
    const param = (key) => new RegExp(`;\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(disposition)?.[1];
    const name = param('name');
    if (name === undefined)
        return undefined;
    const filename = param('filename');
    return filename === undefined ? { name } : { name, filename };
}
/** Text fields of a form (first value wins), plus its file parts. */
function formFields(parts) {
    const fields = {};
    const files = [];
    for (const part of parts) {
        if (part.filename !== undefined)
            files.push(part);
        else
            fields[part.name] ??= part.data.toString('utf8');
    }
    return { fields, files };
}

;// CONCATENATED MODULE: ./build/emulator/data/pypi/publish.js






const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** Upload form fields worth keeping as version metadata (the long description is not). */
const KEPT_FIELDS = ['summary', 'requires_python', 'license', 'author', 'home_page', 'metadata_version'];
/**
 * Add one distribution file to a repository, as twine's upload does: origin controls first, then the
 * first-publish defaults (publish ALLOW, upstream BLOCK). A version gathers several files (wheel, sdist);
 * the same file twice is a conflict.
 */
async function publishPypiFile(ctx, domain, repo, file) {
    const c = { format: 'pypi', name: (0,data_packages/* normalizePypiName */.Ty)(file.name) };
    assertMayPublish(domain, repo, c);
    const held = (0,data_packages/* findPackage */.CV)(repo, c)?.versions[file.version];
    if (held?.assets.some((a) => a.name === file.filename)) {
        throw new DataPlaneError(409, `File already exists: ${file.filename} is in ${repo.name}`);
    }
    const asset = ctx.store.blobs.put((0,types/* domainKey */.mI)(domain.owner, domain.name), file.filename, file.bytes);
    if (held) {
        held.assets.push(asset);
        held.revision = (0,data_packages/* revisionOf */.DT)(held.assets);
        Object.assign(held.metadata, file.metadata);
        ctx.store.changed();
        return held;
    }
    const record = (0,data_packages/* newVersionRecord */.yj)(file.version, { originType: 'INTERNAL', domainEntryPoint: { repositoryName: repo.name } }, [asset], { ...file.metadata }, nowSeconds(ctx));
    (0,data_packages/* packageForNewVersion */.qk)(repo, c, 'published').versions[file.version] = record;
    ctx.store.changed();
    return record;
}
/** The legacy upload API (`POST` to the repository root, `:action=file_upload`) that twine speaks. */
async function handlePypiUpload(x) {
    x.note.kind = 'publish';
    const type = String(x.req.headers['content-type'] ?? '');
    if (!/^multipart\/form-data/i.test(type))
        throw new DataPlaneError(400, 'Expected multipart/form-data');
    const body = await exchange_readBody(x.req, MAX_UPLOAD_BYTES);
    let form;
    let parts;
    try {
        parts = parseMultipart(body, type);
        form = formFields(parts);
    }
    catch (err) {
        throw new DataPlaneError(400, `Malformed upload: ${err.message}`);
    }
    const { fields, files } = form;
    const content = files.find((f) => f.name === 'content');
    if (fields[':action'] !== 'file_upload')
        throw new DataPlaneError(400, 'Unsupported :action (expected file_upload)');
    if (!fields.name || !fields.version || !content?.filename) {
        throw new DataPlaneError(400, 'An upload needs name, version and a content file');
    }
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(content.data).digest('hex');
    if (fields.sha256_digest && fields.sha256_digest.toLowerCase() !== sha256) {
        throw new DataPlaneError(400, `sha256_digest does not match the uploaded ${content.filename}`);
    }
    Object.assign(x.note, {
        package: (0,data_packages/* normalizePypiName */.Ty)(fields.name),
        version: fields.version,
        asset: content.filename,
    });
    const metadata = Object.fromEntries(KEPT_FIELDS.filter((k) => fields[k]).map((k) => [k, fields[k]]));
    // Requires-Dist repeats (ListPackageVersionDependencies); the long description is the readme
    // (GetPackageVersionReadme).
    const requires = parts.filter((p) => p.name === 'requires_dist' && p.filename === undefined);
    if (requires.length > 0)
        metadata.requires_dist = requires.map((p) => p.data.toString('utf8'));
    if (fields.description)
        metadata.readme = fields.description;
    const c = { format: 'pypi', name: (0,data_packages/* normalizePypiName */.Ty)(fields.name) };
    assertMayPublish(x.domain, x.repo, c);
    await assertNotUpstream(x.ctx, x.domain, x.repo, c, fields.version);
    await publishPypiFile(x.ctx, x.domain, x.repo, {
        name: fields.name,
        version: fields.version,
        filename: content.filename,
        bytes: Buffer.from(content.data),
        metadata,
    });
    exchange_send(x, 200, 'OK', { 'content-type': 'text/plain' });
}

;// CONCATENATED MODULE: ./build/emulator/data/pypi/simple.js


const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
/**
 * Every file of every visible version, linked on the requesting repository's endpoint. A version's files
 * are gathered across its sources (a repository may hold the wheel it was asked for while the sdist is
 * still only on the public side); for each file name the first source in search order wins.
 */
function fileLinks(view, endpoint) {
    const versions = listedVersions(view).sort(semver/* compareVersions */.Zy);
    const links = [];
    const url = (version, filename) => `${endpoint}simple/${view.coords.name}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}`;
    for (const version of versions) {
        const seen = new Set();
        for (const link of (view.versions.get(version) ?? []).filter(isListed).flatMap(linksOf)) {
            if (seen.has(link.filename))
                continue;
            seen.add(link.filename);
            links.push({ ...link, url: url(version, link.filename) });
        }
    }
    return links;
}
function linksOf(c) {
    if (c.kind === 'held') {
        const requiresPython = requiresPythonOf(c.record.metadata);
        const uploadTime = new Date(c.record.publishedTime * 1000).toISOString();
        return c.record.assets.map((a) => ({
            filename: a.name,
            sha256: a.sha256,
            requiresPython,
            size: a.size,
            uploadTime,
        }));
    }
    return c.external.files.map(({ filename, sha256, requiresPython, yanked, size, uploadTime }) => ({
        filename,
        sha256,
        requiresPython,
        yanked,
        size,
        uploadTime,
    }));
}
/** Metadata keys seen for Requires-Python: upload form field, PEP 691 key, camel case. */
function requiresPythonOf(metadata) {
    const value = metadata.requires_python ?? metadata['requires-python'] ?? metadata.requiresPython;
    return typeof value === 'string' && value ? value : undefined;
}
/**
 * PEP 691 JSON project page at api-version 1.1 (PEP 700: `versions`, and `size` / `upload-time` per file), the
 * version the service documents (User Guide, "Python compatibility"). `size` is mandatory in 1.1; a public
 * file whose index did not state it (and that is not yet retained) has none to give.
 */
function projectJson(name, versions, links) {
    return {
        meta: { 'api-version': '1.1' },
        name,
        versions,
        files: links.map((l) => ({
            filename: l.filename,
            url: l.url,
            hashes: l.sha256 ? { sha256: l.sha256 } : {},
            ...(l.requiresPython ? { 'requires-python': l.requiresPython } : {}),
            ...(l.yanked !== undefined ? { yanked: l.yanked } : {}),
            ...(l.size !== undefined ? { size: l.size } : {}),
            ...(l.uploadTime !== undefined ? { 'upload-time': l.uploadTime } : {}),
        })),
    };
}
/** PEP 503 HTML project page: `#sha256=` fragments and `data-requires-python`, HTML-escaped. */
function projectHtml(name, links) {
    const anchors = links.map((l) => {
        const href = `${l.url}${l.sha256 ? `#sha256=${l.sha256}` : ''}`;
        const python = l.requiresPython ? ` data-requires-python="${simple_escapeHtml(l.requiresPython)}"` : '';
        const yanked = l.yanked === undefined || l.yanked === false
            ? ''
            : ` data-yanked="${typeof l.yanked === 'string' ? simple_escapeHtml(l.yanked) : ''}"`;
        return `    <a href="${simple_escapeHtml(href)}"${python}${yanked}>${simple_escapeHtml(l.filename)}</a><br/>`;
    });
    return page(`Links for ${name}`, anchors);
}
function page(title, lines) {
    return [
        '<!DOCTYPE html>',
        '<html>',
        '  <head>',
        '    <meta name="pypi:repository-version" content="1.0">',
        `    <title>${simple_escapeHtml(title)}</title>`,
        '  </head>',
        '  <body>',
        `    <h1>${simple_escapeHtml(title)}</h1>`,
        ...lines,
        '  </body>',
        '</html>',
        '',
    ].join('\n');
}
function simple_escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * PEP 691 content negotiation as the service documents it: the v1 and latest JSON and HTML types,
 * `text/html`, `*\/*` or no Accept header (HTML). JSON when the client ranks it at least as high as HTML;
 * undefined (answer 406) when the header names none of these.
 */
function negotiate(accept) {
    if (accept === undefined || accept.trim() === '')
        return 'html';
    let json = 0;
    let html = 0;
    for (const item of accept.split(',')) {
        const [type = '', ...params] = item.trim().split(';');
        const q = Number(params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean) ?? 1);
        const t = type.trim().toLowerCase();
        if (JSON_TYPES.includes(t))
            json = Math.max(json, q);
        else if (HTML_TYPES.includes(t))
            html = Math.max(html, q);
    }
    if (json > 0 && json >= html)
        return 'json';
    return html > 0 ? 'html' : undefined;
}
const JSON_TYPES = [JSON_TYPE, 'application/vnd.pypi.simple.latest+json'];
const HTML_TYPES = [
    'application/vnd.pypi.simple.v1+html',
    'application/vnd.pypi.simple.latest+html',
    'text/html',
    '*/*',
];

;// CONCATENATED MODULE: ./build/emulator/data/pypi/index.js









const PROJECT = /^simple\/([^/]+)(\/?)$/;
const FILE = /^simple\/([^/]+)\/([^/]+)\/([^/]+)$/;
/** The PyPI side of one repository: the simple index (PEP 503 / 691), file downloads, twine uploads. */
async function pypi_handlePypi(x) {
    const method = x.req.method ?? 'GET';
    const path = decodeURIComponent(x.target.rest);
    if (method === 'POST' && (path === '' || path === 'legacy/'))
        return handlePypiUpload(x);
    if (method !== 'GET' && method !== 'HEAD')
        return sendError(x, 405, `${method} is not supported here`);
    if (path === 'simple/' || path === 'simple')
        return refuseRoot(x);
    let m = PROJECT.exec(path);
    if (m)
        return serveProject(x, m[1], m[2] === '/');
    m = FILE.exec(path);
    if (m)
        return serveFile(x, m[1], m[2], m[3]);
    sendError(x, 404, `No PyPI route for /${path}`);
}
/** "CodeArtifact does not support the /simple/ API endpoint" (User Guide, "Python compatibility"). */
function refuseRoot(x) {
    sendError(x, 404, 'CodeArtifact does not support the /simple/ endpoint; ask for /simple/<project>/');
}
async function serveProject(x, name, slash) {
    const normalized = (0,data_packages/* normalizePypiName */.Ty)(name);
    Object.assign(x.note, { kind: 'metadata', package: normalized });
    // PEP 503: the canonical URL is the normalized name with a trailing slash; send clients there.
    if (!slash || normalized !== name) {
        x.res.writeHead(301, { location: `${x.endpoint}simple/${normalized}/`, 'content-length': 0 });
        x.res.end();
        return;
    }
    const type = negotiate(x.req.headers.accept);
    if (!type)
        return sendError(x, 406, `Not Acceptable: ${String(x.req.headers.accept)}`);
    const view = await resolvePackage(x.ctx, x.domain, x.repo, { format: 'pypi', name: normalized });
    if (listedVersions(view).length === 0) {
        return sendMiss(x, view, `${normalized} is not in repository ${x.repo.name}`);
    }
    Object.assign(x.note, viewServedBy(view, x.repo));
    const links = fileLinks(view, x.endpoint);
    if (type === 'json') {
        const versions = listedVersions(view).sort(semver/* compareVersions */.Zy);
        return exchange_sendJson(x, 200, projectJson(normalized, versions, links), JSON_TYPE);
    }
    exchange_send(x, 200, projectHtml(normalized, links), {
        'content-type': 'text/html; charset=utf-8',
        vary: 'accept',
    });
}
async function serveFile(x, name, version, filename) {
    const coords = { format: 'pypi', name: (0,data_packages/* normalizePypiName */.Ty)(name) };
    Object.assign(x.note, { kind: 'asset', package: coords.name, version, asset: filename });
    // A file the repository holds needs no walk: it keeps resolving when upstreams are gone.
    const held = (0,data_packages/* findPackage */.CV)(x.repo, coords)?.versions[version];
    let candidate = held && held.assets.some((a) => a.name === filename)
        ? { version, kind: 'held', repo: x.repo, record: held }
        : undefined;
    let view;
    if (!candidate) {
        view = await resolvePackage(x.ctx, x.domain, x.repo, coords, { filename, version });
        candidate = sourceOfFile(view, version, filename);
    }
    const missing = `${filename} is not in repository ${x.repo.name}`;
    if (!candidate)
        return sendMiss(x, view, missing);
    try {
        const served = await acquireAsset(x.ctx, x.domain, x.repo, coords, candidate, filename);
        if (!served)
            return sendMiss(x, view, missing);
        Object.assign(x.note, { servedBy: served.servedBy, servedFrom: served.servedFrom });
        exchange_send(x, 200, served.bytes, { 'content-type': 'application/octet-stream' });
    }
    catch (err) {
        if (!(err instanceof http/* UpstreamUnavailable */.Y))
            throw err;
        sendError(x, 502, `Could not fetch ${filename} through the external connection: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./build/emulator/data/index.js










/**
 * The data plane of one repository endpoint (`/<npm|pypi>/d/<domain>-<owner>/<repo>/…`): the package
 * managers' own protocols, authenticated with CodeArtifact tokens, resolving misses through upstream
 * repositories and external connections. Every request lands in the audit log.
 */
async function handleDataPlane(req, res, ctx, target) {
    const reply = { req, res, note: {} };
    auditOnFinish(ctx, reply, target);
    // Before the token is looked at: an upload larger than any publish is refused from its headers.
    if (Number(req.headers['content-length'] ?? 0) > DATA_PLANE_MAX_BODY) {
        closeAfterAnswer(req, res);
        return sendError(reply, 413, `The request body is larger than ${DATA_PLANE_MAX_BODY} bytes`);
    }
    const domain = ctx.store.domain(target.domainName, target.owner);
    if (!domain) {
        return sendError(reply, 404, `Domain ${target.domainName} owned by ${target.owner} does not exist`);
    }
    const problem = authProblem(ctx, req.headers, domain);
    if (problem) {
        // pip only retries with credentials after a Basic challenge; npm just reports the 401.
        const realm = `${target.domainName}-${target.owner}/${target.repositoryName}`;
        const scheme = target.format === 'pypi' ? 'Basic' : 'Bearer';
        return sendError(reply, 401, problem, { 'www-authenticate': `${scheme} realm="${realm}"` });
    }
    const repo = domain.repositories[target.repositoryName];
    if (!repo) {
        return sendError(reply, 404, `Repository ${target.repositoryName} does not exist in domain ${domain.name}`);
    }
    const x = exchangeFor(ctx, reply, target, domain, repo);
    try {
        await (target.format === 'npm' ? npm_handleNpm(x) : pypi_handlePypi(x));
    }
    catch (err) {
        if (!answerError(x, err))
            throw err;
    }
}
/** Turn an expected failure into its HTTP answer; false for anything else (a 500 from the server). */
function answerError(x, err) {
    if (x.res.headersSent)
        return false;
    if (err instanceof DataPlaneError && err.status === 413) {
        closeAfterAnswer(x.req, x.res); // the rest of the upload is never read
        sendError(x, 413, err.message);
    }
    else if (err instanceof DataPlaneError)
        sendError(x, err.status, err.message);
    else if (err instanceof http/* UpstreamUnavailable */.Y)
        sendError(x, 502, `External connection failed: ${err.message}`);
    else if (err instanceof URIError || err instanceof SyntaxError)
        sendError(x, 400, `Bad request: ${err.message}`);
    else
        return false;
    return true;
}

;// CONCATENATED MODULE: ./build/emulator/seed.js






/** Create the domains of a config, with their repositories, package groups and published packages. */
async function seed(ctx, config) {
    for (const d of config.domains) {
        const domain = createDomain(ctx, d);
        for (const p of d.packages ?? [])
            await publishSeed(ctx, domain, p);
    }
    ctx.store.changed();
}
function createDomain(ctx, d) {
    const now = Math.floor(ctx.now() / 1000);
    const owner = d.owner ?? ctx.accountId;
    const domain = {
        name: d.name,
        owner,
        region: ctx.region,
        createdTime: now,
        encryptionKey: `arn:aws:kms:${ctx.region}:${owner}:key/emulator-${d.name}`,
        repositories: {},
        packageGroups: { '/*': newPackageGroup('/*', now) },
        tags: {},
    };
    for (const r of d.repositories) {
        const repo = {
            name: r.name,
            upstreams: r.upstreams ?? [],
            externalConnections: (r.externalConnections ?? []).map((name) => ({
                externalConnectionName: name,
                packageFormat: external_connections/* EXTERNAL_CONNECTIONS */.iA[name] ?? 'generic',
                status: 'Available',
            })),
            createdTime: now,
            packages: {},
            ...(r.description ? { description: r.description } : {}),
        };
        domain.repositories[r.name] = repo;
    }
    for (const g of d.packageGroups ?? []) {
        const group = newPackageGroup(g.pattern, now, g.description ? { description: g.description } : {});
        for (const [type, mode] of Object.entries(g.restrictions ?? {})) {
            group.restrictions[type].mode = mode;
        }
        domain.packageGroups[g.pattern] = group;
    }
    ctx.store.state.domains[(0,types/* domainKey */.mI)(owner, d.name)] = domain;
    return domain;
}
async function publishSeed(ctx, domain, p) {
    const repo = domain.repositories[p.repository];
    if (!repo)
        throw new Error(`seed: no repository ${p.repository} in ${domain.name}`);
    for (const version of p.versions) {
        if (p.format === 'npm') {
            const manifest = npmManifest(p.name, version, p.dependencies ?? {});
            const tarball = (0,archive/* tarGz */.Vo)([
                { path: 'package/package.json', content: Buffer.from(JSON.stringify(manifest, null, 2)) },
                {
                    path: 'package/index.js',
                    content: Buffer.from(`module.exports = { name: '${p.name}', version: '${version}' };\n`),
                },
            ]);
            await publishNpmVersion(ctx, domain, repo, manifest, tarball, { latest: version });
        }
        else {
            const filename = `${p.name.replace(/-/g, '_')}-${version}-py3-none-any.whl`;
            const bytes = wheel(p.name, version, Object.keys(p.dependencies ?? {}));
            await publishPypiFile(ctx, domain, repo, {
                name: p.name,
                version,
                filename,
                bytes,
                metadata: { summary: `${p.name} (internal)` },
            });
        }
    }
}
function npmManifest(name, version, dependencies) {
    return {
        name,
        version,
        description: `${name}: an internal package`,
        main: 'index.js',
        license: 'UNLICENSED',
        dependencies,
    };
}
/** A minimal, valid pure-python wheel. */
function wheel(name, version, requires) {
    const module = name.replace(/-/g, '_');
    const info = `${module}-${version}.dist-info`;
    const files = [
        { path: `${module}/__init__.py`, content: Buffer.from(`__version__ = "${version}"\n`) },
        {
            path: `${info}/METADATA`,
            content: Buffer.from([
                `Metadata-Version: 2.1`,
                `Name: ${name}`,
                `Version: ${version}`,
                `Summary: ${name} (internal)`,
                ...requires.map((r) => `Requires-Dist: ${r}`),
                '',
            ].join('\n')),
        },
        {
            path: `${info}/WHEEL`,
            content: Buffer.from('Wheel-Version: 1.0\nGenerator: codeartifact-cache\nRoot-Is-Purelib: true\nTag: py3-none-any\n'),
        },
    ];
    const record = files.map((f) => `${f.path},sha256=${(0,external_node_crypto_.createHash)('sha256').update(f.content).digest('base64url')},${f.content.length}`);
    files.push({
        path: `${info}/RECORD`,
        content: Buffer.from([...record, `${info}/RECORD,,`, ''].join('\n')),
    });
    return (0,archive/* zip */.yU)(files);
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./build/emulator/admin.js


/**
 * The emulator's own API under `/_emulator/` (not part of CodeArtifact): the audit log and counters that
 * tests and `simulate` read, and a summary of what is running.
 */
async function handleAdmin(req, res, ctx, url) {
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    switch (route) {
        case 'GET /_emulator/info':
            return json(res, 200, info(ctx));
        case 'GET /_emulator/audit': {
            const since = url.searchParams.get('since') ?? '0';
            if (!/^[0-9]{1,15}$/.test(since))
                return json(res, 400, { message: 'since must be a sequence number' });
            return json(res, 200, ctx.audit.page(Number(since)));
        }
        case 'GET /_emulator/counters':
            return json(res, 200, {
                ...ctx.audit.counters(),
                lastSeq: ctx.audit.lastSeq,
                storage: storage(ctx),
                externalConnections: (0,pool/* poolStats */.UA)(ctx),
            });
        case 'POST /_emulator/audit/reset':
            ctx.audit.reset();
            return json(res, 200, { lastSeq: ctx.audit.lastSeq });
        default:
            return json(res, 404, { message: `No emulator admin route ${route}` });
    }
}
function info(ctx) {
    return {
        endpoint: ctx.baseUrl,
        publicUrls: ctx.publicUrls,
        publicLatencyMs: ctx.publicLatencyMs,
        domains: Object.values(ctx.store.state.domains).map((d) => ({
            name: d.name,
            owner: d.owner,
            repositories: Object.values(d.repositories).map((r) => ({
                name: r.name,
                upstreams: r.upstreams,
                externalConnections: r.externalConnections.map((c) => c.externalConnectionName),
                packages: Object.keys(r.packages).length,
            })),
        })),
    };
}
/** Distinct stored assets and bytes per domain: the "stored once per domain" figure. */
function storage(ctx) {
    const out = {};
    for (const d of Object.values(ctx.store.state.domains)) {
        out[`${d.name}-${d.owner}`] = ctx.store.blobs.usage((0,types/* domainKey */.mI)(d.owner, d.name));
    }
    return out;
}
function json(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
}

// EXTERNAL MODULE: ./build/emulator/control/errors.js
var errors = __webpack_require__(49081);
// EXTERNAL MODULE: ./build/emulator/control/model.js + 1 modules
var model = __webpack_require__(5885);
;// CONCATENATED MODULE: ./build/emulator/control/validate.js

/** AWS's wording: "2 validation errors detected: Value 'x' at 'a' failed to satisfy constraint: ...; ...". */
function formatProblems(problems) {
    const count = problems.length;
    return `${count} validation error${count === 1 ? '' : 's'} detected: ${problems.map((p) => p.text).join('; ')}`;
}
/**
 * Check a value against a model shape, recording every failed constraint (AWS lists them all), and
 * return a copy holding only the members the model declares.
 */
function checkValue(value, shapeName, path, problems) {
    const target = (0,model/* shape */.cW)(shapeName);
    const fail = (constraint) => problems.push({ kind: 'constraint', text: failure(value, path, constraint) });
    const wrongType = (expected) => {
        problems.push({ kind: 'parse', text: `Could not parse the request: '${path}' must be ${expected}.` });
        return undefined;
    };
    switch (target.type) {
        case 'structure':
            return isObject(value) ? checkStructure(value, target, path, problems) : wrongType('an object');
        case 'map':
            return isObject(value) ? checkMap(value, target, path, problems, fail) : wrongType('an object');
        case 'list':
            return Array.isArray(value) ? checkList(value, target, path, problems, fail) : wrongType('a list');
        case 'string':
            if (typeof value !== 'string')
                return wrongType('a string');
            checkString(value, target, fail);
            return value;
        case 'integer':
        case 'long':
            if (typeof value !== 'number' || !Number.isInteger(value))
                return wrongType('an integer');
            checkRange(value, target, 'value', fail);
            return value;
        case 'boolean':
            return typeof value === 'boolean' ? value : wrongType('a boolean');
        case 'timestamp':
            return typeof value === 'number' ? value : wrongType('a number of epoch seconds');
        case 'blob':
            return value;
    }
}
function checkStructure(value, target, path, problems) {
    const out = {};
    for (const [name, ref] of Object.entries(target.members ?? {})) {
        const memberPath = path ? `${path}.${name}` : name;
        const member = value[name];
        if (member === undefined || member === null) {
            if (target.required?.includes(name)) {
                problems.push({ kind: 'constraint', text: failure(null, memberPath, 'Member must not be null') });
            }
            continue;
        }
        out[name] = checkValue(member, ref.shape, memberPath, problems);
    }
    return out;
}
function checkList(value, target, path, problems, fail) {
    checkRange(value.length, target, 'length', fail);
    const member = target.member?.shape ?? 'String';
    return value.map((item, i) => checkValue(item, member, `${path}.${i + 1}.member`, problems));
}
function checkMap(value, target, path, problems, fail) {
    const entries = Object.entries(value);
    checkRange(entries.length, target, 'length', fail);
    const out = {};
    for (const [key, item] of entries) {
        const keyProblems = [];
        checkValue(key, target.key?.shape ?? 'String', path, keyProblems);
        if (keyProblems.length > 0) {
            const reasons = keyProblems.map((p) => p.text.replace(/^.*failed to satisfy constraint: /, ''));
            fail(`Map keys must satisfy constraint: [${reasons.join(', ')}]`);
        }
        out[key] = checkValue(item, target.value?.shape ?? 'String', `${path}.${key}.member`, problems);
    }
    return out;
}
function checkString(value, target, fail) {
    if (target.enum && !target.enum.includes(value)) {
        fail(`Member must satisfy enum value set: [${target.enum.join(', ')}]`);
    }
    checkRange(value.length, target, 'length', fail);
    if (target.pattern && !compile(target.pattern).test(value)) {
        fail(`Member must satisfy regular expression pattern: ${target.pattern}`);
    }
}
function checkRange(n, target, what, fail) {
    if (target.min !== undefined && n < target.min)
        fail(`Member must have ${what} greater than or equal to ${target.min}`);
    if (target.max !== undefined && n > target.max)
        fail(`Member must have ${what} less than or equal to ${target.max}`);
}
function failure(value, path, constraint) {
    return `Value ${render(value)} at '${path}' failed to satisfy constraint: ${constraint}`;
}
function render(value) {
    if (value === null || value === undefined)
        return 'null';
    return `'${typeof value === 'object' ? JSON.stringify(value) : String(value)}'`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const compiled = new Map();
// The model's patterns are Java regular expressions that must match the whole value. JavaScript's
// `u` flag understands \p{C} / \P{C}; Java's \p{IsWhitespace} is spelled \p{White_Space}.
function compile(pattern) {
    let re = compiled.get(pattern);
    if (!re) {
        re = new RegExp(`^(?:${pattern.replaceAll('\\p{IsWhitespace}', '\\p{White_Space}')})$`, 'u');
        compiled.set(pattern, re);
    }
    return re;
}

;// CONCATENATED MODULE: ./build/emulator/control/input.js



/**
 * Build an operation's input from the query string, headers and JSON body exactly as the model places
 * each member, then validate it. Throws ValidationException (CANNOT_PARSE or FIELD_VALIDATION_FAILED).
 */
function parseInput(op, raw) {
    if (!op.input)
        return {};
    const inputShape = (0,model/* shape */.cW)(op.input.shape);
    const body = input_readBody(inputShape, raw.body);
    const input = {};
    for (const [name, ref] of Object.entries(inputShape.members ?? {})) {
        const value = readMember(name, ref, inputShape, raw, body);
        if (value !== undefined)
            input[name] = value;
    }
    const problems = [];
    const checked = checkValue(input, op.input.shape, '', problems);
    const parse = problems.find((p) => p.kind === 'parse');
    if (parse)
        throw (0,errors/* validationError */.cJ)(parse.text, 'CANNOT_PARSE');
    if (problems.length > 0)
        throw (0,errors/* validationError */.cJ)(formatProblems(problems));
    return checked;
}
function readMember(name, ref, inputShape, raw, body) {
    if (inputShape.payload === name)
        return body;
    const wireName = ref.locationName ?? name;
    if (ref.location === 'querystring')
        return fromQuery(raw.query.getAll(wireName), ref.shape, wireName);
    if (ref.location === 'header')
        return raw.headers[wireName.toLowerCase()];
    return Buffer.isBuffer(body) ? undefined : body[name];
}
function input_readBody(inputShape, bytes) {
    const payload = inputShape.payload ? inputShape.members?.[inputShape.payload] : undefined;
    if (payload && (0,model/* shape */.cW)(payload.shape).type === 'blob')
        return bytes;
    const text = bytes.toString('utf8').trim();
    if (text === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw (0,errors/* validationError */.cJ)(`Could not parse the request body as JSON: ${err.message}`, 'CANNOT_PARSE');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw (0,errors/* validationError */.cJ)('The request body must be a JSON object.', 'CANNOT_PARSE');
    }
    return parsed;
}
// Query-string values are text; the model says which ones are numbers, booleans or lists.
function fromQuery(values, shapeName, wireName) {
    if (values.length === 0)
        return undefined;
    const target = (0,model/* shape */.cW)(shapeName);
    if (target.type === 'list')
        return values.map((v) => fromQuery([v], target.member?.shape ?? 'String', wireName));
    const text = values[0];
    if (target.type === 'integer' || target.type === 'long') {
        if (!/^-?\d+$/.test(text))
            throw cannotParse(text, wireName, 'an integer');
        return Number(text);
    }
    if (target.type === 'boolean') {
        if (text !== 'true' && text !== 'false')
            throw cannotParse(text, wireName, 'a boolean');
        return text === 'true';
    }
    return text;
}
function cannotParse(text, wireName, what) {
    return (0,errors/* validationError */.cJ)(`Value '${text}' for query parameter '${wireName}' is not ${what}.`, 'CANNOT_PARSE');
}

// EXTERNAL MODULE: ./build/emulator/control/ops/common.js
var common = __webpack_require__(76462);
// EXTERNAL MODULE: ./build/emulator/control/ops/describe.js
var ops_describe = __webpack_require__(84926);
;// CONCATENATED MODULE: ./build/emulator/control/ops/paginate.js

const DEFAULT_PAGE = 100;
/**
 * One page of a list and the token for the next. Tokens are opaque to clients (base64url of an offset),
 * as the service's are; a token that does not decode is a ValidationException.
 */
function paginate(items, maxResults, nextToken) {
    const start = nextToken === undefined ? 0 : decode(nextToken);
    const end = start + (maxResults ?? DEFAULT_PAGE);
    const page = items.slice(start, end);
    return end < items.length ? { page, nextToken: encode(end) } : { page };
}
function encode(offset) {
    return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}
function decode(token) {
    try {
        const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
        if (typeof parsed.offset === 'number' && Number.isInteger(parsed.offset) && parsed.offset >= 0) {
            return parsed.offset;
        }
    }
    catch {
        // fall through to the error below
    }
    throw (0,errors/* validationError */.cJ)(`Invalid pagination token: '${token}'`, 'OTHER');
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/domains.js






function domains_createDomain(input, ctx) {
    const owner = ctx.accountId;
    if (ctx.store.domain(input.domain, owner)) {
        throw (0,errors/* conflict */.hj)(`Domain '${input.domain}' already exists in account '${owner}'`, 'domain', input.domain);
    }
    const now = (0,common/* nowSeconds */._C)(ctx);
    const domain = {
        name: input.domain,
        owner,
        region: ctx.region,
        createdTime: now,
        // Without a key the service uses the account's AWS managed key for CodeArtifact.
        encryptionKey: input.encryptionKey ?? `arn:aws:kms:${ctx.region}:${owner}:alias/aws/codeartifact`,
        repositories: {},
        // Every domain has the root group `/*`, which allows everything.
        packageGroups: { '/*': newPackageGroup('/*', now) },
        tags: Object.fromEntries((input.tags ?? []).map((t) => [t.key, t.value])),
    };
    ctx.store.state.domains[(0,types/* domainKey */.mI)(owner, domain.name)] = domain;
    ctx.store.changed();
    return { domain: (0,ops_describe/* domainDescription */.FW)(ctx, domain) };
}
function describeDomain(input, ctx) {
    return { domain: (0,ops_describe/* domainDescription */.FW)(ctx, (0,common/* findDomain */.ub)(ctx, input)) };
}
function listDomains(input, ctx) {
    const all = Object.values(ctx.store.state.domains).sort((0,common/* byKey */.dX)((d) => `${d.name}/${d.owner}`));
    const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
    return { domains: page.map(ops_describe/* domainSummary */.n), ...(nextToken ? { nextToken } : {}) };
}
/**
 * The model lists no ResourceNotFoundException for DeleteDomain: deleting a domain that is already gone
 * succeeds without a description. A domain that still holds repositories cannot be deleted.
 */
function deleteDomain(input, ctx) {
    const domain = existingDomain(ctx, input);
    if (!domain)
        return {};
    const repositories = Object.keys(domain.repositories);
    if (repositories.length > 0) {
        throw (0,errors/* conflict */.hj)(`Domain '${domain.name}' cannot be deleted because it contains ${repositories.length} repositories`, 'domain', domain.name);
    }
    const description = (0,ops_describe/* domainDescription */.FW)(ctx, domain);
    delete ctx.store.state.domains[(0,types/* domainKey */.mI)(domain.owner, domain.name)];
    ctx.store.changed();
    return { domain: { ...description, status: 'Deleted' } };
}
function existingDomain(ctx, ref) {
    try {
        return (0,common/* findDomain */.ub)(ctx, ref);
    }
    catch (err) {
        if (err instanceof errors/* ServiceError */._7 && err.code === 'ResourceNotFoundException')
            return undefined;
        throw err;
    }
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/group-common.js



const group_common_RESTRICTION_TYPES = [
    'EXTERNAL_UPSTREAM',
    'INTERNAL_UPSTREAM',
    'PUBLISH',
];
const ROOT_PATTERN = '/*';
/** Parse a pattern with the shared parser, turning its complaint into the service's ValidationException. */
function checkPattern(pattern) {
    try {
        parsePackageGroupPattern(pattern);
    }
    catch (err) {
        throw (0,errors/* validationError */.cJ)(err.message);
    }
}
function findGroup(domain, pattern) {
    const group = domain.packageGroups[pattern];
    if (group)
        return group;
    checkPattern(pattern);
    throw (0,errors/* notFound */.mX)(`Package group not found. Package group '${pattern}' does not exist in domain '${domain.name}'`, 'package-group', pattern);
}
function reference(domain, group) {
    return { arn: (0,common/* packageGroupArn */.tw)(domain, group.pattern), pattern: group.pattern };
}
function restrictionOf(domain, group, type) {
    const own = group.restrictions[type];
    const effective = effectiveRestriction(domain, group, type);
    return {
        mode: own.mode,
        effectiveMode: effective.mode,
        repositoriesCount: own.allowedRepositories.length,
        ...(effective.inheritedFrom ? { inheritedFrom: reference(domain, effective.inheritedFrom) } : {}),
    };
}
/** A group as the service describes it: own and effective modes, where inherited modes come from, its parent. */
function groupDescription(domain, group) {
    const parent = parentGroup(domain, group.pattern);
    return {
        ...reference(domain, group),
        domainName: domain.name,
        domainOwner: domain.owner,
        createdTime: (0,common/* toDate */.ay)(group.createdTime),
        originConfiguration: {
            restrictions: Object.fromEntries(group_common_RESTRICTION_TYPES.map((t) => [t, restrictionOf(domain, group, t)])),
        },
        ...(group.description !== undefined ? { description: group.description } : {}),
        ...(group.contactInfo !== undefined ? { contactInfo: group.contactInfo } : {}),
        ...(parent ? { parent: reference(domain, parent) } : {}),
    };
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/package-group-origin.js




/** Set restriction modes and edit the allowed-repository lists in one call, as the API does. */
function updatePackageGroupOriginConfiguration(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const group = findGroup(domain, input.packageGroup);
    const restrictions = Object.entries(input.restrictions ?? {});
    if (group.pattern === ROOT_PATTERN && restrictions.some(([, mode]) => mode === 'INHERIT')) {
        throw (0,errors/* validationError */.cJ)(`The root package group '${ROOT_PATTERN}' has no parent to inherit from`);
    }
    const updates = {};
    edit(domain, group, input.addAllowedRepositories ?? [], 'ADDED', updates);
    edit(domain, group, input.removeAllowedRepositories ?? [], 'REMOVED', updates);
    for (const [type, mode] of restrictions)
        group.restrictions[type].mode = mode;
    ctx.store.changed();
    return { packageGroup: groupDescription(domain, group), allowedRepositoryUpdates: updates };
}
function edit(domain, group, entries, kind, updates) {
    for (const entry of entries) {
        const { repositoryName: name, originRestrictionType: type } = entry;
        if (!name || !type)
            throw (0,errors/* validationError */.cJ)('Allowed repositories need both repositoryName and originRestrictionType');
        (0,common/* repositoryIn */.ce)(domain, name);
        const list = group.restrictions[type].allowedRepositories;
        const present = list.includes(name);
        if (kind === 'ADDED' && !present)
            list.push(name);
        if (kind === 'REMOVED' && present)
            list.splice(list.indexOf(name), 1);
        const record = (updates[type] ??= {});
        (record[kind] ??= []).push(name);
    }
}
function listAllowedRepositoriesForGroup(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const group = findGroup(domain, input.packageGroup);
    const all = [...group.restrictions[input.originRestrictionType].allowedRepositories].sort();
    const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
    return { allowedRepositories: page, ...(nextToken ? { nextToken } : {}) };
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/release.js

/**
 * Drop the bytes of assets no version in the domain references any more. Assets are stored once per
 * domain and shared by reference, so bytes go only with their last reference (a deleted or disposed
 * version no longer counts towards the domain's storage, as the User Guide says of billing).
 */
function releaseAssets(ctx, domain, assets) {
    if (assets.length === 0)
        return;
    const referenced = new Set();
    for (const repo of Object.values(domain.repositories)) {
        for (const pkg of Object.values(repo.packages)) {
            for (const version of Object.values(pkg.versions)) {
                for (const asset of version.assets)
                    referenced.add(asset.sha256);
            }
        }
    }
    const key = (0,types/* domainKey */.mI)(domain.owner, domain.name);
    for (const asset of assets) {
        if (!referenced.has(asset.sha256))
            ctx.store.blobs.delete(key, asset.sha256);
    }
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/packages.js






/** npm scopes are namespaces without '@'; pypi names are compared in their PEP 503 normal form. */
function packageCoords(input) {
    const format = input.format;
    if (format === 'npm' && input.namespace?.startsWith('@')) {
        throw (0,errors/* validationError */.cJ)(`npm namespaces are scopes without '@': use '${input.namespace.slice(1)}'`);
    }
    const name = format === 'pypi' ? (0,data_packages/* normalizePypiName */.Ty)(input.package) : input.package;
    return { format, name, ...(input.namespace !== undefined ? { namespace: input.namespace } : {}) };
}
function displayName(c) {
    if (!c.namespace)
        return c.name;
    return c.format === 'npm' ? `@${c.namespace}/${c.name}` : `${c.namespace}/${c.name}`;
}
function findPackage(repo, c) {
    const pkg = repo.packages[(0,types/* packageKey */.MO)(c.format, c.namespace, c.name)];
    if (pkg)
        return pkg;
    throw (0,errors/* notFound */.mX)(`Package not found. Package '${displayName(c)}' of format '${c.format}' does not exist in repository '${repo.name}'`, 'package', displayName(c));
}
function summary(pkg) {
    return {
        format: pkg.format,
        package: pkg.name,
        originConfiguration: { restrictions: { ...pkg.origin } },
        ...(pkg.namespace !== undefined ? { namespace: pkg.namespace } : {}),
    };
}
/**
 * Origin controls may be set before a package has any version (to block a name pre-emptively): the
 * service then keeps a package with no versions, and so does the emulator.
 */
function putPackageOriginConfiguration(input, ctx) {
    const { repo } = (0,common/* findRepository */.W1)(ctx, input);
    const c = packageCoords(input);
    const key = (0,types/* packageKey */.MO)(c.format, c.namespace, c.name);
    const restrictions = { publish: input.restrictions.publish, upstream: input.restrictions.upstream };
    const existing = repo.packages[key];
    if (existing)
        existing.origin = restrictions;
    else
        repo.packages[key] = { ...c, origin: restrictions, versions: {}, distTags: {} };
    ctx.store.changed();
    return { originConfiguration: { restrictions: { ...restrictions } } };
}
function describePackage(input, ctx) {
    const { repo } = (0,common/* findRepository */.W1)(ctx, input);
    const { package: name, ...rest } = summary(findPackage(repo, packageCoords(input)));
    return { package: { ...rest, name } };
}
function listPackages(input, ctx) {
    const { repo } = (0,common/* findRepository */.W1)(ctx, input);
    const prefix = input.format === 'pypi' && input.packagePrefix
        ? (0,data_packages/* normalizePypiName */.Ty)(input.packagePrefix)
        : input.packagePrefix;
    const matching = Object.values(repo.packages).filter((p) => (!input.format || p.format === input.format) &&
        (input.namespace === undefined || (p.namespace ?? '').startsWith(input.namespace)) &&
        (!prefix || p.name.startsWith(prefix)) &&
        (!input.publish || p.origin.publish === input.publish) &&
        (!input.upstream || p.origin.upstream === input.upstream));
    matching.sort((0,common/* byKey */.dX)((p) => `${p.format}\u0000${p.namespace ?? ''}\u0000${p.name}`));
    const { page, nextToken } = paginate(matching, input.maxResults, input.nextToken);
    return { packages: page.map(summary), ...(nextToken ? { nextToken } : {}) };
}
/** DeletePackage: the package, every version and its origin configuration leave the repository. */
function deletePackage(input, ctx) {
    const { domain, repo } = (0,common/* findRepository */.W1)(ctx, input);
    const pkg = findPackage(repo, packageCoords(input));
    delete repo.packages[(0,types/* packageKey */.MO)(pkg.format, pkg.namespace, pkg.name)];
    releaseAssets(ctx, domain, Object.values(pkg.versions).flatMap((v) => v.assets));
    ctx.store.changed();
    return { deletedPackage: summary(pkg) };
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/tags.js

function tagsFromList(tags) {
    return Object.fromEntries(tags.map((t) => [t.key, t.value]));
}
function writeTags(record, tags) {
    const target = record;
    target.tags = { ...(target.tags ?? {}), ...tags };
}
const ARN = /^arn:aws:codeartifact:[a-z0-9-]+:([0-9]{12}):(domain|repository|package-group)\/([^/]+)(?:\/(.+))?$/;
/** The record an ARN names: a domain, a repository or a package group. */
function resourceOf(ctx, arn) {
    const m = ARN.exec(arn);
    if (!m)
        throw (0,errors/* validationError */.cJ)(`Invalid ARN: '${arn}'`);
    const [, owner, type, domainName, rest] = m;
    const domain = ctx.store.domain(domainName, owner);
    const resource = type === 'domain' && rest === undefined
        ? domain
        : type === 'repository' && rest !== undefined
            ? domain?.repositories[rest]
            : type === 'package-group' && rest !== undefined
                ? domain?.packageGroups[safeDecode(rest)]
                : undefined;
    if (!resource)
        throw (0,errors/* notFound */.mX)(`Resource not found: '${arn}'`, type === 'repository' ? 'repository' : 'domain', arn);
    return resource;
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function listTagsForResource(input, ctx) {
    const tags = resourceOf(ctx, input.resourceArn).tags ?? {};
    return { tags: Object.entries(tags).map(([key, value]) => ({ key, value })) };
}
function tagResource(input, ctx) {
    writeTags(resourceOf(ctx, input.resourceArn), tagsFromList(input.tags));
    ctx.store.changed();
    return {};
}
function untagResource(input, ctx) {
    const resource = resourceOf(ctx, input.resourceArn);
    for (const key of input.tagKeys)
        delete resource.tags?.[key];
    ctx.store.changed();
    return {};
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/package-groups.js








function createPackageGroup(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const pattern = input.packageGroup;
    checkPattern(pattern);
    if (domain.packageGroups[pattern]) {
        throw (0,errors/* conflict */.hj)(`Package group '${pattern}' already exists in domain '${domain.name}'`, 'package-group', pattern);
    }
    const details = {
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.contactInfo !== undefined ? { contactInfo: input.contactInfo } : {}),
    };
    const group = newPackageGroup(pattern, (0,common/* nowSeconds */._C)(ctx), details);
    writeTags(group, tagsFromList(input.tags ?? []));
    domain.packageGroups[pattern] = group;
    ctx.store.changed();
    return { packageGroup: groupDescription(domain, group) };
}
function describePackageGroup(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    return { packageGroup: groupDescription(domain, findGroup(domain, input.packageGroup)) };
}
function updatePackageGroup(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const group = findGroup(domain, input.packageGroup);
    if (input.description !== undefined)
        group.description = input.description;
    if (input.contactInfo !== undefined)
        group.contactInfo = input.contactInfo;
    ctx.store.changed();
    return { packageGroup: groupDescription(domain, group) };
}
/** Children of a deleted group fall back to its parent (they are matched by pattern, so nothing moves). */
function deletePackageGroup(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const group = findGroup(domain, input.packageGroup);
    if (group.pattern === ROOT_PATTERN)
        throw (0,errors/* validationError */.cJ)(`The root package group '${ROOT_PATTERN}' cannot be deleted`);
    const description = groupDescription(domain, group);
    delete domain.packageGroups[group.pattern];
    ctx.store.changed();
    return { packageGroup: description };
}
function listPackageGroups(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const prefix = input.prefix ?? '';
    const groups = Object.values(domain.packageGroups)
        .filter((g) => g.pattern.startsWith(prefix))
        .sort((0,common/* byKey */.dX)((g) => g.pattern));
    const { page, nextToken } = paginate(groups, input.maxResults, input.nextToken);
    return { packageGroups: page.map((g) => groupDescription(domain, g)), ...(nextToken ? { nextToken } : {}) };
}
function listSubPackageGroups(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const parent = findGroup(domain, input.packageGroup);
    const children = Object.values(domain.packageGroups)
        .filter((g) => parentGroup(domain, g.pattern) === parent)
        .sort((0,common/* byKey */.dX)((g) => g.pattern));
    const { page, nextToken } = paginate(children, input.maxResults, input.nextToken);
    return { packageGroups: page.map((g) => groupDescription(domain, g)), ...(nextToken ? { nextToken } : {}) };
}
function getAssociatedPackageGroup(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const c = packageCoords(input);
    const { group, associationType } = associatedGroup(domain, c.format, c.namespace, c.name);
    return { packageGroup: groupDescription(domain, group), associationType };
}
/**
 * The packages of every repository in the domain whose most specific group is this one. With `preview` the
 * group need not exist: the answer is what would be associated with it if it did.
 */
function listAssociatedPackages(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const pattern = input.packageGroup;
    let groups = domain.packageGroups;
    if (!groups[pattern]) {
        if (!input.preview)
            findGroup(domain, pattern);
        checkPattern(pattern);
        groups = { ...groups, [pattern]: newPackageGroup(pattern, (0,common/* nowSeconds */._C)(ctx)) };
    }
    const view = { ...domain, packageGroups: groups };
    const found = new Map();
    for (const repo of Object.values(domain.repositories)) {
        for (const pkg of Object.values(repo.packages)) {
            const key = (0,types/* packageKey */.MO)(pkg.format, pkg.namespace, pkg.name);
            if (found.has(key))
                continue;
            const { group, associationType } = associatedGroup(view, pkg.format, pkg.namespace, pkg.name);
            if (group.pattern !== pattern)
                continue;
            const namespace = pkg.namespace !== undefined ? { namespace: pkg.namespace } : {};
            found.set(key, { format: pkg.format, ...namespace, package: pkg.name, associationType });
        }
    }
    const packages = [...found.entries()].sort((0,common/* byKey */.dX)(([k]) => k)).map(([, p]) => p);
    const { page, nextToken } = paginate(packages, input.maxResults, input.nextToken);
    return { packages: page, ...(nextToken ? { nextToken } : {}) };
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/copy.js






/**
 * CopyPackageVersions as the User Guide's "Copy packages between repositories" describes it: all or
 * nothing (one failure marks every other version SKIPPED), a version identical in both repositories is
 * left out of the answer, a different one is ALREADY_EXISTS unless allowOverwrite, and npm tags naming a
 * copied version are copied too ("npm tags and the CopyPackageVersions API"). A copy adds a version to the
 * destination the way a publish does, so the destination's publish origin control applies (a documented
 * choice: the guide is silent).
 */
function copyPackageVersions(input, ctx) {
    const hasVersions = input.versions !== undefined;
    if (hasVersions === (input.versionRevisions !== undefined)) {
        throw (0,errors/* validationError */.cJ)('You must specify versions or versionRevisions. You cannot specify both.');
    }
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const source = (0,common/* repositoryIn */.ce)(domain, input.sourceRepository);
    const destination = (0,common/* repositoryIn */.ce)(domain, input.destinationRepository);
    if (source === destination)
        throw (0,errors/* validationError */.cJ)('The source and destination repositories must differ');
    const c = packageCoords(input);
    const searched = input.includeFromUpstream ? searchOrder(domain, source) : [source];
    if (!searched.some((r) => held(r, c)))
        findPackage(source, c);
    const wanted = input.versions ?? Object.keys(input.versionRevisions ?? {});
    const plan = new Map();
    const failed = {};
    for (const version of wanted) {
        const found = searched.map((r) => held(r, c)?.versions[version]).find(Boolean);
        const problem = check(domain, destination, c, version, found, input);
        if (problem)
            failed[version] = problem;
        else if (found && !identical(held(destination, c)?.versions[version], found))
            plan.set(version, found);
    }
    if (Object.keys(failed).length > 0) {
        for (const version of wanted) {
            failed[version] ??= { errorCode: 'SKIPPED', errorMessage: `Version ${version} was skipped` };
        }
        return { successfulVersions: {}, failedVersions: failed };
    }
    const successfulVersions = copy(destination, c, plan, searched);
    ctx.store.changed();
    return { successfulVersions, failedVersions: {} };
}
function check(domain, destination, c, version, found, input) {
    if (!found)
        return { errorCode: 'NOT_FOUND', errorMessage: `Could not find version ${version}` };
    const revision = input.versionRevisions?.[version];
    if (revision !== undefined && revision !== found.revision) {
        return { errorCode: 'MISMATCHED_REVISION', errorMessage: `Version ${version} has another revision` };
    }
    if (found.status === 'Disposed' || found.status === 'Unfinished') {
        return { errorCode: 'NOT_ALLOWED', errorMessage: `Version ${version} is ${found.status}` };
    }
    const existing = held(destination, c)?.versions[version];
    if (existing && !identical(existing, found) && !input.allowOverwrite) {
        return { errorCode: 'ALREADY_EXISTS', errorMessage: `Version ${version} already exists` };
    }
    const refusal = publishRefusal(domain, destination, c);
    return refusal ? { errorCode: 'NOT_ALLOWED', errorMessage: refusal } : undefined;
}
function copy(destination, c, plan, searched) {
    const out = {};
    if (plan.size === 0)
        return out;
    const pkg = (0,data_packages/* packageForNewVersion */.qk)(destination, c, 'published');
    for (const [version, record] of plan) {
        pkg.versions[version] = { ...record, assets: [...record.assets], metadata: { ...record.metadata } };
        out[version] = { revision: record.revision, status: record.status };
        const from = searched.find((r) => held(r, c)?.versions[version] === record);
        for (const [tag, tagged] of Object.entries((from && held(from, c)?.distTags) ?? {})) {
            if (tagged === version)
                pkg.distTags[tag] = version;
        }
    }
    return out;
}
/** The same assets and metadata: the copy is then a no-op that succeeds (the operation is idempotent). */
function identical(a, b) {
    return (a !== undefined && a.revision === b.revision && JSON.stringify(a.metadata) === JSON.stringify(b.metadata));
}
/** The source, then its upstreams depth first, each once (the data plane's search order, held versions only). */
function searchOrder(domain, start) {
    const order = [];
    const visit = (repo) => {
        if (order.includes(repo))
            return;
        order.push(repo);
        for (const name of repo.upstreams) {
            const upstream = domain.repositories[name];
            if (upstream)
                visit(upstream);
        }
    };
    visit(start);
    return order;
}
function held(repo, c) {
    return repo.packages[(0,types/* packageKey */.MO)(c.format, c.namespace, c.name)];
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/policies.js



function repositoryTarget(ctx, input) {
    const { domain, repo } = (0,common/* findRepository */.W1)(ctx, input);
    return { holder: repo, arn: (0,common/* repositoryArn */.qM)(domain, repo.name), type: 'repository', name: repo.name };
}
function domainTarget(ctx, input) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    return { holder: domain, arn: (0,common/* domainArn */.ms)(domain), type: 'domain', name: domain.name };
}
function described(t, policy) {
    return { policy: { resourceArn: t.arn, document: policy.document, revision: policy.revision } };
}
function current(t) {
    const policy = t.holder.permissionsPolicy;
    if (policy)
        return policy;
    throw (0,errors/* notFound */.mX)(`No resource policy is set on ${t.type} '${t.name}'`, t.type, t.name);
}
function checkRevision(t, revision) {
    if (revision !== undefined && revision !== t.holder.permissionsPolicy?.revision) {
        throw (0,errors/* conflict */.hj)(`The policy revision '${revision}' is not the current one`, t.type, t.name);
    }
}
/** IAM policy grammar is not checked in full: the document must be a JSON object with a Statement. */
function checkDocument(document) {
    let parsed;
    try {
        parsed = JSON.parse(document);
    }
    catch {
        throw (0,errors/* validationError */.cJ)('The policy document is not valid JSON', 'OTHER');
    }
    const statement = parsed?.Statement;
    if (typeof parsed !== 'object' || parsed === null || statement === undefined) {
        throw (0,errors/* validationError */.cJ)('The policy document must be a JSON object with a Statement', 'OTHER');
    }
}
function put(ctx, t, document, revision) {
    checkDocument(document);
    checkRevision(t, revision);
    const next = {
        document,
        revision: (0,external_node_crypto_.createHash)('sha256').update(`${document}${Date.now()}`).digest('base64'),
    };
    t.holder.permissionsPolicy = next;
    ctx.store.changed();
    return described(t, next);
}
function remove(ctx, t, revision) {
    const policy = current(t);
    checkRevision(t, revision);
    delete t.holder.permissionsPolicy;
    ctx.store.changed();
    return described(t, policy);
}
const getRepositoryPermissionsPolicy = (input, ctx) => {
    const t = repositoryTarget(ctx, input);
    return described(t, current(t));
};
const putRepositoryPermissionsPolicy = (input, ctx) => put(ctx, repositoryTarget(ctx, input), input.policyDocument, input.policyRevision);
const deleteRepositoryPermissionsPolicy = (input, ctx) => remove(ctx, repositoryTarget(ctx, input), input.policyRevision);
const getDomainPermissionsPolicy = (input, ctx) => {
    const t = domainTarget(ctx, input);
    return described(t, current(t));
};
const putDomainPermissionsPolicy = (input, ctx) => put(ctx, domainTarget(ctx, input), input.policyDocument, input.policyRevision);
const deleteDomainPermissionsPolicy = (input, ctx) => remove(ctx, domainTarget(ctx, input), input.policyRevision);

;// CONCATENATED MODULE: ./build/emulator/control/ops/upstreams.js


/** The service's limit on direct upstream repositories per repository. */
const MAX_UPSTREAMS = 10;
/**
 * Check a repository's new upstream list: at most ten, no repeats, each an existing repository of the same
 * domain, and no path back to the repository itself (a cycle would make package resolution loop).
 */
function checkUpstreams(domain, repository, upstreams) {
    if (upstreams.length > MAX_UPSTREAMS) {
        throw (0,errors/* quotaExceeded */.Q)(`Repository '${repository}' cannot have ${upstreams.length} upstream repositories; the maximum is ${MAX_UPSTREAMS}`, 'repository', repository);
    }
    const seen = new Set();
    for (const name of upstreams) {
        if (seen.has(name))
            throw (0,errors/* validationError */.cJ)(`Upstream repository '${name}' is listed more than once`);
        seen.add(name);
        if (name === repository)
            throw (0,errors/* validationError */.cJ)(`Repository '${repository}' cannot be its own upstream repository`);
        (0,common/* repositoryIn */.ce)(domain, name);
        if (reaches(domain, name, repository)) {
            throw (0,errors/* validationError */.cJ)(`Adding '${name}' as an upstream of '${repository}' would create a cycle: '${name}' already reaches '${repository}' through its upstreams`);
        }
    }
}
function reaches(domain, from, target) {
    const pending = [from];
    const visited = new Set();
    while (pending.length > 0) {
        const name = pending.pop();
        if (name === target)
            return true;
        if (visited.has(name))
            continue;
        visited.add(name);
        pending.push(...(domain.repositories[name]?.upstreams ?? []));
    }
    return false;
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/repositories.js






function createRepository(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    if (domain.repositories[input.repository]) {
        throw (0,errors/* conflict */.hj)(`Repository '${input.repository}' already exists in domain '${domain.name}'`, 'repository', input.repository);
    }
    const upstreams = (input.upstreams ?? []).map((u) => u.repositoryName);
    checkUpstreams(domain, input.repository, upstreams);
    const repo = {
        name: input.repository,
        upstreams,
        externalConnections: [],
        createdTime: (0,common/* nowSeconds */._C)(ctx),
        packages: {},
        ...(input.description !== undefined ? { description: input.description } : {}),
    };
    writeTags(repo, tagsFromList(input.tags ?? []));
    domain.repositories[repo.name] = repo;
    ctx.store.changed();
    return { repository: (0,ops_describe/* repositoryDescription */.Zu)(domain, repo) };
}
function describeRepository(input, ctx) {
    const { domain, repo } = (0,common/* findRepository */.W1)(ctx, input);
    return { repository: (0,ops_describe/* repositoryDescription */.Zu)(domain, repo) };
}
/** Replaces the upstream list when one is given (an empty list removes every upstream). */
function updateRepository(input, ctx) {
    const { domain, repo } = (0,common/* findRepository */.W1)(ctx, input);
    if (input.upstreams !== undefined) {
        const upstreams = input.upstreams.map((u) => u.repositoryName);
        checkUpstreams(domain, repo.name, upstreams);
        repo.upstreams = upstreams;
    }
    if (input.description !== undefined)
        repo.description = input.description;
    ctx.store.changed();
    return { repository: (0,ops_describe/* repositoryDescription */.Zu)(domain, repo) };
}
function deleteRepository(input, ctx) {
    const { domain, repo } = (0,common/* findRepository */.W1)(ctx, input);
    const downstream = Object.values(domain.repositories).find((r) => r.upstreams.includes(repo.name));
    if (downstream) {
        // Deleting it would silently change what the downstream repository resolves.
        throw (0,errors/* conflict */.hj)(`Repository '${repo.name}' is an upstream repository of '${downstream.name}'; remove it from its upstreams first`, 'repository', repo.name);
    }
    const description = (0,ops_describe/* repositoryDescription */.Zu)(domain, repo);
    delete domain.repositories[repo.name];
    ctx.store.changed();
    return { repository: description };
}
function listRepositories(input, ctx) {
    const all = Object.values(ctx.store.state.domains).flatMap((d) => summaries(d, input.repositoryPrefix));
    const { page, nextToken } = paginate(all.sort((0,common/* byKey */.dX)((r) => r.arn ?? '')), input.maxResults, input.nextToken);
    return { repositories: page, ...(nextToken ? { nextToken } : {}) };
}
function listRepositoriesInDomain(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const admin = input.administratorAccount;
    const all = summaries(domain, input.repositoryPrefix).filter((r) => !admin || r.administratorAccount === admin);
    const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
    return { repositories: page, ...(nextToken ? { nextToken } : {}) };
}
function summaries(domain, prefix) {
    return Object.values(domain.repositories)
        .filter((r) => !prefix || r.name.startsWith(prefix))
        .sort((0,common/* byKey */.dX)((r) => r.name))
        .map((r) => (0,ops_describe/* repositorySummary */.p3)(domain, r));
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/tokens.js




const DEFAULT_DURATION = 43_200;
const MIN_DURATION = 900;
/**
 * `duration=0` means "as long as the caller's role session". The emulator cannot see a session's expiry
 * (a SigV4 signature does not carry it), so it uses one hour: the default length of an assumed-role session.
 */
const SESSION_DURATION = 3_600;
function getAuthorizationToken(input, ctx) {
    const domain = (0,common/* findDomain */.ub)(ctx, input);
    const duration = tokenDuration(input.durationSeconds);
    const issuedAt = ctx.now();
    const expiresAt = issuedAt + duration * 1000;
    const authorizationToken = newToken(issuedAt, expiresAt);
    ctx.store.addToken(authorizationToken, { domain: domain.name, owner: domain.owner, expiresAt });
    return { authorizationToken, expiration: new Date(expiresAt) };
}
// The model allows 0..43200; the service additionally refuses 1..899 (tokens live at least 15 minutes).
function tokenDuration(requested) {
    if (requested === undefined)
        return DEFAULT_DURATION;
    if (requested === 0)
        return SESSION_DURATION;
    if (requested < MIN_DURATION) {
        throw (0,errors/* validationError */.cJ)(`1 validation error detected: Value '${requested}' at 'durationSeconds' failed to satisfy constraint: ` +
            `Member must be 0 or have value greater than or equal to ${MIN_DURATION}`);
    }
    return requested;
}
/**
 * An opaque bearer token shaped like the service's (a ~1 KB JWE in compact form): clients must treat it as
 * an opaque string, and a realistic length catches code that truncates or logs it.
 */
function newToken(issuedAt, expiresAt) {
    const header = {
        ver: 1,
        isu: Math.floor(issuedAt / 1000),
        enc: 'A128GCM',
        tag: (0,external_node_crypto_.randomBytes)(16).toString('base64url'),
        exp: Math.floor(expiresAt / 1000),
        alg: 'A128GCMKW',
        iv: (0,external_node_crypto_.randomBytes)(12).toString('base64url'),
    };
    const parts = [
        Buffer.from(JSON.stringify(header)),
        (0,external_node_crypto_.randomBytes)(24),
        (0,external_node_crypto_.randomBytes)(12),
        (0,external_node_crypto_.randomBytes)(640),
        (0,external_node_crypto_.randomBytes)(16),
    ];
    return parts.map((p) => p.toString('base64url')).join('.');
}
function getRepositoryEndpoint(input, ctx) {
    // A repository has one endpoint per format (the API Reference lists all eight); the emulator's data plane
    // answers only npm and pypi, so the others are addresses that 404.
    const { domain, repo } = (0,common/* findRepository */.W1)(ctx, input);
    // endpointType (ipv4 | dualstack) selects a host name on AWS; the emulator has one address for both.
    return { repositoryEndpoint: repositoryEndpoint(ctx, input.format, domain.name, domain.owner, repo.name) };
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/version-batch.js





/**
 * Apply a change to each requested version on its own (one version's failure does not stop the others):
 * a version the repository does not hold is NOT_FOUND (upstreams are ignored, as the User Guide's "API
 * behavior with upstream repositories" says), a revision or status other than the expected one is
 * MISMATCHED_REVISION / MISMATCHED_STATUS.
 */
function eachVersion(pkg, input, change) {
    const out = { successfulVersions: {}, failedVersions: {} };
    const wanted = new Set([...(input.versions ?? []), ...Object.keys(input.versionRevisions ?? {})]);
    for (const version of wanted) {
        const record = pkg.versions[version];
        const revision = input.versionRevisions?.[version];
        let step;
        if (!record)
            step = { errorCode: 'NOT_FOUND', errorMessage: `Could not find version ${version}` };
        else if (revision !== undefined && revision !== record.revision)
            step = { errorCode: 'MISMATCHED_REVISION', errorMessage: `Version ${version} has another revision` };
        else if (input.expectedStatus !== undefined && input.expectedStatus !== record.status)
            step = {
                errorCode: 'MISMATCHED_STATUS',
                errorMessage: `Version ${version} is ${record.status}, not ${input.expectedStatus}`,
            };
        else
            step = change(record);
        if ('status' in step)
            out.successfulVersions[version] = { revision: record?.revision, status: step.status };
        else
            out.failedVersions[version] = step;
    }
    return out;
}
function target(ctx, input) {
    const { domain, repo } = (0,common/* findRepository */.W1)(ctx, input);
    return { domain, pkg: findPackage(repo, packageCoords(input)) };
}
/** DeletePackageVersions: the version leaves the repository (it may be published again); tags naming it go. */
function deletePackageVersions(input, ctx) {
    const { domain, pkg } = target(ctx, input);
    const removed = [];
    const out = eachVersion(pkg, input, (record) => {
        delete pkg.versions[record.version];
        for (const [tag, version] of Object.entries(pkg.distTags)) {
            if (version === record.version)
                delete pkg.distTags[tag];
        }
        removed.push(record);
        return { status: 'Deleted' };
    });
    releaseAssets(ctx, domain, removed.flatMap((r) => r.assets));
    ctx.store.changed();
    return out;
}
const SETTABLE = ['Published', 'Unlisted', 'Archived'];
/** UpdatePackageVersionsStatus: Published, Unlisted or Archived; a Disposed version cannot come back. */
function updatePackageVersionsStatus(input, ctx) {
    const targetStatus = input.targetStatus;
    if (!SETTABLE.includes(targetStatus)) {
        throw (0,errors/* validationError */.cJ)(`targetStatus must be one of ${SETTABLE.join(', ')}; use DisposePackageVersions or DeletePackageVersions for ${targetStatus}`);
    }
    const { pkg } = target(ctx, input);
    const out = eachVersion(pkg, input, (record) => {
        if (record.status === 'Disposed') {
            return {
                errorCode: 'NOT_ALLOWED',
                errorMessage: `Version ${record.version} is Disposed: its assets are gone`,
            };
        }
        record.status = targetStatus;
        return { status: targetStatus };
    });
    ctx.store.changed();
    return out;
}
/** DisposePackageVersions: the assets are deleted and the version stays, Disposed, for the record. */
function disposePackageVersions(input, ctx) {
    const { domain, pkg } = target(ctx, input);
    const dropped = eachVersion(pkg, input, (record) => {
        const assets = record.assets;
        record.assets = [];
        record.status = 'Disposed';
        record.revision = (0,data_packages/* revisionOf */.DT)([]);
        releaseAssets(ctx, domain, assets);
        return { status: 'Disposed' };
    });
    for (const [version, info] of Object.entries(dropped.successfulVersions)) {
        info.revision = pkg.versions[version]?.revision;
    }
    ctx.store.changed();
    return dropped;
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/versions.js




function coordsOf(pkg) {
    return {
        format: pkg.format,
        package: pkg.name,
        ...(pkg.namespace !== undefined ? { namespace: pkg.namespace } : {}),
    };
}
function findVersion(pkg, version) {
    const found = pkg.versions[version];
    if (found)
        return found;
    const name = displayName(pkg);
    throw (0,errors/* notFound */.mX)(`Package version not found. Version '${version}' of package '${name}' does not exist`, 'package-version', `${name}@${version}`);
}
/**
 * npm shows the version its `latest` tag names; other formats (and npm without the tag) show the most
 * recently published version.
 */
function defaultDisplayVersion(pkg) {
    const latest = pkg.distTags.latest;
    if (pkg.format === 'npm' && latest && pkg.versions[latest])
        return latest;
    const published = Object.values(pkg.versions).filter((v) => v.status === 'Published');
    return published.sort((a, b) => b.publishedTime - a.publishedTime)[0]?.version;
}
function listPackageVersions(input, ctx) {
    const { repo } = (0,common/* findRepository */.W1)(ctx, input);
    const pkg = findPackage(repo, packageCoords(input));
    let versions = Object.values(pkg.versions).filter((v) => (!input.status || v.status === input.status) &&
        (!input.originType || v.origin.originType === input.originType));
    // PUBLISHED_TIME lists the newest first, as the console does.
    if (input.sortBy === 'PUBLISHED_TIME')
        versions = versions.sort((a, b) => b.publishedTime - a.publishedTime);
    const { page, nextToken } = paginate(versions, input.maxResults, input.nextToken);
    const display = defaultDisplayVersion(pkg);
    return {
        ...coordsOf(pkg),
        versions: page.map((v) => ({
            version: v.version,
            revision: v.revision,
            status: v.status,
            origin: v.origin,
        })),
        ...(display !== undefined ? { defaultDisplayVersion: display } : {}),
        ...(nextToken ? { nextToken } : {}),
    };
}
function describePackageVersion(input, ctx) {
    const { repo } = (0,common/* findRepository */.W1)(ctx, input);
    const pkg = findPackage(repo, packageCoords(input));
    const v = findVersion(pkg, input.packageVersion);
    const { package: packageName, ...coords } = coordsOf(pkg);
    const description = {
        ...coords,
        packageName,
        displayName: displayName(pkg),
        version: v.version,
        revision: v.revision,
        status: v.status,
        origin: v.origin,
        publishedTime: (0,common/* toDate */.ay)(v.publishedTime),
        ...describedBy(v.metadata),
    };
    return { packageVersion: description };
}
/** Summary, home page, source repository and licenses from npm manifests or pypi core metadata. */
function describedBy(meta) {
    const text = (...keys) => keys.map((k) => meta[k]).find((v) => typeof v === 'string');
    const repository = meta.repository;
    const source = typeof repository === 'string' ? repository : repository?.url;
    const license = text('license') ?? meta.license?.type;
    const out = {};
    const summary = text('summary', 'description');
    const homePage = text('homepage', 'home_page', 'homePage');
    if (summary !== undefined)
        out.summary = summary;
    if (homePage !== undefined)
        out.homePage = homePage;
    if (typeof source === 'string')
        out.sourceCodeRepository = source;
    if (typeof license === 'string')
        out.licenses = [{ name: license }];
    return out;
}
function listPackageVersionAssets(input, ctx) {
    const { repo } = (0,common/* findRepository */.W1)(ctx, input);
    const pkg = findPackage(repo, packageCoords(input));
    const v = findVersion(pkg, input.packageVersion);
    const { page, nextToken } = paginate(v.assets, input.maxResults, input.nextToken);
    return {
        ...coordsOf(pkg),
        version: v.version,
        versionRevision: v.revision,
        assets: page.map((a) => ({
            name: a.name,
            size: a.size,
            // The blob store keeps sha512 in base64 (npm's integrity form); the API reports hex like the others.
            hashes: {
                MD5: a.md5,
                'SHA-1': a.sha1,
                'SHA-256': a.sha256,
                'SHA-512': Buffer.from(a.sha512, 'base64').toString('hex'),
            },
        })),
        ...(nextToken ? { nextToken } : {}),
    };
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/version-content.js







/** The version a request names, in the repository itself (these APIs ignore upstreams). */
function versionOf(ctx, input) {
    const { domain, repo } = (0,common/* findRepository */.W1)(ctx, input);
    const pkg = findPackage(repo, packageCoords(input));
    return { domain, pkg, record: findVersion(pkg, input.packageVersion) };
}
/**
 * GetPackageVersionAsset: the bytes of one asset (npm's is always `package.tgz`), for a pulled-through
 * version too since retention keeps a reference to it. An Archived version's assets cannot be downloaded
 * (User Guide, "Package version status"): the emulator answers ConflictException, one of the operation's
 * modeled errors, for it; a Disposed version has no assets left.
 */
function getPackageVersionAsset(input, ctx) {
    const { domain, record } = versionOf(ctx, input);
    const where = `${input.package}@${record.version}`;
    if (input.packageVersionRevision !== undefined && input.packageVersionRevision !== record.revision) {
        throw (0,errors/* notFound */.mX)(`Revision ${input.packageVersionRevision} of ${where} does not exist`, 'package-version', where);
    }
    if (record.status === 'Archived') {
        throw (0,errors/* conflict */.hj)(`${where} is Archived: its assets cannot be downloaded`, 'package-version', where);
    }
    const asset = record.assets.find((a) => a.name === input.asset);
    const bytes = asset && ctx.store.blobs.get((0,types/* domainKey */.mI)(domain.owner, domain.name), asset.sha256);
    if (!asset || !bytes) {
        throw (0,errors/* notFound */.mX)(`Asset ${input.asset} of ${where} does not exist`, 'asset', input.asset);
    }
    return {
        asset: bytes,
        assetName: asset.name,
        packageVersion: record.version,
        packageVersionRevision: record.revision,
    };
}
/** GetPackageVersionReadme: npm's `readme` from the manifest, PyPI's long description from the upload. */
function getPackageVersionReadme(input, ctx) {
    const { pkg, record } = versionOf(ctx, input);
    const readme = record.metadata.readme;
    return {
        ...coordsOf(pkg),
        version: record.version,
        versionRevision: record.revision,
        ...(typeof readme === 'string' ? { readme } : {}),
    };
}
const NPM_DEPENDENCY_TYPES = [
    ['dependencies', 'regular'],
    ['devDependencies', 'dev'],
    ['peerDependencies', 'peer'],
    ['optionalDependencies', 'optional'],
];
/** The direct dependencies the version's own metadata declares (package.json, Requires-Dist). */
function listPackageVersionDependencies(input, ctx) {
    const { pkg, record } = versionOf(ctx, input);
    const all = dependenciesOf(pkg, record);
    const { page, nextToken } = paginate(all, undefined, input.nextToken);
    return {
        ...coordsOf(pkg),
        version: record.version,
        versionRevision: record.revision,
        dependencies: page,
        ...(nextToken ? { nextToken } : {}),
    };
}
function dependenciesOf(pkg, record) {
    if (pkg.format === 'npm') {
        return NPM_DEPENDENCY_TYPES.flatMap(([field, dependencyType]) => Object.entries((record.metadata[field] ?? {})).map(([name, range]) => {
            const c = (0,data_packages/* npmCoords */.AZ)(name);
            return {
                ...(c.namespace ? { namespace: c.namespace } : {}),
                package: c.name,
                dependencyType,
                versionRequirement: String(range),
            };
        }));
    }
    const requires = record.metadata.requires_dist;
    const lines = Array.isArray(requires) ? requires : typeof requires === 'string' ? [requires] : [];
    return lines.flatMap((line) => {
        const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*\(?([^;)]*)\)?/.exec(String(line));
        if (!m)
            return [];
        const requirement = (m[2] ?? '').trim();
        return [
            {
                package: (0,data_packages/* normalizePypiName */.Ty)(m[1]),
                dependencyType: 'Requires-Dist',
                ...(requirement ? { versionRequirement: requirement } : {}),
            },
        ];
    });
}

;// CONCATENATED MODULE: ./build/emulator/control/ops/index.js













/** Implemented operations by model name; the rest of the model answers with NotImplementedException. */
const HANDLERS = {
    GetAuthorizationToken: getAuthorizationToken,
    GetRepositoryEndpoint: getRepositoryEndpoint,
    CreateDomain: domains_createDomain,
    DescribeDomain: describeDomain,
    ListDomains: listDomains,
    DeleteDomain: deleteDomain,
    CreateRepository: createRepository,
    DescribeRepository: describeRepository,
    UpdateRepository: updateRepository,
    DeleteRepository: deleteRepository,
    ListRepositories: listRepositories,
    ListRepositoriesInDomain: listRepositoriesInDomain,
    AssociateExternalConnection: external_connections/* associateExternalConnection */.YC,
    DisassociateExternalConnection: external_connections/* disassociateExternalConnection */.oN,
    PutPackageOriginConfiguration: putPackageOriginConfiguration,
    DescribePackage: describePackage,
    ListPackages: listPackages,
    ListPackageVersions: listPackageVersions,
    DescribePackageVersion: describePackageVersion,
    ListPackageVersionAssets: listPackageVersionAssets,
    GetPackageVersionAsset: getPackageVersionAsset,
    GetPackageVersionReadme: getPackageVersionReadme,
    ListPackageVersionDependencies: listPackageVersionDependencies,
    CopyPackageVersions: copyPackageVersions,
    DeletePackageVersions: deletePackageVersions,
    UpdatePackageVersionsStatus: updatePackageVersionsStatus,
    DisposePackageVersions: disposePackageVersions,
    DeletePackage: deletePackage,
    CreatePackageGroup: createPackageGroup,
    DescribePackageGroup: describePackageGroup,
    ListPackageGroups: listPackageGroups,
    ListSubPackageGroups: listSubPackageGroups,
    UpdatePackageGroup: updatePackageGroup,
    UpdatePackageGroupOriginConfiguration: updatePackageGroupOriginConfiguration,
    ListAllowedRepositoriesForGroup: listAllowedRepositoriesForGroup,
    DeletePackageGroup: deletePackageGroup,
    GetAssociatedPackageGroup: getAssociatedPackageGroup,
    ListAssociatedPackages: listAssociatedPackages,
    GetRepositoryPermissionsPolicy: getRepositoryPermissionsPolicy,
    PutRepositoryPermissionsPolicy: putRepositoryPermissionsPolicy,
    DeleteRepositoryPermissionsPolicy: deleteRepositoryPermissionsPolicy,
    GetDomainPermissionsPolicy: getDomainPermissionsPolicy,
    PutDomainPermissionsPolicy: putDomainPermissionsPolicy,
    DeleteDomainPermissionsPolicy: deleteDomainPermissionsPolicy,
    ListTagsForResource: listTagsForResource,
    TagResource: tagResource,
    UntagResource: untagResource,
};

;// CONCATENATED MODULE: ./build/emulator/control/output.js

/**
 * Serialize a result per its model shape: timestamps become epoch seconds, `location: header` members
 * become headers, members the model does not declare and undefined values are dropped.
 */
function serializeOutput(shapeName, result) {
    const out = { body: {}, headers: {} };
    if (!shapeName)
        return out;
    const outputShape = (0,model/* shape */.cW)(shapeName);
    for (const [name, ref] of Object.entries(outputShape.members ?? {})) {
        const value = result[name];
        if (value === undefined || value === null)
            continue;
        if (outputShape.payload === name && (0,model/* shape */.cW)(ref.shape).type === 'blob')
            out.raw = value;
        else if (ref.location === 'header')
            out.headers[ref.locationName ?? name] = String(toWire(value, ref.shape));
        else
            out.body[name] = toWire(value, ref.shape);
    }
    return out;
}
function toWire(value, shapeName) {
    const target = (0,model/* shape */.cW)(shapeName);
    switch (target.type) {
        case 'timestamp':
            return value instanceof Date ? value.getTime() / 1000 : value;
        case 'list':
            return value.map((item) => toWire(item, target.member?.shape ?? 'String'));
        case 'map':
            return mapValues(value, (item) => toWire(item, target.value?.shape ?? 'String'));
        case 'structure':
            return structure(value, target.members ?? {});
        default:
            return value;
    }
}
function structure(value, members) {
    const out = {};
    for (const [name, ref] of Object.entries(members)) {
        const item = value[name];
        if (item !== undefined && item !== null)
            out[name] = toWire(item, ref.shape);
    }
    return out;
}
function mapValues(value, fn) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fn(v)]));
}

;// CONCATENATED MODULE: ./build/emulator/control/canonical-request.js

/** The canonical request of the SigV4 spec (non-S3 flavour: the path is URI-encoded a second time). */
function canonicalRequest(req, signedHeaders) {
    const headers = signedHeaders
        .map((name) => `${name}:${canonicalHeaderValue(req.rawHeaders, name)}\n`)
        .join('');
    return [
        req.method.toUpperCase(),
        canonicalPath(req.path),
        canonicalQuery(req.query),
        headers,
        signedHeaders.join(';'),
        sha256Hex(req.body),
    ].join('\n');
}
function canonicalPath(path) {
    const segments = [];
    for (const segment of path.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..')
            segments.pop();
        else
            segments.push(segment);
    }
    const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
    return `/${segments.map(rfc3986).join('/')}${trailing}`;
}
function canonicalQuery(query) {
    const pairs = query
        .split('&')
        .filter((pair) => pair !== '')
        .map((pair) => {
        const eq = pair.indexOf('=');
        const [name, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
        return [rfc3986(canonical_request_safeDecode(name)), rfc3986(canonical_request_safeDecode(value))];
    });
    pairs.sort(([a, x], [b, y]) => (a === b ? compare(x, y) : compare(a, b)));
    return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}
function canonicalHeaderValue(rawHeaders, name) {
    const values = [];
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
        if (rawHeaders[i].toLowerCase() === name)
            values.push(rawHeaders[i + 1].trim().replace(/\s+/g, ' '));
    }
    return values.join(',');
}
function headerValue(rawHeaders, name) {
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
        if (rawHeaders[i].toLowerCase() === name)
            return rawHeaders[i + 1];
    }
    return undefined;
}
function rfc3986(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function canonical_request_safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}

;// CONCATENATED MODULE: ./build/emulator/control/sigv4.js
/**
 * AWS Signature Version 4 as the service checks it on the Authorization header. Without configured
 * credentials any well-formed signature passes (like a local stand-in should); with them the signature
 * is recomputed from the canonical request and compared, so a wrong secret fails as it would on AWS.
 */



const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 5 * 60 * 1000;
/** Throw the error AWS returns when a request's signature is missing, malformed or wrong. */
function verifySignature(req, verifier) {
    const header = headerValue(req.rawHeaders, 'authorization');
    if (header === undefined) {
        throw authError('MissingAuthenticationTokenException', 'Missing Authentication Token');
    }
    const amzDate = requestDate(req.rawHeaders);
    const auth = parseAuthorization(header, amzDate);
    checkScope(auth, verifier.service);
    if (!verifier.credentials)
        return;
    if (auth.accessKeyId !== verifier.credentials.accessKeyId) {
        throw authError('UnrecognizedClientException', 'The security token included in the request is invalid.');
    }
    checkDate(amzDate, auth.scopeDate, verifier.now());
    const canonical = canonicalRequest(req, auth.signedHeaders);
    const scope = [auth.scopeDate, auth.region, auth.service, auth.terminator].join('/');
    const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonical)].join('\n');
    const key = signingKey(verifier.credentials.secretAccessKey, auth.scopeDate, auth.region, auth.service);
    const expected = (0,external_node_crypto_.createHmac)('sha256', key).update(stringToSign).digest('hex');
    if (!sameText(expected, auth.signature)) {
        throw authError('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
            'Access Key and signing method. Consult the service documentation for details.\n\n' +
            `The Canonical String for this request should have been\n'${canonical}'\n\n` +
            `The String-to-Sign should have been\n'${stringToSign}'\n`);
    }
}
function parseAuthorization(header, amzDate) {
    if (!header.startsWith(`${ALGORITHM} `)) {
        throw incomplete(`Authorization header requires the '${ALGORITHM}' algorithm. Authorization=${header}`);
    }
    const params = new Map();
    for (const part of header.slice(ALGORITHM.length).split(',')) {
        const [name, ...rest] = part.trim().split('=');
        if (name)
            params.set(name, rest.join('='));
    }
    const missing = ['Credential', 'Signature', 'SignedHeaders']
        .filter((name) => !params.get(name))
        .map((name) => `Authorization header requires '${name}' parameter. `);
    if (!amzDate) {
        missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    }
    if (missing.length > 0)
        throw incomplete(`${missing.join('')}Authorization=${header}`);
    const credential = params.get('Credential');
    const parts = credential.split('/');
    if (parts.length !== 5) {
        throw incomplete(`Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`);
    }
    const [accessKeyId, scopeDate, region, service, terminator] = parts;
    const signedHeaders = params.get('SignedHeaders').split(';');
    return {
        accessKeyId,
        scopeDate,
        region,
        service,
        terminator,
        signedHeaders,
        signature: params.get('Signature'),
    };
}
function checkScope(auth, service) {
    if (auth.service !== service) {
        throw authError('InvalidSignatureException', `Credential should be scoped to correct service: '${service}'. `);
    }
    if (auth.terminator !== 'aws4_request') {
        throw authError('InvalidSignatureException', `Credential should be scoped with a valid terminator: 'aws4_request', not '${auth.terminator}'. `);
    }
}
function checkDate(amzDate, scopeDate, now) {
    const signedAt = parseAmzDate(amzDate);
    const current = isoBasic(new Date(now));
    if (Number.isNaN(signedAt))
        throw incomplete(`Date must be in ISO-8601 'basic format'. Got '${amzDate}'.`);
    if (signedAt < now - MAX_SKEW_MS) {
        const limit = isoBasic(new Date(now - MAX_SKEW_MS));
        throw authError('InvalidSignatureException', `Signature expired: ${amzDate} is now earlier than ${limit} (${current} - 5 min.)`);
    }
    if (signedAt > now + MAX_SKEW_MS) {
        const limit = isoBasic(new Date(now + MAX_SKEW_MS));
        throw authError('InvalidSignatureException', `Signature not yet current: ${amzDate} is still later than ${limit} (${current} + 5 min.)`);
    }
    if (!amzDate.startsWith(scopeDate)) {
        throw authError('InvalidSignatureException', `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`);
    }
}
function requestDate(rawHeaders) {
    const amzDate = headerValue(rawHeaders, 'x-amz-date');
    if (amzDate)
        return amzDate;
    const date = headerValue(rawHeaders, 'date');
    return date && !Number.isNaN(Date.parse(date)) ? isoBasic(new Date(date)) : undefined;
}
function signingKey(secret, date, region, service) {
    const hmac = (key, data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data).digest();
    return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}
function parseAmzDate(text) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}
function isoBasic(date) {
    return date
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
function sameText(a, b) {
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(Buffer.from(a), Buffer.from(b));
}
function incomplete(message) {
    return authError('IncompleteSignatureException', message);
}
function authError(code, message) {
    return new errors/* ServiceError */._7(code, message, {}, 403);
}

;// CONCATENATED MODULE: ./build/emulator/control/index.js







/** Handle one control-plane request (server.ts routes every `/v1/*` path here). */
async function handleControlPlane(req, res, ctx, url) {
    const method = req.method ?? 'GET';
    try {
        // Bounded before the signature is checked: an unsigned 1.5 GiB POST is refused from its headers.
        const body = await readBoundedBody(req, bodyLimit(method, url.pathname));
        const [path, query = ''] = splitTarget(req.url ?? '/');
        verifySignature({ method, path, query, rawHeaders: req.rawHeaders, body }, { service: model/* SIGNING_NAME */.EO, credentials: ctx.credentials, now: () => ctx.now() });
        const op = (0,model/* findOperation */.LC)(method, url.pathname);
        if (!op) {
            throw new errors/* ServiceError */._7('UnknownOperationException', `Unknown operation: ${method} ${url.pathname}`, {}, 404);
        }
        const input = parseInput(op, { query: url.searchParams, headers: req.headers, body });
        const handler = HANDLERS[op.name];
        if (!handler) {
            throw new errors/* ServiceError */._7('NotImplementedException', `The CodeArtifact emulator does not implement ${op.name}.`, {}, 501);
        }
        const result = await handler(input, ctx);
        const wire = serializeOutput(op.output?.shape, result);
        if (wire.raw)
            (0,errors/* sendBytes */.M0)(res, wire.raw, wire.headers);
        else
            (0,errors/* sendJson */.jD)(res, 200, wire.body, wire.headers);
    }
    catch (err) {
        if (err instanceof BodyTooLarge) {
            closeAfterAnswer(req, res);
            return (0,errors/* sendError */.n4)(res, new errors/* ServiceError */._7('RequestEntityTooLargeException', err.message, {}, 413));
        }
        if (!(err instanceof errors/* ServiceError */._7))
            throw err;
        (0,errors/* sendError */.n4)(res, err);
    }
}
/** Operations whose payload is a blob (an asset upload) may send as much as the data plane; JSON far less. */
function bodyLimit(method, pathname) {
    const input = (0,model/* findOperation */.LC)(method, pathname)?.input;
    const inputShape = input === undefined ? undefined : (0,model/* shape */.cW)(input.shape);
    const payload = inputShape?.payload === undefined ? undefined : inputShape.members?.[inputShape.payload];
    return payload && (0,model/* shape */.cW)(payload.shape).type === 'blob' ? DATA_PLANE_MAX_BODY : CONTROL_PLANE_MAX_BODY;
}
// The signature covers the path and query exactly as sent, so they are taken from the raw request target.
function splitTarget(target) {
    const q = target.indexOf('?');
    return q < 0 ? [target] : [target.slice(0, q), target.slice(q + 1)];
}

;// CONCATENATED MODULE: ./build/emulator/server.js





// `/<format>/d/<domain>-<owner>/<repository>/<rest>` — the VPC-endpoint form of a repository endpoint.
const DATA_PLANE = /^\/(npm|pypi)\/d\/([a-z][a-z0-9-]{0,48}[a-z0-9])-([0-9]{12})\/([^/]+)\/(.*)$/s;
/** Route one request to the control plane, the data plane or the emulator's own admin API. */
async function server_route(req, res, ctx) {
    const url = parseTarget(req.url ?? '/', ctx.baseUrl);
    if (url === undefined)
        return badRequest(res, 'The request target is not a valid path');
    if (url.pathname.startsWith('/v1/'))
        return handleControlPlane(req, res, ctx, url);
    if (url.pathname.startsWith('/_emulator/'))
        return handleAdmin(req, res, ctx, url);
    const match = DATA_PLANE.exec(url.pathname);
    if (match) {
        const [, format, domain, owner, repository, rest] = match;
        if (decodeSegment(repository) === undefined) {
            return badRequest(res, 'The repository name in the path has a malformed percent escape');
        }
        const target = {
            format: format,
            domainName: domain,
            owner: owner,
            repositoryName: decodeSegment(repository) ?? '',
            rest: rest,
            url,
        };
        return handleDataPlane(req, res, ctx, target);
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: `No such route: ${url.pathname}` }));
}
/**
 * Start the server on 127.0.0.1 — HTTPS when given a key pair, as the service is — and fill in
 * `ctx.baseUrl` once the port is known.
 */
async function server_listen(ctx, port, tls) {
    const handler = (req, res) => {
        server_route(req, res, ctx).catch((err) => internalError(res, err));
    };
    const server = tls
        ? (0,external_node_https_.createServer)({ key: tls.key, cert: tls.cert }, handler)
        : (0,external_node_http_.createServer)(handler);
    server.keepAliveTimeout = 65_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
    });
    ctx.baseUrl = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
    return server;
}
/** The request target as a URL; undefined for one no URL parser accepts (a stray `//host`, say). */
function parseTarget(target, base) {
    if (!target.startsWith('/') || target.startsWith('//'))
        return undefined;
    try {
        return new URL(target, base);
    }
    catch {
        return undefined;
    }
}
/** A path segment with its percent escapes decoded; undefined when an escape is malformed (`%zz`, `%`). */
function decodeSegment(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return undefined;
    }
}
function badRequest(res, message) {
    res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-ErrorType': 'ValidationException' });
    res.end(JSON.stringify({ message }));
}
function internalError(res, err) {
    // A malformed escape decoded deeper down is the client's mistake, not a failure of the emulator.
    if (err instanceof URIError && !res.headersSent)
        return badRequest(res, `Bad request: ${err.message}`);
    process.stderr.write(`emulator: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    if (res.headersSent) {
        res.destroy();
        return;
    }
    res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-ErrorType': 'InternalServerException' });
    res.end(JSON.stringify({ message: 'The emulator failed to handle the request.' }));
}

;// CONCATENATED MODULE: ./build/emulator/store.js





const STATE_FILE = 'state.json';
/** How many new tokens between sweeps of expired ones (a sweep walks every token). */
const TOKEN_SWEEP_EVERY = 1000;
/**
 * The emulator's state plus its asset bytes. In memory by default; with a data directory the state is
 * written (atomically, debounced) after every change and read back on start.
 */
class Store {
    dataDir;
    state;
    blobs;
    saveTimer;
    tokensAdded = 0;
    constructor(dataDir) {
        this.dataDir = dataDir;
        this.state = { domains: {}, tokens: {} };
        if (!dataDir) {
            this.blobs = new MemoryBlobStore();
            return;
        }
        (0,external_node_fs_.mkdirSync)(dataDir, { recursive: true });
        const disk = new DiskBlobStore((0,external_node_path_.join)(dataDir, 'blobs'));
        this.blobs = disk;
        const file = (0,external_node_path_.join)(dataDir, STATE_FILE);
        if ((0,external_node_fs_.existsSync)(file)) {
            Object.assign(this.state, JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')));
            for (const [key, domain] of Object.entries(this.state.domains))
                trackAssets(disk, key, domain);
        }
    }
    /** True when state was loaded from a data directory that already held a domain. */
    get isEmpty() {
        return Object.keys(this.state.domains).length === 0;
    }
    domain(name, owner) {
        return this.state.domains[(0,types/* domainKey */.mI)(owner, name)];
    }
    /** All domains with this name (the caller may omit domain-owner). */
    domainsNamed(name) {
        return Object.values(this.state.domains).filter((d) => d.name === name);
    }
    addToken(token, record) {
        this.state.tokens[hashToken(token)] = record;
        // Expired tokens are forgotten now and then, so a long-running emulator does not grow with every token.
        if (++this.tokensAdded % TOKEN_SWEEP_EVERY === 0)
            this.dropExpiredTokens();
        this.changed();
    }
    /** The token's record if it exists and has not expired. */
    token(token, now = Date.now()) {
        const record = this.state.tokens[hashToken(token)];
        return record && record.expiresAt > now ? record : undefined;
    }
    /** Call after every mutation; persistence is batched. */
    changed() {
        if (!this.dataDir || this.saveTimer)
            return;
        this.saveTimer = setTimeout(() => this.flush(), 50);
    }
    /** Write the state file now (also called on shutdown). */
    flush() {
        if (this.saveTimer)
            clearTimeout(this.saveTimer);
        this.saveTimer = undefined;
        if (!this.dataDir)
            return;
        this.dropExpiredTokens();
        const file = (0,external_node_path_.join)(this.dataDir, STATE_FILE);
        const tmp = `${file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(this.state), { mode: 0o600 });
        (0,external_node_fs_.renameSync)(tmp, file);
    }
    dropExpiredTokens(now = Date.now()) {
        for (const [key, record] of Object.entries(this.state.tokens)) {
            if (record.expiresAt <= now)
                delete this.state.tokens[key];
        }
    }
}
function hashToken(token) {
    return (0,external_node_crypto_.createHash)('sha256').update(token).digest('hex');
}
function trackAssets(disk, key, domain) {
    for (const repo of Object.values(domain.repositories)) {
        for (const pkg of Object.values(repo.packages)) {
            for (const version of Object.values(pkg.versions)) {
                for (const asset of version.assets)
                    disk.track(key, asset.sha256, asset.size);
            }
        }
    }
}

;// CONCATENATED MODULE: ./build/emulator/tls.js
/**
 * HTTPS for the emulator: a certificate authority made at start and a server certificate it signs for
 * 127.0.0.1 / localhost. Clients then run unmodified with only the CA file trusted (see trust-env.ts).
 *
 * ECDSA P-256 through WebCrypto keeps generation in the milliseconds; @peculiar/x509 (maintained, typed,
 * used by many TLS tools) writes the certificates, so no ASN.1 is hand-encoded here. It needs a Reflect
 * metadata polyfill, loaded first and only when --tls is asked for.
 */



const tls_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY_MS = 86_400_000;
/**
 * Make a fresh CA and server certificate and write them into `dir`. The CA's private key is never
 * written: it signs once, in memory, so trusting the CA file cannot let anyone mint other certificates.
 */
async function createTlsMaterial(dir, now = Date.now()) {
    await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.t.bind(__webpack_require__, 80477, 19));
    const x509 = await __webpack_require__.e(/* import() */ 927).then(__webpack_require__.t.bind(__webpack_require__, 8927, 19));
    x509.cryptoProvider.set(external_node_crypto_.webcrypto);
    const notBefore = new Date(now - 3_600_000); // tolerate a client clock an hour behind
    const notAfter = new Date(now + 365 * DAY_MS);
    const caKeys = await external_node_crypto_.webcrypto.subtle.generateKey(tls_ALGORITHM, true, ['sign', 'verify']);
    const caCert = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: serial(),
        name: `CN=codeartifact-cache emulator CA ${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`,
        notBefore,
        notAfter,
        keys: caKeys,
        signingAlgorithm: tls_ALGORITHM,
        extensions: [
            new x509.BasicConstraintsExtension(true, 0, true),
            new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
            await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
        ],
    });
    const serverKeys = await external_node_crypto_.webcrypto.subtle.generateKey(tls_ALGORITHM, true, ['sign', 'verify']);
    const serverCert = await x509.X509CertificateGenerator.create({
        serialNumber: serial(),
        subject: 'CN=localhost',
        issuer: caCert.subject,
        notBefore,
        notAfter,
        publicKey: serverKeys.publicKey,
        signingKey: caKeys.privateKey,
        signingAlgorithm: tls_ALGORITHM,
        extensions: [
            new x509.BasicConstraintsExtension(false, undefined, true),
            new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
            new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
            new x509.SubjectAlternativeNameExtension([
                { type: 'dns', value: 'localhost' },
                { type: 'ip', value: '127.0.0.1' },
                { type: 'ip', value: '::1' },
            ]),
            await x509.SubjectKeyIdentifierExtension.create(serverKeys.publicKey),
            await x509.AuthorityKeyIdentifierExtension.create(caCert, false),
        ],
    });
    const pkcs8 = Buffer.from(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', serverKeys.privateKey));
    const material = {
        ca: caCert.toString('pem'),
        cert: serverCert.toString('pem'),
        key: pem('PRIVATE KEY', pkcs8),
    };
    return { ...material, ...writeFiles(dir, material) };
}
/** Positive, 16 random bytes: unique per start so a client never sees two certificates with one serial. */
function serial() {
    const bytes = (0,external_node_crypto_.randomBytes)(16);
    bytes[0] = (bytes[0] ?? 0) & 0x7f;
    return bytes.toString('hex');
}
function pem(label, der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
/** Each file written beside itself and renamed, so a client reading the CA never sees half a file. */
function writeFiles(dir, material) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    const files = {
        caFile: (0,external_node_path_.join)(dir, 'ca.pem'),
        certFile: (0,external_node_path_.join)(dir, 'cert.pem'),
        keyFile: (0,external_node_path_.join)(dir, 'key.pem'),
    };
    const write = (path, content, mode) => {
        const temp = `${path}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, content, { mode });
        (0,external_node_fs_.chmodSync)(temp, mode);
        (0,external_node_fs_.renameSync)(temp, path);
    };
    write(files.caFile, material.ca, 0o644);
    write(files.certFile, material.cert, 0o644);
    write(files.keyFile, material.key, 0o600);
    return { dir, ...files };
}

;// CONCATENATED MODULE: ./build/emulator/trust-env.js
/**
 * The environment that makes unmodified clients trust an emulator started with --tls: each client's own
 * documented variable for "trust this CA file" (checked with the clients' current releases in
 * test/e2e/tls-clients.test.ts). Nothing here is needed against the real service, whose certificates
 * chain to public CAs. All but NODE_EXTRA_CA_CERTS replace their client's default roots.
 */
function trustEnv(caFile) {
    return {
        /** Printed by `emulator --tls` on its second stdout line. */
        CODEARTIFACT_CA_BUNDLE: caFile,
        /** Node adds it to its built-in roots: npm, pnpm, yarn berry, this CLI and the AWS SDK for JavaScript. */
        NODE_EXTRA_CA_CERTS: caFile,
        /** npm's `cafile`: a global npmrc that sets one (some machines do) would otherwise hide the line above. */
        NPM_CONFIG_CAFILE: caFile,
        /** The AWS CLI and botocore. */
        AWS_CA_BUNDLE: caFile,
        /** pip's own name for `--cert`; it wins over REQUESTS_CA_BUNDLE, so one inherited value would hide ours. */
        PIP_CERT: caFile,
        /** requests-based clients: pip, twine, poetry. */
        REQUESTS_CA_BUNDLE: caFile,
        /** OpenSSL's default file: go, uv, curl, pnpm 12 (pip 23 ignores it). */
        SSL_CERT_FILE: caFile,
    };
}

;// CONCATENATED MODULE: ./build/emulator/index.js












/** Start the emulator (and, unless told otherwise, the embedded public registry behind its external connections). */
async function startEmulator(opts = {}) {
    const config = opts.config ?? emulator_config/* DEFAULT_CONFIG */.PV;
    const tlsFiles = startTls(opts);
    const needPublic = !opts.publicNpm || !opts.publicPypi;
    let publicRegistry;
    let server;
    let ctx;
    let tls;
    try {
        publicRegistry = needPublic ? await startPublicRegistry({ port: 0 }) : undefined;
        ctx = context(opts, config, publicRegistry);
        tls = await tlsFiles.material;
        server = await server_listen(ctx, opts.port ?? 0, tls);
        if (ctx.store.isEmpty)
            await seed(ctx, config);
    }
    catch (err) {
        tlsFiles.remove();
        await publicRegistry?.close();
        throw err;
    }
    const close = async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(() => resolve()));
        (0,pool/* closePool */.Tj)(ctx);
        ctx.store.flush();
        tlsFiles.remove();
        await publicRegistry?.close();
    };
    return {
        endpoint: ctx.baseUrl,
        ctx,
        close,
        ...(publicRegistry ? { publicRegistry } : {}),
        ...(tls ? { tls } : {}),
    };
}
function context(opts, config, publicRegistry) {
    return {
        store: new Store(opts.dataDir),
        audit: new AuditLog(opts.auditCapacity),
        baseUrl: '',
        publicUrls: {
            npm: opts.publicNpm ?? publicRegistry?.npmUrl ?? '',
            pypi: opts.publicPypi ?? publicRegistry?.pypiUrl ?? '',
        },
        publicLatencyMs: opts.publicLatencyMs ?? 0,
        metadataTtlSeconds: opts.metadataTtlSeconds ?? 600,
        region: config.region ?? 'us-east-1',
        accountId: config.accountId ?? '111122223333',
        now: opts.now ?? Date.now,
        ...(opts.credentials ? { credentials: opts.credentials } : {}),
        ...(opts.faults?.length ? { faults: new Set(opts.faults) } : {}),
    };
}
/**
 * With `tls`, start making the CA and server certificate at once, so the work overlaps the public
 * registry's start; `remove` deletes the files again when they went to a temp directory of our own.
 */
function startTls(opts) {
    if (!opts.tls)
        return { material: Promise.resolve(undefined), remove: () => undefined };
    const temp = opts.dataDir ? undefined : (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'codeartifact-emulator-tls-'));
    const material = createTlsMaterial(temp ?? (0,external_node_path_.join)(opts.dataDir ?? '', 'tls'));
    material.catch(() => undefined); // awaited in startEmulator; a failure first seen there is not unhandled
    return { material, remove: () => temp && (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true }) };
}


/***/ }),

/***/ 29076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vo: () => (/* binding */ tarGz),
/* harmony export */   yU: () => (/* binding */ zip)
/* harmony export */ });
/* unused harmony exports FIXED_MTIME, tar */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/**
 * Minimal deterministic archive writers: ustar+gzip for npm tarballs and sdists, zip for wheels.
 *
 * Every timestamp is fixed and nothing depends on the machine, so the same files always give the same
 * bytes — and so the same `integrity`/`sha256` — run after run (for a given zlib build).
 */

/** 1985-10-26T08:15:00Z: the fixed mtime npm itself stamps on packed files. */
const FIXED_MTIME = 499162500;
const BLOCK = 512;
function writeOctal(header, offset, length, value) {
    header.write(value.toString(8).padStart(length - 1, '0') + '\0', offset, length, 'ascii');
}
/** Splits a long path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a slash. */
function splitUstarPath(path) {
    if (Buffer.byteLength(path) <= 100)
        return ['', path];
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
        const prefix = path.slice(0, i);
        const name = path.slice(i + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100)
            return [prefix, name];
    }
    throw new Error(`Path is too long for a ustar header: ${path}`);
}
function ustarHeader(file) {
    const header = Buffer.alloc(BLOCK);
    const [prefix, name] = splitUstarPath(file.path);
    header.write(name, 0, 100, 'utf8');
    writeOctal(header, 100, 8, file.mode ?? 0o644);
    writeOctal(header, 108, 8, 0); // uid
    writeOctal(header, 116, 8, 0); // gid
    writeOctal(header, 124, 12, file.content.length);
    writeOctal(header, 136, 12, FIXED_MTIME);
    header.fill(0x20, 148, 156); // the checksum is computed with its own field as spaces
    header.write('0', 156, 1, 'ascii'); // regular file
    header.write('ustar\u000000', 257, 8, 'binary');
    header.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of header)
        sum += byte;
    header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
    return header;
}
/** A ustar archive (uncompressed) of the files, in the given order. */
function tar(files) {
    const parts = [];
    for (const file of files) {
        parts.push(ustarHeader(file), file.content);
        const padding = (BLOCK - (file.content.length % BLOCK)) % BLOCK;
        if (padding > 0)
            parts.push(Buffer.alloc(padding));
    }
    parts.push(Buffer.alloc(BLOCK * 2)); // end-of-archive marker
    return Buffer.concat(parts);
}
/** A gzip-compressed ustar archive with fixed mtimes: identical bytes for identical input. */
function tarGz(files) {
    const gz = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(tar(files), { level: 6 });
    // zlib already writes mtime 0; pin the OS byte too ("Unix") so the header never varies by platform.
    gz[9] = 3;
    return gz;
}
/** DOS date for 1980-01-01 (the zip epoch), time 00:00: a fixed timestamp for every entry. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const UTF8_FLAG = 0x0800;
function localHeader(name, crc, compressed, size) {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    h.writeUInt16LE(UTF8_FLAG, 6);
    h.writeUInt16LE(8, 8); // method: deflate
    h.writeUInt16LE(DOS_TIME, 10);
    h.writeUInt16LE(DOS_DATE, 12);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(compressed, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    return h;
}
function centralHeader(local, name, mode, offset) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, so the external attributes carry a mode
    local.copy(h, 6, 4, 30); // version needed … name length share the local header's layout
    h.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38);
    h.writeUInt32LE(offset, 42);
    return Buffer.concat([h, name]);
}
/** A zip archive (deflate, CRC-32, fixed timestamps) of the files, in the given order. */
function zip(files) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const file of files) {
        const name = Buffer.from(file.path, 'utf8');
        const data = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.deflateRawSync)(file.content, { level: 9 });
        const local = localHeader(name, (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(file.content), data.length, file.content.length);
        centrals.push(centralHeader(local, name, file.mode ?? 0o644, offset));
        locals.push(local, name, data);
        offset += local.length + name.length + data.length;
    }
    const central = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(files.length, 8);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(central.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, central, end]);
}


/***/ }),

/***/ 19726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gK: () => (/* binding */ catalogRecords),
  h4: () => (/* binding */ resolveNpmClosure),
  dT: () => (/* binding */ topLevelPackages),
  rX: () => (/* binding */ webAppDependencies)
});

// UNUSED EXPORTS: catalogPackage, npmCatalog, webAppPackageJson

// EXTERNAL MODULE: ./build/emulator/public/npm-content.js + 1 modules
var npm_content = __webpack_require__(7767);
// EXTERNAL MODULE: ./build/emulator/public/prng.js
var prng = __webpack_require__(44317);
// EXTERNAL MODULE: ./build/emulator/public/semver.js
var semver = __webpack_require__(79848);
// EXTERNAL MODULE: ./build/emulator/public/words.js
var words = __webpack_require__(49439);
;// CONCATENATED MODULE: ./build/emulator/public/npm-graph.js
/**
 * The shape of the synthetic npm world: names, versions, publish dates and a layered dependency graph.
 *
 * Metadata only — no file contents — so generating all ~320 packages takes milliseconds and can happen
 * at start-up; tarballs are built later, per package, from these specs (see npm-content.ts).
 */



/** Packages per layer, leaves first; the last layer is what applications install directly. */
const LAYER_SIZES = [118, 80, 62, 34, 26];
/** [min, max] direct dependencies of a package in each layer. */
const DEP_COUNTS = [
    [0, 0],
    [0, 2],
    [1, 4],
    [2, 5],
    [3, 7],
];
const LARGE_PER_LAYER = [3, 2, 1, 0, 0];
const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(2019, 0, 1);
function packageName(rng, large) {
    const head = rng.pick(words/* NAME_HEADS */.AK);
    if (large)
        return `${head}-${rng.pick(words/* LARGE_TAILS */.AJ)}`;
    const tail = rng.pick(words/* NAME_TAILS */.IG);
    const roll = rng.next();
    if (roll < 0.08)
        return `@${rng.pick(words/* SCOPES */.iW)}/${tail}${rng.chance(0.5) ? `-${rng.pick(words/* NAME_EXTRAS */.Er)}` : ''}`;
    if (roll < 0.22)
        return `${head}${tail}`;
    if (roll < 0.38)
        return `${head}-${tail}-${rng.pick(words/* NAME_EXTRAS */.Er)}`;
    return `${head}-${tail}`;
}
/** 1–4 ascending versions; about a quarter of packages still live in 0.x. */
function versionList(rng) {
    const count = rng.pick([1, 1, 2, 2, 2, 3, 3, 4]);
    let [major, minor, patch] = rng.chance(0.25)
        ? [0, rng.int(1, 9), rng.int(0, 6)]
        : [rng.int(1, 5), rng.int(0, 9), rng.int(0, 9)];
    const out = [`${major}.${minor}.${patch}`];
    while (out.length < count) {
        const roll = rng.next();
        if (roll < 0.55)
            patch += rng.int(1, 3);
        else if (roll < 0.87)
            [minor, patch] = [minor + 1, 0];
        else
            [major, minor, patch] = [major + 1, 0, 0];
        out.push(`${major}.${minor}.${patch}`);
    }
    return out;
}
/** The caret range's "compatibility bucket": `1` for 1.x.y, `0.4` for 0.4.y. */
function caretBucket(version) {
    const [major = '0', minor = '0'] = version.split('.');
    return major === '0' ? `0.${minor}` : major;
}
/** A satisfiable `^x.y.z` range on dep: mostly its newest line, sometimes an older one (duplicates). */
function rangeOn(rng, dep, newestLine) {
    const latest = dep[dep.length - 1] ?? '0.0.0';
    const current = dep.filter((v) => caretBucket(v) === caretBucket(latest));
    const older = dep.filter((v) => caretBucket(v) !== caretBucket(latest));
    const pool = newestLine && (older.length === 0 || rng.chance(0.85)) ? current : older.length ? older : current;
    return `^${rng.pick(pool)}`;
}
/** Picks direct dependencies from lower layers, preferring packages nobody depends on yet. */
function pickDeps(rng, draft, lower, unclaimed) {
    const [min, max] = DEP_COUNTS[draft.layer] ?? [0, 0];
    const chosen = new Set();
    const want = rng.int(min, max);
    for (let tries = 0; chosen.size < want && tries < want * 10; tries++) {
        const free = lower.filter((d) => unclaimed.has(d.name) && !chosen.has(d.name));
        const next = free.length > 0 && rng.chance(0.4) ? rng.pick(free) : rng.pickSkewed(lower, 2.2);
        chosen.add(next.name);
    }
    for (const name of chosen)
        unclaimed.delete(name);
    return [...chosen].sort();
}
function drafts(rng) {
    const seen = new Set();
    const out = [];
    LAYER_SIZES.forEach((size, layer) => {
        for (let i = 0; i < size; i++) {
            const large = i < (LARGE_PER_LAYER[layer] ?? 0);
            let name = packageName(rng, large);
            while (seen.has(name))
                name = packageName(rng, large);
            seen.add(name);
            out.push({ name, layer, large, versions: versionList(rng), deps: [] });
        }
    });
    const unclaimed = new Set();
    for (const draft of out) {
        const lower = out.filter((d) => d.layer < draft.layer);
        if (draft.layer > 0)
            draft.deps = pickDeps(rng, draft, lower, unclaimed);
        unclaimed.add(draft.name);
    }
    return out;
}
function finish(rng, draft, byName) {
    let time = EPOCH_MS + rng.int(0, 900) * DAY_MS + rng.int(0, 86_399) * 1000;
    const versions = draft.versions.map((version, index) => {
        const newest = index === draft.versions.length - 1;
        // Older releases had fewer dependencies; each range is a caret on a version that exists.
        const names = newest ? draft.deps : draft.deps.filter(() => rng.chance(0.75));
        const dependencies = {};
        for (const name of names)
            dependencies[name] = rangeOn(rng, byName.get(name)?.versions ?? [], newest);
        time += rng.int(3, 200) * DAY_MS + rng.int(0, 86_399) * 1000;
        return { version, dependencies, published: new Date(time).toISOString() };
    });
    const tail = draft.name.split(/[-/]/).pop() ?? draft.name;
    const targetBytes = draft.large
        ? Math.round(rng.logUniform(512 * 1024, 2 * 1024 * 1024))
        : Math.round(rng.chance(0.92) ? rng.logUniform(2 * 1024, 60 * 1024) : rng.logUniform(60 * 1024, 180 * 1024));
    return {
        name: draft.name,
        description: (0,words/* description */.h_)(rng, tail),
        keywords: [tail, rng.pick(words/* NOUNS */.M_)],
        layer: draft.layer,
        targetBytes,
        large: draft.large,
        versions: versions.sort((a, b) => (0,semver/* compareVersions */.Zy)(a.version, b.version)),
    };
}
/** Generates the whole npm catalog from a seed; a pure function, cheap enough to call at start-up. */
function generateNpmGraph(seed = 'codeartifact-cache public npm v1') {
    const rng = (0,prng/* createRng */.S)(seed);
    const all = drafts(rng);
    const byName = new Map(all.map((d) => [d.name, d]));
    const packages = new Map(all.map((d) => [d.name, finish(rng, d, byName)]));
    const topLayer = LAYER_SIZES.length - 1;
    const topLevel = all.filter((d) => d.layer === topLayer).map((d) => d.name);
    return { packages, topLevel };
}

;// CONCATENATED MODULE: ./build/emulator/public/catalog.js
/**
 * The embedded public registry's npm catalog: one shared, lazily built instance of the generated graph,
 * memoized per-package tarballs, dependency closure and the "web-app" fixture.
 *
 * The graph (metadata only) is built on first use in tens of milliseconds; a package's tarballs are
 * built the first time anything asks for that package, then kept, so start-up stays fast and a test
 * that touches ten packages never pays for three hundred.
 */



let shared;
const recordsByName = new Map();
/** The shared catalog graph, generated on first call. */
function npmCatalog() {
    shared ??= generateNpmGraph();
    return shared;
}
/** A catalog package's spec, or undefined when the catalog has no such name. */
function catalogPackage(name) {
    return npmCatalog().packages.get(name);
}
/** Every version of a catalog package with its tarball, built on first request and then memoized. */
function catalogRecords(name) {
    const cached = recordsByName.get(name);
    if (cached)
        return cached;
    const pkg = catalogPackage(name);
    if (!pkg)
        return undefined;
    const records = pkg.versions.map((v) => ({
        manifest: (0,npm_content/* catalogManifest */.$B)(pkg, v),
        published: v.published,
        tarball: (0,npm_content/* buildCatalogTarball */.yY)(pkg, v),
    }));
    recordsByName.set(name, records);
    return records;
}
/** The packages a typical application installs directly, most popular first. */
function topLevelPackages() {
    return npmCatalog().topLevel;
}
/** Resolves each range to its highest satisfying version, as npm does, and walks the result. */
function resolveNpmClosure(dependencies, graph = npmCatalog()) {
    const resolved = new Set();
    const queue = Object.entries(dependencies);
    for (let next = queue.shift(); next; next = queue.shift()) {
        const [name, range] = next;
        const pkg = graph.packages.get(name);
        const version = pkg &&
            (0,semver/* maxSatisfying */.YQ)(pkg.versions.map((v) => v.version), range);
        const spec = pkg?.versions.find((v) => v.version === version);
        if (!spec)
            throw new Error(`No version of ${name} in the catalog satisfies ${range}`);
        const id = `${name}@${spec.version}`;
        if (resolved.has(id))
            continue;
        resolved.add(id);
        queue.push(...Object.entries(spec.dependencies));
    }
    return [...resolved].sort((a, b) => a.localeCompare(b));
}
/** How many top-level packages the web-app fixture uses. */
const WEB_APP_TOP_LEVEL = 24;
/** The `dependencies` of the "web-app" fixture: ~25 top-level packages whose closure is ≥ 280 packages. */
function webAppDependencies(graph = npmCatalog()) {
    const deps = {};
    for (const name of graph.topLevel.slice(0, WEB_APP_TOP_LEVEL)) {
        const latest = graph.packages.get(name)?.versions.at(-1)?.version;
        if (latest)
            deps[name] = `^${latest}`;
    }
    return deps;
}
/** A complete package.json for the "web-app" fixture. */
function webAppPackageJson() {
    return { name: 'web-app', version: '1.0.0', private: true, dependencies: webAppDependencies() };
}


/***/ }),

/***/ 7767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yY: () => (/* binding */ buildCatalogTarball),
  $B: () => (/* binding */ catalogManifest),
  Bq: () => (/* binding */ digestTarball)
});

// UNUSED EXPORTS: catalogFiles

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/emulator/public/archive.js
var archive = __webpack_require__(29076);
// EXTERNAL MODULE: ./build/emulator/public/words.js
var words = __webpack_require__(49439);
;// CONCATENATED MODULE: ./build/emulator/public/js-text.js

const doc = (rng, params) => [
    '/**',
    ` * ${(0,words/* sentence */.em)(rng, rng.int(6, 16))}`,
    ...params.map((p) => ` * @param {${rng.pick(['string', 'object', 'number', 'Array<string>', 'Buffer'])}} ${p} ${(0,words/* sentence */.em)(rng, rng.int(3, 8))}`),
    ` * @returns {${rng.pick(['string', 'object', 'boolean', 'Promise<void>', 'number'])}} ${(0,words/* sentence */.em)(rng, rng.int(2, 6))}`,
    ` * @since ${rng.int(0, 4)}.${rng.int(0, 12)}.0`,
    ' */',
].join('\n');
const literal = (rng) => rng.pick([
    () => String(rng.int(0, 65535)),
    () => `'${rng.pick(words/* VERBS */.hU)}-${rng.pick(words/* NOUNS */.M_)}-${rng.int(0, 999).toString(36)}'`,
    () => `0x${rng.int(0, 0xffffff).toString(16)}`,
    () => (rng.chance(0.5) ? 'true' : 'null'),
])();
const loopFn = (rng, name) => {
    const [input, acc, step] = [rng.pick(words/* NOUNS */.M_), `${rng.pick(words/* NOUNS */.M_)}Out`, `${name}Step`];
    return `${doc(rng, [input, 'settings'])}
function ${name}(${input}, settings = {}) {
  if (${input} == null) {
    throw new TypeError('${name}: expected ${rng.pick(words/* NOUNS */.M_)}, got ' + typeof ${input});
  }
  const ${acc} = [];
  for (let i = 0; i < ${input}.length; i += ${rng.int(1, 4)}) {
    const item = ${input}[i];
    if (settings.${rng.pick(words/* VERBS */.hU)} && item === ${literal(rng)}) continue;
    ${acc}.push(settings.${rng.pick(words/* NOUNS */.M_)} ? ${step}(item, ${rng.int(2, 64)}) : String(item).slice(${rng.int(0, 8)}));
  }
  return ${acc}.length > ${rng.int(0, 9)} ? ${acc} : ${acc}.concat(${literal(rng)});
}
function ${step}(value, width) {
  return typeof value === 'string' ? value.padStart(width, '${rng.pick(['0', ' ', '-', '.'])}') : value;
}`;
};
const classFn = (rng, name) => {
    const cls = (0,words/* capitalize */.ZH)(name);
    const field = rng.pick(words/* NOUNS */.M_);
    return `${doc(rng, ['init'])}
class ${cls} {
  constructor(init = {}) {
    this.${field} = new Map();
    this.limit = init.limit ?? ${rng.int(8, 4096)};
    this.label = init.label || ${literal(rng)};
  }
  ${(0,words/* identifier */.Cv)(rng)}(key, value) {
    if (this.${field}.size >= this.limit) this.${field}.delete(this.${field}.keys().next().value);
    this.${field}.set(key, { value, at: ${rng.int(0, 1000)} + this.${field}.size });
    return this;
  }
  ${(0,words/* identifier */.Cv)(rng)}(key) {
    const hit = this.${field}.get(key);
    return hit === undefined ? ${literal(rng)} : hit.value;
  }
}
function ${name}(init) {
  return new ${cls}(init);
}`;
};
const tableFn = (rng, name) => {
    const rows = Array.from({ length: rng.int(4, 14) }, () => `  ${rng.pick(words/* VERBS */.hU)}${(0,words/* capitalize */.ZH)(rng.pick(words/* NOUNS */.M_))}${rng.int(0, 99)}: ${literal(rng)},`);
    return `// ${(0,words/* sentence */.em)(rng, rng.int(8, 18))}
const ${name.toUpperCase()}_TABLE = Object.freeze({
${rows.join('\n')}
});
function ${name}(key) {
  return Object.prototype.hasOwnProperty.call(${name.toUpperCase()}_TABLE, key) ? ${name.toUpperCase()}_TABLE[key] : ${literal(rng)};
}`;
};
const asyncFn = (rng, name) => `${doc(rng, ['task', 'attempts'])}
async function ${name}(task, attempts = ${rng.int(2, 7)}) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      lastError = error;
      // ${(0,words/* sentence */.em)(rng, rng.int(5, 12))}
      await new Promise((resolve) => setTimeout(resolve, ${rng.int(5, 250)} * 2 ** attempt));
    }
  }
  throw new Error('${name} gave up after ' + attempts + ' attempts: ' + (lastError && lastError.message));
}`;
const switchFn = (rng, name) => {
    const cases = Array.from({ length: rng.int(3, 8) }, () => `    case '${rng.pick(words/* VERBS */.hU)}${rng.int(0, 99)}':\n      return ${literal(rng)};`);
    return `${doc(rng, ['kind'])}
function ${name}(kind) {
  switch (String(kind).toLowerCase()) {
${cases.join('\n')}
    default:
      return ${literal(rng)};
  }
}`;
};
const TEMPLATES = [loopFn, classFn, tableFn, asyncFn, switchFn];
/** A CommonJS module of about `bytes` characters exporting its generated functions. */
function jsModule(rng, bytes, header) {
    const parts = [`'use strict';\n${header}`];
    const names = new Set();
    let size = parts[0]?.length ?? 0;
    while (size < bytes) {
        let name = (0,words/* identifier */.Cv)(rng);
        while (names.has(name))
            name = `${(0,words/* identifier */.Cv)(rng)}${rng.int(2, 999)}`;
        names.add(name);
        const text = rng.pick(TEMPLATES)(rng, name);
        parts.push(text);
        size += text.length + 2;
    }
    parts.push(`module.exports = { ${[...names].join(', ')} };\n`);
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./build/emulator/public/prng.js
var prng = __webpack_require__(44317);
;// CONCATENATED MODULE: ./build/emulator/public/npm-content.js
/**
 * Builds the files and the tarball of one catalog package version, deterministically from its spec.
 *
 * Size is steered by a per-package target: most of it comes from generated JS (which compresses like
 * real code), and a share comes from incompressible data (embedded base64 tables, or a binary asset for
 * the few heavyweight packages), because real tarballs mix both.
 */





/** How many characters of generated JS gzip down to one byte (measured on this generator). */
const TEXT_RATIO = 4.0;
/** The manifest published for one version of a catalog package. */
function catalogManifest(pkg, v) {
    return {
        name: pkg.name,
        version: v.version,
        description: pkg.description,
        main: 'index.js',
        license: 'MIT',
        keywords: [...pkg.keywords],
        dependencies: { ...v.dependencies },
    };
}
/** Digests of a tarball as npm expects them in `dist`. */
function digestTarball(tarball) {
    return {
        tarball,
        shasum: (0,external_node_crypto_.createHash)('sha1').update(tarball).digest('hex'),
        integrity: `sha512-${(0,external_node_crypto_.createHash)('sha512').update(tarball).digest('base64')}`,
    };
}
function readme(rng, manifest, main) {
    const id = (0,words/* identifierFromName */.Ph)(manifest.name);
    const paragraphs = Array.from({ length: rng.int(2, 6) }, () => (0,words/* sentence */.em)(rng, rng.int(12, 40)));
    return [
        `# ${manifest.name}`,
        '',
        manifest.description ?? '',
        '',
        '## Install',
        '',
        '```sh',
        `npm install ${manifest.name}`,
        '```',
        '',
        '## Usage',
        '',
        '```js',
        `const ${id} = require('${manifest.name}');`,
        `console.log(Object.keys(${id}));`,
        '```',
        '',
        ...paragraphs.flatMap((p) => [p, '']),
        `See \`${main}\` for the full API.`,
        '',
    ].join('\n');
}
/** Where heavyweight packages keep their binary payload, by name suffix, with a plausible magic. */
const ASSETS = {
    wasm: ['dist/NAME_bg.wasm', '0061736d01000000'],
    fonts: ['fonts/NAME.woff2', '774f4632'],
    icons: ['dist/sprite.png', '89504e470d0a1a0a'],
    locales: ['data/locales.dat', ''],
    dataset: ['data/NAME.dat', ''],
    binary: ['prebuilds/linux-x64/NAME.node', '7f454c46'],
};
/** Incompressible payload: a binary asset for heavyweight packages, else an embedded base64 table. */
function opaqueFile(rng, pkg, bytes) {
    const base = pkg.name.split('/').pop() ?? pkg.name;
    const asset = ASSETS[base.split('-').pop() ?? ''];
    if (pkg.large && asset) {
        const content = Buffer.concat([Buffer.from(asset[1], 'hex'), rng.bytes(bytes)]);
        return { path: `package/${asset[0].replace('NAME', base)}`, content };
    }
    const data = rng
        .bytes(bytes)
        .toString('base64')
        .replace(/.{1,76}/g, "  '$&',\n");
    const js = `'use strict';\n// Precomputed lookup table.\nmodule.exports = [\n${data}].join('');\n`;
    return { path: 'package/lib/table.js', content: Buffer.from(js) };
}
/** The entry point: requires every dependency (so a broken install fails loudly) and re-exports lib/. */
function indexJs(deps, modules) {
    const seen = new Set();
    const ids = deps.map((dep) => {
        let id = (0,words/* identifierFromName */.Ph)(dep);
        // `@lumen/x` and `lumen-x` map to the same identifier; a duplicate const would not parse.
        while (seen.has(id))
            id = `${id}_`;
        seen.add(id);
        return id;
    });
    const requires = deps.map((dep, i) => `const ${ids[i]} = require('${dep}');\n`).join('');
    const libs = modules.map((m) => `require('./${m}')`).join(', ');
    return `'use strict';\n${requires}\nmodule.exports = Object.assign({}, ${libs});\nmodule.exports.dependencies = [${ids.join(', ')}];\n`;
}
/** All files of one catalog version, under `package/` as npm packs them. */
function catalogFiles(pkg, v) {
    const rng = (0,prng/* createRng */.S)(`${pkg.name}@${v.version}`);
    const manifest = catalogManifest(pkg, v);
    const target = pkg.targetBytes * (0.85 + rng.next() * 0.3);
    const opaqueShare = pkg.large ? 0.6 + rng.next() * 0.3 : rng.chance(0.4) ? rng.next() * 0.3 : 0;
    const textChars = Math.max(1500, target * (1 - opaqueShare) * TEXT_RATIO);
    const moduleCount = Math.max(1, Math.min(12, Math.round(textChars / 24_000)));
    const modules = Array.from({ length: moduleCount }, (_, i) => `lib/${i === 0 ? 'core' : `part${i}`}.js`);
    const files = [
        { path: 'package/package.json', content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
        { path: 'package/README.md', content: Buffer.from(readme(rng, manifest, modules[0] ?? 'index.js')) },
        { path: 'package/LICENSE', content: Buffer.from(`MIT License\n\n${(0,words/* sentence */.em)(rng, 60)}\n`) },
        { path: 'package/index.js', content: Buffer.from(indexJs(Object.keys(v.dependencies), modules)) },
        ...modules.map((m) => ({
            path: `package/${m}`,
            content: Buffer.from(jsModule(rng, textChars / moduleCount, `// ${pkg.name} ${v.version}: ${m}`)),
        })),
    ];
    if (opaqueShare > 0)
        files.push(opaqueFile(rng, pkg, Math.round(target * opaqueShare)));
    return files;
}
/** Builds one catalog version's tarball from scratch (no memo): the determinism tests call it twice. */
function buildCatalogTarball(pkg, v) {
    return digestTarball((0,archive/* tarGz */.Vo)(catalogFiles(pkg, v)));
}


/***/ }),

/***/ 44317:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ createRng)
/* harmony export */ });
/**
 * A seeded pseudo-random generator for the embedded public registry.
 *
 * The catalog must come out byte-identical on every run and every machine, so nothing here touches
 * Math.random or the clock: each package derives its own generator from a string seed, which also lets
 * packages be generated lazily in any order.
 */
/** Hashes a string into four 32-bit words (cyrb128), the seed material for sfc32. */
function seedWords(seed) {
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0; i < seed.length; i++) {
        const k = seed.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}
/** Creates a generator whose whole output is a pure function of the seed string. */
function createRng(seed) {
    let [a, b, c, d] = seedWords(seed);
    const nextU32 = () => {
        // sfc32: small, fast and statistically sound enough for synthetic data.
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        return t >>> 0;
    };
    for (let i = 0; i < 12; i++)
        nextU32();
    const next = () => nextU32() / 4294967296;
    const at = (items, index) => {
        if (items.length === 0)
            throw new Error('Cannot pick from an empty list');
        return items[Math.min(index, items.length - 1)];
    };
    return {
        next,
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        chance: (p) => next() < p,
        pick: (items) => at(items, Math.floor(next() * items.length)),
        pickSkewed: (items, skew) => at(items, Math.floor(next() ** skew * items.length)),
        logUniform: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
        bytes: (n) => {
            const out = Buffer.alloc(Math.ceil(n / 4) * 4);
            for (let i = 0; i < out.length; i += 4)
                out.writeUInt32LE(nextU32(), i);
            return out.subarray(0, n);
        },
    };
}


/***/ }),

/***/ 79848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YQ: () => (/* binding */ maxSatisfying),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/* unused harmony export satisfies */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/**
 * Version ordering and ranges for the emulator, by the library npm itself uses (`semver`, pinned to the
 * release npm 11 bundles), so the embedded registry and the emulator's packuments order and resolve
 * versions exactly as npm does — prereleases included (SemVer §11: `alpha.2` < `alpha.10`).
 */

/** Parses a full version, or returns undefined when it is not one. */
function parseVersion(text) {
    const v = semver__WEBPACK_IMPORTED_MODULE_0__.parse(text.trim());
    if (!v)
        return undefined;
    return { major: v.major, minor: v.minor, patch: v.patch, prerelease: v.prerelease.join('.') };
}
/**
 * Orders two versions like npm does (-1, 0, 1). Strings that are not semver (PyPI's PEP 440 versions such
 * as `1.0` or `2.0rc1` reach this too) sort before valid ones and keep their relative order.
 */
function compareVersions(a, b) {
    const pa = semver__WEBPACK_IMPORTED_MODULE_0__.valid(a);
    const pb = semver__WEBPACK_IMPORTED_MODULE_0__.valid(b);
    if (!pa || !pb)
        return pa ? 1 : pb ? -1 : 0;
    return semver__WEBPACK_IMPORTED_MODULE_0__.compare(pa, pb);
}
/** Whether a version satisfies an npm range (`''` and `*` match any release). */
function satisfies(version, range) {
    return semver.satisfies(version, range.trim() === '' ? '*' : range);
}
/** The highest version that satisfies the range, or undefined. */
function maxSatisfying(versions, range) {
    return semver__WEBPACK_IMPORTED_MODULE_0__.maxSatisfying([...versions], range.trim() === '' ? '*' : range) ?? undefined;
}


/***/ }),

/***/ 49439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ LARGE_TAILS),
/* harmony export */   AK: () => (/* binding */ NAME_HEADS),
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   Er: () => (/* binding */ NAME_EXTRAS),
/* harmony export */   IG: () => (/* binding */ NAME_TAILS),
/* harmony export */   M_: () => (/* binding */ NOUNS),
/* harmony export */   Ph: () => (/* binding */ identifierFromName),
/* harmony export */   ZH: () => (/* binding */ capitalize),
/* harmony export */   em: () => (/* binding */ sentence),
/* harmony export */   hU: () => (/* binding */ VERBS),
/* harmony export */   h_: () => (/* binding */ description),
/* harmony export */   iW: () => (/* binding */ SCOPES)
/* harmony export */ });
/* unused harmony export ADJECTIVES */
const words = (list) => list.trim().split(/\s+/);
const NAME_HEADS = words(`
  amber arrow aspen atlas azure basil beacon birch bolt brisk cedar cinder clover cobalt comet coral
  crisp delta drift ember fable fern flint frost gale garnet glint harbor hazel indigo iris jade
  juniper kelp kite lark lumen maple marble meadow mint nimbus nova oak onyx opal orbit pebble pine
  pixel plume quartz quill raven reef ripple rowan sable sage slate sparrow spruce swift thistle
  tidal topaz velvet willow wren zephyr
`);
const NAME_TAILS = words(`
  args cache chalk clone color config cookie date debounce diff emitter env fetch format glob hash
  http inflate json lexer lint log map merge mime parse path pipe pool queue retry router schema
  semver signal slug sort stream string table template test throttle tokens trace tree uuid validate
  watch yaml ws
`);
const NAME_EXTRAS = words('core utils lite plus kit js tools runtime');
/** Names of the few heavyweight packages hint at why they are big. */
const LARGE_TAILS = words('wasm icons locales fonts dataset binary');
const SCOPES = words('fmt lumen tessel corvid quarry');
const VERBS = words(`
  parse format merge validate normalize resolve compose watch cache stream encode decode compare sort
  transform serialize render collect schedule measure split flatten index inspect quote retry wrap
  patch hydrate emit
`);
const NOUNS = words(`
  tokens options buffers paths records frames headers entries chunks nodes events ranges values keys
  strings rows schemas payloads segments handles streams cookies dates colors globs queues signals
  templates columns spans
`);
const ADJECTIVES = words(`
  small fast tiny strict lazy safe simple minimal robust portable typed streaming immutable pluggable
  predictable isomorphic lightweight cached sorted
`);
const FILLER = words(`
  the a each every any when unless so before after with without into from over under returns keeps
  drops reuses checks caller input result order length limit state error default value copy reference
`);
/** Upper-cases the first letter. */
function capitalize(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
/** A camelCase identifier such as `parseTokens`; never a reserved word. */
function identifier(rng) {
    return rng.pick(VERBS) + capitalize(rng.pick(NOUNS));
}
/** A JS identifier derived from a package name (`@fmt/quill-parse` → `fmtQuillParse`). */
function identifierFromName(name) {
    const parts = name
        .replace(/^@/, '')
        .split(/[^a-zA-Z0-9]+/)
        .filter(Boolean);
    const joined = parts.map((p, i) => (i === 0 ? p : capitalize(p))).join('');
    return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}
/** A plain sentence of `count` words, capitalized and ending with a full stop. */
function sentence(rng, count) {
    const out = [];
    for (let i = 0; i < count; i++) {
        const bag = i % 3 === 0 ? VERBS : i % 3 === 1 ? NOUNS : FILLER;
        out.push(rng.chance(0.2) ? rng.pick(ADJECTIVES) : rng.pick(bag));
    }
    return `${capitalize(out.join(' '))}.`;
}
/** A one-line package description, in the tone of a typical registry entry. */
function description(rng, tail) {
    const adjective = capitalize(rng.pick(ADJECTIVES));
    return `${adjective} ${tail} helpers: ${rng.pick(VERBS)} ${rng.pick(NOUNS)} and ${rng.pick(NOUNS)}.`;
}


/***/ }),

/***/ 44331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ packageKey),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   mI: () => (/* binding */ domainKey)
/* harmony export */ });
/** Shapes of the emulator's state. They mirror the service model's nouns so handlers can return them with little mapping. */
const FORMATS = ['npm', 'pypi', 'maven', 'nuget', 'generic', 'ruby', 'swift', 'cargo'];
/** Key of a domain in EmulatorState.domains. */
function domainKey(owner, name) {
    return `${owner}/${name}`;
}
/** Key of a package in RepositoryRecord.packages. */
function packageKey(format, namespace, name) {
    return `${format}:${namespace ?? ''}:${name}`;
}


/***/ })

};
