import { TOOL_NAMES, type ToolName } from '../ecosystems/types.js';
import { LOGIN_DEFAULTS, type AccessConfig, type LoginConfig } from './config.js';
import { InputError } from './errors.js';
import { InputReader, type RawInputs } from './reader.js';
import { RULES, type Rule } from './rules.js';

const TOOL: Rule = {
  allowed: `tools among ${TOOL_NAMES.join(', ')} (or 'auto' alone)`,
  test: (value) => value === 'auto' || (TOOL_NAMES as readonly string[]).includes(value),
};
const DURATION = {
  allowed: '0 or between 900 and 43200',
  valid: (n: number) => n === 0 || (n >= 900 && n <= 43200),
};
const ROLE_DURATION = { allowed: 'between 900 and 43200', valid: (n: number) => n >= 900 && n <= 43200 };
const NPM_FAMILY: readonly ToolName[] = ['npm', 'pnpm', 'yarn'];

/** `{ [key]: value }`, or nothing when the value is absent (optional properties stay truly absent). */
export function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** `acme` → `@acme`, as `aws codeartifact login --namespace` does. */
const toScope = (item: string): string => (item === '' || item.startsWith('@') ? item : `@${item}`);

/** The `tools` input: a list of tools, or `auto` alone (shared with the cache inputs). */
export function readTools(r: InputReader): readonly ToolName[] | 'auto' {
  const tools = r.list('tools', TOOL, (item) => item.toLowerCase());
  if (tools.length === 0) return LOGIN_DEFAULTS.tools;
  if (!tools.includes('auto')) return tools as ToolName[];
  if (tools.length > 1) r.problems.push("Input 'tools' must be 'auto' alone or a list of tools, not both");
  return 'auto';
}

/** GOPROXY keeps its own separators (`,` and `|`), so new lines in the input become commas. */
function readGoProxy(r: InputReader): string | undefined {
  const value = r
    .text('go-proxy')
    ?.split(/\s*\n\s*/)
    .join(',');
  if (value === undefined || RULES.goProxy.test(value)) return value;
  r.fail('go-proxy', RULES.goProxy.allowed, value);
  return undefined;
}

/** Inputs that only mean something for a tool the user left out of an explicit `tools` list. */
function checkToolInputs(r: InputReader, tools: readonly ToolName[] | 'auto'): void {
  if (tools === 'auto') return;
  const needs = (name: string, wanted: readonly ToolName[]): void => {
    if (r.text(name) !== undefined && !wanted.some((tool) => tools.includes(tool))) {
      r.problems.push(
        `Input '${name}' is only used with tools ${wanted.join(' or ')}, and 'tools' lists none`,
      );
    }
  };
  needs('scopes', NPM_FAMILY);
  needs('go-proxy', ['go']);
  needs('go-private', ['go']);
}

function readClients(r: InputReader) {
  const tools = readTools(r);
  checkToolInputs(r, tools);
  return {
    tools,
    scopes: r.list('scopes', RULES.scope, toScope),
    ...opt('goProxy', readGoProxy(r)),
    goPrivate: r.list('go-private', RULES.goPrivate),
    poetrySource: r.optional('poetry-source', RULES.sourceName) ?? LOGIN_DEFAULTS['poetry-source'],
    uvIndex: r.optional('uv-index', RULES.sourceName) ?? LOGIN_DEFAULTS['uv-index'],
  };
}

/** The access inputs login and the cache share: region and the role every AWS call is made as. */
export function readAccess(r: InputReader): AccessConfig {
  const d = LOGIN_DEFAULTS;
  return {
    ...opt('region', r.optional('region', RULES.region)),
    ...opt('roleToAssume', r.optional('role-to-assume', RULES.roleArn)),
    roleSessionName: r.optional('role-session-name', RULES.roleSessionName) ?? d['role-session-name'],
    roleDurationSeconds: r.integer(
      'role-duration-seconds',
      d['role-duration-seconds'],
      ROLE_DURATION.allowed,
      ROLE_DURATION.valid,
    ),
    audience: r.optional('audience', RULES.audience) ?? d.audience,
  };
}

function readRun(r: InputReader) {
  const d = LOGIN_DEFAULTS;
  return {
    dryRun: r.boolean('dry-run', d['dry-run']),
    ...opt('envFile', r.optional('export-file', RULES.path)),
    workingDirectory: r.optional('working-directory', RULES.path) ?? d['working-directory'],
    maskAccountId: r.boolean('mask-account-id', d['mask-account-id']),
  };
}

/**
 * Parses raw inputs (keys in any of kebab-case, snake_case, camelCase or `INPUT_` form; blank = absent)
 * into a `LoginConfig`. Every input is checked; all problems are thrown together as one `InputError`.
 * Keys this parser does not know are ignored: they belong to other parsers (the cache inputs).
 */
export function parseLoginInputs(raw: RawInputs): LoginConfig {
  const r = new InputReader(raw);
  const domain = r.required('domain', RULES.domain);
  const domainOwner = r.optional('domain-owner', RULES.domainOwner);
  const repository = r.required('repository', RULES.repository);
  const clients = readClients(r);
  const durationSeconds = r.integer(
    'duration-seconds',
    LOGIN_DEFAULTS['duration-seconds'],
    DURATION.allowed,
    DURATION.valid,
  );
  const rest = { ...clients, durationSeconds, ...readAccess(r), ...readRun(r) };
  if (r.problems.length > 0 || domain === undefined || repository === undefined) {
    throw new InputError(r.problems);
  }
  return { domain, ...opt('domainOwner', domainOwner), repository, ...rest };
}
