import { GitHubPlatform } from '../platform/github.js';
import { quietSdkNotice } from '../platform/sdk-notice.js';
import { actionMain } from '../run/main-step.js';

// The action's main step (see run/main-step.ts); only here do errors become a failed step.
quietSdkNotice();
const platform = new GitHubPlatform();
await actionMain(platform).catch((error: unknown) => platform.fail(error));
