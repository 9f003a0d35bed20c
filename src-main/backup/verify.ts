import fs from 'node:fs';
import path from 'node:path';
import { BackupError } from './errors';
import { headerBytesNeeded, parseBackup, readHeader, type BackupHeader } from './format';
import { dataKeyFor, unseal, type KeySource } from './seal';
import { checkDatabase } from './snapshot';

/*
 * Checking a backup file as a restore would read it: the hash over every byte, the key, the GCM tag,
 * decompression, and the database inside (integrity_check, the rows of every table as counted when it
 * was made). The first failure is the answer; nothing is written anywhere.
 */

export interface VerifiedBackup {
  header: BackupHeader;
  /** The SQLite file inside, checked. */
  database: Buffer;
}

export function verifyBackupBytes(bytes: Buffer, source: KeySource): VerifiedBackup {
  const parsed = parseBackup(bytes);
  const database = unseal(parsed, dataKeyFor(parsed, source));
  checkDatabase(database, parsed.header.counts);
  return { header: parsed.header, database };
}

function readWhole(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new BackupError('notFound', file);
    throw error;
  }
}

export function verifyBackupFile(file: string, source: KeySource): VerifiedBackup {
  return verifyBackupBytes(readWhole(file), source);
}

/** What a file says about itself, reading only its first bytes (for lists; not a check). */
export function readBackupHeader(file: string): BackupHeader {
  const fd = fs.openSync(file, 'r');
  try {
    const read = (length: number) => {
      const bytes = Buffer.alloc(length);
      return bytes.subarray(0, fs.readSync(fd, bytes, 0, length, 0));
    };
    const start = read(64);
    return readHeader(read(Math.max(start.length, headerBytesNeeded(start))));
  } finally {
    fs.closeSync(fd);
  }
}

interface Journal {
  entries: { tag: string }[];
}

/** Whether this program knows the schema a backup holds; an unknown one was made by a newer program. */
export function knowsSchema(schemaVersion: string, migrationsFolder: string): boolean {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  return journal.entries.some((e) => e.tag === schemaVersion);
}
