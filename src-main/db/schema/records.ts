import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, stamp, id } from './columns';
import { user } from './accounts';

/** Every backup written, verified or failed, and where. */
export const backupRecord = sqliteTable(
  'backup_record',
  {
    id: id(),
    createdAt: createdAt(),
    createdBy: integer('created_by').references(() => user.id),
    reason: text('reason', { enum: ['schedule', 'closing', 'manual', 'before_risky', 'drive', 'archive'] }).notNull(),
    targetKind: text('target_kind', { enum: ['local', 'drive'] }).notNull(),
    targetPath: text('target_path').notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: integer('size_bytes'),
    sha256: text('sha256'),
    schemaVersion: text('schema_version'),
    status: text('status', { enum: ['ok', 'failed'] }).notNull(),
    error: text('error'),
    verifiedAt: text('verified_at'),
  },
  (t) => [index('backup_record_created').on(t.createdAt)],
);

/** A removable drive the administrator marked for backups. */
export const backupDrive = sqliteTable('backup_drive', {
  id: id(),
  volumeId: text('volume_id').notNull().unique(),
  label: text('label'),
  markedAt: stamp('marked_at'),
  markedBy: integer('marked_by').references(() => user.id),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

/** Every printed document with the fingerprint of the data behind it. */
export const printedDocument = sqliteTable(
  'printed_document',
  {
    id: id(),
    kind: text('kind').notNull(),
    params: text('params', { mode: 'json' }).notNull(),
    language: text('language', { enum: ['ky', 'ru'] }).notNull(),
    fingerprint: text('fingerprint').notNull(),
    pages: integer('pages'),
    printedAt: stamp('printed_at'),
    printedBy: integer('printed_by').references(() => user.id),
  },
  (t) => [index('printed_document_fingerprint').on(t.fingerprint)],
);
