import { compareVersions } from '../../public/semver.js';
import type { Candidate, PackageView } from '../chain.js';
import { isListed, listedVersions } from '../listing.js';

export const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';

/** One file link of a project page. */
export interface FileLink {
  filename: string;
  url: string;
  sha256?: string | undefined;
  requiresPython?: string | undefined;
  yanked?: boolean | string | undefined;
  size?: number | undefined;
  /** ISO 8601. */
  uploadTime?: string | undefined;
}

/**
 * Every file of every visible version, linked on the requesting repository's endpoint. A version's files
 * are gathered across its sources (a repository may hold the wheel it was asked for while the sdist is
 * still only on the public side); for each file name the first source in search order wins.
 */
export function fileLinks(view: PackageView, endpoint: string): FileLink[] {
  const versions = listedVersions(view).sort(compareVersions);
  const links: FileLink[] = [];
  const url = (version: string, filename: string) =>
    `${endpoint}simple/${view.coords.name}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}`;
  for (const version of versions) {
    const seen = new Set<string>();
    for (const link of (view.versions.get(version) ?? []).filter(isListed).flatMap(linksOf)) {
      if (seen.has(link.filename)) continue;
      seen.add(link.filename);
      links.push({ ...link, url: url(version, link.filename) });
    }
  }
  return links;
}

function linksOf(c: Candidate): Omit<FileLink, 'url'>[] {
  if (c.kind === 'held') {
    const requiresPython = requiresPythonOf(c.record.metadata);
    const uploadTime = new Date(c.record.publishedTime * 1000).toISOString();
    return c.record.assets.map((a) => ({
      filename: a.name,
      sha256: a.sha256,
      requiresPython,
      size: a.size,
      uploadTime,
    }));
  }
  return c.external.files.map(({ filename, sha256, requiresPython, yanked, size, uploadTime }) => ({
    filename,
    sha256,
    requiresPython,
    yanked,
    size,
    uploadTime,
  }));
}

/** Metadata keys seen for Requires-Python: upload form field, PEP 691 key, camel case. */
export function requiresPythonOf(metadata: Record<string, unknown>): string | undefined {
  const value = metadata.requires_python ?? metadata['requires-python'] ?? metadata.requiresPython;
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * PEP 691 JSON project page at api-version 1.1 (PEP 700: `versions`, and `size` / `upload-time` per file), the
 * version the service documents (User Guide, "Python compatibility"). `size` is mandatory in 1.1; a public
 * file whose index did not state it (and that is not yet retained) has none to give.
 */
export function projectJson(name: string, versions: string[], links: FileLink[]): Record<string, unknown> {
  return {
    meta: { 'api-version': '1.1' },
    name,
    versions,
    files: links.map((l) => ({
      filename: l.filename,
      url: l.url,
      hashes: l.sha256 ? { sha256: l.sha256 } : {},
      ...(l.requiresPython ? { 'requires-python': l.requiresPython } : {}),
      ...(l.yanked !== undefined ? { yanked: l.yanked } : {}),
      ...(l.size !== undefined ? { size: l.size } : {}),
      ...(l.uploadTime !== undefined ? { 'upload-time': l.uploadTime } : {}),
    })),
  };
}

/** PEP 503 HTML project page: `#sha256=` fragments and `data-requires-python`, HTML-escaped. */
export function projectHtml(name: string, links: FileLink[]): string {
  const anchors = links.map((l) => {
    const href = `${l.url}${l.sha256 ? `#sha256=${l.sha256}` : ''}`;
    const python = l.requiresPython ? ` data-requires-python="${escapeHtml(l.requiresPython)}"` : '';
    const yanked =
      l.yanked === undefined || l.yanked === false
        ? ''
        : ` data-yanked="${typeof l.yanked === 'string' ? escapeHtml(l.yanked) : ''}"`;
    return `    <a href="${escapeHtml(href)}"${python}${yanked}>${escapeHtml(l.filename)}</a><br/>`;
  });
  return page(`Links for ${name}`, anchors);
}

function page(title: string, lines: string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html>',
    '  <head>',
    '    <meta name="pypi:repository-version" content="1.0">',
    `    <title>${escapeHtml(title)}</title>`,
    '  </head>',
    '  <body>',
    `    <h1>${escapeHtml(title)}</h1>`,
    ...lines,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * PEP 691 content negotiation as the service documents it: the v1 and latest JSON and HTML types,
 * `text/html`, `*\/*` or no Accept header (HTML). JSON when the client ranks it at least as high as HTML;
 * undefined (answer 406) when the header names none of these.
 */
export function negotiate(accept: string | undefined): 'json' | 'html' | undefined {
  if (accept === undefined || accept.trim() === '') return 'html';
  let json = 0;
  let html = 0;
  for (const item of accept.split(',')) {
    const [type = '', ...params] = item.trim().split(';');
    const q = Number(params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean) ?? 1);
    const t = type.trim().toLowerCase();
    if (JSON_TYPES.includes(t)) json = Math.max(json, q);
    else if (HTML_TYPES.includes(t)) html = Math.max(html, q);
  }
  if (json > 0 && json >= html) return 'json';
  return html > 0 ? 'html' : undefined;
}

const JSON_TYPES = [JSON_TYPE, 'application/vnd.pypi.simple.latest+json'];
const HTML_TYPES = [
  'application/vnd.pypi.simple.v1+html',
  'application/vnd.pypi.simple.latest+html',
  'text/html',
  '*/*',
];
