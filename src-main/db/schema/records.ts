import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
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

/**
 * Every printed document: what it was, who printed it, and the facts it showed (the labelled values,
 * in the document's language), so that a paper copy can be checked against the data later.
 */
export const printedDocument = sqliteTable(
  'printed_document',
  {
    id: id(),
    kind: text('kind').notNull(),
    params: text('params', { mode: 'json' }).notNull(),
    language: text('language', { enum: ['ky', 'ru'] }).notNull(),
    /** SHA-256 (hex) of the canonical form of the kind, the parameters and the facts. */
    fingerprint: text('fingerprint').notNull(),
    /** The short code printed on every page and in the QR code: the fingerprint's first 40 bits. */
    code: text('code').notNull().default(''),
    title: text('title').notNull().default(''),
    /** `[label, value][]` as printed, sorted by label. */
    facts: text('facts', { mode: 'json' })
      .notNull()
      .default(sql`'[]'`),
    pages: integer('pages'),
    printedAt: stamp('printed_at'),
    printedBy: integer('printed_by').references(() => user.id),
  },
  (t) => [index('printed_document_fingerprint').on(t.fingerprint), index('printed_document_code').on(t.code)],
);
