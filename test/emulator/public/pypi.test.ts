import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPypiFiles, pypiCatalog, PypiStore } from '../../../src/emulator/public/pypi-catalog.js';
import { distributionName, normalizePypiName } from '../../../src/emulator/public/wheel.js';
import { python, tempDir } from './clients.js';

/** Opens a wheel with Python's zipfile, checks every RECORD hash and prints the metadata as JSON. */
const INSPECT_WHEEL = `
import base64, hashlib, json, sys, zipfile
from email.parser import Parser
with zipfile.ZipFile(sys.argv[1]) as whl:
    assert whl.testzip() is None
    names = whl.namelist()
    record = next(n for n in names if n.endswith('.dist-info/RECORD'))
    for line in whl.read(record).decode().splitlines():
        path, digest, size = line.split(',')
        if path == record:
            continue
        data = whl.read(path)
        algo, value = digest.split('=', 1)
        assert algo == 'sha256', line
        assert base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode() == value, line
        assert int(size) == len(data), line
    meta = Parser().parsestr(whl.read(record.replace('RECORD', 'METADATA')).decode())
    wheel = Parser().parsestr(whl.read(record.replace('RECORD', 'WHEEL')).decode())
    print(json.dumps({'names': names, 'meta': {k: meta.get_all(k) for k in set(meta.keys())}, 'tag': wheel['Tag']}))
`;

interface Inspection {
  names: string[];
  meta: Record<string, string[]>;
  tag: string;
}

describe('embedded PyPI catalog', () => {
  it('normalizes names per PEP 503', () => {
    expect(normalizePypiName('Zephyr.Log')).toBe('zephyr-log');
    expect(normalizePypiName('amber__cache')).toBe('amber-cache');
    expect(normalizePypiName('A-_.B')).toBe('a-b');
    expect(distributionName('Zephyr.Log')).toBe('zephyr_log');
  });

  it('has about a dozen projects, some with dependencies, exactly one without an sdist', () => {
    const releases = pypiCatalog();
    const projects = new Set(releases.map((r) => normalizePypiName(r.name)));
    expect(projects.size).toBeGreaterThanOrEqual(10);
    expect(releases.filter((r) => r.requiresDist.length > 0).length).toBeGreaterThanOrEqual(4);
    const wheelOnly = new Set(releases.filter((r) => !r.sdist).map((r) => r.name));
    expect(wheelOnly.size).toBe(1);
    const store = new PypiStore();
    for (const name of wheelOnly) {
      expect(store.projectFiles(normalizePypiName(name))?.every((f) => f.filename.endsWith('.whl'))).toBe(
        true,
      );
    }
  });

  it('builds wheels that Python opens, with valid RECORD hashes and core metadata', async () => {
    const { dir, cleanup } = await tempDir('wheels');
    try {
      const release = pypiCatalog().find((r) => r.name === 'fern-http' && r.version === '3.2.0');
      if (!release) throw new Error('fern-http 3.2.0 is missing from the catalog');
      const [wheel, sdist] = buildPypiFiles(release);
      expect(wheel?.filename).toBe('fern_http-3.2.0-py3-none-any.whl');
      expect(sdist?.filename).toBe('fern_http-3.2.0.tar.gz');
      const path = join(dir, wheel?.filename ?? 'x.whl');
      await writeFile(path, wheel?.content ?? Buffer.alloc(0));
      const seen = JSON.parse(await python(INSPECT_WHEEL, path)) as Inspection;
      expect(seen.tag).toBe('py3-none-any');
      expect(seen.names).toEqual(
        expect.arrayContaining(['fern_http/__init__.py', 'fern_http-3.2.0.dist-info/RECORD']),
      );
      expect(seen.meta).toMatchObject({
        'Metadata-Version': ['2.1'],
        Name: ['fern-http'],
        Version: ['3.2.0'],
        'Requires-Dist': ['quill-parse>=1.0', 'zephyr-log>=2.0,<3'],
      });
      const sdistPath = join(dir, sdist?.filename ?? 'x.tar.gz');
      await writeFile(sdistPath, sdist?.content ?? Buffer.alloc(0));
      const members = await python(
        'import sys, tarfile; print(tarfile.open(sys.argv[1]).getnames())',
        sdistPath,
      );
      expect(members).toContain('fern_http-3.2.0/PKG-INFO');
    } finally {
      await cleanup();
    }
  });

  it('builds identical files twice', () => {
    for (const release of pypiCatalog().slice(0, 4)) {
      expect(buildPypiFiles(release).map((f) => f.sha256)).toEqual(
        buildPypiFiles(release).map((f) => f.sha256),
      );
    }
  });

  it('refuses to overwrite a release', () => {
    const store = new PypiStore();
    expect(() => store.add({ ...pypiCatalog()[0]!, summary: 'again' })).toThrow(/already exists/);
  });
});
