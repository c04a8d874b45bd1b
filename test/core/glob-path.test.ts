import { globBase, matchPathGlob } from '../../src/core/glob.js';

describe('matchPathGlob', () => {
  it.each([
    ['/r/**/package-lock.json', '/r/package-lock.json', true],
    ['/r/**/package-lock.json', '/r/apps/web/package-lock.json', true],
    ['/r/*/package-lock.json', '/r/apps/web/package-lock.json', false],
    ['/r/*/package-lock.json', '/r/web/package-lock.json', true],
    ['/r/requirements*.txt', '/r/requirements-dev.txt', true],
    ['/r/requirements*.txt', '/r/sub/requirements.txt', false],
    ['/r/go.su?', '/r/go.sum', true],
    ['/r/a.b', '/r/aXb', false],
    ['/r/**', '/r/x/y/z', true],
  ])('%s ~ %s → %s', (glob, path, expected) => expect(matchPathGlob(glob, path)).toBe(expected));
});

describe('globBase', () => {
  it.each([
    ['/r/apps/**/go.sum', '/r/apps'],
    ['/r/go.sum', '/r'],
    ['/*.lock', '/'],
    ['x/*.lock', 'x'],
  ])('%s → %s', (glob, base) => expect(globBase(glob)).toBe(base));
});
