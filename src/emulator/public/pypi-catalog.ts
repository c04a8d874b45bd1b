/**
 * The embedded PyPI: a dozen small pure-Python projects (wheels, most with an sdist too) plus whatever
 * a test publishes at run time. Files are built on the first request for a project, then memoized.
 */
import { createHash } from 'node:crypto';
import {
  buildSdist,
  buildWheel,
  normalizePypiName,
  sdistFileName,
  wheelFileName,
  type PythonRelease,
} from './wheel.js';

/** One downloadable distribution file. */
export interface PypiFile {
  /** Normalized project name. */
  readonly project: string;
  readonly filename: string;
  readonly content: Buffer;
  /** Hex sha256, as the simple index advertises it. */
  readonly sha256: string;
  readonly requiresPython: string;
}

/** A release plus what the index needs to know about it. */
export interface PypiRelease extends PythonRelease {
  /** False for the project that ships wheels only. */
  readonly sdist: boolean;
}

type Row = [
  name: string,
  versions: string[],
  requiresDist: string[],
  requiresPython?: string,
  sdist?: boolean,
];

/** Names are made up; a few are deliberately non-normalized to exercise PEP 503 redirects. */
const PROJECTS: readonly Row[] = [
  ['tidy-config', ['1.0.0', '1.2.0'], []],
  ['quill-parse', ['0.9.1', '1.0.0'], ['tidy-config>=1.0']],
  ['Zephyr.Log', ['2.0.0', '2.1.3'], []],
  ['amber_cache', ['0.4.0'], []],
  ['fern-http', ['3.1.0', '3.2.0'], ['quill-parse>=1.0', 'zephyr-log>=2.0,<3']],
  ['cobalt-cli', ['1.4.0'], ['fern-http>=3.1', 'tidy-config', 'raven-retry>=0.7; python_version < "3.0"']],
  ['opal-schema', ['0.2.0', '0.3.0', '0.3.1'], []],
  ['harbor-tasks', ['2.2.0'], ['amber-cache>=0.4', 'opal-schema~=0.3']],
  ['pebble-units', ['1.0.0'], [], '>=3.8', false],
  ['raven-retry', ['0.7.0'], []],
  ['slate-orm', ['1.1.0'], ['opal-schema>=0.3', 'raven-retry>=0.7', 'harbor-tasks>=2.2; extra == "tasks"']],
  ['willow-test', ['5.0.0'], ['pebble-units>=1.0'], '>=3.9'],
];

/** Every catalog release, one per project version. */
export function pypiCatalog(): PypiRelease[] {
  return PROJECTS.flatMap(([name, versions, requiresDist, requiresPython = '>=3.8', sdist = true]) =>
    versions.map((version) => ({
      name,
      version,
      summary: `${name} ${version}: a small synthetic package for the local registry.`,
      requiresDist,
      requiresPython,
      sdist,
    })),
  );
}

/** Builds a release's files from scratch: its wheel, then its sdist when it has one. */
export function buildPypiFiles(release: PypiRelease): PypiFile[] {
  const project = normalizePypiName(release.name);
  const built: [string, Buffer][] = [[wheelFileName(release), buildWheel(release)]];
  if (release.sdist) built.push([sdistFileName(release), buildSdist(release)]);
  return built.map(([filename, content]) => ({
    project,
    filename,
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
    requiresPython: release.requiresPython,
  }));
}

/** What a runtime publish adds besides name and version: a wheel only, no sdist. */
export interface PypiPublishInput {
  readonly requiresDist?: readonly string[];
  /** @default '>=3.8' */
  readonly requiresPython?: string;
  readonly summary?: string;
}

/** Catalog and runtime releases, by normalized project name, with files built on first use. */
export class PypiStore {
  private readonly releases = new Map<string, PypiRelease[]>();
  private readonly displayNames = new Map<string, string>();
  private readonly files = new Map<string, PypiFile[]>();

  constructor(catalog: readonly PypiRelease[] = pypiCatalog()) {
    for (const release of catalog) this.add(release);
  }

  /** Display names of every project, sorted by normalized name. */
  projects(): string[] {
    return [...this.displayNames.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, display]) => display);
  }

  /** The files of a project (by normalized name), or undefined when unknown. */
  projectFiles(project: string): readonly PypiFile[] | undefined {
    const releases = this.releases.get(project);
    if (!releases) return undefined;
    let files = this.files.get(project);
    if (!files) {
      files = releases.flatMap(buildPypiFiles);
      this.files.set(project, files);
    }
    return files;
  }

  /** One file by project and file name. */
  file(project: string, filename: string): PypiFile | undefined {
    return this.projectFiles(project)?.find((f) => f.filename === filename);
  }

  /** Publishes a wheel-only release at run time. */
  publish(name: string, version: string, input: PypiPublishInput = {}): void {
    this.add({
      name,
      version,
      summary: input.summary ?? `${name} ${version}`,
      requiresDist: input.requiresDist ?? [],
      requiresPython: input.requiresPython ?? '>=3.8',
      sdist: false,
    });
  }

  /** Adds a release (a new project or a new version); refuses to overwrite an existing version. */
  add(release: PypiRelease): void {
    const project = normalizePypiName(release.name);
    const releases = this.releases.get(project) ?? [];
    if (releases.some((r) => r.version === release.version)) {
      throw new Error(`${release.name} ${release.version} already exists`);
    }
    releases.push(release);
    this.releases.set(project, releases);
    if (!this.displayNames.has(project)) this.displayNames.set(project, release.name);
    this.files.delete(project);
  }
}
