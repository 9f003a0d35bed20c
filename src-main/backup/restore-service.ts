import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../audit/audit-log';
import { transaction, type Database } from '../db/connection';
import { user } from '../db/schema';
import { eq } from 'drizzle-orm';
import type { BackupContents, RestoreResult } from '../api/contract/backup';
import { BackupError } from './errors';
import type { BackupHeader } from './format';
import { installKeyFile, readInstallKey } from './keys';
import { applyCarryOver, readCarryOver, swapDatabase } from './restore';
import type { KeySource } from './seal';
import type { BackupService } from './service';
import { knowsSchema, verifyBackupFile } from './verify';
import { isBackupName } from './write';
import { backupShownTables } from '../api/contract/backup';

/*
 * Checking and restoring a file of the local folder, as the administrator does it from the screen:
 * check it whole → say what it holds → (on confirmation) refuse a newer schema, keep a safety copy
 * of the current database, swap, reopen (migrating an older schema), carry this computer's backup
 * settings over, and write the restore into the restored database's audit trail.
 */

export function backupFile(service: BackupService, fileName: string): string {
  const folder = path.resolve(service.folder());
  const file = path.join(folder, fileName);
  if (!isBackupName(fileName) || path.dirname(file) !== folder || !fs.existsSync(file)) {
    throw new BackupError('notFound', fileName);
  }
  return file;
}

export function keySource(db: Database, passphrase: string | undefined): KeySource {
  return { passphrase, installKey: readInstallKey(installKeyFile(db.file)) };
}

export function contentsOf(
  fileName: string,
  bytes: number,
  header: BackupHeader,
  migrationsFolder: string,
): BackupContents {
  return {
    fileName,
    bytes,
    createdAt: header.createdAt,
    school: header.school,
    programVersion: header.programVersion,
    schemaVersion: header.schemaVersion,
    protection: header.key.kind,
    counts: Object.fromEntries(backupShownTables.map((t) => [t, header.counts[t] ?? 0])),
    newerProgram: !knowsSchema(header.schemaVersion, migrationsFolder),
  };
}

export function inspectBackup(service: BackupService, fileName: string, passphrase?: string): BackupContents {
  const file = backupFile(service, fileName);
  const { header } = verifyBackupFile(file, keySource(service.db, passphrase));
  return contentsOf(fileName, fs.statSync(file).size, header, service.options.migrationsFolder);
}

export interface Restorer {
  userId: number | null;
  login: string | null;
  address: string | null;
}

/** Restores a file of the local folder (the screen's choice). */
export function restoreBackup(
  service: BackupService,
  fileName: string,
  passphrase: string | undefined,
  by: Restorer,
): RestoreResult {
  return restoreFromFile(service, backupFile(service, fileName), passphrase, by);
}

/** Restores any backup file over the service's database (the command line names its own). */
export function restoreFromFile(
  service: BackupService,
  file: string,
  passphrase: string | undefined,
  by: Restorer,
): RestoreResult {
  const { migrationsFolder } = service.options;
  const fileName = path.basename(file);
  // A job in progress would record into the database being replaced: let it end first.
  service.finishRunning();
  const verified = verifyBackupFile(file, keySource(service.db, passphrase));
  const contents = contentsOf(fileName, fs.statSync(file).size, verified.header, migrationsFolder);
  if (contents.newerProgram) throw new BackupError('newerSchema', verified.header.schemaVersion);

  const safety = service.backupNow('before_risky', by.userId);
  const carry = readCarryOver(service.db);
  const opened = service.db;
  swapDatabase(opened, verified.database, migrationsFolder);
  applyCarryOver(opened, carry);
  const now = service.app.now();
  const known = by.userId !== null && opened.orm.select({ id: user.id }).from(user).where(eq(user.id, by.userId)).get();
  transaction(opened, () =>
    appendAudit(
      opened.orm,
      {
        action: 'backup.restore',
        userId: known ? by.userId : null,
        actor: by.login,
        entity: 'backup',
        entityId: fileName,
        after: {
          restoredFrom: fileName,
          createdAt: contents.createdAt,
          schemaVersion: contents.schemaVersion,
          programVersion: contents.programVersion,
          safetyCopy: safety.name,
        },
        address: by.address,
      },
      now,
    ),
  );
  return { restoredFrom: fileName, safetyCopy: safety.name, contents };
}
