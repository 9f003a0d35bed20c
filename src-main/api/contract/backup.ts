import { z } from 'zod';
import { call } from './define';
import { noInput, password } from './fields';
import { backupDriveCalls } from './backup-drives';

/*
 * Backups and restore, for the administrator only (`backup.manage`). A backup is a job the screen
 * follows (`backup.start`, then `backup.job`); checking a file and restoring it are one call each.
 * The passphrase travels only in the calls that need it and is never stored, logged or audited.
 */

/** The tables named, in this order, when the screen says what a backup holds. */
export const backupShownTables = [
  'class',
  'student',
  'staff',
  'user',
  'lesson',
  'mark',
  'attendance',
  'period_mark',
  'plan_topic',
  'audit_entry',
] as const;

export const backupStages = ['snapshot', 'compress', 'encrypt', 'write', 'verify'] as const;
export type BackupStageName = (typeof backupStages)[number];
/** How a backup is locked: the school's passphrase, or this computer's key (before one was set). */
export type BackupProtection = 'passphrase' | 'install';

export interface BackupJob {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  stage: BackupStageName | null;
  /** 0–1 of the whole backup. */
  fraction: number;
  fileName: string | null;
  bytes: number | null;
  /** Why it failed: a `validation.backup.*` key and what the system said. */
  error: { key: string; detail: string | null } | null;
}

export interface BackupStatus {
  folder: string;
  folderIsDefault: boolean;
  warnAfterDays: number;
  intervalHours: number;
  passphraseSet: boolean;
  passphraseSetAt: string | null;
  /** The newest checked backup in the local folder. */
  last: {
    at: string;
    fileName: string;
    folder: string;
    bytes: number | null;
    protection: BackupProtection | null;
  } | null;
  /** Whole days since `last`; null when there is none. */
  daysSinceLast: number | null;
  /** `never`: no checked backup at all; `stale`: none for `warnAfterDays` days or more. */
  warning: 'none' | 'stale' | 'never';
  lastFailure: { at: string; error: string | null } | null;
  /** The newest checked copy on each flash drive marked for backups (by its label). */
  drives: { volumeId: string; label: string | null; at: string; fileName: string }[];
  job: BackupJob | null;
}

export interface BackupFileLine {
  fileName: string;
  bytes: number;
  createdAt: string | null;
  school: { nameKy: string; nameRu: string } | null;
  programVersion: string | null;
  schemaVersion: string | null;
  protection: BackupProtection | null;
  /** Checked when it was written (its record says so). */
  verified: boolean;
  /** Its header cannot be read: damaged, or not a backup. */
  unreadable: boolean;
}

export interface BackupContents {
  fileName: string;
  bytes: number;
  createdAt: string;
  school: { nameKy: string; nameRu: string } | null;
  programVersion: string;
  schemaVersion: string;
  protection: BackupProtection;
  /** Rows of the main tables, by table name (`student`, `mark`, …). */
  counts: Record<string, number>;
  /** Made by a newer program: it can be checked, not restored. */
  newerProgram: boolean;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The safety copy of the database as it was just before. */
  safetyCopy: string;
  contents: BackupContents;
}

const fileName = z
  .string()
  .max(200)
  .regex(/^mektep-\d{8}-\d{6}(-\d+)?\.mjb$/, 'validation.backup.notFound');
const passphrase = z.string().max(500);

export const backupCalls = {
  ...backupDriveCalls,
  'backup.status': call<BackupStatus>()({ input: noInput, access: 'backup.manage', mutates: false }),
  /** Starts a backup to the local folder, or gives the one already running; it records itself. */
  'backup.start': call<BackupJob>()({ input: noInput, access: 'backup.manage', mutates: true, ownTransaction: true }),
  'backup.job': call<BackupJob>()({
    input: z.object({ jobId: z.string().max(64) }).strict(),
    access: 'backup.manage',
    mutates: false,
  }),
  'backup.list': call<BackupFileLine[]>()({ input: noInput, access: 'backup.manage', mutates: false }),
  /** Checks a file of the local folder whole and says what it holds; changes nothing. */
  'backup.inspect': call<BackupContents>()({
    input: z.object({ fileName, passphrase: passphrase.optional() }).strict(),
    access: 'backup.manage',
    mutates: false,
  }),
  /** Checks the file, keeps a safety copy of the database, swaps it in and reopens; audited. */
  'backup.restore': call<RestoreResult>()({
    input: z.object({ fileName, passphrase: passphrase.optional() }).strict(),
    access: 'backup.manage',
    mutates: true,
    ownTransaction: true,
  }),
  /** Sets or replaces the school's backup passphrase, confirmed by the administrator's own password. */
  'backup.setPassphrase': call<{ setAt: string }>()({
    input: z.object({ passphrase: passphrase.min(1), password }).strict(),
    access: 'backup.manage',
    mutates: true,
  }),
  'backup.configure': call<BackupStatus>()({
    input: z
      .object({
        /** An absolute folder; null: back to the default beside the database. */
        folder: z.string().trim().max(500).nullable().optional(),
        warnAfterDays: z.number().int().min(1).max(60).optional(),
        intervalHours: z.number().int().min(1).max(168).optional(),
      })
      .strict(),
    access: 'backup.manage',
    mutates: true,
  }),
};
