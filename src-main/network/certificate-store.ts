import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createSchoolCertificate, type CertificateSubject, type SchoolCertificate } from './certificate';

/*
 * Where the school's certificate lives: two files in a `network` folder beside the database, the
 * private key readable by this user only (0600; on Windows the user-data folder is already the
 * user's own). Not in the database on purpose: the database is copied into every backup and onto
 * flash drives, and a key that travels with the journal would let any PC that restores a copy pose
 * as this office PC. The key belongs to the machine; a new PC makes its own, with a new fingerprint.
 */

export const certificateFileName = 'school-certificate.pem';
export const keyFileName = 'school-key.pem';

export interface StoredCertificate extends SchoolCertificate {
  fingerprint: string;
  /** The names and addresses the certificate covers (`DNS:…`, `IP Address:…` as Node lists them). */
  subjectAltName: string;
  validTo: string;
}

function describe(pair: SchoolCertificate): StoredCertificate {
  const x509 = new crypto.X509Certificate(pair.cert);
  if (!x509.checkPrivateKey(crypto.createPrivateKey(pair.key))) throw new Error('The key does not match');
  return {
    ...pair,
    fingerprint: x509.fingerprint256,
    subjectAltName: x509.subjectAltName ?? '',
    validTo: new Date(x509.validTo).toISOString(),
  };
}

/** The stored certificate, or null when there is none (or it is unreadable, or has expired). */
export function readCertificate(folder: string, now: Date = new Date()): StoredCertificate | null {
  const certFile = path.join(folder, certificateFileName);
  const keyFile = path.join(folder, keyFileName);
  if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) return null;
  try {
    const stored = describe({ cert: fs.readFileSync(certFile, 'utf8'), key: fs.readFileSync(keyFile, 'utf8') });
    return Date.parse(stored.validTo) > now.getTime() ? stored : null;
  } catch (error) {
    console.error(`The school's certificate in ${folder} cannot be used; a new one will be made:`, error);
    return null;
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves half a key. */
function writeAtomically(file: string, text: string, mode: number): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text, { mode });
  fs.chmodSync(temporary, mode);
  fs.renameSync(temporary, file);
}

/**
 * The school's certificate: the stored one if it is usable, else a new one made for `subject` now
 * and stored. The same files, hence the same fingerprint, on every start after the first.
 */
export function loadOrCreateCertificate(
  folder: string,
  subject: () => CertificateSubject,
  now: Date,
): StoredCertificate {
  const existing = readCertificate(folder, now);
  if (existing) return existing;
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const made = createSchoolCertificate(subject(), now);
  // The key first: a certificate file never stands without its key.
  writeAtomically(path.join(folder, keyFileName), made.key, 0o600);
  writeAtomically(path.join(folder, certificateFileName), made.cert, 0o644);
  return describe(made);
}
