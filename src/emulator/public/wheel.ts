/**
 * Builds pure-Python wheels and sdists for the embedded PyPI, byte-for-byte reproducibly.
 */
import { createHash } from 'node:crypto';
import { tarGz, zip, type ArchiveFile } from './archive.js';
import { createRng } from './prng.js';
import { sentence, VERBS, NOUNS } from './words.js';

/** One release of a Python project, as the metadata files describe it. */
export interface PythonRelease {
  /** The display name (`Zephyr.Log`); files use the normalized form. */
  readonly name: string;
  readonly version: string;
  readonly summary: string;
  /** PEP 508 requirement strings, markers allowed. */
  readonly requiresDist: readonly string[];
  readonly requiresPython: string;
}

/** PEP 503 normalization: runs of `-`, `_`, `.` become one `-`, lower case. */
export function normalizePypiName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The name as wheel/sdist file names and import paths spell it (`zephyr_log`). */
export function distributionName(name: string): string {
  return normalizePypiName(name).replace(/-/g, '_');
}

/** `<dist>-<version>-py3-none-any.whl`. */
export function wheelFileName(release: PythonRelease): string {
  return `${distributionName(release.name)}-${release.version}-py3-none-any.whl`;
}

/** `<dist>-<version>.tar.gz` (PEP 625). */
export function sdistFileName(release: PythonRelease): string {
  return `${distributionName(release.name)}-${release.version}.tar.gz`;
}

/** Core metadata 2.1, shared by the wheel's METADATA and the sdist's PKG-INFO. */
export function coreMetadata(release: PythonRelease): string {
  const extras = [
    ...new Set(release.requiresDist.flatMap((r) => /extra\s*==\s*["']([^"']+)["']/.exec(r)?.[1] ?? [])),
  ];
  return [
    'Metadata-Version: 2.1',
    `Name: ${release.name}`,
    `Version: ${release.version}`,
    `Summary: ${release.summary}`,
    'License: MIT',
    `Requires-Python: ${release.requiresPython}`,
    ...extras.map((e) => `Provides-Extra: ${e}`),
    ...release.requiresDist.map((r) => `Requires-Dist: ${r}`),
    '',
    `${release.summary}`,
    '',
  ].join('\n');
}

/** A small, importable module whose contents vary with the release. */
function moduleSource(release: PythonRelease): string {
  const rng = createRng(`pypi:${release.name}@${release.version}`);
  const functions = Array.from({ length: rng.int(3, 8) }, (_, i) => {
    const fn = `${rng.pick(VERBS)}_${rng.pick(NOUNS)}_${i}`;
    return `def ${fn}(value, *, limit=${rng.int(1, 512)}):\n    """${sentence(rng, rng.int(6, 14))}"""\n    items = list(value)[:limit]\n    return [str(item).strip() for item in items]\n`;
  });
  return `"""${release.summary}"""\n\n__version__ = "${release.version}"\n\n\n${functions.join('\n\n')}`;
}

const urlsafeSha256 = (data: Buffer): string => createHash('sha256').update(data).digest('base64url');

/** A valid pure-Python wheel: module, METADATA, WHEEL and a RECORD with sha256 entries. */
export function buildWheel(release: PythonRelease): Buffer {
  const dist = distributionName(release.name);
  const info = `${dist}-${release.version}.dist-info`;
  const files: ArchiveFile[] = [
    { path: `${dist}/__init__.py`, content: Buffer.from(moduleSource(release)) },
    { path: `${info}/METADATA`, content: Buffer.from(coreMetadata(release)) },
    {
      path: `${info}/WHEEL`,
      content: Buffer.from(
        'Wheel-Version: 1.0\nGenerator: codeartifact-cache-emulator\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
      ),
    },
    { path: `${info}/top_level.txt`, content: Buffer.from(`${dist}\n`) },
  ];
  const record = files.map((f) => `${f.path},sha256=${urlsafeSha256(f.content)},${f.content.length}`);
  record.push(`${info}/RECORD,,`, '');
  return zip([...files, { path: `${info}/RECORD`, content: Buffer.from(record.join('\n')) }]);
}

/** A minimal sdist (PKG-INFO, pyproject.toml, sources) — listed for realism; pip prefers the wheel. */
export function buildSdist(release: PythonRelease): Buffer {
  const dist = distributionName(release.name);
  const root = `${dist}-${release.version}`;
  const deps = release.requiresDist.map((r) => `  ${JSON.stringify(r)},`).join('\n');
  const pyproject = [
    '[build-system]',
    'requires = ["setuptools>=61"]',
    'build-backend = "setuptools.build_meta"',
    '',
    '[project]',
    `name = "${release.name}"`,
    `version = "${release.version}"`,
    `description = "${release.summary}"`,
    `requires-python = "${release.requiresPython}"`,
    `dependencies = [\n${deps}\n]`,
    '',
  ].join('\n');
  return tarGz([
    { path: `${root}/PKG-INFO`, content: Buffer.from(coreMetadata(release)) },
    { path: `${root}/pyproject.toml`, content: Buffer.from(pyproject) },
    { path: `${root}/src/${dist}/__init__.py`, content: Buffer.from(moduleSource(release)) },
  ]);
}
