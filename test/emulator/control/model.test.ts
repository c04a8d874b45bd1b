import model from '../../../src/emulator/control/model.json' with { type: 'json' };
import { findOperation, shape } from '../../../src/emulator/control/model.js';
import { HANDLERS } from '../../../src/emulator/control/ops/index.js';
import { serializeOutput } from '../../../src/emulator/control/output.js';
import { checkValue, formatProblems, type Problem } from '../../../src/emulator/control/validate.js';

const operations = Object.entries(
  model.operations as Record<string, { http: { method: string; requestUri: string } }>,
);

function problemsOf(value: unknown, shapeName: string): string[] {
  const problems: Problem[] = [];
  checkValue(value, shapeName, 'field', problems);
  return problems.map((p) => p.text);
}

test('every operation of the model routes to itself by method and path', () => {
  for (const [name, op] of operations) {
    expect(findOperation(op.http.method, op.http.requestUri)?.name).toBe(name);
  }
  expect(operations.length).toBeGreaterThanOrEqual(48);
});

test('every implemented operation exists in the model', () => {
  const names = new Set(operations.map(([name]) => name));
  expect(Object.keys(HANDLERS).filter((name) => !names.has(name))).toEqual([]);
});

test('every pattern of the model compiles in JavaScript', () => {
  const patterned = Object.entries(model.shapes as Record<string, { pattern?: string }>).filter(
    ([, s]) => s.pattern,
  );
  for (const [name] of patterned) expect(() => problemsOf('x', name)).not.toThrow();
  expect(patterned.length).toBeGreaterThan(10);
});

test.each<[string, unknown, string[]]>([
  ['PackageGroupPattern', '/npm/acme/*', []],
  [
    'PackageGroupPattern',
    '/npm/ac me/*',
    ['Member must satisfy regular expression pattern: [^\\p{C}\\p{IsWhitespace}]+'],
  ],
  ['DomainName', 'acme', []],
  ['DomainName', 'acme-', ['Member must satisfy regular expression pattern: [a-z][a-z0-9\\-]{0,48}[a-z0-9]']],
  ['AccountId', '12345678901x', ['Member must satisfy regular expression pattern: [0-9]{12}']],
  ['ListPackagesMaxResults', 1000, []],
  ['Description', 'tab\tand bell\u0007', ['Member must satisfy regular expression pattern: \\P{C}*']],
])('%s %j', (shapeName, value, constraints) => {
  expect(problemsOf(value, shapeName).map((t) => t.replace(/^.*failed to satisfy constraint: /, ''))).toEqual(
    constraints,
  );
});

test('messages follow the service: count, then each failure separated by "; "', () => {
  const problems: Problem[] = [
    { kind: 'constraint', text: 'a' },
    { kind: 'constraint', text: 'b' },
  ];
  expect(formatProblems(problems)).toBe('2 validation errors detected: a; b');
  expect(formatProblems(problems.slice(0, 1))).toBe('1 validation error detected: a');
});

test('list members are addressed as <list>.<n>.member.<field>', () => {
  const texts = problemsOf(
    { domain: 'acme', repository: 'repo', upstreams: [{ repositoryName: 'ok' }, {}] },
    'UpdateRepositoryRequest',
  );
  expect(texts).toEqual([
    "Value null at 'field.upstreams.2.member.repositoryName' failed to satisfy constraint: Member must not be null",
  ]);
});

test('outputs: timestamps become epoch seconds, undeclared members are dropped', () => {
  expect(shape('GetAuthorizationTokenResult').members).toHaveProperty('expiration');
  const wire = serializeOutput('GetAuthorizationTokenResult', {
    authorizationToken: 't',
    expiration: new Date(1_700_000_000_500),
    secret: 'not in the model',
  });
  expect(wire).toEqual({ body: { authorizationToken: 't', expiration: 1_700_000_000.5 }, headers: {} });
});
