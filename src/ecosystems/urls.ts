import type { EndpointFormat, RenderContext } from './types.js';

/** The repository endpoint for `format`, always ending with `/`; throws when the runner did not fetch it. */
export function endpointFor(ctx: RenderContext, format: EndpointFormat, tool: string): string {
  const endpoint = ctx.endpoints[format];
  if (endpoint === undefined || endpoint === '') {
    throw new Error(`Cannot configure ${tool}: the repository's ${format} endpoint is missing`);
  }
  return endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
}

/** Splits `scheme://host/path` into its parts (host includes any port); throws on anything else. */
export function splitUrl(url: string): { scheme: string; host: string; path: string } {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]+)([^?#]*)/i.exec(url);
  if (!match) throw new Error(`Not an absolute URL: ${stripCredentials(url)}`);
  const [, scheme = '', host = '', path = ''] = match;
  return { scheme: scheme.toLowerCase(), host: host.replace(/^[^@]*@/, ''), path: path || '/' };
}

/** npm's "nerf dart" for a registry URL: `//host/path/`, the prefix of its per-registry settings. */
export function nerfDart(registry: string): string {
  const { host, path } = splitUrl(registry);
  return `//${host}${path.endsWith('/') ? path : `${path}/`}`;
}

/** The same URL with `aws:<token>@` as its user info (the shape `aws codeartifact login` gives pip). */
export function withBasicAuth(url: string, token: string): string {
  const { scheme, host, path } = splitUrl(url);
  return `${scheme}://aws:${token}@${host}${path}`;
}

/** Removes any `user:password@` from URLs in `text`, so a warning can quote a value safely. */
export function stripCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi, '$1');
}

/** Upper-case a source or index name the way poetry and uv name its environment variables. */
export function envSegment(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}
