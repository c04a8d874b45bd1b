/**
 * What the public registry's route handlers share: their stores, their own base URLs and counters.
 */
import type { NpmStore } from './npm-store.js';
import type { PypiStore } from './pypi-catalog.js';

/** Request counters, by kind; tests read them to prove what reached "the internet". */
export interface RegistryStats {
  /** npm packument reads (full or abbreviated). */
  packument: number;
  /** npm tarball downloads. */
  tarball: number;
  /** npm publishes (PUT). */
  publish: number;
  /** PyPI simple-index pages (project list and project pages). */
  simple: number;
  /** PyPI file downloads. */
  file: number;
  /** Requests answered 404. */
  notFound: number;
}

/** Fresh, zeroed counters. */
export function emptyStats(): RegistryStats {
  return { packument: 0, tarball: 0, publish: 0, simple: 0, file: 0, notFound: 0 };
}

/** State handed to every route. */
export interface RouteContext {
  /** `http://host:port/npm/` */
  readonly npmUrl: string;
  /** `http://host:port/pypi/` */
  readonly pypiUrl: string;
  readonly npm: NpmStore;
  readonly pypi: PypiStore;
  readonly stats: RegistryStats;
}
