import fs from 'node:fs';
import path from 'node:path';
import { findUserById } from '../../accounts/sessions';
import { verifyPassword } from '../../accounts/password';
import { BackupError, type BackupErrorReason } from '../../backup/errors';
import { setPassphrase } from '../../backup/passphrase';
import { inspectBackup, restoreBackup } from '../../backup/restore-service';
import { backupsOf } from '../../backup/scheduler';
import type { BackupService } from '../../backup/service';
import { appendAudit } from '../../audit/audit-log';
import { transaction } from '../../db/connection';
import { backupSettingKeys, readBackupSettings, removeBackupSetting, writeBackupSetting } from '../../backup/settings';
import { backupFiles, backupStatus } from '../../backup/status';
import { ApiError } from '../api-error';
import { signedInUser, type CallContext } from '../context';
import type { HandlerMap } from './types';
import { backupDriveHandlers } from './backup-drives';

/** The input field a refusal belongs beside; the rest are shown above the form. */
const fieldOf: Partial<Record<BackupErrorReason, string>> = {
  passphraseRequired: 'passphrase',
  wrongPassphrase: 'passphrase',
  passphraseTooShort: 'passphrase',
  passwordWrong: 'password',
  folderInvalid: 'folder',
};

function refusal(error: BackupError): ApiError {
  return new ApiError('INVALID_INPUT', undefined, [
    {
      path: fieldOf[error.reason] ?? 'fileName',
      message: error.messageKey,
      ...(error.detail ? { params: { detail: error.detail } } : {}),
    },
  ]);
}

/** Runs a service call, turning its refusals into the API's. */
function refusing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof BackupError) throw refusal(error);
    throw error;
  }
}

function backups(ctx: CallContext): BackupService {
  return backupsOf(ctx.app);
}

/** A folder the program can write to: absolute, created if missing, writable. */
function checkFolder(folder: string): void {
  if (!path.isAbsolute(folder)) throw new BackupError('folderInvalid', folder);
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    throw new BackupError('folderInvalid', error instanceof Error ? error.message : String(error));
  }
}

export const backupHandlers: HandlerMap<
  | 'backup.drives'
  | 'backup.markDrive'
  | 'backup.copyToDrive'
  | 'backup.unmarkDrive'
  | 'backup.dismissDrive'
  | 'backup.status'
  | 'backup.start'
  | 'backup.job'
  | 'backup.list'
  | 'backup.inspect'
  | 'backup.restore'
  | 'backup.setPassphrase'
  | 'backup.configure'
> = {
  ...backupDriveHandlers,
  'backup.status': (ctx) => backupStatus(backups(ctx)),
  'backup.start': (ctx) => {
    const u = signedInUser(ctx);
    const job = refusing(() => backups(ctx).startJob('manual', u.userId));
    // The call keeps its own transaction (the job records itself when it ends); who started it is audited.
    const entry = { action: 'backup.start', userId: u.userId, actor: u.login, address: ctx.caller.address };
    transaction(ctx.app.db, () =>
      appendAudit(ctx.app.db.orm, { ...entry, entity: 'backup', entityId: job.jobId }, ctx.now),
    );
    return job;
  },
  'backup.job': (ctx, { jobId }) => {
    const job = backups(ctx).job(jobId);
    if (!job) throw new ApiError('NOT_FOUND');
    return job;
  },
  'backup.list': (ctx) => backupFiles(backups(ctx)),
  'backup.inspect': (ctx, { fileName, passphrase }) =>
    refusing(() => inspectBackup(backups(ctx), fileName, passphrase)),
  'backup.restore': (ctx, { fileName, passphrase }) => {
    const u = signedInUser(ctx);
    const by = { userId: u.userId, login: u.login, address: ctx.caller.address };
    return refusing(() => restoreBackup(backups(ctx), fileName, passphrase, by));
  },
  'backup.setPassphrase': (ctx, { passphrase, password }) => {
    const u = signedInUser(ctx);
    const found = findUserById(ctx.app.db, u.userId);
    if (!found || !verifyPassword(password, found.user.passwordHash)) throw refusal(new BackupError('passwordWrong'));
    const replaced = readBackupSettings(ctx.app.db).schoolKey !== null;
    const key = refusing(() => setPassphrase(ctx.app.db, passphrase, ctx.now, u.userId));
    // Neither the passphrase nor the password is audited: only that it was set, and when.
    ctx.audit({ entity: 'backup.passphrase', after: { setAt: key.setAt, replaced } });
    return { setAt: key.setAt };
  },
  'backup.configure': (ctx, input) => {
    const db = ctx.app.db;
    const by = signedInUser(ctx).userId;
    const before = readBackupSettings(db);
    refusing(() => {
      if (input.folder) checkFolder(input.folder);
    });
    if (input.folder === null || input.folder === '') removeBackupSetting(db, backupSettingKeys.folder);
    else if (input.folder !== undefined) writeBackupSetting(db, backupSettingKeys.folder, input.folder, ctx.now, by);
    if (input.warnAfterDays !== undefined) {
      writeBackupSetting(db, backupSettingKeys.warnAfterDays, input.warnAfterDays, ctx.now, by);
    }
    if (input.intervalHours !== undefined) {
      writeBackupSetting(db, backupSettingKeys.intervalHours, input.intervalHours, ctx.now, by);
    }
    const after = readBackupSettings(db);
    ctx.audit({
      entity: 'setting',
      entityId: 'backup',
      before: { folder: before.folder, warnAfterDays: before.warnAfterDays, intervalHours: before.intervalHours },
      after: { folder: after.folder, warnAfterDays: after.warnAfterDays, intervalHours: after.intervalHours },
    });
    return backupStatus(backups(ctx));
  },
};
