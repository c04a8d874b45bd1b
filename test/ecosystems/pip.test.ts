import { pipBypassWarnings } from '../../src/ecosystems/pip-checks.js';
import { pip } from '../../src/ecosystems/pip.js';
import type { RenderContext } from '../../src/ecosystems/types.js';

const HOST = 'acme-111122223333.d.codeartifact.us-east-1.amazonaws.com';
const TOKEN = 'tok.en-1';
const INDEX = `https://aws:${TOKEN}@${HOST}/pypi/internal/simple/`;
const ctx: RenderContext = {
  endpoints: { pypi: `https://${HOST}/pypi/internal/` },
  token: TOKEN,
  scopes: [],
  poetrySource: 'codeartifact',
  uvIndex: 'codeartifact',
  goPrivate: [],
};

describe('pip render', () => {
  it('sets global.index-url exactly as `aws codeartifact login --tool pip` does', () => {
    expect(pip.render(ctx)).toEqual({
      files: [
        {
          role: 'pip-config',
          content: `[global]\nindex-url = ${INDEX}\n`,
          mode: 0o600,
          selectedBy: 'PIP_CONFIG_FILE',
        },
      ],
      env: {},
      warnings: [],
      registry: `https://${HOST}/pypi/internal/simple/`,
    });
  });

  // [what, existing PIP_CONFIG_FILE text, expected file]
  const MERGES: [string, string, string][] = [
    [
      'adds to an existing global section',
      '[global]\ntimeout = 60\n\n[install]\nuser = false\n',
      `[global]\ntimeout = 60\nindex-url = ${INDEX}\n\n[install]\nuser = false\n`,
    ],
    [
      'replaces index-url and index_url with continuations',
      '# mine\n[global]\nindex_url = http://old.example/\n  http://cont.example/\nindex-url: http://old2.example/\ncert = /c.pem\n',
      `# mine\n[global]\ncert = /c.pem\nindex-url = ${INDEX}\n`,
    ],
    [
      'appends a global section',
      '[install]\nno-cache-dir = false',
      `[install]\nno-cache-dir = false\n\n[global]\nindex-url = ${INDEX}\n`,
    ],
    [
      'leaves other sections index-url alone (and warns)',
      '[download]\nindex-url = http://d.example/\n',
      `[download]\nindex-url = http://d.example/\n\n[global]\nindex-url = ${INDEX}\n`,
    ],
  ];

  it.each(MERGES)('%s', (_what, existing, expected) => {
    expect(pip.render({ ...ctx, existingPipConfig: existing }).files[0]?.content).toBe(expected);
  });

  it('warns about what it keeps that would bypass the repository', () => {
    const { warnings } = pip.render({
      ...ctx,
      existingPipConfig: '[download]\nindex-url = http://d.example/\n',
      existingPipConfigPath: '/home/ci/.config/pip/pip.conf',
    });
    expect(warnings).toEqual([
      "/home/ci/.config/pip/pip.conf [download] index-url overrides the repository's index URL for pip download (remove it)",
    ]);
  });
});

describe('pipBypassWarnings', () => {
  // [what, env, config text, expected warnings (substrings)]
  const CASES: [string, Record<string, string>, string, string[]][] = [
    [
      'a clean setup',
      { PIP_CERT: '/c.pem', PIP_INDEX_URL: ' ' },
      '[global]\nindex-url = https://x.example/\ntimeout = 5\n',
      [],
    ],
    [
      'PIP_INDEX_URL',
      { PIP_INDEX_URL: 'https://x.example/' },
      '',
      ["PIP_INDEX_URL is set: it overrides the repository's index URL"],
    ],
    [
      'PIP_EXTRA_INDEX_URL, credentials hidden',
      { PIP_EXTRA_INDEX_URL: 'https://u:secret@x.example/simple' },
      '',
      ['PIP_EXTRA_INDEX_URL is set (https://x.example/simple): pip also takes packages from there'],
    ],
    ['PIP_FIND_LINKS', { PIP_FIND_LINKS: '/opt/wheels' }, '', ['PIP_FIND_LINKS is set (/opt/wheels)']],
    ['PIP_NO_INDEX', { PIP_NO_INDEX: '1' }, '', ['PIP_NO_INDEX is set: pip ignores every index']],
    ['PIP_NO_INDEX off', { PIP_NO_INDEX: 'false' }, '', []],
    [
      'extra-index-url in a config',
      {},
      '[global]\nfind-links = /opt/wheels\nextra-index-url = file:///opt/pypi/simple file:///opt/more/simple\n',
      [
        'pip config [global] find-links = /opt/wheels: pip also takes',
        'pip config [global] extra-index-url = file:///opt/pypi/simple file:///opt/more/simple',
      ],
    ],
    [
      'extra_index_url spelled with underscores',
      {},
      '[install]\nextra_index_url=https://u:p@x.example/\n',
      ['pip config [install] extra-index-url = https://x.example/'],
    ],
    [
      'index-url for one command',
      {},
      '[install]\nindex-url = https://x.example/\n',
      ["pip config [install] index-url overrides the repository's index URL for pip install"],
    ],
    [
      'no-index in a config',
      {},
      '[global]\nno-index = true\n',
      ['pip config [global] no-index: pip ignores every index'],
    ],
    ['keys before any section are ignored', {}, 'extra-index-url = https://x.example/\n', []],
  ];

  it.each(CASES)('%s', (_what, env, text, expected) => {
    expect(pipBypassWarnings(env, text)).toEqual(expected.map((part) => expect.stringContaining(part)));
  });

  it('never repeats a credential from the environment or the file', () => {
    const all = pipBypassWarnings(
      { PIP_EXTRA_INDEX_URL: 'https://aws:tok@h/' },
      '[global]\nfind-links = https://u:pw@h/\n',
      '/etc/pip.conf',
    );
    expect(all.join('\n')).not.toMatch(/tok|pw/);
    expect(all[1]).toMatch(/^\/etc\/pip\.conf \[global\] find-links/);
  });
});
