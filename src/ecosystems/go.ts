import type { Ecosystem, RenderContext, RenderedConfig } from './types.js';

/** Adds our patterns to a comma-separated Go pattern list, keeping the user's first. */
function mergePatterns(existing: string | undefined, ours: readonly string[]): string {
  const all = [...(existing ?? '').split(','), ...ours].map((p) => p.trim()).filter((p) => p !== '');
  return [...new Set(all)].join(',');
}

/** `GOFLAGS` with `-mod=readonly`, unless the user already chose a `-mod` (then a warning if it is not readonly). */
function goFlags(existing: string | undefined): { value?: string; warning?: string } {
  const flags = (existing ?? '').trim();
  const mod = /(?:^|\s)-mod=(\S*)/.exec(flags);
  if (mod === null) return { value: flags === '' ? '-mod=readonly' : `${flags} -mod=readonly` };
  if (mod[1] === 'readonly') return {};
  return {
    warning: `GOFLAGS already sets -mod=${mod[1] ?? ''}: left as is, so go may change go.mod and go.sum during the build`,
  };
}

/**
 * CodeArtifact has no Go format, so go gets no token: `GOPROXY` when a proxy is given, private module
 * patterns kept away from the public checksum database, and `GOFLAGS=-mod=readonly`. With a proxy the
 * patterns go to `GONOSUMDB` (the proxy still serves them); without one to `GOPRIVATE`, which also makes
 * go fetch them directly, since the default public proxy cannot serve private modules.
 */
function renderGo(ctx: RenderContext): RenderedConfig {
  const env: Record<string, string> = {};
  const warnings: string[] = [];
  if (ctx.goProxy !== undefined) env.GOPROXY = ctx.goProxy;
  if (ctx.goPrivate.length > 0) {
    const name = ctx.goProxy === undefined ? 'GOPRIVATE' : 'GONOSUMDB';
    env[name] = mergePatterns(ctx.existingEnv?.[name], ctx.goPrivate);
  }
  const flags = goFlags(ctx.existingEnv?.GOFLAGS);
  if (flags.value !== undefined) env.GOFLAGS = flags.value;
  if (flags.warning !== undefined) warnings.push(flags.warning);
  return { files: [], env, warnings, ...(ctx.goProxy === undefined ? {} : { registry: ctx.goProxy }) };
}

/** go: no CodeArtifact format; proxy and checksum-database settings, and the module cache. */
export const go: Ecosystem = {
  tool: 'go',
  format: 'none',
  lockfiles: ['go.sum'],
  cacheDirCommand: ['go', 'env', 'GOMODCACHE'],
  defaultCacheDir: { linux: '{home}/go/pkg/mod', darwin: '{home}/go/pkg/mod', win32: '{home}/go/pkg/mod' },
  render: renderGo,
};
