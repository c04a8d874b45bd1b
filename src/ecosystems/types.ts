/** Every client this toolkit can configure, in the order plans and summaries list them. */
export const TOOL_NAMES = ['npm', 'pnpm', 'yarn', 'pip', 'twine', 'poetry', 'uv', 'go'] as const;

/** One client this toolkit can configure. */
export type ToolName = (typeof TOOL_NAMES)[number];

/** The CodeArtifact package format a tool talks to; `none` for go (CodeArtifact has no Go format). */
export type RegistryFormat = 'npm' | 'pypi' | 'none';

/** The formats GetRepositoryEndpoint is asked for. */
export type EndpointFormat = Exclude<RegistryFormat, 'none'>;

/** Operating systems with a documented default cache directory (Node's `process.platform` names). */
export type OsName = 'linux' | 'darwin' | 'win32';

/** What a rendered file is; the I/O layer picks its path from this. */
export type FileRole = 'npm-userconfig' | 'pip-config';

/** A file login would write. */
export interface RenderedFile {
  /** What the file is; two tools rendering the same role must render the same content. */
  readonly role: FileRole;
  /** The whole file, ending with a new line. */
  readonly content: string;
  /** 0o600 whenever the content holds the token. */
  readonly mode: number;
  /** The environment variable the I/O layer sets to the file's path so the tool reads it. */
  readonly selectedBy: string;
}

/** The configuration one tool needs, as data: nothing is written or exported yet. */
export interface RenderedConfig {
  /** Files to write (with the env var that points the tool at each). */
  readonly files: readonly RenderedFile[];
  /** Environment variables for later steps; values may hold the token. */
  readonly env: Readonly<Record<string, string>>;
  /** Problems found in the existing configuration; never contain the token. */
  readonly warnings: readonly string[];
  /** The URL the tool now resolves through, without credentials (for outputs and summaries). */
  readonly registry?: string;
}

/** Everything a `render` needs; built by the login runner from the config and the AWS answers. */
export interface RenderContext {
  /** Repository endpoints from GetRepositoryEndpoint, keyed by format (each ends with `/`). */
  readonly endpoints: Readonly<Partial<Record<EndpointFormat, string>>>;
  /** The CodeArtifact authorization token. */
  readonly token: string;
  /** npm scopes (`@acme`) pinned to the repository. */
  readonly scopes: readonly string[];
  /** Name of the poetry source declared in pyproject.toml. */
  readonly poetrySource: string;
  /** Name of the uv index declared in pyproject.toml. */
  readonly uvIndex: string;
  /** GOPROXY value; unset leaves Go's own default. */
  readonly goProxy?: string;
  /** Module path patterns that must never reach the public checksum database. */
  readonly goPrivate: readonly string[];
  /** Text of the npm user config in effect before login; kept, conflicting lines replaced. */
  readonly existingNpmUserConfig?: string;
  /**
   * The pip config ours replaces, kept with `index-url` replaced: the file `PIP_CONFIG_FILE` named before
   * login if it existed, otherwise the user config (pip skips the user config once `PIP_CONFIG_FILE` exists).
   */
  readonly existingPipConfig?: string;
  /** Where `existingPipConfig` came from, to name it in warnings. @default 'the existing pip config' */
  readonly existingPipConfigPath?: string;
  /** Text of the project's `.yarnrc.yml`, checked for settings that would override ours. */
  readonly existingYarnrc?: string;
  /** The environment before login, checked for variables that would defeat ours. */
  readonly existingEnv?: Readonly<Record<string, string | undefined>>;
}

/** A package manager described as data plus one pure render function. */
export interface Ecosystem {
  /** The tool's name, as users write it in `tools`. */
  readonly tool: ToolName;
  /** Which repository endpoint the tool needs. */
  readonly format: RegistryFormat;
  /** File-name globs (`*`, `?`) whose presence means the project uses this tool; also the cache-key inputs. */
  readonly lockfiles: readonly string[];
  /** When detected without any of `files`, detection adds `warning`. */
  readonly detectWarning?: { readonly unless: readonly string[]; readonly warning: string };
  /** argv that prints the tool's download cache directory. */
  readonly cacheDirCommand?: readonly string[];
  /** The documented default cache directory per OS; `{home}` and `{localAppData}` are placeholders. */
  readonly defaultCacheDir?: Readonly<Record<OsName, string>>;
  /** Checks one of the tool's lockfiles against the registry it will resolve through. */
  readonly lockfileWarnings?: (fileName: string, text: string, registry: string) => string[];
  /** Renders the tool's configuration; throws when `ctx` lacks the endpoint it needs. */
  render(ctx: RenderContext): RenderedConfig;
}
