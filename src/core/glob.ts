/** True when `name` matches `glob`, where `*` is any run of characters and `?` any one character. */
export function matchGlob(glob: string, name: string): boolean {
  const source = glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(name);
}

/**
 * True when the `/`-separated `path` matches `glob`: `**` spans any number of directories (none
 * included), `*` and `?` stay within one path element.
 */
export function matchPathGlob(glob: string, path: string): boolean {
  const source = glob
    .split(/(\*\*\/|\*\*|\*|\?)/)
    .map((part) => {
      if (part === '**/') return '(?:[^/]*/)*';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The leading elements of `glob` before any wildcard: the directory a search can start from. */
export function globBase(glob: string): string {
  const parts = glob.split('/');
  const first = parts.findIndex((p) => /[*?]/.test(p));
  return (
    (first === -1 ? parts.slice(0, -1) : parts.slice(0, first)).join('/') ||
    (glob.startsWith('/') ? '/' : '.')
  );
}
