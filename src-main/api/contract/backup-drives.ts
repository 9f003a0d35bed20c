import { z } from 'zod';
import { call } from './define';
import { noInput } from './fields';

/*
 * Flash drives for backups, on the Backup screen: the drives plugged in now (offered, copying, safe to
 * remove, failed), and those marked for backups with their last copy. A marked drive gets the newest
 * passphrase-locked backup as soon as it is plugged in; an unmarked one is only offered. The screen
 * polls `backup.drives`. Part of `backupCalls` (contract/backup.ts).
 */

export type DriveStateName = 'offered' | 'declined' | 'readOnly' | 'copying' | 'safeToRemove' | 'failed';

export interface DriveView {
  mountPath: string;
  label: string;
  volumeId: string | null;
  freeBytes: number;
  /** False for a drive pulled out mid-copy: it stays listed, failed, until dismissed. */
  present: boolean;
  state: DriveStateName;
  progress: { phase: 'check' | 'copy' | 'verify'; done: number; total: number; fraction: number } | null;
  fileName: string | null;
  bytes: number | null;
  /** The drive already held the newest backup, checked: nothing was written. */
  upToDate: boolean;
  /** Why it failed: a `validation.backup.drive*` key and what the system said. */
  error: { key: string; detail: string } | null;
}

export interface MarkedDriveView {
  volumeId: string;
  label: string | null;
  markedAt: string;
  lastCopy: { fileName: string; at: string; sizeBytes: number | null } | null;
  lastFailure: { fileName: string; at: string; errorKey: string | null } | null;
}

export interface DrivesStatus {
  /** Whether this program watches for drives at all (not in a test without drives). */
  watching: boolean;
  drives: DriveView[];
  marked: MarkedDriveView[];
}

const mountPath = z.string().min(1).max(1000);

export const backupDriveCalls = {
  'backup.drives': call<DrivesStatus>()({ input: noInput, access: 'backup.manage', mutates: false }),
  /** The administrator's yes to an offered drive: marks it and starts the copy at once. */
  'backup.markDrive': call<DriveView>()({
    input: z.object({ mountPath }).strict(),
    access: 'backup.manage',
    mutates: true,
  }),
  /** Copies again to a marked drive (after a failure, or to refresh it). */
  'backup.copyToDrive': call<DriveView>()({
    input: z.object({ mountPath }).strict(),
    access: 'backup.manage',
    mutates: true,
  }),
  'backup.unmarkDrive': call<{ unmarked: boolean }>()({
    input: z.object({ volumeId: z.string().min(1).max(100) }).strict(),
    access: 'backup.manage',
    mutates: true,
  }),
  /** "No" to an offer, or "seen" on a failure of a drive already pulled out. */
  'backup.dismissDrive': call<{ dismissed: true }>()({
    input: z.object({ mountPath }).strict(),
    access: 'backup.manage',
    mutates: false,
  }),
};
