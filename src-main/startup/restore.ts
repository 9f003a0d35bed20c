import Sqlite from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../audit/audit-log';
import { BackupError } from '../backup/errors';
import { installKeyFile, readInstallKey } from '../backup/keys';
import { listFolder } from '../backup/local';
import { backupSettingKeys } from '../backup/settings';
import { knowsSchema, verifyBackupFile } from '../backup/verify';
import { closeDatabase, openDatabase, transaction } from '../db/connection';

/*
 * When the journal cannot be opened (damaged, or written by a newer version), the program offers the
 * latest backup it can restore, and restores it without the open database the Backup screen's
 * restore needs: the file is checked whole exactly as that restore checks it, the journal file is
 * set aside (never deleted: it may still hold something worth saving), and the backup's database is
 * put in its place, opened (migrating an older schema) and the restore written to its audit trail.
 */

export interface StartBackup {
  file: string;
  fileName: string;
  createdAt: string;
  protection: 'passphrase' | 'install';
  /** Its record in the journal says it was checked when written (unknown when the journal is unreadable). */
  verified: boolean;
}

/** The local backup folder as the journal names it, if it can still be read; else the default. */
function folderOf(databaseFile: string): string {
  const fallback = path.join(path.dirname(path.resolve(databaseFile)), 'backups');
  try {
    const sqlite = new Sqlite(databaseFile, { readonly: true, fileMustExist: true });
    try {
      const row = sqlite.prepare('select value from setting where key = ?').get(backupSettingKeys.folder) as
        { value: string } | undefined;
      const folder = row ? (JSON.parse(row.value) as unknown) : null;
      return typeof folder === 'string' && folder.trim() ? folder : fallback;
    } finally {
      sqlite.close();
    }
  } catch {
    return fallback;
  }
}

/** Names of the backups the journal recorded as checked, when it can still say so. */
function recordedAsChecked(databaseFile: string): Set<string> {
  try {
    const sqlite = new Sqlite(databaseFile, { readonly: true, fileMustExist: true });
    try {
      const rows = sqlite
        .prepare("select file_name from backup_record where status = 'ok' and target_kind = 'local'")
        .all() as { file_name: string }[];
      return new Set(rows.map((r) => r.file_name));
    } finally {
      sqlite.close();
    }
  } catch {
    return new Set();
  }
}

/**
 * The newest backup in the local folder this program can restore (its schema is one we know), the
 * newest recorded as checked first. Null when there is none.
 */
export function latestRestorableBackup(databaseFile: string, migrationsFolder: string): StartBackup | null {
  const checked = recordedAsChecked(databaseFile);
  const usable = listFolder(folderOf(databaseFile)).flatMap((b) =>
    b.header && knowsSchema(b.header.schemaVersion, migrationsFolder)
      ? [
          {
            file: b.file,
            fileName: b.name,
            createdAt: b.header.createdAt,
            protection: b.header.key.kind,
            verified: checked.has(b.name),
          },
        ]
      : [],
  );
  return usable.find((b) => b.verified) ?? usable[0] ?? null;
}

export interface StartRestoreResult {
  restoredFrom: string;
  /** Where the journal file that could not be opened now is. */
  setAside: string;
}

const sidecars = ['', '-wal', '-shm'];

/** Checks `backupFile` whole, sets the journal aside and puts the backup's database in its place. */
export function restoreAtStart(
  databaseFile: string,
  backupFile: string,
  options: { migrationsFolder: string; passphrase?: string; now: Date },
): StartRestoreResult {
  const file = path.resolve(databaseFile);
  const verified = verifyBackupFile(backupFile, {
    passphrase: options.passphrase,
    installKey: readInstallKey(installKeyFile(file)),
  });
  if (!knowsSchema(verified.header.schemaVersion, options.migrationsFolder)) {
    throw new BackupError('newerSchema', verified.header.schemaVersion);
  }
  const stamp = `${options.now.toISOString().slice(0, 19).replace(/[-:T]/g, '')}-${randomBytes(3).toString('hex')}`;
  const setAside = `${file}.set-aside-${stamp}`;
  const incoming = `${file}.restore-${stamp}.tmp`;
  fs.writeFileSync(incoming, verified.database, { flag: 'wx', mode: 0o600, flush: true });
  for (const suffix of sidecars) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, setAside + suffix);
  }
  fs.renameSync(incoming, file);
  const db = openDatabase(file, { migrationsFolder: options.migrationsFolder, mustExist: true });
  try {
    transaction(db, () =>
      appendAudit(
        db.orm,
        {
          action: 'backup.restore',
          entity: 'backup',
          entityId: path.basename(backupFile),
          after: {
            restoredFrom: path.basename(backupFile),
            createdAt: verified.header.createdAt,
            schemaVersion: verified.header.schemaVersion,
            atStart: true,
            setAside: path.basename(setAside),
          },
        },
        options.now,
      ),
    );
  } finally {
    closeDatabase(db);
  }
  return { restoredFrom: path.basename(backupFile), setAside };
}
