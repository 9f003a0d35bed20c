import { DriveError } from '../../backup/drives/errors';
import type { DriveService } from '../../backup/drives/drive-service';
import { listMarkedDrives, unmarkDrive } from '../../backup/drives/mark';
import { backupsOf } from '../../backup/scheduler';
import { ApiError } from '../api-error';
import { signedInUser, type CallContext } from '../context';
import type { HandlerMap } from './types';

/** The drive calls of the Backup screen (part of `backupHandlers`). */

function refusal(error: DriveError): ApiError {
  return new ApiError('INVALID_INPUT', undefined, [
    { path: 'mountPath', message: error.key, ...(error.detail ? { params: { detail: error.detail } } : {}) },
  ]);
}

/** The program's drives; without a watcher (a test's app) no drive is ever plugged in. */
function drives(ctx: CallContext): DriveService {
  const service = backupsOf(ctx.app).drives;
  if (!service) throw refusal(new DriveError('validation.backup.driveNotFound'));
  return service;
}

function refusing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DriveError) throw refusal(error);
    throw error;
  }
}

export const backupDriveHandlers: HandlerMap<
  'backup.drives' | 'backup.markDrive' | 'backup.copyToDrive' | 'backup.unmarkDrive' | 'backup.dismissDrive'
> = {
  'backup.drives': (ctx) => {
    const service = backupsOf(ctx.app).drives;
    return {
      watching: service !== null,
      drives: service?.states() ?? [],
      marked: listMarkedDrives(ctx.app.db).map(({ volumeId, label, markedAt, lastCopy, lastFailure }) => ({
        volumeId,
        label,
        markedAt,
        lastCopy,
        lastFailure: lastFailure
          ? { fileName: lastFailure.fileName, at: lastFailure.at, errorKey: lastFailure.errorKey }
          : null,
      })),
    };
  },
  'backup.markDrive': (ctx, { mountPath }) => {
    const state = refusing(() => drives(ctx).mark(mountPath, signedInUser(ctx).userId));
    ctx.audit({ entity: 'backup_drive', entityId: state.volumeId, after: { label: state.label } });
    return state;
  },
  'backup.copyToDrive': (ctx, { mountPath }) => {
    const state = refusing(() => drives(ctx).copyNow(mountPath));
    ctx.audit({ entity: 'backup_drive', entityId: state.volumeId, after: { copy: state.fileName } });
    return state;
  },
  'backup.unmarkDrive': (ctx, { volumeId }) => {
    const service = backupsOf(ctx.app).drives;
    // Without a watcher the row is still there to unmark: the screen lists marked drives from it.
    const unmarked = service ? service.unmark(volumeId) : unmarkDrive(ctx.app.db, volumeId);
    ctx.audit({ entity: 'backup_drive', entityId: volumeId, after: { active: false, unmarked } });
    return { unmarked };
  },
  'backup.dismissDrive': (ctx, { mountPath }) => {
    backupsOf(ctx.app).drives?.dismiss(mountPath);
    return { dismissed: true };
  },
};
