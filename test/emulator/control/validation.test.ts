import {
  CreatePackageGroupCommand,
  CreateRepositoryCommand,
  DeletePackageGroupCommand,
  DescribeDomainCommand,
  DescribePackageCommand,
  GetAuthorizationTokenCommand,
  GetRepositoryEndpointCommand,
  ListPackagesCommand,
  ListRepositoriesInDomainCommand,
  PutPackageOriginConfigurationCommand,
  UpdatePackageGroupOriginConfigurationCommand,
  type CodeartifactClient,
} from '@aws-sdk/client-codeartifact';
import { startEmulator } from '../../../src/emulator/index.js';
import { codeartifactClient } from '../../helpers/aws.js';
import { expectServiceError, invalidField as invalid, type ExpectedError } from './fixtures.js';
import { signedFetch, type RawCall } from './signing.js';

let emu: Awaited<ReturnType<typeof startEmulator>>;
let client: CodeartifactClient;
const acme = { domain: 'acme' };
const internal = { ...acme, repository: 'internal' };
const npmPkg = { ...internal, format: 'npm' as const, package: 'left-pad' };

beforeAll(async () => {
  emu = await startEmulator();
  client = codeartifactClient(emu.endpoint);
});
afterAll(async () => {
  client.destroy();
  await emu.close();
});

// Each row: what is wrong, the SDK command that carries it, the ValidationException the model implies.
const cases: [string, () => object, ExpectedError][] = [
  [
    'bad domain name',
    () => new DescribeDomainCommand({ domain: 'Bad_Domain' }),
    invalid(
      /^1 validation error detected: Value 'Bad_Domain' at 'domain' failed to satisfy constraint: Member must satisfy regular expression pattern: \[a-z\]\[a-z0-9\\-\]\{0,48\}\[a-z0-9\]$/,
    ),
  ],
  [
    'duration 100',
    () => new GetAuthorizationTokenCommand({ ...acme, durationSeconds: 100 }),
    invalid(/'durationSeconds'/),
  ],
  [
    'duration 50000',
    () => new GetAuthorizationTokenCommand({ ...acme, durationSeconds: 50_000 }),
    invalid(/Member must have value less than or equal to 43200/),
  ],
  [
    'unknown format',
    () => new GetRepositoryEndpointCommand({ ...internal, format: 'golang' as 'npm' }),
    invalid(/Member must satisfy enum value set: \[npm, pypi, maven/),
  ],
  [
    'owner not 12 digits',
    () => new DescribeDomainCommand({ ...acme, domainOwner: '12345' }),
    invalid(
      /at 'domainOwner' failed to satisfy constraint: Member must have length greater than or equal to 12/,
    ),
  ],
  [
    'repository name too short',
    () => new CreateRepositoryCommand({ ...acme, repository: 'a' }),
    invalid(
      /^2 validation errors detected: .*length greater than or equal to 2; .*regular expression pattern/,
    ),
  ],
  [
    'missing required parameter',
    () => new DescribeDomainCommand({} as { domain: string }),
    invalid(
      /^1 validation error detected: Value null at 'domain' failed to satisfy constraint: Member must not be null$/,
    ),
  ],
  [
    'max-results 0',
    () => new ListRepositoriesInDomainCommand({ ...acme, maxResults: 0 }),
    invalid(
      /Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1/,
    ),
  ],
  [
    'max-results 1001',
    () => new ListPackagesCommand({ ...internal, maxResults: 1001 }),
    invalid(/less than or equal to 1000/),
  ],
  [
    'pagination token that is not ours',
    () => new ListPackagesCommand({ ...internal, nextToken: 'garbage' }),
    { name: 'ValidationException', status: 400 },
  ],
  [
    'package group pattern without a leading slash',
    () => new CreatePackageGroupCommand({ ...acme, packageGroup: 'npm/acme/*' }),
    invalid(/pattern/),
  ],
  [
    'package group pattern with an unknown format',
    () => new CreatePackageGroupCommand({ ...acme, packageGroup: '/golang/*' }),
    invalid(/golang/),
  ],
  [
    'bad package origin restriction',
    () =>
      new PutPackageOriginConfigurationCommand({
        ...npmPkg,
        restrictions: { publish: 'MAYBE' as 'ALLOW', upstream: 'BLOCK' },
      }),
    invalid(
      /at 'restrictions.publish' failed to satisfy constraint: Member must satisfy enum value set: \[ALLOW, BLOCK\]/,
    ),
  ],
  [
    'bad package group restriction mode',
    () =>
      new UpdatePackageGroupOriginConfigurationCommand({
        ...acme,
        packageGroup: '/*',
        restrictions: { EXTERNAL_UPSTREAM: 'SOMETIMES' as 'BLOCK' },
      }),
    invalid(/enum value set: \[ALLOW, ALLOW_SPECIFIC_REPOSITORIES, BLOCK, INHERIT\]/),
  ],
  [
    'bad package group restriction type',
    () =>
      new UpdatePackageGroupOriginConfigurationCommand({
        ...acme,
        packageGroup: '/*',
        restrictions: { DOWNLOAD: 'BLOCK' } as object,
      }),
    invalid(/Map keys must satisfy constraint/),
  ],
  [
    'root group told to inherit',
    () =>
      new UpdatePackageGroupOriginConfigurationCommand({
        ...acme,
        packageGroup: '/*',
        restrictions: { PUBLISH: 'INHERIT' },
      }),
    invalid(),
  ],
  [
    'deleting the root package group',
    () => new DeletePackageGroupCommand({ ...acme, packageGroup: '/*' }),
    invalid(),
  ],
  [
    'npm namespace with @',
    () => new DescribePackageCommand({ ...npmPkg, namespace: '@acme' }),
    invalid(/without '@'/),
  ],
];

test.each(cases)('%s → ValidationException', async (_what, command, expected) => {
  await expectServiceError(client.send(command() as never), expected);
});

// Bodies and query strings no SDK would send: the service still answers with a clean 400.
const repositoryCall = (repository: string, body: string): RawCall => ({
  method: 'POST',
  path: '/v1/repository',
  query: { domain: 'acme', repository },
  body,
});
const rawCases: [string, RawCall][] = [
  ['body that is not JSON', repositoryCall('raw-1', '{not json')],
  ['body that is a JSON array', repositoryCall('raw-2', '[1]')],
  ['member of the wrong JSON type', repositoryCall('raw-3', '{"upstreams":"internal"}')],
  [
    'duration that is not a number',
    { method: 'POST', path: '/v1/authorization-token', query: { domain: 'acme', duration: 'soon' } },
  ],
];

test.each(rawCases)('%s → ValidationException CANNOT_PARSE', async (_what, call) => {
  const res = await signedFetch(emu.endpoint, call);
  const body = (await res.json()) as { message: string; reason: string };
  expect([res.status, res.headers.get('x-amzn-errortype'), body.reason]).toEqual([
    400,
    'ValidationException',
    'CANNOT_PARSE',
  ]);
  expect(body.message.length).toBeGreaterThan(0);
});
