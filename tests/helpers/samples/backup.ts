import fs from 'node:fs';
import path from 'node:path';
import { DriveService } from '../../../src-main/backup/drives/drive-service';
import type { Drive, DriveWatcher } from '../../../src-main/backup/drives/watcher';
import { latestInFolder } from '../../../src-main/backup/local';
import { backupsOf } from '../../../src-main/backup/scheduler';
import type { BackupService } from '../../../src-main/backup/service';
import type { TestApp } from '../app';
import type { Samples } from './types';

/** A drive that is simply there: a folder of the test's, reported at once (no polling). */
function plugged(t: TestApp, service: BackupService): DriveService {
  if (service.drives) return service.drives;
  const drive: Drive = {
    id: null,
    label: 'KINGSTON',
    mountPath: path.join(t.dir, 'drives', 'KINGSTON'),
    freeBytes: 1 << 30,
    writable: true,
  };
  fs.mkdirSync(drive.mountPath, { recursive: true });
  const watcher: DriveWatcher = {
    list: () => [drive],
    on: () => () => undefined,
    poll: () => Promise.resolve(),
    start() {
      return this;
    },
    close: () => undefined,
  };
  service.drives = new DriveService({ db: t.db, watcher, now: t.app.now }).start();
  return service.drives;
}

/*
 * The backup calls act on a backup file of the local folder, a job or a plugged drive: their inputs
 * make one when they are read (the router reads an input only after the caller passed access), so a
 * refused call still finds nothing made.
 */
export const backupSamples: Samples = ({ t, f, caller }) => {
  const service = () => backupsOf(t.app);
  const someBackup = () => latestInFolder(service().folder())?.name ?? service().backupNow('manual', null).name;
  const drive = () => plugged(t, service()).states()[0]?.mountPath ?? '';
  const markedDrive = () => {
    const mountPath = drive();
    const drives = plugged(t, service());
    return drives.state(mountPath)?.volumeId
      ? mountPath
      : (drives.mark(mountPath, f[caller].user.userId).mountPath ?? '');
  };
  return {
    'backup.job': {
      get jobId() {
        return service().startJob('manual', null).jobId;
      },
    },
    'backup.inspect': {
      get fileName() {
        return someBackup();
      },
    },
    'backup.restore': {
      get fileName() {
        return someBackup();
      },
    },
    'backup.setPassphrase': {
      passphrase: 'Бир мектеп, бир журнал 2026',
      get password() {
        return f[caller].password;
      },
    },
    'backup.configure': { warnAfterDays: 5, intervalHours: 6 },
    'backup.markDrive': {
      get mountPath() {
        return drive();
      },
    },
    'backup.copyToDrive': {
      get mountPath() {
        return markedDrive();
      },
    },
    'backup.unmarkDrive': {
      get volumeId() {
        return plugged(t, service()).state(markedDrive())?.volumeId ?? '';
      },
    },
    'backup.dismissDrive': {
      get mountPath() {
        return drive();
      },
    },
  };
};
