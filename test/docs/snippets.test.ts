/**
 * The docs work when followed literally: every sh/bash block of README.md and docs/*.md runs as written,
 * in a fresh clone (committed files plus this checkout's dist/, no node_modules), with a throw-away HOME
 * holding a sentinel npm and AWS config that must come out untouched, and an emulator already running
 * for blocks that do not start their own (as if the README's emulator block had been run). Blocks that
 * need a real AWS account (```sh aws-account), are the project's own setup, which CI runs anyway
 * (```sh repo-setup), or cut a release (```sh maintainer) are skipped and listed below, so a new skip
 * shows up in review. Every flag the docs name after a command exists in that command's --help.
 * Breaks when a snippet fails, leaves files in the clone, writes the user's own config, or names a flag
 * the CLI does not have.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLI, runCli, spawnEmulator, stop } from '../helpers/cli.js';
import { cleanEnv, run, tempDir } from '../helpers/clients.js';
import { blocks, commandFlags, DOC_FILES, inlineCode, type Block } from './markdown.js';

// Linux only (the snippets are bash with GNU tools); elsewhere the suite says so and skips (CI runs it on Linux, strict).
const onLinux = process.platform === 'linux';
if (!onLinux) console.warn(`${process.platform}: skipped, Linux only`);

(onLinux ? describe : describe.skip)('on Linux', () => {
  const SHELL = new Set(['sh', 'bash', 'shell']);
  const SKIP_TAGS = ['aws-account', 'repo-setup', 'maintainer'];
  const all = DOC_FILES.flatMap(blocks);
  const shellBlocks = all.filter((b) => SHELL.has(b.lang));
  const skipped = shellBlocks.filter((b) => b.tags.some((t) => SKIP_TAGS.includes(t)));
  const runnable = shellBlocks.filter((b) => !skipped.includes(b));
  const where = (b: Block) => `${b.file}:${b.line}`;

  /**
   * `bash -e -o pipefail SCRIPT` in its own process group: a timeout kills everything the snippet started,
   * and `leftovers` says whether anything it started (an emulator it forgot to stop) was still running.
   */
  function runSnippet(script: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number) {
    return new Promise<{ code: number | null; output: string; leftovers: boolean }>((resolve) => {
      const child = spawn('bash', ['-e', '-o', 'pipefail', script], { cwd, env, detached: true });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const group = -(child.pid ?? 0);
      const timer = setTimeout(() => process.kill(group, 'SIGKILL'), timeoutMs);
      // 'exit', not 'close': a background process the snippet left running keeps the pipes open.
      child.on('exit', async (code) => {
        clearTimeout(timer);
        const alive = () => {
          try {
            process.kill(group, 0);
            return true;
          } catch {
            return false; // ESRCH: nothing of the group is left
          }
        };
        // What the snippet stopped gets a moment to finish exiting.
        for (let i = 0; i < 30 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
        const leftovers = alive();
        if (leftovers) process.kill(group, 'SIGKILL');
        resolve({ code, output, leftovers });
      });
    });
  }
  const hasAws = spawnSync('aws', ['--version']).status === 0;

  it('skips only the blocks marked aws-account, repo-setup or maintainer, listed here', () => {
    expect(skipped.map((b) => `${where(b)} ${b.tags.join(' ')}`)).toEqual([
      expect.stringMatching(/^README\.md:\d+ repo-setup$/),
      expect.stringMatching(/^README\.md:\d+ repo-setup$/),
      expect.stringMatching(/^README\.md:\d+ aws-account$/),
      expect.stringMatching(/^docs\/release\.md:\d+ maintainer$/),
    ]);
    expect(runnable.length).toBeGreaterThanOrEqual(5);
  });

  describe('every shell block, on a fresh clone against the emulator', () => {
    let root: string;
    let cleanup: () => Promise<void>;
    let clone: string;
    let home: string;
    let env: NodeJS.ProcessEnv;
    let emulator: Awaited<ReturnType<typeof spawnEmulator>>;
    const SENTINELS = { '.npmrc': 'registry=http://127.0.0.1:9/sentinel/\n', '.aws/config': '[default]\n' };

    beforeAll(async () => {
      ({ dir: root, cleanup } = await tempDir('doc-snippets'));
      clone = join(root, 'clone');
      const cloned = await run('git', ['clone', '--quiet', '--no-hardlinks', resolve('.'), clone], {
        env: process.env,
      });
      expect(cloned).toMatchObject({ code: 0 });
      // dist/ is committed on main but built locally on a branch: the clone runs this checkout's build.
      cpSync('dist', join(clone, 'dist'), { recursive: true });
      home = join(root, 'home');
      await mkdir(join(home, '.aws'), { recursive: true });
      for (const [file, text] of Object.entries(SENTINELS)) await writeFile(join(home, file), text);
      emulator = await spawnEmulator();
      const base = Object.fromEntries(
        Object.entries(cleanEnv(home)).filter(
          ([k]) => !/^(AWS_|CODEARTIFACT_|CODEBUILD_|GITHUB_|RUNNER_)/.test(k),
        ),
      );
      env = {
        ...base,
        TMPDIR: join(root, 'tmp'),
        XDG_STATE_HOME: join(home, '.local/state'),
        AWS_ENDPOINT_URL_CODEARTIFACT: emulator.endpoint,
        AWS_REGION: 'us-east-1',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
      };
      await mkdir(join(root, 'tmp'));
    }, 120_000);
    afterAll(async () => {
      await stop(emulator.child);
      await cleanup();
    });

    it.each(runnable.map((b) => [where(b), b] as const))(
      '%s runs as written',
      async (_, block) => {
        if (/^\s*aws /m.test(block.code) && !hasAws) {
          if (process.env.CI === 'true')
            throw new Error(`${where(block)} needs the AWS CLI, which is missing`);
          console.warn(`${where(block)}: skipped, the AWS CLI is not installed`);
          return;
        }
        const script = join(root, 'snippet.sh');
        await writeFile(script, `${block.code}\n`);
        const r = await runSnippet(script, clone, env, 150_000);
        expect(r.code === 0 ? 0 : `exit ${r.code}\n${r.output.slice(-3000)}`).toBe(0);
        expect(r.leftovers).toBe(false);
        // Nothing left in the clone, and the user's own config untouched.
        expect(
          (await run('git', ['status', '--porcelain', '--ignored', '--', '.', ':!dist'], { cwd: clone, env }))
            .stdout,
        ).toBe('');
        for (const [file, text] of Object.entries(SENTINELS))
          expect(await readFile(join(home, file), 'utf8')).toBe(text);
      },
      200_000,
    );
  });

  it('every flag the docs name after a command is in that command’s --help', () => {
    const texts = DOC_FILES.flatMap((file) => [...blocks(file).map((b) => b.code), ...inlineCode(file)]);
    const pairs = texts.flatMap(commandFlags);
    expect(pairs.length).toBeGreaterThan(40);
    const help = new Map<string, string>();
    const missing = pairs.filter(({ command, flag }) => {
      if (!help.has(command)) help.set(command, runCli([command, '--help']).stdout);
      return !new RegExp(`(^|[\\s,])${flag}(?![\\w-])`, 'm').test(help.get(command) ?? '');
    });
    expect(missing.map(({ command, flag }) => `${command} ${flag}`)).toEqual([]);
    expect(CLI).toBe('dist/cli/index.js');
  });
});
