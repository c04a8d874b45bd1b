import { summaryMarkdown, summaryText, type LoginSummary } from '../../src/core/login-summary.js';

const SUMMARY: LoginSummary = {
  domain: 'acme',
  domainOwner: '111122223333',
  repository: 'internal',
  expiration: '2030-01-01T00:00:00.000Z',
  rows: [
    {
      tool: 'npm',
      registry: 'https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/internal/',
    },
    { tool: 'go', registry: 'https://proxy.acme.example|direct' },
  ],
  files: ['/tmp/npmrc'],
  warnings: ['PIP_INDEX_URL is set | twice\nreally'],
};

describe('summaryMarkdown', () => {
  it('renders a table per tool, escaping table syntax', () => {
    expect(summaryMarkdown(SUMMARY)).toBe(
      [
        '### CodeArtifact login',
        '',
        'Domain `acme` (owner `111122223333`), repository `internal`; the token expires at 2030-01-01T00:00:00.000Z.',
        '',
        '| Tool | Resolves through |',
        '| --- | --- |',
        '| npm | `https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/internal/` |',
        '| go | `https://proxy.acme.example\\|direct` |',
        '',
        '**Warnings**',
        '',
        '- PIP_INDEX_URL is set \\| twice really',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what it does not know', () => {
    const text = summaryMarkdown({
      ...SUMMARY,
      warnings: [],
      expiration: undefined,
    } as unknown as LoginSummary);
    expect(text).toContain('repository `internal`.\n');
    expect(text).not.toContain('Warnings');
  });
});

it('summaryText aligns tools for a terminal', () => {
  expect(summaryText(SUMMARY)).toBe(
    'Logged in to domain acme (owner 111122223333), repository internal; the token expires at 2030-01-01T00:00:00.000Z\n' +
      '  npm   https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/internal/\n' +
      '  go    https://proxy.acme.example|direct\n',
  );
});
