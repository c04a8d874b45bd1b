import { CACHE_INPUT_NAMES } from '../core/cache-config.js';
import { parseCacheInputs } from '../core/cache-inputs.js';
import { GitHubPlatform } from '../platform/github.js';
import { cleanup } from '../run/cleanup.js';
import { save } from '../run/save.js';

// The action's post step: save the dependency caches, then undo what main wrote. Problems are warnings:
// neither saving nor cleanup may fail a job.
const platform = new GitHubPlatform();
const warn = (what: string, error: unknown) =>
  platform.warning(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
try {
  await save(parseCacheInputs(platform.inputs(CACHE_INPUT_NAMES), platform.name), platform);
} catch (error) {
  warn('Saving the dependency cache', error);
}
try {
  await cleanup({ dryRun: false }, platform);
} catch (error) {
  warn('Cleanup', error);
}
