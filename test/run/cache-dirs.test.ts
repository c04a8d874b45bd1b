import { TOOL_NAMES } from '../../src/ecosystems/types.js';
import { cacheTargets, defaultCacheDir } from '../../src/run/cache-targets.js';

/** Every cached directory's default, keyed by target id. */
const targets = Object.fromEntries(cacheTargets([...TOOL_NAMES], true).map((t) => [t.id, t.defaultDir]));

const HOMES = {
  linux: { home: '/home/runner' },
  darwin: { home: '/Users/runner/' },
  win32: { home: 'C:\\Users\\runneradmin', localAppData: 'C:\\Users\\runneradmin\\AppData\\Local' },
} as const;

/** What each tool documents as its cache directory when nobody configured one (and the tool cannot say). */
const EXPECTED: Record<string, Record<keyof typeof HOMES, string>> = {
  npm: {
    linux: '/home/runner/.npm',
    darwin: '/Users/runner/.npm',
    win32: 'C:\\Users\\runneradmin\\AppData\\Local\\npm-cache',
  },
  pnpm: {
    linux: '/home/runner/.local/share/pnpm/store',
    darwin: '/Users/runner/Library/pnpm/store',
    win32: 'C:\\Users\\runneradmin\\AppData\\Local\\pnpm\\store',
  },
  yarn: {
    linux: '/home/runner/.yarn/berry/cache',
    darwin: '/Users/runner/.yarn/berry/cache',
    win32: 'C:\\Users\\runneradmin\\AppData\\Local\\Yarn\\Berry\\cache',
  },
  pip: {
    linux: '/home/runner/.cache/pip',
    darwin: '/Users/runner/Library/Caches/pip',
    win32: 'C:\\Users\\runneradmin\\AppData\\Local\\pip\\Cache',
  },
  poetry: {
    linux: '/home/runner/.cache/pypoetry',
    darwin: '/Users/runner/Library/Caches/pypoetry',
    win32: 'C:\\Users\\runneradmin\\AppData\\Local\\pypoetry\\Cache',
  },
  uv: {
    linux: '/home/runner/.cache/uv',
    darwin: '/Users/runner/.cache/uv',
    win32: 'C:\\Users\\runneradmin\\AppData\\Local\\uv\\cache',
  },
  go: {
    linux: '/home/runner/go/pkg/mod',
    darwin: '/Users/runner/go/pkg/mod',
    win32: 'C:\\Users\\runneradmin\\go\\pkg\\mod',
  },
  'go-build': {
    linux: '/home/runner/.cache/go-build',
    darwin: '/Users/runner/Library/Caches/go-build',
    win32: 'C:\\Users\\runneradmin\\AppData\\Local\\go-build',
  },
};

describe('default cache directories per OS, in that OS’s own path form', () => {
  it('covers every cached target (twine has no cache)', () => {
    expect(Object.keys(targets).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(
    Object.keys(EXPECTED).flatMap((id) => (['linux', 'darwin', 'win32'] as const).map((os) => [id, os])),
  )('%s on %s', (id, os) => {
    const dir = defaultCacheDir(targets[id], os, HOMES[os as keyof typeof HOMES]);
    expect(dir).toBe(EXPECTED[id]?.[os as keyof typeof HOMES]);
  });

  it('Windows without LOCALAPPDATA falls back to the home’s AppData\\Local', () => {
    expect(defaultCacheDir(targets.pip, 'win32', { home: 'D:\\Users\\ci\\' })).toBe(
      'D:\\Users\\ci\\AppData\\Local\\pip\\Cache',
    );
  });

  it.each([
    ['an unknown OS', 'aix', { home: '/home/u' }],
    ['a POSIX home on Windows (not absolute there)', 'win32', { home: 'home/u' }],
    ['a drive-relative Windows home', 'win32', { home: 'C:Users\\u' }],
    ['an empty home on Linux', 'linux', { home: '' }],
  ])('no guess for %s', (_name, os, vars) => {
    expect(defaultCacheDir(targets.npm, os, vars)).toBeUndefined();
  });
});
