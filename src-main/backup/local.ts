import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/connection';
import { describeError } from './errors';
import type { BackupHeader } from './format';
import { verifiedNames } from './records';
import { filesToDelete, type RotationRule } from './rotation';
import { readBackupHeader } from './verify';
import { isBackupName } from './write';

/*
 * The backups in a folder as the program sees them: every file named like a backup, with what its
 * header says (or why it cannot be read); and the rotation applied to them.
 */

export interface FolderBackup {
  name: string;
  file: string;
  bytes: number;
  header: BackupHeader | null;
  /** Why the header could not be read (a damaged or foreign file under a backup's name). */
  unreadable: string | null;
}

/** The backups in a folder, newest first (by the time in their header, else by name). */
export function listFolder(folder: string): FolderBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter(isBackupName);
  } catch {
    return [];
  }
  const found = names.map((name): FolderBackup => {
    const file = path.join(folder, name);
    let bytes = 0;
    try {
      bytes = fs.statSync(file).size;
      return { name, file, bytes, header: readBackupHeader(file), unreadable: null };
    } catch (error) {
      return { name, file, bytes, header: null, unreadable: describeError(error) };
    }
  });
  const key = (b: FolderBackup) => b.header?.createdAt ?? '';
  return found.sort((a, b) => key(b).localeCompare(key(a)) || b.name.localeCompare(a.name));
}

/** The newest readable backup in a folder, of the given protection if asked. */
export function latestInFolder(folder: string, kind?: BackupHeader['key']['kind']): FolderBackup | null {
  return listFolder(folder).find((b) => b.header && (!kind || b.header.key.kind === kind)) ?? null;
}

/**
 * Deletes what the rotation rule lets go. A file whose header cannot be read is left alone: it is
 * not ours to judge. Returns the names deleted.
 */
export function rotateFolder(
  db: Database,
  folder: string,
  now: Date,
  rule?: RotationRule,
  unlink: (file: string) => void = (file) => fs.rmSync(file, { force: true }),
): string[] {
  const verified = verifiedNames(db, folder);
  const files = listFolder(folder).flatMap((b) =>
    b.header ? [{ name: b.name, createdAt: b.header.createdAt, verified: verified.has(b.name) }] : [],
  );
  const deleted: string[] = [];
  for (const name of filesToDelete(files, now, rule)) {
    try {
      unlink(path.join(folder, name));
      deleted.push(name);
    } catch (error) {
      console.warn(`Could not delete the old backup ${name}: ${describeError(error)}`);
    }
  }
  return deleted;
}
