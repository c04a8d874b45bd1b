import { ECOSYSTEMS } from '../ecosystems/index.js';
import type {
  Ecosystem,
  EndpointFormat,
  RenderContext,
  RenderedFile,
  ToolName,
} from '../ecosystems/types.js';

/** Everything login would write and export, rendered before anything is written. */
export interface LoginPlan {
  /** The tools configured, in the order given. */
  readonly tools: readonly ToolName[];
  /** Files to write, one per role (npm and pnpm share the npm user config). */
  readonly files: readonly RenderedFile[];
  /** Environment for later steps (the I/O layer adds each file's `selectedBy` variable). */
  readonly env: Readonly<Record<string, string>>;
  /** Every tool's warnings, duplicates removed. */
  readonly warnings: readonly string[];
  /** The URL each tool resolves through, without credentials. */
  readonly registries: Readonly<Partial<Record<ToolName, string>>>;
}

/** The repository endpoint formats `tools` need: what GetRepositoryEndpoint must be asked for. */
export function formatsFor(
  tools: readonly ToolName[],
  ecosystems: Readonly<Record<ToolName, Ecosystem>> = ECOSYSTEMS,
): EndpointFormat[] {
  const formats = tools.map((tool) => ecosystems[tool].format);
  return (['npm', 'pypi'] as const).filter((format) => formats.includes(format));
}

/**
 * Renders every tool's configuration into one plan. Two tools claiming the same file role or variable
 * with different content is a bug, not a user error: it throws rather than let one silently win.
 */
export function planLogin(
  tools: readonly ToolName[],
  ctx: RenderContext,
  ecosystems: Readonly<Record<ToolName, Ecosystem>> = ECOSYSTEMS,
): LoginPlan {
  const files = new Map<string, RenderedFile>();
  const env: Record<string, string> = {};
  const warnings = new Set<string>();
  const registries: Partial<Record<ToolName, string>> = {};
  for (const tool of tools) {
    const rendered = ecosystems[tool].render(ctx);
    for (const file of rendered.files) {
      const seen = files.get(file.role);
      if (seen && (seen.content !== file.content || seen.mode !== file.mode)) {
        throw new Error(`Cannot configure ${tool}: it renders a different ${file.role} than another tool`);
      }
      files.set(file.role, file);
    }
    for (const [name, value] of Object.entries(rendered.env)) {
      if (env[name] !== undefined && env[name] !== value) {
        throw new Error(`Cannot configure ${tool}: it sets ${name} differently from another tool`);
      }
      env[name] = value;
    }
    rendered.warnings.forEach((warning) => warnings.add(warning));
    if (rendered.registry !== undefined) registries[tool] = rendered.registry;
  }
  return { tools: [...tools], files: [...files.values()], env, warnings: [...warnings], registries };
}
