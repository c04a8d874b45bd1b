/** True when `name` matches `glob`, where `*` is any run of characters and `?` any one character. */
export function matchGlob(glob: string, name: string): boolean {
  const source = glob
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(name);
}
