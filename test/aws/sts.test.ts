import * as sdk from '@aws-sdk/client-sts';
import { stsAdapter } from '../../src/aws/sts.js';
import type { RetryOptions } from '../../src/aws/retry.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { unsignedJwt } from '../helpers/oidc.js';
import { startStsStub, type StsReply } from '../helpers/sts-stub.js';

const ROLE = 'arn:aws:iam::111122223333:role/ci';
const CREDENTIALS = { accessKeyId: 'test-access-key', secretAccessKey: 'test-secret-key' };
const request = (jwt = unsignedJwt('sts.amazonaws.com')) => ({
  roleArn: ROLE,
  sessionName: 'ci',
  webIdentityToken: jwt,
  durationSeconds: 3600,
});

const client = (endpoint: string) =>
  new sdk.STSClient({ endpoint, region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1 });

describe('against moto', () => {
  let moto: Moto;
  beforeAll(async () => void (moto = await startMoto()));
  afterAll(() => moto?.stop());

  it('assumes a role with a web identity token and finds the caller account', async () => {
    const sts = stsAdapter(sdk, client(moto.endpoint));
    const credentials = await sts.assumeRoleWithWebIdentity(request());
    expect(credentials).toMatchObject({ accessKeyId: expect.stringMatching(/^ASIA/) });
    const assumed = stsAdapter(
      sdk,
      new sdk.STSClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials }),
    );
    expect(await assumed.getCallerAccount()).toBe('111122223333');
  });
});

describe('against a scripted STS', () => {
  async function attempt(replies: StsReply[], retry: RetryOptions = {}) {
    const stub = await startStsStub(replies);
    const sleeps: number[] = [];
    const sts = stsAdapter(sdk, client(stub.endpoint), {
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.5,
      ...retry,
    });
    const outcome = await sts.assumeRoleWithWebIdentity(request()).then(
      (credentials) => ({ credentials }),
      (error: Error) => ({ error }),
    );
    await stub.close();
    return { outcome, sleeps, actions: stub.actions };
  }

  it('retries throttling with jittered, growing waits', async () => {
    const throttle = { error: 'Throttling', message: 'Rate exceeded' };
    const { outcome, sleeps, actions } = await attempt([throttle, throttle, 'credentials']);
    expect(outcome).toMatchObject({ credentials: { accessKeyId: 'stub-session-access-key' } });
    expect(actions).toHaveLength(3);
    expect(sleeps).toEqual([200, 400]); // half (random 0.5) of the 400 ms, then 800 ms ceilings
  });

  it('retries when STS cannot reach the identity provider, and server faults', async () => {
    const idp = { error: 'IDPCommunicationError', message: 'could not reach the provider' };
    const fault = { error: 'InternalFailure', message: 'oops', status: 500 };
    const { outcome, actions } = await attempt([idp, fault, 'credentials']);
    expect(actions).toHaveLength(3);
    expect(outcome).toHaveProperty('credentials');
  });

  it('gives up after the last attempt and says why', async () => {
    const throttle = { error: 'Throttling', message: 'Rate exceeded' };
    const { outcome, actions } = await attempt([throttle, throttle, throttle], { attempts: 3 });
    expect(actions).toHaveLength(3);
    expect(outcome).toMatchObject({
      error: { message: expect.stringContaining('Throttling: Rate exceeded') },
    });
  });

  it.each<[string, StsReply, RegExp]>([
    [
      'a trust policy refusing the subject',
      {
        error: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        status: 403,
      },
      /oidc-provider\/token\.actions\.githubusercontent\.com.*:aud" condition is 'sts\.amazonaws\.com'.*:sub" condition matches 'repo:acme\/app:ref:refs\/heads\/main'/,
    ],
    [
      'no identity provider in the account',
      { error: 'InvalidIdentityToken', message: 'No OpenIDConnect provider found in your account' },
      /account 111122223333 needs an IAM OIDC identity provider for 'https:\/\/token\.actions\.githubusercontent\.com'/,
    ],
    [
      'a session longer than the role allows',
      { error: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration' },
      /'role-duration-seconds' may not exceed the role's maximum session duration/,
    ],
  ])('explains %s, without retrying', async (_what, reply, hint) => {
    const { outcome, actions } = await attempt([reply]);
    expect(actions).toHaveLength(1);
    const message = 'error' in outcome ? outcome.error.message : '';
    expect(message).toMatch(new RegExp(`^Could not assume ${ROLE} with the GitHub OIDC token: `));
    expect(message).toMatch(hint);
    expect(message).not.toContain(request().webIdentityToken.slice(0, 20));
  });
});
