import { ApiError } from '../api/api-error';

/**
 * Two people, one cell (issue 10): a write may say what the cell held when its screen showed it; if the
 * cell has changed since, the write is refused with what it holds now, never silently overwritten.
 * A write that says nothing (the command line, an old screen) is not checked.
 */
export function assertUnchanged(expected: string | null | undefined, current: string | null): void {
  if (expected === undefined) return;
  if ((expected ?? null) === current) return;
  throw new ApiError('STALE_WRITE', { current: current ?? '—' });
}

/** How an attendance entry reads in a refusal: the letters typed into the grid. */
export function attendanceText(status: 'absent' | 'late' | null | undefined): string | null {
  if (status === 'absent') return 'н';
  if (status === 'late') return 'оп';
  return null;
}
