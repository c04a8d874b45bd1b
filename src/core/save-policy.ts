import type { SavePolicy } from './cache-config.js';

/**
 * What is known about the job when save runs: GitHub's `job.status` (the runner evaluates the action's
 * `job-status` input when the post step starts), CodeBuild's CODEBUILD_BUILD_SUCCEEDING, or `explicit`
 * where a person or a script ran `save` on purpose.
 */
export type JobOutcome = 'success' | 'failure' | 'cancelled' | 'unknown' | 'explicit';

/** Whether save may write an entry, and why not when it may not. */
export function saveDecision(
  policy: SavePolicy,
  dryRun: boolean,
  outcome: JobOutcome,
): { readonly save: true } | { readonly save: false; readonly why: string } {
  if (dryRun) return { save: false, why: 'dry-run is set: nothing is written' };
  if (policy === 'never') return { save: false, why: 'save-cache is never (restore only)' };
  if (policy === 'always' || outcome === 'success' || outcome === 'explicit') return { save: true };
  // A failed or cancelled job may have left a half-filled cache; under an immutable key it would stay so.
  if (outcome === 'unknown') {
    return { save: false, why: "save-cache is on-success and the job's status is not known here" };
  }
  return {
    save: false,
    why: `the job's status is ${outcome} (save-cache: on-success; 'always' saves anyway)`,
  };
}
