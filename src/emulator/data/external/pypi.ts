import type { EmulatorContext } from '../../context.js';
import type { Coords } from '../packages.js';
import { versionFromFilename } from '../pypi/filenames.js';
import type { ExternalFile, ExternalPackage, ExternalVersion } from './model.js';
import { externalGet } from './http.js';

const TIMEOUT_MS = 15_000;
const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';

/** The public index page of a project: `<index>simple/<normalized>/`. */
export function pypiProjectUrl(base: string, c: Coords): string {
  const slash = base.endsWith('/') ? base : `${base}/`;
  return `${slash}simple/${c.name}/`;
}

/** Fetch a project page (PEP 691 JSON when offered, else PEP 503 HTML); file URLs resolved as given. */
export async function fetchPypiPackage(
  ctx: EmulatorContext,
  c: Coords,
): Promise<{ pkg: ExternalPackage | undefined; bytes: number }> {
  const res = await externalGet(ctx, pypiProjectUrl(ctx.publicUrls.pypi, c), {
    accept: `${JSON_TYPE}, text/html;q=0.1`,
    timeoutMs: TIMEOUT_MS,
  });
  if (res.status === 404) return { pkg: undefined, bytes: res.body.length };
  if (res.status !== 200) throw new Error(`public PyPI answered ${res.status} for ${c.name}`);
  const page = parseProjectPage(
    res.body.toString('utf8'),
    String(res.headers['content-type'] ?? ''),
    res.url,
    c.name,
  );
  return { pkg: page, bytes: res.body.length };
}

/** A project page in either form, its file URLs resolved against the page's own URL (they may be relative). */
export function parseProjectPage(
  text: string,
  contentType: string,
  pageUrl: string,
  project: string,
): ExternalPackage {
  const files = contentType.includes('json') ? filesFromJson(text, pageUrl) : filesFromHtml(text, pageUrl);
  return groupByVersion(files, project);
}

function filesFromJson(text: string, base: string): ExternalFile[] {
  const doc = JSON.parse(text) as { files?: Record<string, unknown>[] };
  return (doc.files ?? []).flatMap((f) => {
    if (typeof f.filename !== 'string' || typeof f.url !== 'string') return [];
    const hashes = (f.hashes ?? {}) as Record<string, string>;
    const file: ExternalFile = { filename: f.filename, url: new URL(f.url, base).toString() };
    if (hashes.sha256) file.sha256 = hashes.sha256;
    if (typeof f['requires-python'] === 'string') file.requiresPython = f['requires-python'];
    if (f.yanked === true || typeof f.yanked === 'string') file.yanked = f.yanked;
    if (typeof f.size === 'number') file.size = f.size;
    if (typeof f['upload-time'] === 'string') file.uploadTime = f['upload-time'];
    return [file];
  });
}

const ANCHOR = /<a\s([^>]*)>([^<]*)<\/a>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function filesFromHtml(text: string, base: string): ExternalFile[] {
  const files: ExternalFile[] = [];
  for (const [, attributes = '', label = ''] of text.matchAll(ANCHOR)) {
    const attrs: Record<string, string> = {};
    for (const m of attributes.matchAll(ATTRIBUTE)) {
      attrs[(m[1] ?? '').toLowerCase()] = unescapeHtml(m[3] ?? m[4] ?? '');
    }
    if (!attrs.href) continue;
    const url = new URL(attrs.href, base);
    const sha256 = /^#sha256=([0-9a-f]{64})$/i.exec(url.hash)?.[1];
    url.hash = '';
    const filename = unescapeHtml(label).trim() || decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const file: ExternalFile = { filename, url: url.toString() };
    if (sha256) file.sha256 = sha256.toLowerCase();
    if (attrs['data-requires-python']) file.requiresPython = attrs['data-requires-python'];
    if (attrs['data-yanked'] !== undefined) file.yanked = attrs['data-yanked'] || true;
    files.push(file);
  }
  return files;
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;/g, "'")
    .replace(/&amp;/g, '&');
}

function groupByVersion(files: ExternalFile[], project: string): ExternalPackage {
  const versions = new Map<string, ExternalVersion>();
  for (const file of files) {
    const version = versionFromFilename(file.filename, project);
    if (!version) continue;
    const entry = versions.get(version) ?? { version, files: [] };
    entry.files.push(file);
    versions.set(version, entry);
  }
  return { versions, distTags: {} };
}
