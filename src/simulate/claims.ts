/**
 * The claims steps make, as pure functions of what was measured: easy to test, easy to read in a report.
 * Each one reads its own subject directly — the restored directories, the requests that reached the
 * domain, the public registry's own log — never a figure that something else could have produced.
 */
import type { BuildResult, Claim, RestoredContents } from './types.js';

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

/** Nothing left the domain: by the emulator's counters and, separately, by the public registry's own log. */
export function zeroExternal(b: BuildResult): Claim {
  const { externalAssets, externalMetadata, publicRegistry: pub } = b.traffic;
  const publicSide = pub
    ? `public registry's own log: ${pub.downloads} downloads + ${pub.metadata} metadata requests`
    : "public registry's own log not available (--public-npm)";
  const publicZero = pub === undefined || pub.downloads + pub.metadata === 0;
  return claim(
    `${b.label} makes zero external fetches`,
    externalAssets + externalMetadata === 0 && publicZero,
    `emulator: ${externalAssets} tarballs/files + ${externalMetadata} metadata fetched externally; ${publicSide}`,
  );
}

/**
 * Build 1 downloads each public package of the lockfiles from the public registry exactly once — counted by
 * the public registry itself, so the emulator's own counters cannot vouch for themselves.
 */
export function publicDownloadsOnce(b: BuildResult, expected: number): Claim {
  const downloads = b.traffic.publicRegistry?.downloads ?? -1;
  return claim(
    `each of the ${expected} public packages in the lockfiles is downloaded from the public registry exactly once`,
    downloads === expected,
    `the public registry's own log: ${downloads} tarball/file downloads`,
  );
}

/** The emulator's external-fetch counters: each asset once, and in agreement with the public registry's log. */
export function countersAgree(b: BuildResult, perAsset: Readonly<Record<string, number>>): Claim {
  const repeated = Object.entries(perAsset).filter(([, n]) => n !== 1);
  const counted = b.traffic.externalAssets;
  const pub = b.traffic.publicRegistry?.downloads;
  const agree = pub === undefined || pub === counted;
  const shown = repeated.slice(0, 3).map(([k, n]) => `${k}×${n}`);
  return claim(
    "the emulator's external-fetch counters agree with the public registry (each asset counted once)",
    repeated.length === 0 && agree && counted > 0,
    `emulator counted ${counted} external asset fetches of ${Object.keys(perAsset).length} assets` +
      (pub === undefined ? '' : `; the public registry served ${pub}`) +
      (shown.length ? `; more than once: ${shown.join(', ')}` : ''),
  );
}

/** The build's cache restore came from where the step says it should. */
export function cacheFrom(b: BuildResult, expected: BuildResult['cache']): Claim {
  return claim(`${b.label} restores its cache (${expected})`, b.cache === expected, `cache: ${b.cache}`);
}

const contentsLine = (c: RestoredContents): string =>
  `${c.tool} ${c.expected - c.missing.length}/${c.expected} in ${c.where}` +
  (c.missing.length
    ? ` (missing ${c.missing.slice(0, 2).join(', ')}${c.missing.length > 2 ? ', …' : ''})`
    : '');

/** Right after restore, before any install, the cache directories hold every package the lockfiles name. */
export function restoredHolds(b: BuildResult): Claim {
  const found = b.restored ?? [];
  return claim(
    `${b.label}: the restored cache directories hold the lockfiles' packages`,
    found.length > 0 && found.every((c) => c.missing.length === 0 && c.expected > 0),
    found.length ? found.map(contentsLine).join('; ') : 'nothing was restored',
  );
}

/**
 * The installs read the restored cache: the domain sent no package file and the Go proxy no module zip. npm
 * and go ask nothing at all; pip revalidates each cached wheel (the emulator's asset answers carry an ETag
 * but no max-age) and gets 304 Not Modified with no body — the bytes came from the restored cache.
 */
export function cacheUsed(b: BuildResult, tools: readonly string[]): Claim {
  const files = b.traffic.fileRequests;
  const counts: [string, number][] = [
    ['npm', files.npm],
    ['pip', files.pip],
    ['go', files.go],
  ];
  const used = counts.filter(([tool]) => tools.includes(tool));
  return claim(
    `${b.label}: ${used.map(([t]) => t).join(', ')} install from the restored cache (zero package files downloaded)`,
    used.every(([, n]) => n === 0),
    used.map(([tool, n]) => `${tool} ${n}`).join(', ') +
      ' package files sent (tarballs/wheels by the domain, module zips by the Go proxy); ' +
      `${b.traffic.revalidated} cached files revalidated (304, no body)`,
  );
}
