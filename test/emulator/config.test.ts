import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG, loadConfig, validateConfig } from '../../src/emulator/config.js';

describe('emulator config', () => {
  it('the default config is valid', () => {
    expect(() => validateConfig(structuredClone(DEFAULT_CONFIG), 'default')).not.toThrow();
  });

  it('reads YAML', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cfg-')), 'c.yml');
    writeFileSync(
      file,
      'domains:\n  - name: shop\n    owner: "444455556666"\n    repositories:\n      - name: main\n',
    );
    expect(loadConfig(file).domains[0]?.name).toBe('shop');
  });

  it.each([
    [{}, 'domains must be a non-empty list'],
    [{ domains: [{ name: 'Bad_Name', repositories: [] }] }, "domains[0].name 'Bad_Name' must match"],
    [{ domains: [{ name: 'ok', owner: '123', repositories: [] }] }, 'domains[0].owner must be a 12-digit'],
    [{ domains: [{ name: 'ok', repositories: [{ name: 'a' }] }] }, "repositories[0].name 'a' must match"],
    [{ domains: [{ name: 'ok', repositories: [{ name: 'main', upstreams: ['nope'] }] }] }, "names 'nope'"],
    [
      { domains: [{ name: 'ok', repositories: [{ name: 'main', externalConnections: ['npmjs'] }] }] },
      "'npmjs' must be one of public:npmjs",
    ],
    [
      {
        domains: [
          {
            name: 'ok',
            repositories: [{ name: 'main' }],
            packages: [{ repository: 'main', format: 'maven', name: 'x', versions: ['1'] }],
          },
        ],
      },
      "'maven' must be npm or pypi",
    ],
    [{ region: 'moon', domains: [{ name: 'ok', repositories: [] }] }, 'region must look like us-east-1'],
  ])('rejects %j', (doc, message) => {
    expect(() => validateConfig(doc, 'test')).toThrow(message);
  });

  it('names the file when it cannot be parsed', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cfg-')), 'bad.yml');
    writeFileSync(file, 'domains: [\n');
    expect(() => loadConfig(file)).toThrow(`--config ${file}: cannot read it as YAML or JSON`);
  });
});
