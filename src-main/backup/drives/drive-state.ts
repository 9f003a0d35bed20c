import type { CopyProgress } from './copy';
import type { DriveErrorKey } from './errors';
import type { Drive } from './watcher';

/* A plugged drive as the screen sees it (`DriveService.states()`). */

export type DriveStateKind = 'offered' | 'declined' | 'readOnly' | 'copying' | 'safeToRemove' | 'failed';

export interface DriveProgress extends CopyProgress {
  /** 0..1 over the whole job: writing is the first half, reading back the second. */
  fraction: number;
}

export interface DriveState {
  mountPath: string;
  label: string;
  volumeId: string | null;
  freeBytes: number;
  /** False for a drive pulled out mid-copy: it stays listed, failed, until dismissed. */
  present: boolean;
  state: DriveStateKind;
  progress: DriveProgress | null;
  fileName: string | null;
  bytes: number | null;
  /** The drive already held the latest backup, verified: nothing was written. */
  upToDate: boolean;
  error: { key: DriveErrorKey; detail: string } | null;
}

export const fractionOf = (p: CopyProgress): number => {
  const part = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  return p.phase === 'check' ? part : p.phase === 'copy' ? part / 2 : 0.5 + part / 2;
};

export const copyOf = (state: DriveState): DriveState => ({
  ...state,
  progress: state.progress ? { ...state.progress } : null,
  error: state.error ? { ...state.error } : null,
});

export function freshState(drive: Drive): DriveState {
  const { mountPath, label, id: volumeId, freeBytes } = drive;
  const blank = { progress: null, fileName: null, bytes: null, upToDate: false, error: null };
  return { mountPath, label, volumeId, freeBytes, present: true, state: 'offered', ...blank };
}
