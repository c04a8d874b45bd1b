import type { RenderContext, RenderedConfig } from './types.js';
import { endpointFor, nerfDart } from './urls.js';

/** Per-registry keys that would authenticate differently against our registry: dropped. */
const OTHER_AUTH_SUFFIXES = [':_auth', ':username', ':_password', ':always-auth'];

interface Setting {
  readonly key: string;
  readonly value: string;
}

/** The key of an `.npmrc` line (`key=value`, spaces allowed around `=`), or undefined for comments. */
function keyOf(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return undefined;
  const eq = trimmed.indexOf('=');
  return (eq === -1 ? trimmed : trimmed.slice(0, eq)).trim();
}

/** Ours, in the order `npm config set` appends them. */
function ourSettings(registry: string, token: string, scopes: readonly string[]): Setting[] {
  return [
    { key: 'registry', value: registry },
    ...scopes.map((scope) => ({ key: `${scope}:registry`, value: registry })),
    { key: `${nerfDart(registry)}:_authToken`, value: token },
  ];
}

/** Lower-cased, with `//host/path:x` spelled `//host/path/:x`: npm treats both as the same registry. */
function normaliseKey(key: string): string {
  const lower = key.toLowerCase();
  const colon = lower.lastIndexOf(':');
  if (!lower.startsWith('//') || colon === -1) return lower;
  const prefix = lower.slice(0, colon);
  return `${prefix.endsWith('/') ? prefix : `${prefix}/`}${lower.slice(colon)}`;
}

/** What to do with an existing line: replace it with `ours[i]`, drop it, or keep it (undefined). */
function fate(key: string, ours: readonly Setting[], dart: string): number | 'drop' | undefined {
  const lower = normaliseKey(key);
  const index = ours.findIndex((setting) => setting.key.toLowerCase() === lower);
  if (index !== -1) return index;
  return OTHER_AUTH_SUFFIXES.some((suffix) => lower === `${dart.toLowerCase()}${suffix}`)
    ? 'drop'
    : undefined;
}

/**
 * The user config npm and pnpm read after login: the user's own lines kept in place (comments too),
 * lines that would point elsewhere or authenticate differently against our registry replaced, ours
 * appended in the order `npm config set` produces: `registry=`, `@scope:registry=`, `//host/path/:_authToken=`.
 * Unlike `aws codeartifact login` no `always-auth` line is written: npm ≥ 9 rejects it.
 */
export function renderNpmUserConfig(
  existing: string | undefined,
  registry: string,
  token: string,
  scopes: readonly string[],
): string {
  const dart = nerfDart(registry);
  const ours = ourSettings(registry, token, scopes);
  const written = new Set<number>();
  const lines: string[] = [];
  for (const line of (existing ?? '').split(/\r?\n/)) {
    const key = keyOf(line);
    const what = key === undefined ? undefined : fate(key, ours, dart);
    if (what === undefined) lines.push(line);
    else if (what !== 'drop' && !written.has(what)) {
      lines.push(`${ours[what]?.key}=${ours[what]?.value}`);
      written.add(what);
    }
  }
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  ours.forEach((setting, index) => {
    if (!written.has(index)) lines.push(`${setting.key}=${setting.value}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Variables npm reads before any config file; one set would send requests past our registry. */
const REGISTRY_ENV = /^npm_config_(registry|@[^:]+:registry)$/i;

/** The npm user config for npm and pnpm, selected with `NPM_CONFIG_USERCONFIG` (token inside: mode 0600). */
export function renderNpmFamily(ctx: RenderContext, tool: 'npm' | 'pnpm'): RenderedConfig {
  const registry = endpointFor(ctx, 'npm', tool);
  const content = renderNpmUserConfig(ctx.existingNpmUserConfig, registry, ctx.token, ctx.scopes);
  const warnings = Object.keys(ctx.existingEnv ?? {})
    .filter((name) => REGISTRY_ENV.test(name) && (ctx.existingEnv?.[name] ?? '') !== '')
    .map(
      (name) => `${name} is set: it overrides the user config, so ${tool} bypasses the repository (unset it)`,
    );
  return {
    files: [{ role: 'npm-userconfig', content, mode: 0o600, selectedBy: 'NPM_CONFIG_USERCONFIG' }],
    env: {},
    warnings,
    registry,
  };
}
