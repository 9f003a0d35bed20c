import fs from 'node:fs';
import path from 'node:path';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { backupRecord } from '../db/schema';
import type { LocalBackup } from './drives/drive-records';
import { readBackupHeader } from './verify';

/**
 * What a flash drive gets: the newest checked local backup still on disk that is locked with the
 * school's passphrase. A backup made before a passphrase was set opens only on this computer, so it
 * would be no use on a drive the day this computer fails; such files never leave it.
 */
export function latestPassphraseBackup(db: Database): LocalBackup | null {
  const rows = db.orm
    .select()
    .from(backupRecord)
    .where(and(eq(backupRecord.targetKind, 'local'), eq(backupRecord.status, 'ok'), isNotNull(backupRecord.sha256)))
    .orderBy(desc(backupRecord.createdAt), desc(backupRecord.id))
    .all();
  for (const row of rows) {
    const file = path.join(row.targetPath, row.fileName);
    if (!row.sha256 || !fs.existsSync(file)) continue;
    try {
      if (readBackupHeader(file).key.kind !== 'passphrase') continue;
    } catch {
      continue;
    }
    return { recordId: row.id, file, fileName: row.fileName, sha256: row.sha256, schemaVersion: row.schemaVersion };
  }
  return null;
}
