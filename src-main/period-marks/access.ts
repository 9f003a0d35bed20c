import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { PeriodMarkEditState } from '../api/contract/period-marks';
import { schoolDay } from '../calendar/school-day';
import { readEditPolicy } from '../journal/edit-policy';
import { assertYearOpen, callerStaffId, refusalError } from '../journal/lesson-access';
import { readPeriodMarkRules } from './rules';
import { ownsPupil, taughtSubgroups, type PeriodMarkScope } from './scope';
import { canSetPeriodMark, markWindow } from './window';

/**
 * Applies the period-mark edit rule to one pupil's mark: a closed year first (it is the archive's),
 * then the rule. A subgroup's teacher asking for a pupil outside their subgroup is told so rather than
 * "not yours", since the class subject is partly theirs. Returns the reason to record.
 */
export function assertCanSetFor(
  ctx: CallContext,
  scope: PeriodMarkScope,
  studentId: number,
  reason: string | undefined,
): string | null {
  assertYearOpen(scope);
  const db = ctx.app.db;
  const role = signedInUser(ctx).role;
  const staffId = callerStaffId(ctx);
  const isOwn = ownsPupil(db, scope, staffId, studentId);
  if (role === 'teacher' && !isOwn && taughtSubgroups(db, scope.classSubjectId, staffId).length > 0) {
    throw new ApiError('INVALID_INPUT', undefined, [
      { path: 'studentId', message: 'validation.periodMarks.notInSubgroup' },
    ]);
  }
  const decision = canSetPeriodMark({
    role,
    isOwn,
    window: markWindow(scope.kind, scope.period.endsOn, readPeriodMarkRules(db)),
    today: schoolDay(ctx.now),
    reason,
    reasonMinLength: readEditPolicy(db).reasonMinLength,
  });
  if (!decision.ok) throw refusalError(decision.reason);
  return reason?.trim() || null;
}

/**
 * Whether the caller may set marks on a sheet now, and if not why, for the screen to say before
 * anyone types. The sheet's own: the class subject's teacher, or the teacher of the subgroup shown.
 */
export function editStateFor(ctx: CallContext, scope: PeriodMarkScope, subgroupId: number | null): PeriodMarkEditState {
  const db = ctx.app.db;
  const role = signedInUser(ctx).role;
  const reasonMinLength = readEditPolicy(db).reasonMinLength;
  const window = markWindow(scope.kind, scope.period.endsOn, readPeriodMarkRules(db));
  const base = { reasonRequired: role === 'deputy', reasonMinLength, ...window };
  if (scope.yearClosed) return { ...base, allowed: false, refusal: 'yearClosed' };
  if (scope.scale === 'none') return { ...base, allowed: false, refusal: 'noMarks' };
  // The deputy's reason is asked for with each change; here only whether they may change at all.
  if (role === 'deputy') return { ...base, allowed: true, refusal: null };
  const staffId = callerStaffId(ctx);
  const isOwn =
    staffId !== null &&
    (scope.teacherId === staffId ||
      (subgroupId !== null && taughtSubgroups(db, scope.classSubjectId, staffId).includes(subgroupId)));
  const decision = canSetPeriodMark({ role, isOwn, window, today: schoolDay(ctx.now), reasonMinLength });
  if (decision.ok) return { ...base, allowed: true, refusal: null };
  // Only the deputy is ever asked for a reason, and the deputy was answered above.
  return { ...base, allowed: false, refusal: decision.reason === 'reasonRequired' ? 'notAllowed' : decision.reason };
}
