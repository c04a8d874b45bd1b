import { expandCacheDir, isKnownOs } from '../../src/core/cache-dir.js';
import { redact } from '../../src/core/redact.js';

describe('redact', () => {
  it.each([
    ['token=abc.def', ['abc.def'], 'token=***'],
    ['abc abc abc', ['abc'], '*** *** ***'],
    ['https://aws:t%2Bk@h/', ['t+k'], 'https://aws:***@h/'],
    ['long-secret and long', ['long', 'long-secret'], '*** and ***'],
    ['nothing to hide', [], 'nothing to hide'],
    ['empty secret ignored', [''], 'empty secret ignored'],
    ['a.b*c and a-b-c', ['a.b*c'], '*** and a-b-c'],
  ])('%s with %j', (text, secrets, expected) => {
    expect(redact(text, secrets)).toBe(expected);
  });
});

describe('expandCacheDir', () => {
  it.each([
    ['{home}/.npm', { home: '/home/ci/' }, '/home/ci/.npm'],
    [
      '{localAppData}/npm-cache',
      { home: 'C:\\Users\\ci', localAppData: 'C:\\Users\\ci\\AppData\\Local' },
      'C:\\Users\\ci\\AppData\\Local/npm-cache',
    ],
    ['{localAppData}/pip/Cache', { home: '/Users/ci' }, '/Users/ci/AppData/Local/pip/Cache'],
    ['{home}/go/pkg/mod', { home: '/home/$&' }, '/home/$&/go/pkg/mod'],
  ])('%s', (template, vars, expected) => {
    expect(expandCacheDir(template, vars)).toBe(expected);
  });

  it('knows linux, darwin and win32 only', () => {
    expect(['linux', 'darwin', 'win32', 'aix'].map(isKnownOs)).toEqual([true, true, true, false]);
  });
});
