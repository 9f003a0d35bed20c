import { createHash } from 'node:crypto';
import { z } from 'zod';
import { BackupError } from './errors';

/*
 * The backup file (`.mjb`), byte by byte. Integers are big-endian.
 *
 *   offset      size  what
 *   0           8     magic "MEKTEPBK"
 *   8           2     format version (2; 1 is still read)
 *   10          4     H, the header's length in bytes
 *   14          H     the header: UTF-8 JSON, readable without the passphrase (school, created at,
 *                     program and schema version, row counts, and how the key is found: below)
 *   14+H        32    salt of the data key
 *   46+H        12    AES-GCM nonce
 *   58+H        N     the body: AES-256-GCM( frames ), with the bytes 0 … 58+H (everything above) as
 *                     additional authenticated data. Version 2: the SQLite file (journal_mode=DELETE)
 *                     cut in pieces of 4 MiB, each a frame (frames.ts): raw length (4), packed length
 *                     (4), brotli quality 1 of the piece. Version 1: gzip of the whole file.
 *   58+H+N      16    the GCM tag
 *   74+H+N      32    SHA-256 of every byte before it
 *
 * The trailing SHA-256 tells a damaged file (any flipped byte) from a wrong passphrase without any
 * key; the GCM tag, which also covers the header, tells an altered file whose hash was recomputed.
 *
 * The key. Each file gets a fresh X25519 key pair (`ephemeral` in the header); the data key is
 * HKDF-SHA256(X25519(ephemeral, recipient), salt). The recipient is either the school's key pair, whose
 * private half is kept only sealed under scrypt(passphrase) and is copied sealed into the header
 * (`kind: 'passphrase'`: the file and the passphrase are all a restore needs, on any computer), or,
 * until the administrator sets a passphrase, this installation's key file beside the database
 * (`kind: 'install'`: opens only here). So a scheduled backup needs no passphrase in memory or on disk.
 */

export const backupMagic = Buffer.from('MEKTEPBK', 'ascii');
/** The version written; every version from 1 up to it is read. */
export const formatVersion = 2;
/** How each version compresses the SQLite file (the header says it too, and must agree). */
export const compressionOf = { 1: 'gzip', 2: 'brotli' } as const;
export const saltBytes = 32;
export const nonceBytes = 12;
export const tagBytes = 16;
export const hashBytes = 32;
const fixedPrefix = backupMagic.length + 2 + 4;
const maxHeaderBytes = 1 << 20;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const sealedKeySchema = z.object({
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: b64,
  }),
  nonce: b64,
  data: b64,
  tag: b64,
});
export type SealedKey = z.infer<typeof sealedKeySchema>;

const keyInfoSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), recipient: b64, ephemeral: b64, sealed: sealedKeySchema }),
  z.object({ kind: z.literal('install'), recipient: b64, ephemeral: b64 }),
]);
export type KeyInfo = z.infer<typeof keyInfoSchema>;
export type KeyKind = KeyInfo['kind'];

export const headerSchema = z.object({
  school: z.object({ nameKy: z.string(), nameRu: z.string() }).nullable(),
  createdAt: z.string(),
  programVersion: z.string(),
  /** The tag of the last migration the database had (`0002_printed_document_facts`). */
  schemaVersion: z.string(),
  /** The rows of every table of the snapshot; the check after writing and restore compares them. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  databaseBytes: z.number().int().nonnegative(),
  compression: z.enum(['gzip', 'brotli']),
  cipher: z.literal('aes-256-gcm'),
  key: keyInfoSchema,
});
export type BackupHeader = z.infer<typeof headerSchema>;

/** Everything before the body: it is also the body's additional authenticated data. */
export function encodePrefix(header: BackupHeader, salt: Buffer, nonce: Buffer, version = formatVersion): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const fixed = Buffer.alloc(fixedPrefix);
  backupMagic.copy(fixed, 0);
  fixed.writeUInt16BE(version, backupMagic.length);
  fixed.writeUInt32BE(json.length, backupMagic.length + 2);
  return Buffer.concat([fixed, json, salt, nonce]);
}

/** The file's last part: the tag and the hash of everything. */
export function encodeTrailer(prefix: Buffer, body: Buffer, tag: Buffer): Buffer {
  const hash = createHash('sha256').update(prefix).update(body).update(tag).digest();
  return Buffer.concat([tag, hash]);
}

export interface ParsedBackup {
  version: number;
  header: BackupHeader;
  prefix: Buffer;
  salt: Buffer;
  nonce: Buffer;
  body: Buffer;
  tag: Buffer;
}

/** The header's length and JSON, as far as the first bytes tell (no hash check: for lists). */
function headerPart(bytes: Buffer): { version: number; length: number; header: BackupHeader } {
  if (bytes.length < fixedPrefix || !bytes.subarray(0, backupMagic.length).equals(backupMagic)) {
    throw new BackupError('notBackup');
  }
  const version = bytes.readUInt16BE(backupMagic.length);
  if (version > formatVersion) throw new BackupError('newerFormat', `format ${version}`);
  if (version < 1) throw new BackupError('damaged', `format ${version}`);
  const length = bytes.readUInt32BE(backupMagic.length + 2);
  if (length > maxHeaderBytes || bytes.length < fixedPrefix + length) throw new BackupError('damaged', 'header');
  let json: unknown;
  try {
    json = JSON.parse(bytes.subarray(fixedPrefix, fixedPrefix + length).toString('utf8'));
  } catch {
    throw new BackupError('damaged', 'header');
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw new BackupError('damaged', 'header');
  if (parsed.data.compression !== compressionOf[version as keyof typeof compressionOf]) {
    throw new BackupError('damaged', 'compression');
  }
  return { version, length, header: parsed.data };
}

/** What a file says it holds, from its first bytes only. */
export function readHeader(firstBytes: Buffer): BackupHeader {
  return headerPart(firstBytes).header;
}

/** How many leading bytes `readHeader` needs, once the fixed part is read. */
export function headerBytesNeeded(firstBytes: Buffer): number {
  if (firstBytes.length < fixedPrefix) return fixedPrefix;
  return fixedPrefix + firstBytes.readUInt32BE(backupMagic.length + 2);
}

/** Splits a whole file into its parts after checking the magic and the hash over everything. */
export function parseBackup(bytes: Buffer): ParsedBackup {
  if (bytes.length < fixedPrefix || !bytes.subarray(0, backupMagic.length).equals(backupMagic)) {
    throw new BackupError('notBackup');
  }
  const end = bytes.length - hashBytes;
  const expected = createHash('sha256')
    .update(bytes.subarray(0, Math.max(end, 0)))
    .digest();
  if (end < fixedPrefix || !expected.equals(bytes.subarray(end))) throw new BackupError('damaged', 'checksum');
  const { version, length, header } = headerPart(bytes);
  const saltAt = fixedPrefix + length;
  const bodyAt = saltAt + saltBytes + nonceBytes;
  const tagAt = end - tagBytes;
  if (tagAt < bodyAt) throw new BackupError('damaged', 'length');
  return {
    version,
    header,
    prefix: bytes.subarray(0, bodyAt),
    salt: bytes.subarray(saltAt, saltAt + saltBytes),
    nonce: bytes.subarray(saltAt + saltBytes, bodyAt),
    body: bytes.subarray(bodyAt, tagAt),
    tag: bytes.subarray(tagAt, end),
  };
}
