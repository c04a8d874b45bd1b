import type { IncomingMessage, ServerResponse } from 'node:http';
import { closeAfterAnswer, DATA_PLANE_MAX_BODY } from '../body.js';
import type { EmulatorContext } from '../context.js';
import { authProblem } from './auth.js';
import {
  auditOnFinish,
  DataPlaneError,
  exchangeFor,
  sendError,
  type DataPlaneTarget,
  type Exchange,
  type Reply,
} from './exchange.js';
import { UpstreamUnavailable } from './external/http.js';
import { handleNpm } from './npm/index.js';
import { handlePypi } from './pypi/index.js';

export type { DataPlaneTarget } from './exchange.js';
export { DataPlaneError } from './exchange.js';
export { publishNpmVersion } from './npm/publish.js';
export { publishPypiFile, type PypiFile } from './pypi/publish.js';
export { clearExternalMetadata } from './external/metadata.js';

/**
 * The data plane of one repository endpoint (`/<npm|pypi>/d/<domain>-<owner>/<repo>/…`): the package
 * managers' own protocols, authenticated with CodeArtifact tokens, resolving misses through upstream
 * repositories and external connections. Every request lands in the audit log.
 */
export async function handleDataPlane(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: EmulatorContext,
  target: DataPlaneTarget,
): Promise<void> {
  const reply: Reply = { req, res, note: {} };
  auditOnFinish(ctx, reply, target);
  // Before the token is looked at: an upload larger than any publish is refused from its headers.
  if (Number(req.headers['content-length'] ?? 0) > DATA_PLANE_MAX_BODY) {
    closeAfterAnswer(req, res);
    return sendError(reply, 413, `The request body is larger than ${DATA_PLANE_MAX_BODY} bytes`);
  }
  const domain = ctx.store.domain(target.domainName, target.owner);
  if (!domain) {
    return sendError(reply, 404, `Domain ${target.domainName} owned by ${target.owner} does not exist`);
  }
  const problem = authProblem(ctx, req.headers, domain);
  if (problem) {
    // pip only retries with credentials after a Basic challenge; npm just reports the 401.
    const realm = `${target.domainName}-${target.owner}/${target.repositoryName}`;
    const scheme = target.format === 'pypi' ? 'Basic' : 'Bearer';
    return sendError(reply, 401, problem, { 'www-authenticate': `${scheme} realm="${realm}"` });
  }
  const repo = domain.repositories[target.repositoryName];
  if (!repo) {
    return sendError(
      reply,
      404,
      `Repository ${target.repositoryName} does not exist in domain ${domain.name}`,
    );
  }
  const x = exchangeFor(ctx, reply, target, domain, repo);
  try {
    await (target.format === 'npm' ? handleNpm(x) : handlePypi(x));
  } catch (err) {
    if (!answerError(x, err)) throw err;
  }
}

/** Turn an expected failure into its HTTP answer; false for anything else (a 500 from the server). */
function answerError(x: Exchange, err: unknown): boolean {
  if (x.res.headersSent) return false;
  if (err instanceof DataPlaneError && err.status === 413) {
    closeAfterAnswer(x.req, x.res); // the rest of the upload is never read
    sendError(x, 413, err.message);
  } else if (err instanceof DataPlaneError) sendError(x, err.status, err.message);
  else if (err instanceof UpstreamUnavailable)
    sendError(x, 502, `External connection failed: ${err.message}`);
  else if (err instanceof URIError || err instanceof SyntaxError)
    sendError(x, 400, `Bad request: ${err.message}`);
  else return false;
  return true;
}
