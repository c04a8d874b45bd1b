import { CACHE_INPUT_NAMES } from '../core/cache-config.js';
import { parseCacheInputs } from '../core/cache-inputs.js';
import type { Platform } from '../platform/types.js';
import { cleanup } from './cleanup.js';
import { save } from './save.js';

/** The action's post step: save the caches, then undo what main wrote; neither may fail a job. */
export async function actionPost(platform: Platform): Promise<void> {
  const warn = (what: string, error: unknown) =>
    platform.warning(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  // Parsing is inside the async arrow so a bad input becomes a warning too, not a thrown post step.
  const saveCaches = async () =>
    save(parseCacheInputs(platform.inputs(CACHE_INPUT_NAMES), platform.name), platform);
  await saveCaches().catch((e: unknown) => warn('Saving the dependency cache', e));
  await cleanup({ dryRun: false }, platform).catch((e: unknown) => warn('Cleanup', e));
}
