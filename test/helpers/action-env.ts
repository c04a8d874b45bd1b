import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { inputEnv } from './runner.js';

interface ActionInput {
  readonly default?: string;
}

/** action.yml's inputs, parsed. */
export function actionInputs(): Record<string, ActionInput> {
  const doc = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, ActionInput> };
  return doc.inputs;
}

/** `INPUT_*` as the runner sets them: action.yml defaults, then the workflow's `with:`. */
export function actionInputEnv(withInputs: Readonly<Record<string, string>>): Record<string, string> {
  const defaults = Object.fromEntries(
    Object.entries(actionInputs())
      .filter(([, input]) => input.default !== undefined)
      .map(([name, input]) => [name, String(input.default)]),
  );
  return inputEnv({ ...defaults, ...withInputs });
}
