import { ApiError } from '../api/api-error';
import type { LessonTexts } from '../api/contract/journal';

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

/**
 * The same for a lesson's texts: a save that says what the form showed is refused if any of them has
 * changed since (a colleague at another desk, the deputy's correction), with the text it holds now.
 */
export function assertLessonUnchanged(expected: LessonTexts | undefined, current: LessonTexts): void {
  if (!expected) return;
  for (const field of ['topic', 'classWork', 'homework'] as const) {
    if ((expected[field] ?? null) !== current[field]) {
      throw new ApiError('STALE_LESSON', { current: current[field] ?? '—' });
    }
  }
}

/** How an attendance entry reads in a refusal: the letters typed into the grid. */
export function attendanceText(status: 'absent' | 'late' | null | undefined): string | null {
  if (status === 'absent') return 'н';
  if (status === 'late') return 'оп';
  return null;
}
