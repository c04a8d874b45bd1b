import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, spawnEmulator, stop } from '../helpers/cli.js';
import { httpsGet } from '../helpers/https.js';

describe('codeartifact-cache emulator (the bundled CLI)', () => {
  // Emulators a failing test would otherwise leave running (stop() on an exited child is a no-op).
  const afterThis: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    await Promise.all(afterThis.splice(0).map((stopIt) => stopIt()));
  });

  it('prints exactly one endpoint line on stdout and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { child, endpoint, stdout } = await spawnEmulator();
      const info = (await (await fetch(`${endpoint}/_emulator/info`)).json()) as {
        domains: { name: string }[];
      };
      expect(info.domains.map((d) => d.name)).toEqual(['acme']);
      expect(await stop(child, signal)).toBe(0);
      expect(stdout).toEqual([`CODEARTIFACT_ENDPOINT=${endpoint}`]);
    }
  });

  it('keeps state across restarts with --data-dir', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'emu-data-'));
    const config = join(dataDir, '..', `cfg-${process.pid}.yml`);
    writeFileSync(
      config,
      'domains:\n  - name: shop\n    owner: "444455556666"\n    repositories:\n      - name: main\n',
    );
    const first = await spawnEmulator(['--data-dir', dataDir, '--config', config]);
    expect(await stop(first.child)).toBe(0);
    // No --config the second time: the domain must come back from the data directory.
    const second = await spawnEmulator(['--data-dir', dataDir]);
    const info = (await (await fetch(`${second.endpoint}/_emulator/info`)).json()) as {
      domains: { name: string }[];
    };
    expect(info.domains.map((d) => d.name)).toEqual(['shop']);
    await stop(second.child);
  });

  it('--tls serves HTTPS that only its own CA vouches for, and prints the CA path as a second shell line', async () => {
    const { child, endpoint, caFile, stdout } = await spawnEmulator(['--tls']);
    afterThis.push(() => stop(child));
    expect(endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(stdout).toEqual([`CODEARTIFACT_ENDPOINT=${endpoint}`, `CODEARTIFACT_CA_BUNDLE=${caFile}`]);
    const dir = dirname(caFile!);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'key.pem')).mode & 0o777).toBe(0o600);
    const info = await httpsGet(`${endpoint}/_emulator/info`, readFileSync(caFile!, 'utf8'));
    expect(JSON.parse(info.body).endpoint).toBe(endpoint);
    // Without the CA the same request must fail the handshake: the certificate is real, not decorative.
    await expect(httpsGet(`${endpoint}/_emulator/info`)).rejects.toMatchObject({
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    expect(await stop(child)).toBe(0);
    expect(existsSync(dir)).toBe(false); // a temp directory of our own: removed on exit
  });

  it('--tls with --data-dir writes DATA_DIR/tls and quotes a path the shell would split', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'emu tls ')), "it's data");
    const { child, endpoint, stdout } = await spawnEmulator(['--tls', '--data-dir', dataDir]);
    afterThis.push(() => stop(child));
    const sourced = spawnSync('sh', ['-c', `${stdout.join('\n')}\necho "$CODEARTIFACT_CA_BUNDLE"`], {
      encoding: 'utf8',
    });
    expect(sourced.stdout.trim()).toBe(join(dataDir, 'tls', 'ca.pem'));
    const ca = readFileSync(join(dataDir, 'tls', 'ca.pem'), 'utf8');
    expect((await httpsGet(`${endpoint}/_emulator/info`, ca)).status).toBe(200);
    expect(await stop(child)).toBe(0);
    expect(existsSync(join(dataDir, 'tls', 'ca.pem'))).toBe(true); // the data dir is the user's: kept
  });

  it.each([
    [['--port', 'abc'], '--port must be an integer from 0 to 65535'],
    [['--port', '70000'], '--port must be an integer from 0 to 65535'],
    [['--public-latency-ms=-5'], '--public-latency-ms must be an integer'],
    [['--bogus'], "unknown option '--bogus'"],
    [['--public-npm', 'ftp://x'], '--public-npm must be an http:// or https:// URL'],
    [['--access-key-id', 'k'], '--access-key-id and --secret-access-key go together'],
    [['--config', '/nonexistent/domains.yml'], '--config /nonexistent/domains.yml: cannot read it'],
  ])('rejects %j with one clear line and exit code 2', (args, message) => {
    const r = runCli(['emulator', ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it('--help works from the bundle alone', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('emulator');
  });
});
