/**
 * scripts/move-major-tag.sh against a real git repository and a bare "origin": v1 follows the newest
 * v1.x.y by version order, never moves back for an older patch, and refuses a tag that is not vX.Y.Z.
 * Breaks when the script sorts as text (v1.9.0 would beat v1.10.0) or moves on every release.
 */
import { join, resolve } from 'node:path';
import { run, tempDir } from '../helpers/clients.js';

// Linux only (the script is POSIX sh, run where releases run (ubuntu-latest)); elsewhere the suite says so and skips (CI runs it on Linux, strict).
const onLinux = process.platform === 'linux';
if (!onLinux) console.warn(`${process.platform}: skipped, Linux only`);

(onLinux ? describe : describe.skip)('on Linux', () => {
  const SCRIPT = resolve('scripts/move-major-tag.sh');
  let root: string;
  let cleanup: () => Promise<void>;
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.test',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.test',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  const git = async (...args: string[]) => {
    const r = await run('git', args, { cwd: join(root, 'work'), env });
    expect(r).toMatchObject({ code: 0 });
    return r.stdout.trim();
  };
  const release = async (tag: string) => {
    await git('commit', '--allow-empty', '-qm', tag);
    await git('tag', tag);
    return run('sh', [SCRIPT, tag], { cwd: join(root, 'work'), env });
  };
  const originV1 = async () =>
    (await run('git', ['rev-parse', 'v1^{commit}'], { cwd: join(root, 'origin.git'), env })).stdout.trim();

  beforeAll(async () => {
    ({ dir: root, cleanup } = await tempDir('major-tag'));
    await run('git', ['init', '-q', '--bare', join(root, 'origin.git')], { env });
    await run('git', ['init', '-q', join(root, 'work')], { env });
    await git('remote', 'add', 'origin', join(root, 'origin.git'));
  });
  afterAll(() => cleanup());

  it('moves v1 to each newer release, by version order', async () => {
    for (const tag of ['v1.0.0', 'v1.9.0', 'v1.10.0']) {
      expect(await release(tag)).toMatchObject({ code: 0, stdout: `v1 now points at ${tag}\n` });
      expect(await originV1()).toBe(await git('rev-parse', `${tag}^{commit}`));
    }
  });

  it('leaves v1 alone when an older line gets a patch release', async () => {
    const r = await release('v1.9.1');
    expect(r).toMatchObject({ code: 0, stdout: 'v1.10.0 is newer than v1.9.1: v1 stays where it is\n' });
    expect(await originV1()).toBe(await git('rev-parse', 'v1.10.0^{commit}'));
  });

  it('refuses a tag that is not vX.Y.Z with one line', async () => {
    const r = await run('sh', [SCRIPT, 'v1.2.0-rc.1'], { cwd: join(root, 'work'), env });
    expect(r).toMatchObject({ code: 2, stderr: "move-major-tag: 'v1.2.0-rc.1' is not vX.Y.Z\n" });
  });
});
