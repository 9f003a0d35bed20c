import type { AppContext } from '../api/context';
import type { UpdateStatus } from '../api/contract/updates';
import { describeError } from '../backup/errors';
import { backupsOf } from '../backup/scheduler';
import { UpdateError, updateErrorKeys } from './errors';

/*
 * What an installation waits for, and what it needs first. Installing restarts the program: never
 * under a print job (its PDFs would be cut short) or a backup (or a copy to a flash drive); and a
 * checked backup of the journal is made before, so that a failed installation loses nothing.
 */

/** What would make an installation wait now. */
export function busyWith(app: AppContext): UpdateStatus['busy'] {
  const backups = app.backups;
  const copying = backups?.drives?.states().some((d) => d.state === 'copying') ?? false;
  return { printing: app.prints?.busy() ?? false, backup: (backups?.isRunning() ?? false) || copying };
}

/** Refuses while busy; else makes and checks a backup (refused when it cannot) and gives its name. */
export function backupBeforeInstall(app: AppContext, userId: number | null): string {
  const busy = busyWith(app);
  if (busy.printing) throw new UpdateError(updateErrorKeys.printing);
  if (busy.backup) throw new UpdateError(updateErrorKeys.backupRunning);
  try {
    return backupsOf(app).backupNow('before_risky', userId).name;
  } catch (error) {
    throw new UpdateError(updateErrorKeys.backupFailed, describeError(error));
  }
}
