/**
 * The environment that makes unmodified clients trust an emulator started with --tls: each client's own
 * documented variable for "trust this CA file" (checked with the clients' current releases in
 * test/e2e/tls-clients.test.ts). Nothing here is needed against the real service, whose certificates
 * chain to public CAs. All but NODE_EXTRA_CA_CERTS replace their client's default roots.
 */
export function trustEnv(caFile: string): Record<string, string> {
  return {
    /** Printed by `emulator --tls` on its second stdout line. */
    CODEARTIFACT_CA_BUNDLE: caFile,
    /** Node adds it to its built-in roots: npm, pnpm, yarn berry, this CLI and the AWS SDK for JavaScript. */
    NODE_EXTRA_CA_CERTS: caFile,
    /** npm's `cafile`: a global npmrc that sets one (some machines do) would otherwise hide the line above. */
    NPM_CONFIG_CAFILE: caFile,
    /** The AWS CLI and botocore. */
    AWS_CA_BUNDLE: caFile,
    /** pip's own name for `--cert`; it wins over REQUESTS_CA_BUNDLE, so one inherited value would hide ours. */
    PIP_CERT: caFile,
    /** requests-based clients: pip, twine, poetry. */
    REQUESTS_CA_BUNDLE: caFile,
    /** OpenSSL's default file: go, uv, curl, pnpm 12 (pip 23 ignores it). */
    SSL_CERT_FILE: caFile,
  };
}
