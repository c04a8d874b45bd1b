import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, spawnEmulator, stop } from '../helpers/cli.js';

describe('codeartifact-cache emulator (the bundled CLI)', () => {
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
