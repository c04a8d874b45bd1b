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
    // What setup-node users bring: alternatives, classes, deep trees, dot directories.
    ['/r/{apps,libs}/*/package-lock.json', '/r/libs/ui/package-lock.json', true],
    ['/r/{apps,libs}/*/package-lock.json', '/r/tools/ui/package-lock.json', false],
    ['/r/requirements[-_]dev.txt', '/r/requirements_dev.txt', true],
    ['/r/requirements[-_]dev.txt', '/r/requirementsXdev.txt', false],
    ['/r/**/yarn.lock', '/r/a/b/c/d/e/f/g/h/i/j/yarn.lock', true],
    ['/r/**/poetry.lock', '/r/.config/poetry.lock', true],
  ])('%s ~ %s → %s', (glob, path, expected) => expect(matchPathGlob(glob, path)).toBe(expected));
});

describe('globBase', () => {
  it.each([
    ['/r/apps/**/go.sum', '/r/apps'],
    ['/r/go.sum', '/r'],
    ['/*.lock', '/'],
    ['x/*.lock', 'x'],
    ['/r/{apps,libs}/*/package-lock.json', '/r'],
    ['/r/pkg[12]/go.sum', '/r'],
  ])('%s → %s', (glob, base) => expect(globBase(glob)).toBe(base));
});
