import AjvModule, { type ErrorObject } from 'ajv';

/**
 * The project's own JSON Schema for buildspec version 0.2 (no public one exists), written from the
 * CodeBuild buildspec reference. Strict where a typo would silently do nothing (unknown keys are
 * errors), lenient where CodeBuild is (yes/no or booleans, version as 0.2 or '0.2').
 */
const commands = { type: 'array', items: { type: 'string' } } as const;
const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;
// Unquoted numbers and booleans are common in `variables` (NODE_VERSION: 20); CodeBuild takes them as text.
const scalarMap = {
  type: 'object',
  additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
} as const;
const yesNo = { anyOf: [{ type: 'boolean' }, { enum: ['yes', 'no'] }] } as const;
const onFailure = { type: 'string', pattern: '^(ABORT|CONTINUE|RETRY(-.+)?)$' } as const;
const paths = { type: 'array', items: { type: 'string' }, minItems: 1 } as const;

// `commands` is not required: AWS's own getting-started buildspec has an install phase with only
// runtime-versions, and CodeBuild runs it. A phase with none of the three does nothing: likely a typo.
const phase = (extra: Record<string, unknown> = {}) => ({
  type: 'object',
  additionalProperties: false,
  anyOf: ['commands', 'finally', ...Object.keys(extra)].map((key) => ({ required: [key] })),
  properties: {
    'run-as': { type: 'string' },
    'on-failure': onFailure,
    commands,
    finally: commands,
    ...extra,
  },
});

const artifactProperties = {
  files: paths,
  name: { type: 'string' },
  'discard-paths': yesNo,
  'base-directory': { type: 'string' },
  'exclude-paths': { anyOf: [{ type: 'string' }, paths] },
  'enable-symlinks': yesNo,
  's3-prefix': { type: 'string' },
} as const;
const artifactSet = { type: 'object', required: ['files'], properties: artifactProperties } as const;

export const BUILDSPEC_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'AWS CodeBuild buildspec 0.2 (codeartifact-cache subset)',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'phases'],
  properties: {
    version: { enum: [0.2, '0.2'] },
    'run-as': { type: 'string' },
    env: {
      type: 'object',
      additionalProperties: false,
      properties: {
        shell: { enum: ['bash', '/bin/sh', 'powershell.exe', 'cmd.exe'] },
        variables: scalarMap,
        'parameter-store': stringMap,
        'secrets-manager': stringMap,
        'exported-variables': { type: 'array', items: { type: 'string' } },
        'git-credential-helper': yesNo,
      },
    },
    proxy: { type: 'object', properties: { 'upload-artifacts': yesNo, logs: yesNo } },
    batch: { type: 'object' },
    phases: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        install: phase({ 'runtime-versions': { type: 'object', minProperties: 1 } }),
        pre_build: phase(),
        build: phase(),
        post_build: phase(),
      },
    },
    reports: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['files'],
        properties: {
          files: paths,
          'base-directory': { type: 'string' },
          'discard-paths': yesNo,
          'file-format': { type: 'string' },
        },
      },
    },
    // With secondary artifacts the primary one may be left out entirely (only `secondary-artifacts`).
    artifacts: {
      type: 'object',
      anyOf: [{ required: ['files'] }, { required: ['secondary-artifacts'] }],
      properties: {
        ...artifactProperties,
        'secondary-artifacts': { type: 'object', additionalProperties: artifactSet },
      },
    },
    cache: {
      type: 'object',
      additionalProperties: false,
      required: ['paths'],
      properties: {
        key: { type: 'string', minLength: 1 },
        'fallback-keys': { type: 'array', items: { type: 'string' }, maxItems: 5 },
        action: { enum: ['restore', 'save'] },
        paths,
      },
    },
  },
} as const;

// strictRequired off: `required` inside anyOf names properties declared beside it, not in the branch.
// ajv ships CommonJS: under NodeNext its default export arrives as the module namespace.
const Ajv = AjvModule.default;
const validator = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(BUILDSPEC_SCHEMA);

/** Problems with a parsed buildspec, one line each (`/phases/build: must have required property 'commands'`). */
export function buildspecProblems(buildspec: unknown): string[] {
  if (validator(buildspec)) return [];
  return (validator.errors ?? []).map(describe);
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(top level)' : error.instancePath;
  const extra =
    error.keyword === 'additionalProperties'
      ? ` '${String((error.params as { additionalProperty?: unknown }).additionalProperty)}'`
      : '';
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}
