/*
 * Why a backup, a check or a restore was refused. Each reason has a sentence in English for the
 * command line and a translation key for the screens; the same reason always gets the same words, so
 * the administrator learns what each one means.
 */

export const backupErrorKeys = {
  notBackup: 'validation.backup.notBackup',
  damaged: 'validation.backup.damaged',
  newerFormat: 'validation.backup.newerFormat',
  newerSchema: 'validation.backup.newerSchema',
  passphraseRequired: 'validation.backup.passphraseRequired',
  wrongPassphrase: 'validation.backup.wrongPassphrase',
  otherComputer: 'validation.backup.otherComputer',
  writeFailed: 'validation.backup.writeFailed',
  verifyFailed: 'validation.backup.verifyFailed',
  notFound: 'validation.backup.notFound',
  busy: 'validation.backup.busy',
  folderInvalid: 'validation.backup.folderInvalid',
  passphraseTooShort: 'validation.backup.passphraseTooShort',
  passwordWrong: 'validation.backup.passwordWrong',
  reopenFailed: 'validation.backup.reopenFailed',
} as const;

export type BackupErrorReason = keyof typeof backupErrorKeys;

const sentences: Record<BackupErrorReason, string> = {
  notBackup: 'This is not a Mektep Journal backup file.',
  damaged: 'The backup file is damaged: a part of it does not match its checksum. Do not rely on it.',
  newerFormat: 'The backup was written by a newer version of Mektep Journal: update the program to open it.',
  newerSchema: 'The backup holds the data of a newer version of Mektep Journal: update the program to restore it.',
  passphraseRequired: "This backup is locked with the school's backup passphrase: give the passphrase.",
  wrongPassphrase: 'The backup passphrase is wrong.',
  otherComputer: 'This backup was made before a backup passphrase was set and opens only on the computer that made it.',
  writeFailed: 'The backup could not be written.',
  verifyFailed: 'The backup was written but did not read back correctly; it was removed.',
  notFound: 'There is no such backup file.',
  busy: 'A backup or a restore is already running; wait until it ends.',
  folderInvalid: 'The backup folder cannot be used.',
  passphraseTooShort: 'The backup passphrase must have at least 10 characters.',
  passwordWrong: 'Your sign-in password is wrong.',
  reopenFailed: 'The restored database could not be opened; the previous one was put back.',
};

export class BackupError extends Error {
  constructor(
    readonly reason: BackupErrorReason,
    /** What the system said (a disk error, a failed check), for the log and the command line. */
    readonly detail?: string,
  ) {
    super(detail ? `${sentences[reason]} (${detail})` : sentences[reason]);
    this.name = 'BackupError';
  }

  get messageKey(): string {
    return backupErrorKeys[this.reason];
  }
}

/** An error's first line, for a record or a message. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}
