import {
  checkSymlink,
  fileMode,
  memberPath,
  MIN_RESTORE_BYTES,
  MIN_RESTORE_FILES,
  restoreLimits,
} from '../../src/cache/member-policy.js';

it.each([
  ['./', ''],
  ['.', ''],
  ['./_cacache/x', '_cacache/x'],
  ['a//b/./c', 'a/b/c'],
  ['dir/', 'dir'],
])('normalises %j to %j', (raw, path) => expect(memberPath(raw)).toBe(path));

it.each(['/etc/passwd', '../x', 'a/../../x', 'a/..', 'a\\..\\b', 'a\nb', 'a\u0000b'])(
  'refuses the path %j',
  (raw) => expect(() => memberPath(raw)).toThrow(/absolute|'\.\.'|bad name/),
);

it.each(['x', 'sub/x', './x', '.'])('accepts the downward link target %j', (target) =>
  expect(() => checkSymlink('l', target)).not.toThrow(),
);

it.each(['', '/abs', '..', '../x', 'a/../b', 'a/..', 'a\\b'])('refuses the link target %j', (target) =>
  expect(() => checkSymlink('l', target)).toThrow(/points outside/),
);

it.each([
  [0o644, 0o644],
  [0o1755, 0o755],
  [0o100644, 0o644],
])('keeps only rwx bits of %o', (mode, kept) => expect(fileMode('f', mode)).toBe(kept));

it.each([0o4755, 0o2755, 0o6755])('refuses the set-id mode %o', (mode) =>
  expect(() => fileMode('f', mode)).toThrow(/set-user-ID or set-group-ID/),
);

it('scales the cap with the archive, above a floor', () => {
  expect(restoreLimits(1000, 20)).toEqual({ maxBytes: MIN_RESTORE_BYTES, maxFiles: MIN_RESTORE_FILES });
  expect(restoreLimits(1 << 30, 20)).toEqual({ maxBytes: 20 * (1 << 30), maxFiles: 20 * (1 << 18) });
});

describe('on Windows (os = win32), names that are not files below the target there', () => {
  const windowsOnly = ['C:/Windows/x', 'C:x', 'a/file:stream', 'NUL', 'sub/con.txt', 'COM1.json', 'lpt9'];

  it.each(windowsOnly)('refuses the member %j on win32 but not on linux', (raw) => {
    expect(() => memberPath(raw, 'win32')).toThrow(/bad name/);
    expect(() => memberPath(raw, 'linux')).not.toThrow();
  });

  it.each(['C:/Windows', 'C:x', 'f:stream', 'sub/NUL'])('refuses the link target %j on win32', (target) => {
    expect(() => checkSymlink('l', target, 'win32')).toThrow(/points outside/);
    expect(() => checkSymlink('l', target, 'linux')).not.toThrow();
  });

  it.each(['_cacache/index-v5/ab/cd', 'console.log', 'conf.d/x', 'com10', 'nullable'])(
    'accepts the ordinary name %j on win32',
    (raw) => expect(memberPath(raw, 'win32')).toBe(raw),
  );
});
