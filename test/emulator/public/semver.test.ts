import { compareVersions, maxSatisfying, satisfies } from '../../../src/emulator/public/semver.js';

describe('semver (the library npm uses)', () => {
  it.each([
    ['1.2.3', '^1.2.0', true],
    ['2.0.0', '^1.2.0', false],
    ['0.4.9', '^0.4.1', true],
    ['0.5.0', '^0.4.1', false],
    ['0.0.4', '^0.0.3', false],
    ['1.2.9', '~1.2.3', true],
    ['1.3.0', '~1.2.3', false],
    ['1.9.0', '1.x', true],
    ['1.9.0', '*', true],
    ['1.9.0', '', true],
    ['3.0.0', '>=2.1.0 <3.0.0', false],
    ['2.5.0', '>=2.1.0 <3.0.0', true],
    ['1.0.0', '^2.0.0 || ^1.0.0', true],
    ['2.0.0-beta.1', '^1.0.0', false],
    ['2.0.0-beta.1', '2.0.0-beta.1', true],
    ['2.0.0-beta.1', '^2.0.0-beta.0', true],
    ['1.2.3', '1.2.3', true],
    ['1.2.4', '1.2.3', false],
  ])('%s satisfies %s → %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it('orders versions, releases after their prereleases', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9', '10.0.0'].sort(compareVersions);
    expect(sorted).toEqual(['0.9.9', '1.2.0-rc.1', '1.2.0', '1.10.0', '10.0.0']);
  });

  // SemVer §11.4: numeric identifiers compare numerically, alphanumeric ones in ASCII order, numeric before
  // alphanumeric, and a longer set of identifiers sorts after its prefix. String comparison gets alpha.10 wrong.
  it('orders prereleases by SemVer §11, as npm does', () => {
    const sorted = [
      '1.0.0',
      '1.0.0-alpha.10',
      '1.0.0-beta',
      '1.0.0-alpha.2',
      '1.0.0-alpha',
      '1.0.0-alpha.beta',
      '1.0.0-rc.1',
      '1.0.0-beta.11',
      '1.0.0-beta.2',
    ].sort(compareVersions);
    expect(sorted).toEqual([
      '1.0.0-alpha',
      '1.0.0-alpha.2',
      '1.0.0-alpha.10',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ]);
    expect(maxSatisfying(['2.0.0-alpha.2', '2.0.0-alpha.10'], '>=2.0.0-alpha.0')).toBe('2.0.0-alpha.10');
  });

  it('picks the highest satisfying version', () => {
    expect(maxSatisfying(['1.0.0', '1.4.2', '2.0.0', '1.3.9'], '^1.1.0')).toBe('1.4.2');
    expect(maxSatisfying(['1.0.0'], '^2.0.0')).toBeUndefined();
  });
});
