/** What an input may hold: a test and the words that tell a user what is allowed. */
export interface Rule {
  /** Completes "Input 'x' must be …". */
  readonly allowed: string;
  /** True when `value` (already trimmed) is acceptable. */
  test(value: string): boolean;
}

const pattern = (re: RegExp, allowed: string): Rule => ({ allowed, test: (value) => re.test(value) });

/** A GOPROXY element: `direct`, `off`, or an http(s) URL. */
const GO_PROXY_ELEMENT = /^(direct|off|https?:\/\/[^\s/?#,|]+(\/[^\s,|]*)?)$/;
/** A GOPRIVATE/GONOSUMDB glob: path elements of module-path characters and glob metacharacters. */
const GO_PATTERN = /^[A-Za-z0-9._~*?[\]-]+(\/[A-Za-z0-9._~+*?[\]-]+)*$/;

/** The service's own patterns and ranges, and the shapes the clients accept. */
export const RULES = {
  domain: pattern(
    /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/,
    'a CodeArtifact domain name: 2-50 lowercase letters, digits or hyphens, starting with a letter and ' +
      'ending with a letter or digit',
  ),
  domainOwner: pattern(/^[0-9]{12}$/, 'a 12-digit AWS account id'),
  repository: pattern(
    /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/,
    'a CodeArtifact repository name: 2-100 letters, digits, dots, underscores or hyphens, starting with a ' +
      'letter or digit',
  ),
  region: pattern(/^[a-z]{2,4}(-[a-z]+){1,3}-[0-9]{1,2}$/, "an AWS region such as 'us-east-1'"),
  roleArn: pattern(
    /^arn:aws(-[a-z]+)*:iam::[0-9]{12}:role\/([\x21-\x7e]+\/)?[\w+=,.@-]{1,64}$/,
    "an IAM role ARN such as 'arn:aws:iam::111122223333:role/ci'",
  ),
  roleSessionName: pattern(/^[\w+=,.@-]{2,64}$/, '2-64 letters, digits or the characters _+=,.@-'),
  audience: pattern(/^[\x21-\x7e]{1,256}$/, 'an OIDC audience: 1-256 printable characters without spaces'),
  scope: pattern(
    /^@[a-z0-9~-][a-z0-9._~-]{0,212}$/,
    "npm scopes such as '@acme': lowercase letters, digits and -._~, not starting with a dot or underscore",
  ),
  sourceName: pattern(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    '1-64 letters, digits, dots, underscores or hyphens, starting with a letter or digit',
  ),
  goPrivate: {
    allowed:
      "Go module path patterns such as 'git.acme.example/*' or '*.corp.example' (no scheme; the first " +
      'element a host name with a dot)',
    test: (value: string) => GO_PATTERN.test(value) && /[.*?[]/.test(value.split('/')[0] ?? ''),
  },
  goProxy: {
    allowed: "a GOPROXY list: http(s) URLs, 'direct' or 'off', separated by ',' or '|'",
    test: (value: string) => value.split(/[,|]/).every((element) => GO_PROXY_ELEMENT.test(element)),
  },
  path: pattern(/^[^\0\r\n]+$/, 'a file system path on one line'),
} satisfies Record<string, Rule>;
