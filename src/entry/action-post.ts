import { GitHubPlatform } from '../platform/github.js';
import { cleanup } from '../run/cleanup.js';

// The action's post step: undo what main wrote. Problems are warnings: cleanup must never fail a job.
const platform = new GitHubPlatform();
try {
  await cleanup({ dryRun: false }, platform);
} catch (error) {
  platform.warning(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
}
