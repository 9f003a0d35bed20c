/**
 * A backup file of format version 1, made as the program made them before version 2: `VACUUM INTO`,
 * journal_mode=DELETE, gzip level 6 of the whole file, AES-256-GCM, the trailing SHA-256. Kept here so
 * that the tests prove those files still verify and restore.
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Sqlite from 'better-sqlite3';
import { encodePrefix, encodeTrailer, nonceBytes, type BackupHeader } from '../../src-main/backup/format';
import { newDataKey } from '../../src-main/backup/keys';
import type { Recipient } from '../../src-main/backup/seal';
import { tableCounts } from '../../src-main/backup/snapshot';
import type { WriteRequest } from '../../src-main/backup/write';

export function writeVersion1(request: WriteRequest, file: string): BackupHeader {
  const copy = `${file}.snapshot.tmp`;
  const reader = new Sqlite(request.databaseFile, { readonly: true });
  reader.prepare('vacuum into ?').run(copy);
  reader.close();
  const copied = new Sqlite(copy);
  copied.pragma('journal_mode = DELETE');
  const counts = tableCounts(copied);
  copied.close();
  const database = fs.readFileSync(copy);
  fs.rmSync(copy);

  const recipient: Recipient = request.recipient;
  const { key: dataKey, ephemeral, salt } = newDataKey(recipient.publicKey);
  const header: BackupHeader = {
    ...request.facts,
    counts,
    databaseBytes: database.length,
    compression: 'gzip',
    cipher: 'aes-256-gcm',
    key:
      recipient.kind === 'passphrase'
        ? { kind: 'passphrase', recipient: recipient.publicKey, ephemeral, sealed: recipient.sealed }
        : { kind: 'install', recipient: recipient.publicKey, ephemeral },
  };
  const nonce = randomBytes(nonceBytes);
  const prefix = encodePrefix(header, salt, nonce, 1);
  const cipher = createCipheriv('aes-256-gcm', dataKey, nonce);
  cipher.setAAD(prefix);
  const body = Buffer.concat([cipher.update(gzipSync(database, { level: 6 })), cipher.final()]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat([prefix, body, encodeTrailer(prefix, body, cipher.getAuthTag())]));
  return header;
}
