import { iniLines, setIniOption } from '../../src/ecosystems/ini.js';

describe('ini', () => {
  it('tags lines with section and normalised key', () => {
    expect(iniLines('top=1\n[global]\n# c\nIndex_URL : x\n  y\n')).toEqual([
      { text: 'top=1', key: 'top', value: '1' },
      { text: '[global]', section: 'global', header: true },
      { text: '# c', section: 'global' },
      { text: 'Index_URL : x', section: 'global', key: 'index-url', value: 'x' },
      { text: '  y', section: 'global', key: 'index-url', continuation: true },
      { text: '', section: 'global' },
    ]);
  });

  it('writes a fresh file when there is none', () => {
    expect(setIniOption(undefined, 'global', 'a', 'b')).toBe('[global]\na = b\n');
  });
});
