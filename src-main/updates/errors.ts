/*
 * Why an update was refused or failed, as message keys the Updates screen shows in Kyrgyz or Russian
 * (texts in src-renderer/i18n/texts/updates.ts).
 */

export const updateErrorKeys = {
  /** The switch in the settings is off: the program does not look on the internet. */
  disabled: 'validation.updates.disabled',
  /** No internet connection for a check. */
  offline: 'validation.updates.offline',
  /** This program runs without the updater (the browser mode, a development run). */
  unsupported: 'validation.updates.unsupported',
  /** Download or install asked for when nothing is offered or downloaded. */
  nothingOffered: 'validation.updates.nothingOffered',
  notDownloaded: 'validation.updates.notDownloaded',
  /** Another step is already running. */
  busy: 'validation.updates.busy',
  /** A print job is running: a restart would cut it short. */
  printing: 'validation.updates.printing',
  /** A backup (or a copy to a flash drive) is running. */
  backupRunning: 'validation.updates.backupRunning',
  /** The backup before installing could not be made: nothing is installed. */
  backupFailed: 'validation.updates.backupFailed',
  checkFailed: 'validation.updates.checkFailed',
  downloadFailed: 'validation.updates.downloadFailed',
  /** The installer on the drive is not the one its channel file describes. */
  tampered: 'validation.updates.tampered',
  /** The channel file names an installer that is not there. */
  installerMissing: 'validation.updates.installerMissing',
  /** The channel file cannot be read as a release. */
  releaseUnreadable: 'validation.updates.releaseUnreadable',
  /** The drive was pulled out before the installer was read. */
  driveRemoved: 'validation.updates.driveRemoved',
} as const;

export type UpdateErrorKey = (typeof updateErrorKeys)[keyof typeof updateErrorKeys];

export class UpdateError extends Error {
  constructor(
    readonly key: UpdateErrorKey,
    readonly detail = '',
  ) {
    super(detail ? `${key}: ${detail}` : key);
    this.name = 'UpdateError';
  }
}
