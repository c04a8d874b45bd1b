import { CACHE_INPUT_NAMES } from '../core/cache-config.js';
import { parseCacheInputs } from '../core/cache-inputs.js';
import type { Platform } from '../platform/types.js';
import { cleanup } from './cleanup.js';
import { save } from './save.js';

/**
 * The action's post step (`post-if: always()`): save the caches when save-cache allows it (by default only
 * when the job has succeeded: the runner fills in `job-status` as this step starts), then undo what main
 * wrote — always, whatever the job's status or the save's fate. Neither may fail a job. The S3 backend
 * resolves its identity afresh from the same inputs: main's role session may have expired by now.
 */
export async function actionPost(platform: Platform): Promise<void> {
  const warn = (what: string, error: unknown) =>
    platform.warning(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  // Parsing is inside the async arrow so a bad input becomes a warning too, not a thrown post step.
  const saveCaches = async () =>
    save(parseCacheInputs(platform.inputs(CACHE_INPUT_NAMES), platform.name), platform);
  await saveCaches().catch((e: unknown) => warn('Saving the dependency cache', e));
  await cleanup({ dryRun: false }, platform).catch((e: unknown) => warn('Cleanup', e));
}
