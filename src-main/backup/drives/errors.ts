/*
 * Why a drive could not be marked or written, as message keys the screen shows in Kyrgyz or Russian
 * (texts in src-renderer/i18n/texts/drives.ts).
 */

export const driveErrorKeys = {
  /** Pulled out, or stopped answering (EIO), before the copy was finished. */
  removed: 'validation.backup.driveRemoved',
  /** Not enough free space (checked before, or ENOSPC while writing). */
  full: 'validation.backup.driveFull',
  /** Write-protect switch, a read-only mount, or no permission. */
  readOnly: 'validation.backup.driveReadOnly',
  /** FAT32 holds no file over 4 GB (EFBIG). */
  fileTooLarge: 'validation.backup.driveFileTooLarge',
  /** What was read back from the drive is not what was written. */
  verifyFailed: 'validation.backup.driveVerifyFailed',
  /** The local backup no longer matches its recorded checksum: it is not copied anywhere. */
  sourceDamaged: 'validation.backup.driveSourceDamaged',
  /** No verified local backup to copy yet. */
  noBackup: 'validation.backup.driveNoBackup',
  /** The drive is not marked for backups. */
  notMarked: 'validation.backup.driveNotMarked',
  /** No such drive is plugged in (or no such marked drive). */
  notFound: 'validation.backup.driveNotFound',
  /** A copy to this drive is already running. */
  busy: 'validation.backup.driveBusy',
  /** Anything else; the detail says what the system reported. */
  failed: 'validation.backup.driveCopyFailed',
} as const;

export type DriveErrorKey = (typeof driveErrorKeys)[keyof typeof driveErrorKeys];

export class DriveError extends Error {
  constructor(
    readonly key: DriveErrorKey,
    /** What the system said (an errno code and message), for the specialist; never shown alone. */
    readonly detail = '',
    options?: { cause?: unknown },
  ) {
    super(detail ? `${key}: ${detail}` : key, options);
    this.name = 'DriveError';
  }
}

const removedCodes = new Set(['ENOENT', 'EIO', 'ENODEV', 'ENXIO', 'ESTALE', 'ENOTCONN', 'ENOMEDIUM']);
const fullCodes = new Set(['ENOSPC', 'EDQUOT']);
const readOnlyCodes = new Set(['EROFS', 'EACCES', 'EPERM']);

export const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;

/**
 * Puts a file-system failure into words. `driveGone` (the drive's root no longer answers) wins over
 * the code: Windows reports a pulled drive with assorted codes, some of them UNKNOWN.
 */
export function classifyDriveError(error: unknown, driveGone: boolean): DriveError {
  if (error instanceof DriveError) {
    // A drive pulled out mid-copy shows up as whatever failed first; the local file's fault stays its own.
    const becauseRemoved =
      driveGone && error.key !== driveErrorKeys.sourceDamaged && error.key !== driveErrorKeys.removed;
    return becauseRemoved ? new DriveError(driveErrorKeys.removed, error.detail, { cause: error }) : error;
  }
  const code = errnoOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  const key = driveGone
    ? driveErrorKeys.removed
    : code && removedCodes.has(code)
      ? driveErrorKeys.removed
      : code && fullCodes.has(code)
        ? driveErrorKeys.full
        : code === 'EFBIG'
          ? driveErrorKeys.fileTooLarge
          : code && readOnlyCodes.has(code)
            ? driveErrorKeys.readOnly
            : driveErrorKeys.failed;
  return new DriveError(key, detail, { cause: error });
}
