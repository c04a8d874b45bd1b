import { InputError } from '../../src/core/errors.js';
import { parseLoginInputs } from '../../src/core/inputs.js';
import { BASE, expectOneProblemEach, problemsOf } from './bad-inputs.js';
import { BAD_NAMES } from './bad-names.js';
import { BAD_VALUES } from './bad-values.js';

describe('parseLoginInputs refuses bad names', () => expectOneProblemEach(BAD_NAMES));
describe('parseLoginInputs refuses bad values', () => expectOneProblemEach(BAD_VALUES));

describe('InputError', () => {
  it('covers at least 30 kinds of bad input', () => {
    expect(BAD_NAMES.length + BAD_VALUES.length).toBeGreaterThanOrEqual(30);
  });

  it('reports every problem at once, one line each, in input order', () => {
    const problems = problemsOf({
      domain: 'Acme',
      repository: '',
      tools: 'rpm',
      'duration-seconds': '100',
      'dry-run': 'yes',
    });
    expect(problems).toEqual([
      expect.stringContaining("Input 'domain' must be"),
      expect.stringContaining("Input 'repository' is required"),
      expect.stringContaining("Input 'tools' must list only"),
      "Input 'duration-seconds' must be 0 or between 900 and 43200 (got '100')",
      "Input 'dry-run' must be true or false (got 'yes')",
    ]);
    const err = (() => {
      try {
        parseLoginInputs({
          domain: 'Acme',
          repository: '',
          tools: 'rpm',
          'duration-seconds': '100',
          'dry-run': 'yes',
        });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).name).toBe('InputError');
    expect((err as InputError).message.split('\n')).toHaveLength(5);
  });

  it('quotes long or multi-line values on one short line', () => {
    const [problem] = problemsOf({ ...BASE, repository: `bad repo\n${'x'.repeat(200)}` });
    expect(problem).not.toContain('\n');
    expect(problem).toMatch(/\(got 'bad repo\\nx+\.\.\.'\)$/);
  });
});
