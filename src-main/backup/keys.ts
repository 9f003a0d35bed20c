import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scryptSync,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import { BackupError } from './errors';
import type { SealedKey } from './format';

/*
 * The keys of backups (the scheme is described in format.ts). The passphrase itself is never kept:
 * what is kept is a key pair whose private half is encrypted under scrypt(passphrase); opening that
 * seal is also how a passphrase is checked.
 */

/** About 150 ms and 32 MiB here; stored with each seal, so it can grow later. */
const scryptCost = { N: 2 ** 15, r: 8, p: 1 } as const;
const scryptMaxMem = 128 * 1024 * 1024;
export const minPassphraseLength = 10;

const b64 = (bytes: Buffer) => bytes.toString('base64');
const fromB64 = (text: string) => Buffer.from(text, 'base64');
const publicDer = (key: KeyObject) => key.export({ type: 'spki', format: 'der' });
const privateDer = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'der' });

export function publicKeyOf(text: string): KeyObject {
  return createPublicKey({ key: fromB64(text), format: 'der', type: 'spki' });
}

function sealKey(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: scryptMaxMem });
}

/** A new key pair for the school, its private half sealed under the passphrase. */
export function sealNewKeyPair(passphrase: string): { publicKey: string; sealed: SealedKey } {
  const pair = generateKeyPairSync('x25519');
  const publicKey = b64(publicDer(pair.publicKey));
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(passphrase, salt, scryptCost), nonce);
  // The public half is bound to the seal: a seal moved under another public key does not open.
  cipher.setAAD(fromB64(publicKey));
  const data = Buffer.concat([cipher.update(privateDer(pair.privateKey)), cipher.final()]);
  return {
    publicKey,
    sealed: {
      kdf: { name: 'scrypt', ...scryptCost, salt: b64(salt) },
      nonce: b64(nonce),
      data: b64(data),
      tag: b64(cipher.getAuthTag()),
    },
  };
}

/** The private half of a sealed key pair; a wrong passphrase is refused as such. */
export function unsealPrivateKey(publicKey: string, sealed: SealedKey, passphrase: string): KeyObject {
  const { N, r, p, salt } = sealed.kdf;
  if (N > 2 ** 20 || r > 16 || p > 4) throw new BackupError('damaged', 'key cost');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    sealKey(passphrase, fromB64(salt), { N, r, p }),
    fromB64(sealed.nonce),
  );
  decipher.setAAD(fromB64(publicKey));
  decipher.setAuthTag(fromB64(sealed.tag));
  let der: Buffer;
  try {
    der = Buffer.concat([decipher.update(fromB64(sealed.data)), decipher.final()]);
  } catch {
    throw new BackupError('wrongPassphrase');
  }
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

function deriveDataKey(shared: Buffer, salt: Buffer, ephemeral: string, recipient: string): Buffer {
  const info = Buffer.concat([Buffer.from('mektep-backup-1'), fromB64(ephemeral), fromB64(recipient)]);
  return Buffer.from(hkdfSync('sha256', shared, salt, info, 32));
}

/** A fresh data key for one file, to the recipient's public key. */
export function newDataKey(recipient: string): { key: Buffer; ephemeral: string; salt: Buffer } {
  const pair = generateKeyPairSync('x25519');
  const ephemeral = b64(publicDer(pair.publicKey));
  const salt = randomBytes(32);
  const shared = diffieHellman({ privateKey: pair.privateKey, publicKey: publicKeyOf(recipient) });
  return { key: deriveDataKey(shared, salt, ephemeral, recipient), ephemeral, salt };
}

/** The data key of a file, from the recipient's private key. */
export function dataKeyOf(privateKey: KeyObject, recipient: string, ephemeral: string, salt: Buffer): Buffer {
  const shared = diffieHellman({ privateKey, publicKey: publicKeyOf(ephemeral) });
  return deriveDataKey(shared, salt, ephemeral, recipient);
}

export interface InstallKey {
  publicKey: string;
  privateKey: KeyObject;
}

/** This installation's key file: beside the database, readable by its owner only. */
export function installKeyFile(databaseFile: string): string {
  return `${databaseFile}.backup-key`;
}

export function readInstallKey(file: string): InstallKey | null {
  if (!fs.existsSync(file)) return null;
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  return {
    publicKey: stored.publicKey,
    privateKey: createPrivateKey({ key: fromB64(stored.privateKey), format: 'der', type: 'pkcs8' }),
  };
}

export function installKey(file: string): InstallKey {
  const found = readInstallKey(file);
  if (found) return found;
  const pair = generateKeyPairSync('x25519');
  const stored = { publicKey: b64(publicDer(pair.publicKey)), privateKey: b64(privateDer(pair.privateKey)) };
  // Written whole under a temporary name: a half-written key file would lock every backup made with it.
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(stored), { mode: 0o600, flush: true });
  fs.renameSync(temporary, file);
  return { publicKey: stored.publicKey, privateKey: pair.privateKey };
}
