import { iniLines } from './ini.js';
import { stripCredentials } from './urls.js';

/** Options that add package sources next to the repository. */
const EXTRA_SOURCES = ['extra-index-url', 'find-links'];
const FALSY = /^(0|false|no|off)$/i;

/** Warnings for variables that would override the index URL or add sources next to it. */
function envWarnings(env: Readonly<Record<string, string | undefined>>): string[] {
  const set = (name: string): string | undefined => ((env[name] ?? '').trim() === '' ? undefined : env[name]);
  const warnings: string[] = [];
  if (set('PIP_INDEX_URL') !== undefined) {
    warnings.push(
      "PIP_INDEX_URL is set: it overrides the repository's index URL for every pip command (unset it)",
    );
  }
  for (const name of ['PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS']) {
    const value = set(name);
    if (value !== undefined) {
      warnings.push(
        `${name} is set (${stripCredentials(value)}): pip also takes packages from there, bypassing the ` +
          'repository (unset it)',
      );
    }
  }
  const noIndex = set('PIP_NO_INDEX');
  if (noIndex !== undefined && !FALSY.test(noIndex.trim())) {
    warnings.push('PIP_NO_INDEX is set: pip ignores every index, the repository included (unset it)');
  }
  return warnings;
}

/** Warnings for one pip config file's options that would override or sidestep the index URL. */
function configWarnings(text: string, source: string): string[] {
  const warnings: string[] = [];
  for (const line of iniLines(text)) {
    if (line.key === undefined || line.continuation === true || line.section === undefined) continue;
    const where = `${source} [${line.section}] ${line.key}`;
    const value = stripCredentials((line.value ?? '').trim());
    if (EXTRA_SOURCES.includes(line.key)) {
      warnings.push(
        `${where} = ${value}: pip also takes packages from there, bypassing the repository (remove it)`,
      );
    } else if (line.key === 'index-url' && line.section !== 'global') {
      warnings.push(`${where} overrides the repository's index URL for pip ${line.section} (remove it)`);
    } else if (line.key === 'no-index' && !FALSY.test(value)) {
      warnings.push(`${where}: pip ignores every index, the repository included (remove it)`);
    }
  }
  return warnings;
}

/**
 * Settings that defeat the one-URL rule (every package through the repository): `PIP_INDEX_URL`,
 * `PIP_EXTRA_INDEX_URL`, `PIP_FIND_LINKS`, `PIP_NO_INDEX` in the environment, and `extra-index-url`,
 * `find-links`, `no-index` or a per-command `index-url` in a pip config file. Call once per config file;
 * `source` names the file in the warnings. Values are quoted with credentials removed.
 */
export function pipBypassWarnings(
  existingEnv: Readonly<Record<string, string | undefined>>,
  existingPipConfigText: string,
  source = 'pip config',
): string[] {
  return [...envWarnings(existingEnv), ...configWarnings(existingPipConfigText, source)];
}
