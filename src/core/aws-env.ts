/**
 * What the environment says about AWS calls, read once by the platform (the edge) and handed on as
 * values: the region variables, the S3 endpoint override and the proxy variables. Nothing under cache/,
 * aws/ or ops/ reads the environment itself.
 */

/** The proxy variables, as curl and the AWS CLI read them (lower case wins over upper case). */
export interface ProxySettings {
  /** For http:// URLs (HTTP_PROXY). */
  readonly httpProxy?: string;
  /** For https:// URLs (HTTPS_PROXY). */
  readonly httpsProxy?: string;
  /** NO_PROXY entries: host names, domain suffixes (`.corp.example`), `host:port`, or `*` for all. */
  readonly noProxy: readonly string[];
}

export interface AwsEnvironment {
  /** AWS_REGION, else AWS_DEFAULT_REGION (which the AWS CLI reads and the JS SDK does not). */
  readonly region?: { readonly value: string; readonly from: 'AWS_REGION' | 'AWS_DEFAULT_REGION' };
  /** AWS_ENDPOINT_URL_S3: an S3-compatible endpoint (tests, MinIO). */
  readonly s3Endpoint?: string;
  readonly proxy: ProxySettings;
}

type Env = Readonly<Record<string, string | undefined>>;

const nonBlank = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

/** The proxy variables in `env`; `http_proxy` wins over `HTTP_PROXY`, as in curl. */
export function readProxy(env: Env): ProxySettings {
  const pick = (name: string) => nonBlank(env[name.toLowerCase()]) ?? nonBlank(env[name]);
  const httpProxy = pick('HTTP_PROXY');
  const httpsProxy = pick('HTTPS_PROXY');
  const noProxy = (pick('NO_PROXY') ?? '')
    .split(/[,\s]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  return {
    ...(httpProxy === undefined ? {} : { httpProxy }),
    ...(httpsProxy === undefined ? {} : { httpsProxy }),
    noProxy,
  };
}

/** Reads the AWS-related variables of `env`, once. */
export function readAwsEnvironment(env: Env): AwsEnvironment {
  const fromRegion = nonBlank(env.AWS_REGION);
  const fromDefault = nonBlank(env.AWS_DEFAULT_REGION);
  const region =
    fromRegion !== undefined
      ? { value: fromRegion, from: 'AWS_REGION' as const }
      : fromDefault !== undefined
        ? { value: fromDefault, from: 'AWS_DEFAULT_REGION' as const }
        : undefined;
  const s3Endpoint = nonBlank(env.AWS_ENDPOINT_URL_S3);
  return {
    ...(region === undefined ? {} : { region }),
    ...(s3Endpoint === undefined ? {} : { s3Endpoint }),
    proxy: readProxy(env),
  };
}

/** True when NO_PROXY names `host` (with `port`): exact, a domain suffix, `host:port`, or `*`. */
function bypassed(host: string, port: string, noProxy: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  return noProxy.some((entry) => {
    if (entry === '*') return true;
    const [entryHost = '', entryPort] = entry.replace(/^\*/, '').split(/:(?=\d+$)/);
    if (entryPort !== undefined && entryPort !== port) return false;
    const bare = entryHost.replace(/^\./, '');
    return name === bare || name.endsWith(`.${bare}`);
  });
}

/** The proxy URL a request to `url` goes through, or undefined to go direct. */
export function proxyFor(url: string, proxy: ProxySettings): string | undefined {
  const target = new URL(url);
  const chosen = target.protocol === 'https:' ? proxy.httpsProxy : proxy.httpProxy;
  if (chosen === undefined) return undefined;
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return bypassed(target.hostname, port, proxy.noProxy) ? undefined : chosen;
}

/** Where the region came from, for messages. */
export type RegionSource = 'input' | 'AWS_REGION' | 'AWS_DEFAULT_REGION' | 'profile';

/**
 * The region of every AWS call a run makes: the `region` input, else AWS_REGION, else AWS_DEFAULT_REGION;
 * undefined means "ask the profile" (the caller does, once).
 */
export function regionFromInputOrEnv(
  input: string | undefined,
  env: AwsEnvironment,
): { readonly region: string; readonly from: RegionSource } | undefined {
  if (input !== undefined) return { region: input, from: 'input' };
  return env.region === undefined ? undefined : { region: env.region.value, from: env.region.from };
}
