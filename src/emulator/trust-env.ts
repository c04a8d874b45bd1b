/**
 * The environment that makes unmodified clients trust an emulator started with --tls: each client's own
 * documented variable for "trust this CA file". Nothing here is needed against the real service, whose
 * certificates chain to public CAs.
 */
export function trustEnv(caFile: string): Record<string, string> {
  return {
    /** Printed by `emulator --tls` on its second stdout line. */
    CODEARTIFACT_CA_BUNDLE: caFile,
    /** Node adds it to its built-in roots: npm, pnpm, yarn berry, this CLI and the AWS SDK for JavaScript. */
    NODE_EXTRA_CA_CERTS: caFile,
    /** The AWS CLI and botocore (replaces their default bundle). */
    AWS_CA_BUNDLE: caFile,
    /** pip (`--cert`), which would otherwise ignore REQUESTS_CA_BUNDLE in favour of its own bundle. */
    PIP_CERT: caFile,
    /** requests-based clients: twine, poetry. */
    REQUESTS_CA_BUNDLE: caFile,
    /** OpenSSL's default: go, uv, curl and Python's ssl module (replaces the system roots). */
    SSL_CERT_FILE: caFile,
  };
}
