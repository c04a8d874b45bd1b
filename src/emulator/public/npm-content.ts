/**
 * Builds the files and the tarball of one catalog package version, deterministically from its spec.
 *
 * Size is steered by a per-package target: most of it comes from generated JS (which compresses like
 * real code), and a share comes from incompressible data (embedded base64 tables, or a binary asset for
 * the few heavyweight packages), because real tarballs mix both.
 */
import { createHash } from 'node:crypto';
import { tarGz, type ArchiveFile } from './archive.js';
import { jsModule } from './js-text.js';
import type { NpmPackageSpec, NpmVersionSpec } from './npm-graph.js';
import { createRng, type Rng } from './prng.js';
import { identifierFromName, sentence } from './words.js';

/** How many characters of generated JS gzip down to one byte (measured on this generator). */
const TEXT_RATIO = 4.0;

/** The package.json of a catalog version — also the body of its packument entry. */
export interface NpmManifest {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly main?: string;
  readonly license?: string;
  readonly keywords?: readonly string[];
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly [field: string]: unknown;
}

/** A built tarball and the digests a packument advertises for it. */
export interface NpmTarball {
  readonly tarball: Buffer;
  /** sha1, hex: the legacy `dist.shasum`. */
  readonly shasum: string;
  /** `sha512-<base64>`: the SRI string npm verifies. */
  readonly integrity: string;
}

/** The manifest published for one version of a catalog package. */
export function catalogManifest(pkg: NpmPackageSpec, v: NpmVersionSpec): NpmManifest {
  return {
    name: pkg.name,
    version: v.version,
    description: pkg.description,
    main: 'index.js',
    license: 'MIT',
    keywords: [...pkg.keywords],
    dependencies: { ...v.dependencies },
  };
}

/** Digests of a tarball as npm expects them in `dist`. */
export function digestTarball(tarball: Buffer): NpmTarball {
  return {
    tarball,
    shasum: createHash('sha1').update(tarball).digest('hex'),
    integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
  };
}

function readme(rng: Rng, manifest: NpmManifest, main: string): string {
  const id = identifierFromName(manifest.name);
  const paragraphs = Array.from({ length: rng.int(2, 6) }, () => sentence(rng, rng.int(12, 40)));
  return [
    `# ${manifest.name}`,
    '',
    manifest.description ?? '',
    '',
    '## Install',
    '',
    '```sh',
    `npm install ${manifest.name}`,
    '```',
    '',
    '## Usage',
    '',
    '```js',
    `const ${id} = require('${manifest.name}');`,
    `console.log(Object.keys(${id}));`,
    '```',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    `See \`${main}\` for the full API.`,
    '',
  ].join('\n');
}

/** Where heavyweight packages keep their binary payload, by name suffix, with a plausible magic. */
const ASSETS: Readonly<Record<string, [path: string, magic: string]>> = {
  wasm: ['dist/NAME_bg.wasm', '0061736d01000000'],
  fonts: ['fonts/NAME.woff2', '774f4632'],
  icons: ['dist/sprite.png', '89504e470d0a1a0a'],
  locales: ['data/locales.dat', ''],
  dataset: ['data/NAME.dat', ''],
  binary: ['prebuilds/linux-x64/NAME.node', '7f454c46'],
};

/** Incompressible payload: a binary asset for heavyweight packages, else an embedded base64 table. */
function opaqueFile(rng: Rng, pkg: NpmPackageSpec, bytes: number): ArchiveFile {
  const base = pkg.name.split('/').pop() ?? pkg.name;
  const asset = ASSETS[base.split('-').pop() ?? ''];
  if (pkg.large && asset) {
    const content = Buffer.concat([Buffer.from(asset[1], 'hex'), rng.bytes(bytes)]);
    return { path: `package/${asset[0].replace('NAME', base)}`, content };
  }
  const data = rng
    .bytes(bytes)
    .toString('base64')
    .replace(/.{1,76}/g, "  '$&',\n");
  const js = `'use strict';\n// Precomputed lookup table.\nmodule.exports = [\n${data}].join('');\n`;
  return { path: 'package/lib/table.js', content: Buffer.from(js) };
}

/** The entry point: requires every dependency (so a broken install fails loudly) and re-exports lib/. */
function indexJs(deps: readonly string[], modules: readonly string[]): string {
  const seen = new Set<string>();
  const ids = deps.map((dep) => {
    let id = identifierFromName(dep);
    // `@lumen/x` and `lumen-x` map to the same identifier; a duplicate const would not parse.
    while (seen.has(id)) id = `${id}_`;
    seen.add(id);
    return id;
  });
  const requires = deps.map((dep, i) => `const ${ids[i]} = require('${dep}');\n`).join('');
  const libs = modules.map((m) => `require('./${m}')`).join(', ');
  return `'use strict';\n${requires}\nmodule.exports = Object.assign({}, ${libs});\nmodule.exports.dependencies = [${ids.join(', ')}];\n`;
}

/** All files of one catalog version, under `package/` as npm packs them. */
export function catalogFiles(pkg: NpmPackageSpec, v: NpmVersionSpec): ArchiveFile[] {
  const rng = createRng(`${pkg.name}@${v.version}`);
  const manifest = catalogManifest(pkg, v);
  const target = pkg.targetBytes * (0.85 + rng.next() * 0.3);
  const opaqueShare = pkg.large ? 0.6 + rng.next() * 0.3 : rng.chance(0.4) ? rng.next() * 0.3 : 0;
  const textChars = Math.max(1500, target * (1 - opaqueShare) * TEXT_RATIO);
  const moduleCount = Math.max(1, Math.min(12, Math.round(textChars / 24_000)));
  const modules = Array.from({ length: moduleCount }, (_, i) => `lib/${i === 0 ? 'core' : `part${i}`}.js`);
  const files: ArchiveFile[] = [
    { path: 'package/package.json', content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { path: 'package/README.md', content: Buffer.from(readme(rng, manifest, modules[0] ?? 'index.js')) },
    { path: 'package/LICENSE', content: Buffer.from(`MIT License\n\n${sentence(rng, 60)}\n`) },
    { path: 'package/index.js', content: Buffer.from(indexJs(Object.keys(v.dependencies), modules)) },
    ...modules.map((m) => ({
      path: `package/${m}`,
      content: Buffer.from(jsModule(rng, textChars / moduleCount, `// ${pkg.name} ${v.version}: ${m}`)),
    })),
  ];
  if (opaqueShare > 0) files.push(opaqueFile(rng, pkg, Math.round(target * opaqueShare)));
  return files;
}

/** Builds one catalog version's tarball from scratch (no memo): the determinism tests call it twice. */
export function buildCatalogTarball(pkg: NpmPackageSpec, v: NpmVersionSpec): NpmTarball {
  return digestTarball(tarGz(catalogFiles(pkg, v)));
}
