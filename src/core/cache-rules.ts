import type { Rule } from './rules.js';

const pattern = (re: RegExp, allowed: string): Rule => ({ allowed, test: (value) => re.test(value) });

/** S3's general purpose bucket naming rules. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const BUCKET_FORBIDDEN = [
  /\.\./,
  /^\d+\.\d+\.\d+\.\d+$/,
  /^xn--/,
  /^sthree-/,
  /^amzn-s3-demo-/,
  /-s3alias$/,
  /--ol-s3$/,
  /\.mrap$/,
  /--x-s3$/,
];

/** Shapes of the cache inputs. */
export const CACHE_RULES = {
  backend: pattern(/^(github|s3|local|none)$/, 'one of github, s3, local or none'),
  glob: pattern(/^[^\0\r\n]+$/, 'file globs, one per line or separated by commas'),
  // Control characters are exactly what a scope may not hold.
  // eslint-disable-next-line no-control-regex
  scope: pattern(/^[^\0-\x1f\x7f]{1,256}$/, '1-256 printable characters'),
  keyPrefix: pattern(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    '1-64 letters, digits, dots, underscores or hyphens, starting with a letter or digit',
  ),
  bucket: {
    allowed:
      'an S3 bucket name: 3-63 lowercase letters, digits, dots or hyphens, starting and ending with a ' +
      'letter or digit, no "..", not an IP address',
    test: (value: string) => BUCKET.test(value) && !BUCKET_FORBIDDEN.some((re) => re.test(value)),
  },
  s3Prefix: pattern(
    /^(?!\/)[\x21-\x7e]{1,512}$/,
    'an S3 key prefix: up to 512 printable characters without spaces, not starting with /',
  ),
  kmsKeyId: pattern(
    /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[A-Za-z0-9-]+|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]{1,250}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/,
    'a KMS key id, key ARN, alias name (alias/…) or alias ARN',
  ),
  path: pattern(/^[^\0\r\n]+$/, 'a file system path on one line'),
  saveCache: pattern(/^(on-success|always|never)$/, 'one of on-success, always or never'),
} satisfies Record<string, Rule>;
