import path from 'node:path';
import { eq, like } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { setting } from '../db/schema';
import { sealedKeySchema, type SealedKey } from './format';

/*
 * The backup settings, in the `setting` table under `backup.*`: the folder, how often, when to warn,
 * and the school's key pair (public half, private half sealed under the passphrase; never the
 * passphrase). A restore carries these rows over, so restoring an old backup does not bring back an
 * old passphrase or folder.
 */

export const backupSettingKeys = {
  schoolKey: 'backup.schoolKey',
  folder: 'backup.folder',
  warnAfterDays: 'backup.warnAfterDays',
  intervalHours: 'backup.intervalHours',
} as const;

export const defaultWarnAfterDays = 3;
export const defaultIntervalHours = 4;

export interface SchoolKey {
  publicKey: string;
  sealed: SealedKey;
  setAt: string;
}

export interface BackupSettings {
  /** Null: the default, `backups` beside the database. */
  folder: string | null;
  warnAfterDays: number;
  intervalHours: number;
  schoolKey: SchoolKey | null;
}

function stored(db: Database, key: string): unknown {
  return db.orm.select({ value: setting.value }).from(setting).where(eq(setting.key, key)).get()?.value ?? null;
}

function schoolKeyOf(value: unknown): SchoolKey | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const sealed = sealedKeySchema.safeParse(v.sealed);
  if (typeof v.publicKey !== 'string' || typeof v.setAt !== 'string' || !sealed.success) return null;
  return { publicKey: v.publicKey, sealed: sealed.data, setAt: v.setAt };
}

const positive = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

export function readBackupSettings(db: Database): BackupSettings {
  const folder = stored(db, backupSettingKeys.folder);
  return {
    folder: typeof folder === 'string' && folder.trim() ? folder : null,
    warnAfterDays: positive(stored(db, backupSettingKeys.warnAfterDays), defaultWarnAfterDays),
    intervalHours: positive(stored(db, backupSettingKeys.intervalHours), defaultIntervalHours),
    schoolKey: schoolKeyOf(stored(db, backupSettingKeys.schoolKey)),
  };
}

/** The local backup folder in force. */
export function backupFolder(db: Database, settings: BackupSettings = readBackupSettings(db)): string {
  return settings.folder ?? path.join(path.dirname(path.resolve(db.file)), 'backups');
}

export function writeBackupSetting(db: Database, key: string, value: unknown, at: Date, by: number | null): void {
  const updatedAt = at.toISOString();
  db.orm
    .insert(setting)
    .values({ key, value, updatedAt, updatedBy: by })
    .onConflictDoUpdate({ target: setting.key, set: { value, updatedAt, updatedBy: by } })
    .run();
}

export function removeBackupSetting(db: Database, key: string): void {
  db.orm.delete(setting).where(eq(setting.key, key)).run();
}

/** Every `backup.*` row as stored, for the carry-over of a restore. */
export function backupSettingRows(db: Database): (typeof setting.$inferSelect)[] {
  return db.orm.select().from(setting).where(like(setting.key, 'backup.%')).all();
}
