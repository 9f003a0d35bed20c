import fs from 'node:fs';
import path from 'node:path';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/connection';
import { backupRecord } from '../../db/schema';

/*
 * The drive side of `backup_record`. A drive's mount path changes from one plug to the next, so its
 * rows name the drive by its marker id: `target_path` is `drive:<volumeId>`.
 */

export const driveTarget = (volumeId: string): string => `drive:${volumeId}`;

/** The latest verified local backup whose file is still there: what a drive gets. */
export interface LocalBackup {
  recordId: number;
  /** The full path of the local file. */
  file: string;
  fileName: string;
  sha256: string;
  schemaVersion: string | null;
}

/** Where a local record's file is: `target_path` is its folder (or, tolerated, the file itself). */
function localFileOf(targetPath: string, fileName: string, exists: (p: string) => boolean): string | null {
  const inFolder = path.join(targetPath, fileName);
  if (exists(inFolder)) return inFolder;
  return path.basename(targetPath) === fileName && exists(targetPath) ? targetPath : null;
}

export function latestLocalBackup(db: Database, exists: (p: string) => boolean = fs.existsSync): LocalBackup | null {
  const rows = db.orm
    .select()
    .from(backupRecord)
    .where(
      and(
        eq(backupRecord.targetKind, 'local'),
        eq(backupRecord.status, 'ok'),
        isNotNull(backupRecord.verifiedAt),
        isNotNull(backupRecord.sha256),
      ),
    )
    .orderBy(desc(backupRecord.verifiedAt), desc(backupRecord.id))
    .all();
  for (const row of rows) {
    // A rotated-out file leaves its row behind: take the newest one still on disk.
    const file = localFileOf(row.targetPath, row.fileName, exists);
    if (file && row.sha256) {
      return { recordId: row.id, file, fileName: row.fileName, sha256: row.sha256, schemaVersion: row.schemaVersion };
    }
  }
  return null;
}

export interface DriveRecordInput {
  volumeId: string;
  fileName: string;
  sizeBytes: number | null;
  sha256: string;
  schemaVersion: string | null;
  status: 'ok' | 'failed';
  /** For a failure: the message key, then what the system said (`key: detail`). */
  error: string | null;
  at: Date;
}

export function insertDriveRecord(db: Database, input: DriveRecordInput): number {
  const at = input.at.toISOString();
  const row = db.orm
    .insert(backupRecord)
    .values({
      createdAt: at,
      reason: 'drive',
      targetKind: 'drive',
      targetPath: driveTarget(input.volumeId),
      fileName: input.fileName,
      sizeBytes: input.sizeBytes,
      sha256: input.sha256,
      schemaVersion: input.schemaVersion,
      status: input.status,
      error: input.error,
      verifiedAt: input.status === 'ok' ? at : null,
    })
    .returning({ id: backupRecord.id })
    .get();
  return row.id;
}

/** The verified copies this database put on a drive: file name → when it was last verified there. */
export function verifiedOnDrive(db: Database, volumeId: string): Map<string, string> {
  const rows = db.orm
    .select({ fileName: backupRecord.fileName, verifiedAt: backupRecord.verifiedAt })
    .from(backupRecord)
    .where(
      and(
        eq(backupRecord.targetKind, 'drive'),
        eq(backupRecord.targetPath, driveTarget(volumeId)),
        eq(backupRecord.status, 'ok'),
        isNotNull(backupRecord.verifiedAt),
      ),
    )
    .all();
  const latest = new Map<string, string>();
  for (const row of rows) {
    const at = row.verifiedAt ?? '';
    if (at > (latest.get(row.fileName) ?? '')) latest.set(row.fileName, at);
  }
  return latest;
}

/** The message key of a recorded failure (`validation.backup.driveFull: ENOSPC …` → the key). */
export function errorKeyOf(recorded: string | null): string | null {
  if (!recorded) return null;
  const key = recorded.split(':', 1)[0] ?? '';
  return key.startsWith('validation.') ? key : null;
}
