import {
  AssociateExternalConnectionCommand,
  CreateDomainCommand,
  CreateRepositoryCommand,
  DescribeDomainCommand,
  DescribePackageCommand,
  DescribeRepositoryCommand,
  DisassociateExternalConnectionCommand,
  UpdateRepositoryCommand,
  type CodeartifactClient,
} from '@aws-sdk/client-codeartifact';
import { startEmulator } from '../../../src/emulator/index.js';
import { codeartifactClient } from '../../helpers/aws.js';
import { expectServiceError, invalidField as invalid, type ExpectedError } from './fixtures.js';

let emu: Awaited<ReturnType<typeof startEmulator>>;
let client: CodeartifactClient;
const acme = { domain: 'acme' };
const internal = { ...acme, repository: 'internal' };

beforeAll(async () => {
  emu = await startEmulator();
  client = codeartifactClient(emu.endpoint);
  await client.send(new CreateRepositoryCommand({ ...acme, repository: 'ec-one' }));
  await client.send(
    new AssociateExternalConnectionCommand({
      ...acme,
      repository: 'ec-one',
      externalConnection: 'public:npmjs',
    }),
  );
  for (let i = 0; i <= 10; i++)
    await client.send(new CreateRepositoryCommand({ ...acme, repository: `up-${i}` }));
});
afterAll(async () => {
  client.destroy();
  await emu.close();
});

const notFound = (resourceType: string): ExpectedError => ({
  name: 'ResourceNotFoundException',
  status: 404,
  resourceType,
});
const conflict: ExpectedError = { name: 'ConflictException', status: 409 };
const quota: ExpectedError = { name: 'ServiceQuotaExceededException', status: 402 };
const upstreams = (...names: string[]) => names.map((repositoryName) => ({ repositoryName }));

// Each row: what is wrong, the SDK command that carries it, the error the service documents for it.
const cases: [string, () => object, ExpectedError][] = [
  ['unknown domain', () => new DescribeDomainCommand({ domain: 'nowhere' }), notFound('domain')],
  [
    'domain owned by another account',
    () => new DescribeDomainCommand({ ...acme, domainOwner: '999999999999' }),
    notFound('domain'),
  ],
  [
    'unknown repository',
    () => new DescribeRepositoryCommand({ ...acme, repository: 'nope' }),
    notFound('repository'),
  ],
  [
    'unknown package',
    () => new DescribePackageCommand({ ...internal, format: 'npm', package: 'left-pad' }),
    notFound('package'),
  ],
  ['existing domain', () => new CreateDomainCommand(acme), conflict],
  ['existing repository', () => new CreateRepositoryCommand(internal), conflict],
  [
    'unknown external connection',
    () =>
      new AssociateExternalConnectionCommand({
        ...acme,
        repository: 'up-0',
        externalConnection: 'public:golang',
      }),
    invalid(/not a valid external connection/),
  ],
  [
    'second external connection',
    () =>
      new AssociateExternalConnectionCommand({
        ...acme,
        repository: 'ec-one',
        externalConnection: 'public:pypi',
      }),
    quota,
  ],
  [
    'disassociating a connection that is not there',
    () =>
      new DisassociateExternalConnectionCommand({
        ...acme,
        repository: 'up-0',
        externalConnection: 'public:npmjs',
      }),
    notFound('repository'),
  ],
  [
    'upstream to itself',
    () => new UpdateRepositoryCommand({ ...internal, upstreams: upstreams('internal') }),
    invalid(/own upstream/),
  ],
  [
    'unknown upstream',
    () => new UpdateRepositoryCommand({ ...internal, upstreams: upstreams('ghost') }),
    notFound('repository'),
  ],
  [
    'upstream cycle',
    () =>
      new UpdateRepositoryCommand({ ...acme, repository: 'public-proxy', upstreams: upstreams('internal') }),
    invalid(/cycle/),
  ],
  [
    'the same upstream twice',
    () => new UpdateRepositoryCommand({ ...internal, upstreams: upstreams('up-1', 'up-1') }),
    invalid(/more than once/),
  ],
  [
    'eleven upstreams',
    () =>
      new UpdateRepositoryCommand({
        ...acme,
        repository: 'ec-one',
        upstreams: upstreams(...Array.from({ length: 11 }, (_, i) => `up-${i}`)),
      }),
    quota,
  ],
];

test.each(cases)('%s → the documented error', async (_what, command, expected) => {
  await expectServiceError(client.send(command() as never), expected);
});
