/**
 * The fixture monorepo: a Node service (the catalog's web-app plus @acme/auth and @acme/ui), a Python
 * utility and a Go sidecar. Only manifests are written here; lockfiles come from `prepareLockfiles`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveNpmClosure, topLevelPackages, webAppDependencies } from '../emulator/public/catalog.js';
import { GO_MODULES } from './goproxy.js';

export type FixtureSize = 'full' | 'small';

/** Internal npm packages the service depends on (published to `internal` by the emulator's seed). */
export const INTERNAL_NPM: Readonly<Record<string, string>> = {
  '@acme/auth': '^2.1.0',
  '@acme/ui': '^1.4.2',
};

/** The web-app's dependencies: the catalog fixture (or its first three entries) plus the internal ones. */
export function webAppDeps(size: FixtureSize): Record<string, string> {
  const all = Object.entries(webAppDependencies());
  const publicDeps = Object.fromEntries(size === 'full' ? all : all.slice(0, 3));
  return { ...publicDeps, ...INTERNAL_NPM };
}

/**
 * Requirements of the Python utility, pinned with their dependencies as a lock (pip-compile's output): the
 * internal acme-utils and public projects of the embedded catalog (fern-http needs quill-parse and
 * zephyr-log; quill-parse needs tidy-config).
 */
export function pythonRequirements(size: FixtureSize): string[] {
  return size === 'full'
    ? [
        'acme-utils==1.2.0',
        'fern-http==3.2.0',
        'quill-parse==1.0.0',
        'tidy-config==1.2.0',
        'zephyr-log==2.1.3',
      ]
    : ['acme-utils==1.2.0', 'tidy-config==1.2.0'];
}

/** Public (not internal) Python requirements: what build 1 downloads from the public index. */
export const publicPythonRequirements = (size: FixtureSize): string[] =>
  pythonRequirements(size).filter((r) => !r.startsWith('acme-'));

/** A public package no fixture build has fetched: what the incident step asks for. */
export function unfetchedPublicPackage(): string {
  const fetched = new Set(resolveNpmClosure(webAppDependencies()).map((id) => id.replace(/@[^@]+$/, '')));
  const name = topLevelPackages().find((n) => !fetched.has(n));
  if (name === undefined) throw new Error('The catalog has no top-level package outside the web-app fixture');
  return name;
}

/** Paths of the three projects. */
export interface Monorepo {
  readonly root: string;
  readonly webApp: string;
  readonly python: string;
  readonly sidecar: string;
}

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** Write the monorepo's manifests under `root`. */
export async function writeMonorepo(root: string, size: FixtureSize): Promise<Monorepo> {
  const repo: Monorepo = {
    root,
    webApp: join(root, 'services/web-app'),
    python: join(root, 'tools/py-utility'),
    sidecar: join(root, 'sidecar'),
  };
  await Promise.all([repo.webApp, repo.python, repo.sidecar].map((d) => mkdir(d, { recursive: true })));
  const manifest = { name: 'web-app', version: '1.0.0', private: true, dependencies: webAppDeps(size) };
  await writeFile(join(repo.webApp, 'package.json'), json(manifest));
  await writeFile(join(repo.python, 'requirements.txt'), `${pythonRequirements(size).join('\n')}\n`);
  const requires = GO_MODULES.map((m) => `\t${m.path} ${m.version}`).join('\n');
  await writeFile(
    join(repo.sidecar, 'go.mod'),
    `module acme.example/sidecar\n\ngo 1.19\n\nrequire (\n${requires}\n)\n`,
  );
  await writeFile(
    join(repo.sidecar, 'main.go'),
    [
      'package main',
      '',
      'import (',
      '\t"fmt"',
      '',
      ...GO_MODULES.map((m) => `\t"${m.path}"`),
      ')',
      '',
      'func main() { fmt.Println(log.Line(strcase.Upper("sidecar"))) }',
      '',
    ].join('\n'),
  );
  return repo;
}
