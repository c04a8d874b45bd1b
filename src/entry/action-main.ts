import { LOGIN_INPUT_NAMES } from '../core/config.js';
import { parseLoginInputs } from '../core/inputs.js';
import { GitHubPlatform } from '../platform/github.js';
import { login } from '../run/login.js';

// The action's main step: log in and configure the tools; any error fails the step (nothing half-written).
const platform = new GitHubPlatform();
try {
  await login(parseLoginInputs(platform.inputs(LOGIN_INPUT_NAMES)), platform);
} catch (error) {
  platform.fail(error);
}
