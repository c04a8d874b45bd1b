import { GitHubPlatform } from '../platform/github.js';
import { quietSdkNotice } from '../platform/sdk-notice.js';
import { actionMain } from '../run/main-step.js';

/**
 * The action's main step (see run/main-step.ts); only here do errors become a failed step. A module that
 * only exports `run()`: the shape GitHub's local-action imports (test/e2e/local-action.test.ts).
 */
export async function run(): Promise<void> {
  quietSdkNotice();
  const platform = new GitHubPlatform();
  await actionMain(platform).catch((error: unknown) => platform.fail(error));
}
