import { eq } from 'drizzle-orm';
import { transaction, type Database } from '../db/connection';
import { academicYear } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { FieldIssue } from '../api/contract/errors';
import type { ClosedYear } from '../api/contract/year-end';
import { schoolDay } from '../calendar/school-day';
import { writableYear } from '../calendar/year-guard';
import { readEditPolicy } from '../journal/edit-policy';
import { missingMarks } from './missing-marks';
import { auditingNow, backupFirst } from './risky-call';

export interface CloseInput {
  yearId: number;
  /** The number of missing marks the deputy saw and accepts; must match the check's now. */
  confirmMissing?: number | undefined;
  reason?: string | undefined;
}

/**
 * Closes a year for good: from then on every service refuses to write its marks, lessons, lists and
 * structure (YEAR_CLOSED), while reading and printing go on. Refused before the year's last day (a
 * year closed in October by mistake cannot be reopened), and, while marks are missing, unless the
 * deputy confirms how many and writes why (the reason goes to the audit with the count).
 *
 * The lines of the movement book still open end on the year's last day, as the movement book reads
 * "the year ended" (no destination): the class lists of the year stay exactly as they were, and no
 * pupil is left on a list of a year nobody can write to any more.
 */
/** Ends the year's lines still open on its last day; returns their ids. */
export function endOpenLines(db: Database, yearId: number, endsOn: string): number[] {
  const rows = db.sqlite
    .prepare(
      `update enrollment set to_date = ?
        where to_date is null and from_date <= ? and class_id in (select id from class where year_id = ?)
        returning id`,
    )
    .all(endsOn, endsOn, yearId) as { id: number }[];
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

export function closeYear(ctx: CallContext, input: CloseInput): ClosedYear {
  const db = ctx.app.db;
  const year = writableYear(db, input.yearId);
  if (schoolDay(ctx.now) < year.endsOn) {
    throw new ApiError('INVALID_INPUT', undefined, [
      { path: 'yearId', message: 'validation.yearEnd.notEnded', params: { endsOn: year.endsOn } },
    ]);
  }
  const { missingCount } = missingMarks(db, year.id, year.endsOn);
  const reason = input.reason?.trim() ?? '';
  if (missingCount > 0) {
    const issues: FieldIssue[] = [];
    if (input.confirmMissing !== missingCount) {
      issues.push({
        path: 'confirmMissing',
        message: 'validation.yearEnd.confirmMissing',
        params: { count: missingCount },
      });
    }
    const minimum = Math.max(1, readEditPolicy(db).reasonMinLength);
    if (reason.length < minimum) {
      issues.push({ path: 'reason', message: 'validation.yearEnd.reasonRequired', params: { minimum } });
    }
    if (issues.length) throw new ApiError('INVALID_INPUT', undefined, issues);
  }

  backupFirst(ctx, 'closeYear');
  const audited = auditingNow(ctx, 'yearEnd.close');
  return transaction(db, () => {
    const ended = endOpenLines(db, year.id, year.endsOn);
    const closedAt = ctx.now.toISOString();
    db.orm.update(academicYear).set({ state: 'closed', closedAt }).where(eq(academicYear.id, year.id)).run();
    audited.audit({
      entity: 'academic_year',
      entityId: year.id,
      before: { state: year.state, closedAt: year.closedAt },
      after: { state: 'closed', closedAt, missingCount, endedLines: ended },
      reason: reason || null,
    });
    return { yearId: year.id, title: year.title, closedAt, endedLines: ended.length, missingCount };
  });
}
