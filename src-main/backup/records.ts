import { and, desc, eq, gt } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { backupRecord } from '../db/schema';

/*
 * The `backup_record` table: every backup written (status ok, with its hash, size and when it was
 * checked) or failed (with the reason), and where. The status screen and the rotation read it.
 */

export type BackupRecord = typeof backupRecord.$inferSelect;
export type BackupReason = BackupRecord['reason'];
export type TargetKind = BackupRecord['targetKind'];

export interface RecordInput {
  reason: BackupReason;
  targetKind: TargetKind;
  targetPath: string;
  fileName: string;
  at: Date;
  by: number | null;
}

export function recordOk(
  db: Database,
  input: RecordInput,
  written: { bytes: number; sha256: string; schemaVersion: string; verifiedAt: Date },
): number {
  return db.orm
    .insert(backupRecord)
    .values({
      createdAt: input.at.toISOString(),
      createdBy: input.by,
      reason: input.reason,
      targetKind: input.targetKind,
      targetPath: input.targetPath,
      fileName: input.fileName,
      sizeBytes: written.bytes,
      sha256: written.sha256,
      schemaVersion: written.schemaVersion,
      status: 'ok',
      verifiedAt: written.verifiedAt.toISOString(),
    })
    .returning({ id: backupRecord.id })
    .get().id;
}

export function recordFailed(db: Database, input: RecordInput, error: string): number {
  return db.orm
    .insert(backupRecord)
    .values({
      createdAt: input.at.toISOString(),
      createdBy: input.by,
      reason: input.reason,
      targetKind: input.targetKind,
      targetPath: input.targetPath,
      fileName: input.fileName,
      status: 'failed',
      error: error.slice(0, 2000),
    })
    .returning({ id: backupRecord.id })
    .get().id;
}

/** The newest checked backup of a kind of target. */
export function lastOk(db: Database, targetKind: TargetKind): BackupRecord | null {
  return (
    db.orm
      .select()
      .from(backupRecord)
      .where(and(eq(backupRecord.status, 'ok'), eq(backupRecord.targetKind, targetKind)))
      .orderBy(desc(backupRecord.createdAt), desc(backupRecord.id))
      .limit(1)
      .get() ?? null
  );
}

/** The newest failure recorded after a given record (the newest success), worth showing. */
export function failureSince(db: Database, afterId: number | null): BackupRecord | null {
  const failed = eq(backupRecord.status, 'failed');
  return (
    db.orm
      .select()
      .from(backupRecord)
      .where(afterId !== null ? and(failed, gt(backupRecord.id, afterId)) : failed)
      .orderBy(desc(backupRecord.id))
      .limit(1)
      .get() ?? null
  );
}

/** The names of the files in a folder that were checked when written. */
export function verifiedNames(db: Database, folder: string): Set<string> {
  const rows = db.orm
    .select({ name: backupRecord.fileName })
    .from(backupRecord)
    .where(and(eq(backupRecord.status, 'ok'), eq(backupRecord.targetPath, folder)))
    .all();
  return new Set(rows.map((r) => r.name));
}

/** Every row, for the carry-over of a restore. */
export function allRecords(db: Database): BackupRecord[] {
  return db.orm.select().from(backupRecord).orderBy(backupRecord.id).all();
}
