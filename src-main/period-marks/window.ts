import type { Role } from '../api/contract/permissions';
import { addDays, type EditDecision } from '../journal/edit-policy';
import type { PeriodMarkKindCode } from '../api/contract/period-marks';
import type { PeriodMarkRules } from './rules';

/** The days, inclusive, on which a teacher may set a period mark (Bishkek dates). */
export interface MarkWindow {
  opensOn: string;
  closesOn: string;
}

/** Year, exam and final marks all hang on the year's end; quarters and half-years on their own. */
export const isYearly = (kind: PeriodMarkKindCode): boolean => kind === 'year' || kind === 'exam' || kind === 'final';

/**
 * The teacher's window: from `openDaysBefore` days before the period ends (marks of the last weeks
 * still come in, but the teacher may settle clear cases early) until `closeDaysAfter` after it; for
 * the year's marks, the exams come after the year ends, hence the longer `yearCloseDaysAfter`.
 */
export function markWindow(kind: PeriodMarkKindCode, periodEndsOn: string, rules: PeriodMarkRules): MarkWindow {
  return {
    opensOn: addDays(periodEndsOn, -rules.openDaysBefore),
    closesOn: addDays(periodEndsOn, isYearly(kind) ? rules.yearCloseDaysAfter : rules.closeDaysAfter),
  };
}

export interface PeriodMarkEditQuery {
  role: Role;
  /** The teacher's own class subject, or a subgroup of it that they teach and the pupil belongs to. */
  isOwn: boolean;
  window: MarkWindow;
  /** The school's day, `schoolDay(ctx.now)`. */
  today: string;
  reason?: string | null;
  reasonMinLength: number;
}

/**
 * The edit rule of a period mark, pure and with the journal's refusal names so that the screen says
 * the same thing: the teacher inside the window (notOwn, notYet, dayPassed); the deputy at any time
 * with a written reason (every deputy change corrects a teacher's decision); the director and the
 * administrator never (notAllowed).
 */
export function canSetPeriodMark(q: PeriodMarkEditQuery): EditDecision {
  if (q.role === 'deputy') {
    const given = (q.reason ?? '').trim();
    if (given.length < Math.max(1, q.reasonMinLength)) return { ok: false, reason: 'reasonRequired' };
    return { ok: true, correction: true };
  }
  if (q.role !== 'teacher') return { ok: false, reason: 'notAllowed' };
  if (!q.isOwn) return { ok: false, reason: 'notOwn' };
  if (q.today < q.window.opensOn) return { ok: false, reason: 'notYet' };
  if (q.today > q.window.closesOn) return { ok: false, reason: 'dayPassed' };
  return { ok: true, correction: false };
}
