import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createArchive } from '../../src/cache/archive.js';
import { extractArchive } from '../../src/cache/extract.js';
import {
  chooseTar,
  createCommands,
  excludeLines,
  type TarProbe,
  type TarTool,
} from '../../src/cache/tar-command.js';
import { snapshot } from '../helpers/cache-fixtures.js';
import { tempDir } from '../helpers/clients.js';
import { toolAvailable } from '../helpers/tokens.js';

const WIN_ENV = { PROGRAMFILES: 'C:\\Program Files', SYSTEMDRIVE: 'C:' };
const GIT_TAR = 'C:\\Program Files\\Git\\usr\\bin\\tar.exe';
const SYSTEM_TAR = 'C:\\Windows\\System32\\tar.exe';

/** A machine with these files, programs on PATH and `tar --version` output. */
const probe = (os: NodeJS.Platform, files: string[], onPath: string[] = [], tarVersion = ''): TarProbe => ({
  os,
  env: WIN_ENV,
  exists: (path) => files.includes(path),
  onPath: (name) => onPath.includes(name),
  tarVersion: () => tarVersion,
});

describe('chooseTar picks the tar @actions/cache picks', () => {
  it.each<[string, TarProbe, TarTool]>([
    ['Windows with Git for Windows', probe('win32', [GIT_TAR, SYSTEM_TAR]), { path: GIT_TAR, type: 'gnu' }],
    [
      'Windows with GNU tar first on PATH',
      probe('win32', [SYSTEM_TAR], [], 'tar (GNU tar) 1.35'),
      { path: 'tar', type: 'gnu' },
    ],
    [
      'Windows with only the system tar',
      probe('win32', [SYSTEM_TAR], [], 'bsdtar 3.7.2 - libarchive 3.7.2'),
      { path: SYSTEM_TAR, type: 'bsd' },
    ],
    ['macOS with gtar', probe('darwin', [], ['gtar']), { path: 'gtar', type: 'gnu' }],
    ['macOS without gtar', probe('darwin', []), { path: 'tar', type: 'bsd' }],
    ['Linux', probe('linux', []), { path: 'tar', type: 'gnu' }],
  ])('%s', (_name, machine, expected) => {
    expect(chooseTar(machine)).toEqual(expected);
  });

  it('Windows with no tar at all: one line naming both places looked at', () => {
    expect(() => chooseTar(probe('win32', []))).toThrow(
      `No tar found: neither ${GIT_TAR} (Git for Windows) nor ${SYSTEM_TAR}`,
    );
  });

  it('takes Program Files and the system drive from the environment', () => {
    const machine = { ...probe('win32', ['D:\\Windows\\System32\\tar.exe']), env: { SYSTEMDRIVE: 'D:' } };
    expect(chooseTar(machine)).toEqual({ path: 'D:\\Windows\\System32\\tar.exe', type: 'bsd' });
  });
});

const GNU_WIN: TarTool = { path: GIT_TAR, type: 'gnu' };
const BSD_WIN: TarTool = { path: SYSTEM_TAR, type: 'bsd' };
const DIR = 'C:\\Users\\runneradmin\\AppData\\Local\\npm-cache';
const BUNDLE = 'D:\\a\\_temp\\bundle';

describe('createCommands on Windows (path.win32)', () => {
  it('GNU tar: forward slashes, --force-local, zstd through tar', () => {
    const { commands, tarFile } = createCommands({
      os: 'win32',
      tar: GNU_WIN,
      compression: 'zstd',
      dir: DIR,
      archive: `${BUNDLE}\\archive`,
      excludeList: `${BUNDLE}\\exclude`,
    });
    expect(tarFile).toBeUndefined();
    expect(commands).toEqual([
      [
        GIT_TAR,
        '--use-compress-program',
        'zstd -T0 -3',
        '--anchored',
        '--no-wildcards',
        '-X',
        'D:/a/_temp/bundle/exclude',
        '--force-local',
        '-cf',
        'D:/a/_temp/bundle/archive',
        '-C',
        'C:/Users/runneradmin/AppData/Local/npm-cache',
        '.',
      ],
    ]);
  });

  it('BSD tar with zstd: a plain tar first, then zstd compresses it (BSD tar cannot pipe there)', () => {
    const { commands, tarFile } = createCommands({
      os: 'win32',
      tar: BSD_WIN,
      compression: 'zstd',
      dir: DIR,
      archive: `${BUNDLE}\\archive`,
    });
    expect(tarFile).toBe(`${BUNDLE}\\archive.tar`);
    expect(commands).toEqual([
      [
        SYSTEM_TAR,
        '-cf',
        'D:/a/_temp/bundle/archive.tar',
        '-C',
        'C:/Users/runneradmin/AppData/Local/npm-cache',
        '.',
      ],
      [
        'zstd',
        '-T0',
        '-3',
        '--force',
        '-q',
        '-o',
        'D:/a/_temp/bundle/archive',
        'D:/a/_temp/bundle/archive.tar',
      ],
    ]);
  });

  it('BSD tar with gzip: one command, no --force-local (BSD tar has no such flag)', () => {
    const { commands } = createCommands({
      os: 'win32',
      tar: BSD_WIN,
      compression: 'gzip',
      dir: DIR,
      archive: `${BUNDLE}\\archive`,
    });
    expect(commands).toEqual([
      [
        SYSTEM_TAR,
        '-z',
        '-cf',
        'D:/a/_temp/bundle/archive',
        '-C',
        'C:/Users/runneradmin/AppData/Local/npm-cache',
        '.',
      ],
    ]);
  });
});

it('createCommands elsewhere leaves paths alone (a backslash is a file-name character on POSIX)', () => {
  const { commands } = createCommands({
    os: 'linux',
    tar: { path: 'tar', type: 'gnu' },
    compression: 'zstd',
    dir: '/home/u/odd\\name',
    archive: '/tmp/b/archive',
  });
  expect(commands).toEqual([
    ['tar', '--use-compress-program', 'zstd -T0 -3', '-cf', '/tmp/b/archive', '-C', '/home/u/odd\\name', '.'],
  ]);
});

it('excludeLines: literal for GNU tar; escaped and anchored for BSD tar', () => {
  const names = ['./a/x*y', './d', './q[1]?'];
  expect(excludeLines(names, { path: 'tar', type: 'gnu' })).toBe('./a/x*y\n./d\n./q[1]?\n');
  expect(excludeLines(names, { path: 'tar', type: 'bsd' })).toBe('^./a/x\\*y\n^./d\n^./q\\[1]\\?\n');
});

/**
 * The real tars, end to end through our own reader: excluded names stay out, and nothing else does —
 * a wildcard name excludes only itself, and `./d` does not take `./x/d` with it. Without the escaping or
 * the `^` in excludeLines, BSD tar drops `a/xzy` and `x/d/g` and these fail.
 */
/** Whether `tar` on PATH is GNU tar (macOS and Windows put BSD tar there): says so when it is not. */
function gnuTarOnPath(): boolean {
  if (/GNU tar/.test(spawnSync('tar', ['--version'], { encoding: 'utf8' }).stdout ?? '')) return true;
  if (process.env.CI === 'true' && process.platform === 'linux') throw new Error('GNU tar is required on CI');
  console.log('Skipping the GNU tar case: `tar` on PATH is not GNU tar');
  return false;
}

describe.each<[string, TarTool, () => boolean]>([
  ['GNU tar', { path: 'tar', type: 'gnu' }, gnuTarOnPath],
  ['BSD tar', { path: 'bsdtar', type: 'bsd' }, () => toolAvailable('bsdtar', ['--version'])],
])('%s creates what our reader restores, leaving out exactly the excluded members', (_name, tar, here) => {
  const present = here();
  (present ? it : it.skip).each(['zstd', 'gzip'] as const)('%s', async (compression) => {
    const tmp = await tempDir('tar-command');
    try {
      const source = join(tmp.dir, 'source');
      for (const [path, body] of Object.entries({
        'a/x*y': 'star',
        'a/xzy': 'plain',
        'd/f': 'excluded dir',
        'x/d/g': 'same name deeper',
        top: 'top',
      })) {
        await mkdir(join(source, path, '..'), { recursive: true });
        await writeFile(join(source, path), body);
      }
      const bundle = join(tmp.dir, 'bundle');
      await mkdir(bundle);
      await createArchive(source, bundle, 'k', { compression, tar, exclude: ['./a/x*y', './d'] });
      const target = join(tmp.dir, 'target');
      await extractArchive(bundle, target);
      expect(Object.keys(await snapshot(target)).sort()).toEqual(['a/xzy', 'top', 'x/d/g']);
    } finally {
      await tmp.cleanup();
    }
  });
});
