import crypto from 'node:crypto';
import net from 'node:net';
import {
  bitString,
  booleanTrue,
  explicit,
  implicit,
  objectId,
  octetString,
  sequence,
  set,
  smallInteger,
  time,
  unsignedInteger,
  utf8String,
} from './der';

/** What the school's certificate names: the school, and the names and addresses the PC is reached by. */
export interface CertificateSubject {
  commonName: string;
  dnsNames: string[];
  ipAddresses: string[];
}

export interface SchoolCertificate {
  /** PEM, for the TLS server and for a client that pins it. */
  cert: string;
  /** PKCS#8 PEM of the private key. */
  key: string;
}

const oid = {
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
};

/** About ten years: the school should not meet an expired certificate in the middle of a year. */
export const validityYears = 10;

function name(commonName: string): Buffer {
  const part = (type: string, value: string) => set(sequence(objectId(type), utf8String(value)));
  return sequence(part(oid.commonName, commonName), part(oid.organization, 'Mektep Journal'));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(objectId(id), ...(critical ? [booleanTrue()] : []), octetString(value));
}

function subjectAltName(subject: CertificateSubject): Buffer {
  const dns = subject.dnsNames.map((n) => implicit(2, Buffer.from(n, 'ascii')));
  // IPv4 only: four raw bytes each. Phones on a school's network reach the PC by IPv4.
  const ips = subject.ipAddresses
    .filter((a) => net.isIPv4(a))
    .map((a) => implicit(7, Buffer.from(a.split('.').map(Number))));
  return sequence(...dns, ...ips);
}

/**
 * A self-signed X.509 v3 certificate for a TLS server: an ECDSA P-256 key, SHA-256 signature, the
 * school as subject and issuer, the PC's names and addresses as subjectAltName (browsers ignore the
 * CN), valid for `validityYears` from `now`. Not a CA: it vouches for this server and nothing else.
 */
export function createSchoolCertificate(subject: CertificateSubject, now: Date): SchoolCertificate {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // A day back, so that a classroom PC whose clock runs a little behind still accepts it.
  const notBefore = new Date(now.getTime() - 24 * 3_600_000);
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + validityYears);
  const algorithm = sequence(objectId(oid.ecdsaWithSha256));
  const keyId = crypto.createHash('sha1').update(spki).digest();
  const tbs = sequence(
    explicit(0, smallInteger(2)),
    unsignedInteger(crypto.randomBytes(16)),
    algorithm,
    name(subject.commonName),
    sequence(time(notBefore), time(notAfter)),
    name(subject.commonName),
    spki,
    explicit(
      3,
      sequence(
        extension(oid.basicConstraints, true, sequence()),
        // digitalSignature only: the one bit ECDHE key exchange needs (bit 0, seven unused bits).
        extension(oid.keyUsage, true, bitString(Buffer.from([0x80]), 7)),
        extension(oid.extKeyUsage, false, sequence(objectId(oid.serverAuth))),
        extension(oid.subjectAltName, false, subjectAltName(subject)),
        extension(oid.subjectKeyIdentifier, false, octetString(keyId)),
      ),
    ),
  );
  // ECDSA's signature comes DER-encoded (r, s), which is what the BIT STRING holds.
  const signature = crypto.sign('sha256', tbs, privateKey);
  const der = sequence(tbs, algorithm, bitString(signature));
  return { cert: toPem('CERTIFICATE', der), key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

function toPem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The fingerprint people compare: SHA-256 of the certificate, as colon-separated hex pairs. */
export function fingerprintOf(certPem: string): string {
  return new crypto.X509Certificate(certPem).fingerprint256;
}
