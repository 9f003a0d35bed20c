/**
 * The thin Electron part of the start-up checks (src-main/startup/): before the journal is opened,
 * each outcome becomes a calm two-language message — "locked by another copy" with Retry, "from a
 * newer version" or "damaged" with the offer of the latest backup, restored on the spot (asking for
 * the school's passphrase when the backup needs it).
 */
import { dialog } from 'electron';
import { describeError } from '../backup/errors';
import { checkDatabaseAtStart } from '../startup/check';
import { latestRestorableBackup, restoreAtStart, type StartBackup } from '../startup/restore';
import { mainTexts } from './main-texts';
import { askPassphrase } from './passphrase-prompt';

async function ask(type: 'warning' | 'error' | 'info', message: string, detail: string, buttons: string[]) {
  const { response } = await dialog.showMessageBox({
    type,
    title: mainTexts.title,
    message,
    detail,
    buttons,
    defaultId: 0,
    // Escape or the window's cross always means "close", wherever that button stands.
    cancelId: buttons.includes(mainTexts.close) ? buttons.indexOf(mainTexts.close) : buttons.length - 1,
    noLink: true,
  });
  return response;
}

/** Restores `backup` over the journal; true when it is done (the start then goes on). */
async function restore(file: string, migrationsFolder: string, backup: StartBackup): Promise<boolean> {
  const passphrase = backup.protection === 'passphrase' ? await askPassphrase() : undefined;
  if (passphrase === null) return false;
  try {
    const done = restoreAtStart(file, backup.file, {
      migrationsFolder,
      now: new Date(),
      ...(passphrase ? { passphrase } : {}),
    });
    await ask('info', mainTexts.restored(done.setAside), '', [mainTexts.ok]);
    return true;
  } catch (error) {
    await ask('error', mainTexts.restoreFailed, describeError(error), [mainTexts.ok]);
    return false;
  }
}

/**
 * Checks the journal until it can be opened; false when the user chose to close. A failure the
 * checks cannot name goes on to the opening, which reports it with its reason.
 */
export async function prepareDatabase(file: string, migrationsFolder: string): Promise<boolean> {
  for (;;) {
    const outcome = checkDatabaseAtStart(file, { migrationsFolder });
    if (outcome.kind === 'ok' || outcome.kind === 'failed') return true;
    if (outcome.kind === 'locked') {
      const choice = await ask('warning', mainTexts.locked, file, [mainTexts.retry, mainTexts.close]);
      if (choice === 0) continue;
      return false;
    }
    const newer = outcome.kind === 'newer';
    const message = newer ? mainTexts.newer : mainTexts.damaged;
    const backup = latestRestorableBackup(file, migrationsFolder);
    if (!backup) {
      await ask('error', message, `${mainTexts.noBackup}\n\n${file}`, [mainTexts.close]);
      return false;
    }
    const offer = mainTexts.offer(new Date(backup.createdAt).toLocaleString('ru-RU'), backup.fileName, newer);
    // For a newer journal, closing (and installing the newer program) is the first choice.
    const buttons = newer ? [mainTexts.close, mainTexts.restore] : [mainTexts.restore, mainTexts.close];
    const choice = await ask(newer ? 'warning' : 'error', message, `${offer}\n\n${file}`, buttons);
    if (buttons[choice] !== mainTexts.restore) return false;
    // Restored: look again (the restored file must pass too); not restored: the offer comes back.
    await restore(file, migrationsFolder, backup);
  }
}
