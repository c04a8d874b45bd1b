/**
 * HTTPS for the emulator: a certificate authority made at start and a server certificate it signs for
 * 127.0.0.1 / localhost. Clients then run unmodified with only the CA file trusted (see trust-env.ts).
 *
 * ECDSA P-256 through WebCrypto keeps generation in the milliseconds; @peculiar/x509 (maintained, typed,
 * used by many TLS tools) writes the certificates, so no ASN.1 is hand-encoded here. It needs a Reflect
 * metadata polyfill, loaded first and only when --tls is asked for.
 */
import { randomBytes, webcrypto } from 'node:crypto';
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the PEM files were written, and their contents for an in-process server. */
export interface TlsMaterial {
  /** The directory holding the files (mode 0700). */
  dir: string;
  /** The CA certificate: the one file a client must trust. */
  caFile: string;
  /** The server certificate (127.0.0.1, ::1, localhost), signed by the CA. */
  certFile: string;
  /** The server certificate's private key (mode 0600). */
  keyFile: string;
  ca: string;
  cert: string;
  key: string;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;

/**
 * Make a fresh CA and server certificate and write them into `dir`. The CA's private key is never
 * written: it signs once, in memory, so trusting the CA file cannot let anyone mint other certificates.
 */
export async function createTlsMaterial(dir: string, now: number = Date.now()): Promise<TlsMaterial> {
  await import('reflect-metadata');
  const x509 = await import('@peculiar/x509');
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const notBefore = new Date(now - 3_600_000); // tolerate a client clock an hour behind
  const notAfter = new Date(now + 365 * DAY_MS);
  const caKeys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const caCert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=codeartifact-cache emulator CA ${randomBytes(4).toString('hex')}`,
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const serverKeys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const serverCert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: 'CN=localhost',
    issuer: caCert.subject,
    notBefore,
    notAfter,
    publicKey: serverKeys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: 'dns', value: 'localhost' },
        { type: 'ip', value: '127.0.0.1' },
        { type: 'ip', value: '::1' },
      ]),
      await x509.SubjectKeyIdentifierExtension.create(serverKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert, false),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', serverKeys.privateKey));
  const material = {
    ca: caCert.toString('pem'),
    cert: serverCert.toString('pem'),
    key: pem('PRIVATE KEY', pkcs8),
  };
  return { ...material, ...writeFiles(dir, material) };
}

/** Positive, 16 random bytes: unique per start so a client never sees two certificates with one serial. */
function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

function pem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Each file written beside itself and renamed, so a client reading the CA never sees half a file. */
function writeFiles(dir: string, material: { ca: string; cert: string; key: string }) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const files = {
    caFile: join(dir, 'ca.pem'),
    certFile: join(dir, 'cert.pem'),
    keyFile: join(dir, 'key.pem'),
  };
  const write = (path: string, content: string, mode: number) => {
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, content, { mode });
    chmodSync(temp, mode);
    renameSync(temp, path);
  };
  write(files.caFile, material.ca, 0o644);
  write(files.certFile, material.cert, 0o644);
  write(files.keyFile, material.key, 0o600);
  return { dir, ...files };
}
