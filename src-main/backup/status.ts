import fs from 'node:fs';
import path from 'node:path';
import type { BackupFileLine, BackupStatus } from '../api/contract/backup';
import { listFolder } from './local';
import { listMarkedDrives } from './drives/mark';
import { failureSince, lastOk, verifiedNames } from './records';
import type { BackupService } from './service';
import { backupFolder, readBackupSettings } from './settings';
import { readBackupHeader } from './verify';

/* What the administrator sees at a glance, and the files of the local folder to choose from. */

const dayMs = 24 * 60 * 60 * 1000;

export function backupStatus(service: BackupService): BackupStatus {
  const db = service.db;
  const settings = readBackupSettings(db);
  const folder = backupFolder(db, settings);
  const last = lastOk(db, 'local');
  const now = service.app.now();
  const days = last ? Math.floor((now.getTime() - Date.parse(last.createdAt)) / dayMs) : null;
  let protection: 'passphrase' | 'install' | null = null;
  if (last) {
    const file = path.join(last.targetPath, last.fileName);
    try {
      if (fs.existsSync(file)) protection = readBackupHeader(file).key.kind;
    } catch {
      protection = null;
    }
  }
  const failure = failureSince(db, last?.id ?? null);
  return {
    folder,
    folderIsDefault: settings.folder === null,
    warnAfterDays: settings.warnAfterDays,
    intervalHours: settings.intervalHours,
    passphraseSet: settings.schoolKey !== null,
    passphraseSetAt: settings.schoolKey?.setAt ?? null,
    last: last
      ? { at: last.createdAt, fileName: last.fileName, folder: last.targetPath, bytes: last.sizeBytes, protection }
      : null,
    daysSinceLast: days,
    warning: days === null ? 'never' : days >= settings.warnAfterDays ? 'stale' : 'none',
    lastFailure: failure ? { at: failure.createdAt, error: failure.error } : null,
    drives: listMarkedDrives(db).flatMap((d) =>
      d.lastCopy ? [{ volumeId: d.volumeId, label: d.label, at: d.lastCopy.at, fileName: d.lastCopy.fileName }] : [],
    ),
    job: service.currentJob(),
  };
}

export function backupFiles(service: BackupService): BackupFileLine[] {
  const folder = service.folder();
  const verified = verifiedNames(service.db, folder);
  return listFolder(folder).map((b) => ({
    fileName: b.name,
    bytes: b.bytes,
    createdAt: b.header?.createdAt ?? null,
    school: b.header?.school ?? null,
    programVersion: b.header?.programVersion ?? null,
    schemaVersion: b.header?.schemaVersion ?? null,
    protection: b.header?.key.kind ?? null,
    verified: verified.has(b.name),
    unreadable: b.header === null,
  }));
}
