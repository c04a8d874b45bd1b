/** The claims steps make, as pure functions of their builds: easy to test, easy to read in a report. */
import type { BuildResult, Claim } from './types.js';

export function claim(text: string, ok: boolean, detail: string): Claim {
  return { text, ok, detail };
}

/** Every phase of the build succeeded. */
export function buildPassed(b: BuildResult): Claim {
  const failed = b.phases.filter((p) => !p.ok);
  const detail =
    failed.length === 0
      ? `${b.phases.length} phases ok`
      : failed.map((p) => `${p.name}: ${p.note ?? 'failed'}`).join('; ');
  return claim(`${b.label} succeeds`, failed.length === 0, detail);
}

/** No request left the domain through an external connection. */
export function zeroExternal(b: BuildResult): Claim {
  const { externalAssets, externalMetadata } = b.traffic;
  return claim(
    `${b.label} makes zero external fetches`,
    externalAssets + externalMetadata === 0,
    `${externalAssets} tarballs/files and ${externalMetadata} metadata documents fetched externally`,
  );
}

/** Every asset fetched externally was fetched exactly once, and at least `expected` of them were. */
export function fetchedOnceEach(perAsset: Readonly<Record<string, number>>, expected: number): Claim {
  const counts = Object.values(perAsset);
  const repeated = Object.entries(perAsset).filter(([, n]) => n !== 1);
  return claim(
    'every tarball is fetched from the public side exactly once',
    repeated.length === 0 && counts.length >= expected,
    `${counts.length} assets fetched externally (${expected} npm tarballs in the lockfile)` +
      (repeated.length
        ? `; more than once: ${repeated
            .slice(0, 3)
            .map(([k, n]) => `${k}×${n}`)
            .join(', ')}`
        : ''),
  );
}

/** The build's cache restore came from where the step says it should. */
export function cacheFrom(b: BuildResult, expected: BuildResult['cache']): Claim {
  return claim(`${b.label} restores its cache (${expected})`, b.cache === expected, `cache: ${b.cache}`);
}
