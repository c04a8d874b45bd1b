import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BuildspecError, fragmentText, mergeChecked } from '../buildspec/index.js';
import { UsageError } from './errors.js';

/** `codeartifact-cache buildspec` options as commander parses them. */
export interface BuildspecOptions {
  readonly fragment?: string;
  readonly into?: string;
  readonly write?: boolean;
}

/** Where the text goes: stdout by default; injectable for tests. */
export interface BuildspecIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: BuildspecIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Prints a fragment, or merges it into `--into` and prints the result, or with `--write` replaces that
 * file atomically. Conflicts and bad input are one-line {@link UsageError}s (exit 2) and write nothing.
 */
export async function runBuildspec(options: BuildspecOptions, io: BuildspecIo = processIo): Promise<void> {
  if (options.fragment === undefined) throw new UsageError("'--fragment NAME' is required");
  if (options.write === true && options.into === undefined)
    throw new UsageError("'--write' needs '--into FILE'");
  try {
    if (options.into === undefined) {
      io.stdout(fragmentText(options.fragment));
      return;
    }
    const userText = await readFile(options.into, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new BuildspecError(`cannot read ${options.into}: ${error.code ?? error.message}`);
    });
    const merged = mergeChecked(userText, options.fragment, basename(options.into));
    if (options.write !== true) io.stdout(merged);
    else if (merged === userText)
      io.stderr(`${options.into} already contains fragment ${options.fragment}\n`);
    else {
      await writeAtomically(options.into, merged);
      io.stderr(`merged fragment ${options.fragment} into ${options.into}\n`);
    }
  } catch (error) {
    if (error instanceof BuildspecError) throw new UsageError(error.message);
    throw error;
  }
}

/** Temp file beside the target, same mode, then rename: readers see the old file or the new one. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const mode = (await stat(file)).mode & 0o777;
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { mode, flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
