import { GitHubPlatform } from '../platform/github.js';
import { actionPost } from '../run/post-step.js';

// The action's post step (see run/post-step.ts): problems there are warnings, never a failed job.
await actionPost(new GitHubPlatform());
