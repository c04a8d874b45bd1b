import {
  associatedGroup,
  effectiveRestriction,
  groupAllows,
  newPackageGroup,
  parentGroup,
  parsePackageGroupPattern,
} from '../../src/emulator/package-groups.js';
import type { DomainRecord } from '../../src/emulator/types.js';

function domainWith(...patterns: string[]): DomainRecord {
  const groups = Object.fromEntries(['/*', ...patterns].map((p) => [p, newPackageGroup(p, 0)]));
  return {
    name: 'acme',
    owner: '111122223333',
    region: 'us-east-1',
    createdTime: 0,
    encryptionKey: 'k',
    repositories: {},
    packageGroups: groups,
    tags: {},
  };
}

describe('parsePackageGroupPattern', () => {
  it.each([
    ['/*', { kind: 'all' }],
    ['/npm/*', { format: 'npm', kind: 'all' }],
    ['/npm/acme/*', { format: 'npm', namespace: 'acme', kind: 'all' }],
    [
      '/maven/com.anycompany~',
      { format: 'maven', namespace: 'com.anycompany', kind: 'prefix', prefixOf: 'namespace' },
    ],
    ['/npm/acme/ui~', { format: 'npm', namespace: 'acme', name: 'ui', kind: 'prefix', prefixOf: 'name' }],
    ['/npm/acme/auth$', { format: 'npm', namespace: 'acme', name: 'auth', kind: 'exact' }],
    ['/pypi//requests$', { format: 'pypi', name: 'requests', kind: 'exact' }],
  ])('%s', (pattern, expected) => {
    expect(parsePackageGroupPattern(pattern)).toEqual(expected);
  });

  it.each([
    ['npm/*', 'start with /'],
    ['/npm/acme', 'end with'],
    ['/gomod/*', "unknown format 'gomod'"],
    ['/pypi/ns/*', 'no namespace'],
    ['/npm/a/b/c$', 'too many'],
    ['/npm/acme$', '$ needs a package name'],
  ])('rejects %s', (pattern, why) => {
    expect(() => parsePackageGroupPattern(pattern)).toThrow(why);
  });
});

describe('association and inheritance', () => {
  const domain = domainWith('/npm/*', '/npm/acme/*', '/npm/acme/auth$', '/npm/acme/ui~');

  it.each([
    ['npm', 'acme', 'auth', '/npm/acme/auth$', 'STRONG'],
    ['npm', 'acme', 'ui-kit', '/npm/acme/ui~', 'WEAK'],
    ['npm', 'acme', 'billing', '/npm/acme/*', 'WEAK'],
    ['npm', undefined, 'left-pad', '/npm/*', 'WEAK'],
    ['npm', 'acme2', 'x', '/npm/*', 'WEAK'],
    ['pypi', undefined, 'requests', '/*', 'WEAK'],
  ])('%s %s/%s → %s', (format, namespace, name, pattern, strength) => {
    const { group, associationType } = associatedGroup(domain, format, namespace, name);
    expect(group.pattern).toBe(pattern);
    expect(associationType).toBe(strength);
  });

  it('finds parents', () => {
    expect(parentGroup(domain, '/npm/acme/auth$')?.pattern).toBe('/npm/acme/*');
    expect(parentGroup(domain, '/npm/acme/*')?.pattern).toBe('/npm/*');
    expect(parentGroup(domain, '/npm/*')?.pattern).toBe('/*');
    expect(parentGroup(domain, '/*')).toBeUndefined();
  });

  it('INHERIT walks up to the first group that decides', () => {
    const d = domainWith('/npm/*', '/npm/acme/*', '/npm/acme/auth$');
    d.packageGroups['/npm/acme/*']!.restrictions.EXTERNAL_UPSTREAM.mode = 'BLOCK';
    const auth = d.packageGroups['/npm/acme/auth$']!;
    const effective = effectiveRestriction(d, auth, 'EXTERNAL_UPSTREAM');
    expect(effective.mode).toBe('BLOCK');
    expect(effective.inheritedFrom?.pattern).toBe('/npm/acme/*');
    expect(effectiveRestriction(d, auth, 'PUBLISH')).toMatchObject({ mode: 'ALLOW' });
    expect(
      groupAllows(d, { format: 'npm', namespace: 'acme', name: 'new-thing' }, 'EXTERNAL_UPSTREAM', 'x'),
    ).toBe(false);
    expect(groupAllows(d, { format: 'npm', name: 'left-pad' }, 'EXTERNAL_UPSTREAM', 'x')).toBe(true);
  });

  it('ALLOW_SPECIFIC_REPOSITORIES allows only the listed repositories', () => {
    const d = domainWith('/npm/acme/*');
    d.packageGroups['/npm/acme/*']!.restrictions.PUBLISH = {
      mode: 'ALLOW_SPECIFIC_REPOSITORIES',
      allowedRepositories: ['internal'],
    };
    const coords = { format: 'npm', namespace: 'acme', name: 'auth' };
    expect(groupAllows(d, coords, 'PUBLISH', 'internal')).toBe(true);
    expect(groupAllows(d, coords, 'PUBLISH', 'public-proxy')).toBe(false);
  });
});
