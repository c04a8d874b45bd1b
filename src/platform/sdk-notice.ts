/**
 * The pinned AWS SDK prints a Node-version notice on Node 20 about releases we do not use; it would only
 * clutter CI logs. Set at the edge (an entry point), before any client exists: the SDK reads it itself.
 */
export function quietSdkNotice(env: Record<string, string | undefined> = process.env): void {
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}
