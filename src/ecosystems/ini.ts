/** One line of an INI file as pip's configparser reads it. */
export interface IniLine {
  /** The line as written. */
  readonly text: string;
  /** The section it belongs to (`global`, `install`, …); undefined before the first header. */
  readonly section?: string;
  /** The option it sets or continues, normalised the way pip does (`index_url` → `index-url`). */
  readonly key?: string;
  /** The value on this line (for a key line). */
  readonly value?: string;
  /** True for a header line. */
  readonly header?: boolean;
  /** True for an indented line continuing the previous option's value. */
  readonly continuation?: boolean;
}

const HEADER = /^\[([^\]]+)\]/;
const OPTION = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/;

/** Splits INI text into lines, each tagged with its section and option (comments and blanks untagged). */
export function iniLines(text: string): IniLine[] {
  const lines: IniLine[] = [];
  let section: string | undefined;
  let key: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const header = HEADER.exec(line);
    const option = OPTION.exec(line);
    const at = section === undefined ? {} : { section };
    if (header) {
      section = header[1]?.trim() ?? '';
      key = undefined;
      lines.push({ text: line, section, header: true });
    } else if (/^[#;]/.test(line) || line.trim() === '') {
      lines.push({ text: line, ...at });
    } else if (/^\s/.test(line) && key !== undefined) {
      lines.push({ text: line, ...at, key, continuation: true });
    } else if (option) {
      key = (option[1] ?? '').trim().toLowerCase().replace(/_/g, '-');
      lines.push({ text: line, ...at, key, value: option[2] ?? '' });
    } else {
      lines.push({ text: line, ...at });
    }
  }
  return lines;
}

/**
 * `text` with every `key` in `section` removed and `key = value` written at the end of that section
 * (which is appended when missing). Comments and all other options are kept.
 */
export function setIniOption(text: string | undefined, section: string, key: string, value: string): string {
  const kept = iniLines(text ?? '').filter((line) => !(line.section === section && line.key === key));
  const texts = kept.map((line) => line.text);
  while (texts.length > 0 && texts[texts.length - 1]?.trim() === '') texts.pop();
  const start = kept.findIndex((line) => line.header === true && line.section === section);
  const option = `${key} = ${value}`;
  if (start === -1) {
    return [...texts, ...(texts.length > 0 ? [''] : []), `[${section}]`, option, ''].join('\n');
  }
  let end = start + 1;
  while (end < kept.length && kept[end]?.header !== true) end++;
  while (end > start + 1 && (kept[end - 1]?.text.trim() ?? '') === '') end--;
  texts.splice(end, 0, option);
  return `${texts.join('\n')}\n`;
}
