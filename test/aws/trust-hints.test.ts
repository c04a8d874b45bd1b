import { tokenClaims, webIdentityHint } from '../../src/aws/trust-hints.js';
import { unsignedJwt } from '../helpers/oidc.js';

describe('tokenClaims', () => {
  it.each([
    [
      'a GitHub-shaped token',
      unsignedJwt('sts.amazonaws.com'),
      { aud: 'sts.amazonaws.com', sub: 'repo:acme/app:ref:refs/heads/main' },
    ],
    ['not a JWT', 'opaque', {}],
    ['a payload that is not JSON', 'a.bm90IGpzb24.c', {}],
    ['a payload that is not an object', `a.${Buffer.from('42').toString('base64url')}.c`, {}],
    [
      'an audience list',
      `a.${Buffer.from(JSON.stringify({ aud: ['x', 'y'] })).toString('base64url')}.c`,
      { aud: 'x,y' },
    ],
  ])('%s', (_what, jwt, expected) => {
    expect(tokenClaims(jwt)).toMatchObject(expected);
  });
});

describe('webIdentityHint', () => {
  const jwt = unsignedJwt('my-audience');
  it.each([
    [
      'AccessDenied',
      /arn:aws:iam::444455556666:oidc-provider\/token.actions.githubusercontent.com.*'my-audience'/,
    ],
    ['IDPRejectedClaimException', /condition matches 'repo:acme\/app:ref:refs\/heads\/main'/],
    ['InvalidIdentityTokenException', /account 444455556666 needs an IAM OIDC identity provider/],
    ['ExpiredTokenException', /runner's clock/],
  ])('%s', (name, hint) => {
    expect(webIdentityHint(name, 'arn:aws:iam::444455556666:role/ci', jwt)).toMatch(hint);
  });

  it('has nothing to add for other errors', () => {
    expect(
      webIdentityHint('RegionDisabledException', 'arn:aws:iam::444455556666:role/ci', jwt),
    ).toBeUndefined();
  });
});
