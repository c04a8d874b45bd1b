import { npmLockfileWarnings } from '../../src/ecosystems/npm-lockfile.js';

const HOST = 'acme-111122223333.d.codeartifact.us-east-1.amazonaws.com';
const EP = `https://${HOST}/npm/internal/`;
const tgz = (name: string, base = EP): string => `${base}${name}/-/${name}-1.0.0.tgz`;

const v3 = (packages: Record<string, object>): string =>
  JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': { name: 'app' }, ...packages } });

describe('npmLockfileWarnings', () => {
  it('is quiet when every package resolves through the repository', () => {
    const text = v3({
      'node_modules/a': { version: '1.0.0', resolved: tgz('a') },
      'node_modules/a/node_modules/b': { version: '1.0.0', resolved: tgz('b') },
    });
    expect(npmLockfileWarnings('package-lock.json', text, EP)).toEqual([]);
  });

  it('counts packages resolved elsewhere, per host', () => {
    const text = v3({
      'node_modules/a': { version: '1.0.0', resolved: tgz('a') },
      'node_modules/b': { version: '1.0.0', resolved: tgz('b', 'https://mirror.example/') },
      'node_modules/c': { version: '1.0.0', resolved: tgz('c', 'https://Mirror.example/npm/') },
      'node_modules/d': { version: '1.0.0', resolved: tgz('d', `https://${HOST}/npm/other-repo/`) },
    });
    const warnings = npmLockfileWarnings('package-lock.json', text, EP);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^package-lock\.json: 2 of 4 packages resolve from mirror\.example, outside the repository https:\/\/acme/,
      ),
      expect.stringContaining(`1 of 4 packages resolve from ${HOST}, outside the repository`),
    ]);
  });

  it('counts packages with no resolved URL (every warm install asks the registry)', () => {
    const text = v3({
      'node_modules/a': { version: '1.0.0' },
      'node_modules/b': { version: '2.0.0', resolved: tgz('b') },
    });
    expect(npmLockfileWarnings('npm-shrinkwrap.json', text, EP)).toEqual([
      expect.stringMatching(
        /^npm-shrinkwrap\.json: 1 of 2 packages have no 'resolved' URL: .*omit-lockfile-registry-resolved=false/,
      ),
    ]);
  });

  it('skips links, workspaces, bundled packages, file and git sources', () => {
    const text = v3({
      'packages/lib': { name: 'lib', version: '1.0.0' },
      'node_modules/lib': { resolved: 'packages/lib', link: true },
      'node_modules/a': { version: '1.0.0', resolved: tgz('a') },
      'node_modules/a/node_modules/inner': { version: '1.0.0', inBundle: true },
      'node_modules/local': { version: '1.0.0', resolved: 'file:../local.tgz' },
      'node_modules/g': { version: '1.0.0', resolved: 'git+ssh://git@git.acme.example/g.git#abc' },
    });
    expect(npmLockfileWarnings('package-lock.json', text, EP)).toEqual([]);
  });

  it('walks v1 lockfiles (nested dependencies)', () => {
    const text = JSON.stringify({
      lockfileVersion: 1,
      dependencies: {
        a: { version: '1.0.0', resolved: tgz('a'), dependencies: { b: { version: '1.0.0' } } },
        c: { version: '1.0.0', resolved: tgz('c', 'http://mirror.example/') },
        d: { version: '1.0.0', bundled: true },
        e: { version: 'file:../e' },
      },
    });
    expect(npmLockfileWarnings('package-lock.json', text, EP)).toEqual([
      expect.stringContaining('1 of 3 packages resolve from mirror.example'),
      expect.stringContaining("1 of 3 packages have no 'resolved' URL"),
    ]);
  });

  it.each([
    [{ rewrittenHosts: ['MIRROR.example'] }, []],
    [{ rewrittenHosts: 'all' as const }, []],
    [{ rewrittenHosts: ['other.example'] }, [expect.stringContaining('mirror.example')]],
  ])('leaves hosts npm rewrites alone: %j', (options, expected) => {
    const text = v3({
      'node_modules/a': { version: '1.0.0', resolved: tgz('a', 'https://mirror.example/') },
    });
    expect(npmLockfileWarnings('package-lock.json', text, EP, options)).toEqual(expected);
  });

  it.each([
    ['{ not json', 'package-lock.json is not valid JSON, so it was not checked against the repository'],
    ['[1, 2]', 'package-lock.json is not an npm lockfile, so it was not checked'],
  ])('says when it cannot check %s', (text, warning) => {
    expect(npmLockfileWarnings('package-lock.json', text, EP)).toEqual([warning]);
  });
});
