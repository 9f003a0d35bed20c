import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BackupError } from './errors';
import {
  encodePrefix,
  encodeTrailer,
  nonceBytes,
  type BackupHeader,
  type KeyInfo,
  type ParsedBackup,
  type SealedKey,
} from './format';
import { dataKeyOf, newDataKey, unsealPrivateKey, type InstallKey } from './keys';

/** Whom a new backup is encrypted to: the school's passphrase key pair, or this installation's key. */
export type Recipient =
  { kind: 'passphrase'; publicKey: string; sealed: SealedKey } | { kind: 'install'; publicKey: string };

/** What the header says about the data; the rest of it (key, sizes) is filled in here. */
export type HeaderFacts = Omit<BackupHeader, 'key' | 'compression' | 'cipher' | 'databaseBytes'>;

export function compress(database: Buffer): Buffer {
  return gzipSync(database, { level: 6 });
}

export interface Sealed {
  file: Buffer;
  header: BackupHeader;
  /** Kept by the writer only to read its own file back; never stored. */
  dataKey: Buffer;
}

/** Encrypts compressed database bytes into a whole backup file. */
export function seal(compressed: Buffer, databaseBytes: number, facts: HeaderFacts, recipient: Recipient): Sealed {
  const { key: dataKey, ephemeral, salt } = newDataKey(recipient.publicKey);
  const key: KeyInfo =
    recipient.kind === 'passphrase'
      ? { kind: 'passphrase', recipient: recipient.publicKey, ephemeral, sealed: recipient.sealed }
      : { kind: 'install', recipient: recipient.publicKey, ephemeral };
  const header: BackupHeader = { ...facts, databaseBytes, compression: 'gzip', cipher: 'aes-256-gcm', key };
  const nonce = randomBytes(nonceBytes);
  const prefix = encodePrefix(header, salt, nonce);
  const cipher = createCipheriv('aes-256-gcm', dataKey, nonce);
  cipher.setAAD(prefix);
  const body = Buffer.concat([cipher.update(compressed), cipher.final()]);
  const trailer = encodeTrailer(prefix, body, cipher.getAuthTag());
  return { file: Buffer.concat([prefix, body, trailer]), header, dataKey };
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

/** Decrypts and decompresses the body: the SQLite file's bytes. */
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
  let database: Buffer;
  try {
    database = gunzipSync(compressed);
  } catch {
    throw new BackupError('damaged', 'decompression');
  }
  if (database.length !== parsed.header.databaseBytes) throw new BackupError('damaged', 'size');
  return database;
}
