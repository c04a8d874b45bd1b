import { ECOSYSTEMS, TOOL_NAMES, type RenderContext } from '../../src/ecosystems/index.js';

const TOKEN = 'tok.en-1';
const CTX: RenderContext = {
  endpoints: {
    npm: 'https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/internal/',
    pypi: 'https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/internal/',
  },
  token: TOKEN,
  scopes: [],
  poetrySource: 'codeartifact',
  uvIndex: 'codeartifact',
  goPrivate: [],
};

describe.each(TOOL_NAMES)('the %s descriptor', (tool) => {
  const eco = ECOSYSTEMS[tool];

  it('is registered under its own name', () => {
    expect(eco.tool).toBe(tool);
  });

  it('names a cache directory for every OS when it has a cache command', () => {
    if (eco.cacheDirCommand === undefined) return expect(eco.defaultCacheDir).toBeUndefined();
    expect(Object.keys(eco.defaultCacheDir ?? {}).sort()).toEqual(['darwin', 'linux', 'win32']);
    for (const dir of Object.values(eco.defaultCacheDir ?? {}))
      expect(dir).toMatch(/^\{(home|localAppData)\}\//);
  });

  it('writes the token only into 0600 files, and nowhere for go', () => {
    const rendered = eco.render(CTX);
    for (const file of rendered.files) if (file.content.includes(TOKEN)) expect(file.mode).toBe(0o600);
    expect(rendered.warnings.join('\n')).not.toContain(TOKEN);
    expect(rendered.registry ?? '').not.toContain(TOKEN);
    const holdsToken = JSON.stringify(rendered).includes(TOKEN);
    expect(holdsToken).toBe(eco.format !== 'none');
  });

  it('needs only the endpoint of its own format', () => {
    const format = eco.format;
    if (format === 'none') return expect(() => eco.render({ ...CTX, endpoints: {} })).not.toThrow();
    const own = { ...CTX, endpoints: { [format]: CTX.endpoints[format] } };
    expect(() => eco.render(own)).not.toThrow();
    expect(() => eco.render({ ...CTX, endpoints: {} })).toThrow(`Cannot configure ${tool}`);
  });
});
