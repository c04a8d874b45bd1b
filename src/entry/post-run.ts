import { GitHubPlatform } from '../platform/github.js';
import { quietSdkNotice } from '../platform/sdk-notice.js';
import { actionPost } from '../run/post-step.js';

/** The action's post step (see run/post-step.ts): problems there are warnings, never a failed job. */
export async function run(): Promise<void> {
  quietSdkNotice();
  await actionPost(new GitHubPlatform());
}
