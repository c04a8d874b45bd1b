import { detectTools } from '../../src/core/detect.js';
import { matchGlob } from '../../src/core/glob.js';

describe('detectTools', () => {
  // [files present, tools expected]
  const CASES: [string[], string[]][] = [
    [['package-lock.json'], ['npm']],
    [['npm-shrinkwrap.json'], ['npm']],
    [['pnpm-lock.yaml'], ['pnpm']],
    [['yarn.lock', '.yarnrc.yml'], ['yarn']],
    [['requirements.txt'], ['pip']],
    [['requirements-dev.txt', 'requirements/base.txt'], ['pip']],
    [['Pipfile.lock'], ['pip']],
    [['poetry.lock'], ['poetry']],
    [['uv.lock'], ['uv']],
    [['go.sum', 'go.mod'], ['go']],
    [['go.mod'], []],
    [['package.json', 'README.md', 'pyproject.toml'], []],
    [[], []],
    [
      ['go.sum', 'uv.lock', 'package-lock.json', 'pnpm-lock.yaml'],
      ['npm', 'pnpm', 'uv', 'go'],
    ],
    [
      ['apps/web/package-lock.json', 'services/api/requirements.txt'],
      ['npm', 'pip'],
    ],
    [['apps\\web\\pnpm-lock.yaml'], ['pnpm']],
    [['node_modules/left-pad/package-lock.json', '.venv/lib/requirements.txt'], []],
    [['vendor/x/go.sum', '.git/yarn.lock'], []],
    [['REQUIREMENTS.TXT', 'package-lock.json.bak', 'my-requirements.txt'], []],
  ];

  it.each(CASES)('%j → %j', (files, tools) => {
    expect(detectTools(files).tools).toEqual(tools);
  });

  it('names the evidence for each tool', () => {
    const { evidence } = detectTools(['a/requirements.txt', 'requirements-dev.txt', 'go.sum']);
    expect(evidence).toEqual({ pip: ['a/requirements.txt', 'requirements-dev.txt'], go: ['go.sum'] });
  });

  it('warns when yarn.lock comes without .yarnrc.yml (berry assumed, classic reads the npm config)', () => {
    expect(detectTools(['yarn.lock']).warnings).toEqual([expect.stringContaining('add npm to tools')]);
    expect(detectTools(['yarn.lock', 'sub/.yarnrc.yml']).warnings).toEqual([]);
    expect(detectTools(['package-lock.json']).warnings).toEqual([]);
  });
});

describe('matchGlob', () => {
  it.each([
    ['requirements*.txt', 'requirements.txt', true],
    ['requirements*.txt', 'requirements-ci.txt', true],
    ['requirements*.txt', 'requirements.txt.orig', false],
    ['go.sum', 'goXsum', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['(x)+[y]', '(x)+[y]', true],
  ])('%s against %s is %s', (glob, name, expected) => {
    expect(matchGlob(glob, name)).toBe(expected);
  });
});
