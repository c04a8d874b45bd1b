import type { Command } from 'commander';
import { INPUTS, flagHelp, type InputUse } from '../core/input-table.js';
import { inputName, type RawInputs } from '../core/reader.js';

/**
 * Adds one flag per input `use` reads, made from the input table (name, placeholder, help, default). No
 * defaults are given to commander, so the same input given as env can still apply.
 */
export function addInputOptions(command: Command, use: InputUse): Command {
  for (const spec of INPUTS) {
    if (!spec.use.includes(use) || spec.actionOnly) continue;
    command.option(`--${spec.name}${spec.value === undefined ? '' : ` ${spec.value}`}`, flagHelp(spec));
  }
  return command;
}

/** Commander's parsed options (camelCase, switches as `true`) as raw inputs by kebab-case name. */
export function flagsToInputs(options: Readonly<Record<string, unknown>>): RawInputs {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'string') raw[inputName(key)] = value;
    else if (typeof value === 'boolean') raw[inputName(key)] = String(value);
  }
  return raw;
}
