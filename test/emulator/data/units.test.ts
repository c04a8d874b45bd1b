import { presentedToken } from '../../../src/emulator/data/auth.js';
import { parseProjectPage } from '../../../src/emulator/data/external/pypi.js';
import { npmCoords, normalizePypiName } from '../../../src/emulator/data/packages.js';
import { versionFromFilename } from '../../../src/emulator/data/pypi/filenames.js';
import { formFields, parseMultipart } from '../../../src/emulator/data/pypi/multipart.js';
import { negotiate, projectHtml } from '../../../src/emulator/data/pypi/simple.js';

const basic = (s: string) => `Basic ${Buffer.from(s).toString('base64')}`;

test.each([
  [undefined, undefined],
  ['Bearer abc', 'abc'],
  ['bearer   abc', 'abc'],
  [basic('aws:abc'), 'abc'],
  [basic('aws:a:b'), 'a:b'],
  [basic('someone:abc'), undefined],
  [basic('aws:'), undefined],
  ['Digest abc', undefined],
])('presentedToken(%p) = %p', (authorization, token) => {
  expect(presentedToken(authorization === undefined ? {} : { authorization })).toBe(token);
});

test.each([
  ['quill_parse-1.0.0-py3-none-any.whl', undefined, '1.0.0'],
  ['quill_parse-1.0.0.tar.gz', 'quill-parse', '1.0.0'],
  ['old-style-name-2.0rc1.tar.gz', 'old.style_name', '2.0rc1'],
  ['old-style-name-2.0.zip', undefined, '2.0'],
  ['notes.txt', undefined, undefined],
])('versionFromFilename(%p, %p) = %p', (filename, project, version) => {
  expect(versionFromFilename(filename, project)).toBe(version);
});

test.each([
  ['Zephyr.Log', 'zephyr-log'],
  ['A__b--C', 'a-b-c'],
  ['amber_cache', 'amber-cache'],
])('normalizePypiName(%p) = %p', (name, normalized) => expect(normalizePypiName(name)).toBe(normalized));

test('npm names split into scope and name', () => {
  expect(npmCoords('@acme/auth')).toEqual({ format: 'npm', namespace: 'acme', name: 'auth' });
  expect(npmCoords('lodash')).toEqual({ format: 'npm', name: 'lodash' });
});

test.each([
  [
    'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01',
    'json',
  ],
  ['text/html', 'html'],
  [undefined, 'html'],
  ['*/*', 'html'],
  ['application/vnd.pypi.simple.v1+json', 'json'],
  ['text/html, application/vnd.pypi.simple.v1+json;q=0.5', 'html'],
  ['application/vnd.pypi.simple.latest+json', 'json'],
  ['application/vnd.pypi.simple.latest+html', 'html'],
  ['application/json', undefined],
  ['application/vnd.pypi.simple.v1+json;q=0, image/png', undefined],
])('negotiate(%p) = %p', (accept, type) => expect(negotiate(accept)).toBe(type));

test('multipart: text fields and a binary file whose bytes contain CRLF and dashes', () => {
  const binary = Buffer.from([0x50, 0x4b, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff, 0x0d, 0x0a]);
  const body = Buffer.concat([
    Buffer.from('--XyZ\r\nContent-Disposition: form-data; name=":action"\r\n\r\nfile_upload\r\n'),
    Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="name"\r\n\r\nacme-tools\r\n'),
    Buffer.from(
      '--XyZ\r\nContent-Disposition: form-data; name="content"; filename="a-1.0-py3-none-any.whl"\r\n',
    ),
    Buffer.from('Content-Type: application/octet-stream\r\n\r\n'),
    binary,
    Buffer.from('\r\n--XyZ--\r\n'),
  ]);
  const { fields, files } = formFields(parseMultipart(body, 'multipart/form-data; boundary="XyZ"'));
  expect(fields).toEqual({ ':action': 'file_upload', name: 'acme-tools' });
  expect(files).toHaveLength(1);
  expect(files[0]!.filename).toBe('a-1.0-py3-none-any.whl');
  expect(Buffer.from(files[0]!.data).equals(binary)).toBe(true);
});

test.each([
  ['multipart/form-data', 'without a boundary'],
  ['multipart/form-data; boundary=nope', 'does not contain its boundary'],
])('multipart refuses %p', (type, message) => {
  expect(() => parseMultipart(Buffer.from('--XyZ\r\n'), type)).toThrow(message);
});

test('HTML pages escape what they echo', () => {
  const html = projectHtml('x', [
    { filename: 'x-1.0.tar.gz', url: 'http://h/x?a=1&b=2', sha256: 'ab', requiresPython: '>=3.8,<4' },
  ]);
  expect(html).toContain('href="http://h/x?a=1&amp;b=2#sha256=ab" data-requires-python="&gt;=3.8,&lt;4"');
});

describe('public project pages: file URLs as the index gives them', () => {
  const page = 'http://pub.test/pypi/simple/zephyr-log/';
  const sha = 'a'.repeat(64);

  test('HTML with relative, parent-relative and absolute links', () => {
    const html = [
      `<a href="../../files/zephyr_log-2.0.0.tar.gz#sha256=${sha}" data-requires-python="&gt;=3.8">zephyr_log-2.0.0.tar.gz</a>`,
      `<a href="zephyr_log-2.0.0-py3-none-any.whl">zephyr_log-2.0.0-py3-none-any.whl</a>`,
      `<a href="http://cdn.test/z/zephyr_log-2.1.3-py3-none-any.whl" data-yanked="">zephyr_log-2.1.3-py3-none-any.whl</a>`,
    ].join('\n');
    const pkg = parseProjectPage(html, 'text/html', page, 'zephyr-log');
    expect([...pkg.versions.keys()]).toEqual(['2.0.0', '2.1.3']);
    expect(pkg.versions.get('2.0.0')!.files).toEqual([
      {
        filename: 'zephyr_log-2.0.0.tar.gz',
        url: 'http://pub.test/pypi/files/zephyr_log-2.0.0.tar.gz',
        sha256: sha,
        requiresPython: '>=3.8',
      },
      {
        filename: 'zephyr_log-2.0.0-py3-none-any.whl',
        url: 'http://pub.test/pypi/simple/zephyr-log/zephyr_log-2.0.0-py3-none-any.whl',
      },
    ]);
    expect(pkg.versions.get('2.1.3')!.files[0]).toMatchObject({
      url: 'http://cdn.test/z/zephyr_log-2.1.3-py3-none-any.whl',
      yanked: true,
    });
  });

  test('PEP 691 JSON with a relative url', () => {
    const json = JSON.stringify({
      meta: { 'api-version': '1.0' },
      name: 'zephyr-log',
      files: [
        {
          filename: 'zephyr_log-2.0.0.tar.gz',
          url: '/files/z.tar.gz',
          hashes: { sha256: sha },
          'requires-python': '>=3.9',
        },
      ],
    });
    const pkg = parseProjectPage(json, 'application/vnd.pypi.simple.v1+json', page, 'zephyr-log');
    expect(pkg.versions.get('2.0.0')!.files).toEqual([
      {
        filename: 'zephyr_log-2.0.0.tar.gz',
        url: 'http://pub.test/files/z.tar.gz',
        sha256: sha,
        requiresPython: '>=3.9',
      },
    ]);
  });
});
