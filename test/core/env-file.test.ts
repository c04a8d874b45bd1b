import { exportLines, githubEnvLines } from '../../src/core/env-file.js';

describe('exportLines', () => {
  it.each([
    [{ A: 'plain' }, "export A='plain'\n"],
    [{ A: "it's" }, "export A='it'\\''s'\n"],
    [{ A: '$HOME `id` "q" \\n' }, 'export A=\'$HOME `id` "q" \\n\'\n'],
    [{ A: 'x', B: '' }, "export A='x'\nexport B=''\n"],
    [{}, ''],
  ])('%j', (env, expected) => {
    expect(exportLines(env)).toBe(expected);
  });

  it.each(['1A', 'A-B', 'NPM_CONFIG_@acme:registry', ''])('refuses the name %j', (name) => {
    expect(() => exportLines({ [name]: 'x' })).toThrow('not a valid environment variable name');
  });
});

describe('githubEnvLines', () => {
  it('writes the multi-line form', () => {
    expect(githubEnvLines({ A: 'one\ntwo', B: 'x' }, 'ghadelim_1')).toBe(
      'A<<ghadelim_1\none\ntwo\nghadelim_1\nB<<ghadelim_1\nx\nghadelim_1\n',
    );
  });

  it.each([
    [{ A: 'has ghadelim_1 inside' }, 'ghadelim_1'],
    [{ A: 'x' }, ''],
  ])('refuses a value that could end the entry early: %j', (env, delimiter) => {
    expect(() => githubEnvLines(env, delimiter)).toThrow('GITHUB_ENV delimiter');
  });
});
