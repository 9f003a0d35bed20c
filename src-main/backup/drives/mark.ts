import fs from 'node:fs';
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/connection';
import { backupDrive, backupRecord } from '../../db/schema';
import { driveTarget, errorKeyOf } from './drive-records';
import { classifyDriveError } from './errors';
import { newDriveId, readMarkerSync, writeMarkerSync, type MarkerFs } from './marker';
import type { Drive } from './watcher';

/*
 * Which drives take backups: the administrator marks a plugged drive (its marker file, then its row
 * in `backup_drive`), and may stop using it later. Synchronous, like every API handler.
 */

export interface MarkedDriveRow {
  volumeId: string;
  label: string | null;
  markedAt: string;
  markedBy: number | null;
  active: boolean;
}

/** The row of an id the drive carries, when it is marked (and not unmarked since). */
export function activeDrive(db: Database, volumeId: string | null): MarkedDriveRow | null {
  if (!volumeId) return null;
  const row = db.orm
    .select()
    .from(backupDrive)
    .where(and(eq(backupDrive.volumeId, volumeId), eq(backupDrive.active, true)))
    .get();
  return row ? rowOf(row) : null;
}

const rowOf = (row: typeof backupDrive.$inferSelect): MarkedDriveRow => ({
  volumeId: row.volumeId,
  label: row.label,
  markedAt: row.markedAt,
  markedBy: row.markedBy,
  active: row.active,
});

/**
 * Marks a plugged drive for backups. A drive that already carries an id keeps it (marked again after
 * being unmarked, or marked from another copy of the program); otherwise a new id is written to it.
 * Throws a DriveError (read-only, full, removed) when the marker cannot be written; then no row is made.
 */
export function markDrive(
  db: Database,
  drive: Pick<Drive, 'mountPath' | 'label'>,
  userId: number,
  now: Date,
  io: MarkerFs = fs,
): MarkedDriveRow {
  let volumeId = readMarkerSync(drive.mountPath, io);
  if (!volumeId) {
    volumeId = newDriveId();
    try {
      writeMarkerSync(drive.mountPath, volumeId, io);
    } catch (error) {
      throw classifyDriveError(error, !fs.existsSync(drive.mountPath));
    }
  }
  const label = drive.label.trim().slice(0, 100) || null;
  const values = { label, markedAt: now.toISOString(), markedBy: userId, active: true };
  db.orm
    .insert(backupDrive)
    .values({ volumeId, ...values })
    .onConflictDoUpdate({ target: backupDrive.volumeId, set: values })
    .run();
  const row = activeDrive(db, volumeId);
  if (!row) throw new Error(`backup_drive ${volumeId} was not saved`);
  return row;
}

/** Stops using a drive for backups; its marker and its copies stay. False when no such drive. */
export function unmarkDrive(db: Database, volumeId: string): boolean {
  const result = db.orm
    .update(backupDrive)
    .set({ active: false })
    .where(and(eq(backupDrive.volumeId, volumeId), eq(backupDrive.active, true)))
    .run();
  return result.changes > 0;
}

export interface DriveCopyInfo {
  fileName: string;
  at: string;
  sizeBytes: number | null;
}

export interface MarkedDrive extends MarkedDriveRow {
  /** The last verified copy on it. */
  lastCopy: DriveCopyInfo | null;
  /** The last failed copy when it came after the last good one, with its message key. */
  lastFailure: (DriveCopyInfo & { errorKey: string | null }) | null;
}

/** The marked drives (by default only those still in use), each with its last copy. */
export function listMarkedDrives(db: Database, options: { includeInactive?: boolean } = {}): MarkedDrive[] {
  const rows = db.orm
    .select()
    .from(backupDrive)
    .where(options.includeInactive ? undefined : eq(backupDrive.active, true))
    .orderBy(desc(backupDrive.markedAt), desc(backupDrive.id))
    .all();
  return rows.map((row) => {
    const last = (status: 'ok' | 'failed') =>
      db.orm
        .select()
        .from(backupRecord)
        .where(
          and(
            eq(backupRecord.targetKind, 'drive'),
            eq(backupRecord.targetPath, driveTarget(row.volumeId)),
            eq(backupRecord.status, status),
          ),
        )
        .orderBy(desc(backupRecord.createdAt), desc(backupRecord.id))
        .limit(1)
        .get();
    const ok = last('ok');
    const failed = last('failed');
    const failedLater =
      failed && (!ok || failed.createdAt > ok.createdAt || (failed.createdAt === ok.createdAt && failed.id > ok.id));
    return {
      ...rowOf(row),
      lastCopy: ok ? { fileName: ok.fileName, at: ok.verifiedAt ?? ok.createdAt, sizeBytes: ok.sizeBytes } : null,
      lastFailure: failedLater
        ? { fileName: failed.fileName, at: failed.createdAt, sizeBytes: null, errorKey: errorKeyOf(failed.error) }
        : null,
    };
  });
}
