import { Agent, type AgentConnectOpts } from 'agent-base';
import { Agent as HttpAgent, type ClientRequest } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { proxyFor, type ProxySettings } from '../core/aws-env.js';

/**
 * Chooses per request: straight to the host, or through the proxy the settings name for its URL (so
 * NO_PROXY is honoured host by host, whatever endpoint the SDK resolves). https goes through a CONNECT
 * tunnel (TLS stays end to end); plain http is sent to the proxy in absolute form, as HTTP_PROXY means.
 */
class RoutingAgent extends Agent {
  private readonly direct = {
    http: new HttpAgent({ keepAlive: true }),
    https: new HttpsAgent({ keepAlive: true }),
  };
  private readonly viaProxy = new Map<string, HttpAgent>();

  constructor(private readonly proxy: ProxySettings) {
    super({ keepAlive: true });
  }

  connect(req: ClientRequest, options: AgentConnectOpts): HttpAgent {
    const scheme = options.secureEndpoint ? 'https' : 'http';
    const url = `${scheme}://${req.host}:${options.port}/`;
    const chosen = proxyFor(url, this.proxy);
    if (chosen === undefined) return this.direct[scheme];
    const key = `${scheme} ${chosen}`;
    let agent = this.viaProxy.get(key);
    if (agent === undefined) {
      agent = options.secureEndpoint ? new HttpsProxyAgent(chosen) : new HttpProxyAgent(chosen);
      this.viaProxy.set(key, agent);
    }
    return agent;
  }
}

/** True when any proxy variable is set (otherwise the SDK's own agents are left alone). */
export const usesProxy = (proxy: ProxySettings | undefined): proxy is ProxySettings =>
  proxy !== undefined && (proxy.httpProxy !== undefined || proxy.httpsProxy !== undefined);

/**
 * The SDK's `requestHandler` option for `proxy`: the AWS SDK for JavaScript reads no proxy variable by
 * itself, so every client gets this (CodeArtifact, STS, S3 alike). Undefined when no proxy is set.
 */
export function proxyRequestHandler(
  proxy: ProxySettings | undefined,
): { httpAgent: HttpAgent; httpsAgent: HttpAgent } | undefined {
  if (!usesProxy(proxy)) return undefined;
  const agent = new RoutingAgent(proxy);
  return { httpAgent: agent, httpsAgent: agent };
}
