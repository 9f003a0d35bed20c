import { createCipheriv, createDecipheriv, randomBytes, type CipherGCM } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { BackupError } from './errors';
import { encodePrefix, nonceBytes, type BackupHeader, type KeyInfo, type ParsedBackup, type SealedKey } from './format';
import { unpackFrames } from './frames';
import { dataKeyOf, newDataKey, unsealPrivateKey, type InstallKey } from './keys';

/** Whom a new backup is encrypted to: the school's passphrase key pair, or this installation's key. */
export type Recipient =
  { kind: 'passphrase'; publicKey: string; sealed: SealedKey } | { kind: 'install'; publicKey: string };

/** What the header says about the data; the rest of it (key, sizes) is filled in here. */
export type HeaderFacts = Omit<BackupHeader, 'key' | 'compression' | 'cipher' | 'databaseBytes'>;

export interface Sealing {
  /** The file's first bytes (magic, version, header, salt, nonce): also the body's authenticated data. */
  prefix: Buffer;
  header: BackupHeader;
  nonce: Buffer;
  /** Encrypts the body as it comes; its tag ends the body. */
  cipher: CipherGCM;
  /** Kept by the writer only to read its own file back; never stored. */
  dataKey: Buffer;
}

/** Starts a new file: a fresh data key to the recipient, the header, and the cipher of the body. */
export function beginSeal(databaseBytes: number, facts: HeaderFacts, recipient: Recipient): Sealing {
  const { key: dataKey, ephemeral, salt } = newDataKey(recipient.publicKey);
  const key: KeyInfo =
    recipient.kind === 'passphrase'
      ? { kind: 'passphrase', recipient: recipient.publicKey, ephemeral, sealed: recipient.sealed }
      : { kind: 'install', recipient: recipient.publicKey, ephemeral };
  const header: BackupHeader = { ...facts, databaseBytes, compression: 'brotli', cipher: 'aes-256-gcm', key };
  const nonce = randomBytes(nonceBytes);
  const prefix = encodePrefix(header, salt, nonce);
  const cipher = createCipheriv('aes-256-gcm', dataKey, nonce);
  cipher.setAAD(prefix);
  return { prefix, header, nonce, cipher, dataKey };
}

/** What may open a file: the passphrase someone typed, this installation's key file. */
export interface KeySource {
  passphrase?: string | undefined;
  installKey?: InstallKey | null | undefined;
}

/** The data key of a parsed file, or the reason it cannot be had. */
export function dataKeyFor(parsed: ParsedBackup, source: KeySource): Buffer {
  const info = parsed.header.key;
  if (info.kind === 'passphrase') {
    if (!source.passphrase) throw new BackupError('passphraseRequired');
    const privateKey = unsealPrivateKey(info.recipient, info.sealed, source.passphrase);
    return dataKeyOf(privateKey, info.recipient, info.ephemeral, parsed.salt);
  }
  const own = source.installKey;
  if (!own || own.publicKey !== info.recipient) throw new BackupError('otherComputer');
  return dataKeyOf(own.privateKey, info.recipient, info.ephemeral, parsed.salt);
}

/** Decrypts and decompresses a whole body: the SQLite file's bytes (gzip in version 1, frames in 2). */
export function unseal(parsed: ParsedBackup, dataKey: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', dataKey, parsed.nonce);
  decipher.setAAD(parsed.prefix);
  decipher.setAuthTag(parsed.tag);
  let compressed: Buffer;
  try {
    compressed = Buffer.concat([decipher.update(parsed.body), decipher.final()]);
  } catch {
    // The hash over the file matched, so the bytes are as written: the file was altered and re-hashed.
    throw new BackupError('damaged', 'authentication');
  }
  if (parsed.header.compression === 'brotli') return unpackFrames(compressed, parsed.header.databaseBytes);
  let database: Buffer;
  try {
    database = gunzipSync(compressed);
  } catch {
    throw new BackupError('damaged', 'decompression');
  }
  if (database.length !== parsed.header.databaseBytes) throw new BackupError('damaged', 'size');
  return database;
}
