import { ApiError } from '../../api/api-error';
import type { CompletionReport } from '../../api/contract/control-completion';
import { yearOrCurrent } from '../../calendar/year-guard';
import type { Database } from '../../db/connection';

export type CompletionPeriod = CompletionReport['period'] & { yearId: number; yearStartsOn: string };

const refuse = (code: 'NOT_FOUND' | 'INVALID_INPUT', path: string, message: string) =>
  new ApiError(code, undefined, [{ path, message }]);

/** The period a report covers: a `period` row, or the whole year (the one asked for, or the current one). */
export function completionPeriod(db: Database, q: { periodId?: number | undefined; yearId?: number | undefined }) {
  if (q.periodId !== undefined) {
    const p = db.sqlite
      .prepare(
        `select p.id, p.year_id as yearId, p.kind, p.number, p.starts_on as startsOn, p.ends_on as endsOn,
                y.starts_on as yearStartsOn
           from period p join academic_year y on y.id = p.year_id where p.id = ?`,
      )
      .get(q.periodId) as
      | {
          id: number;
          yearId: number;
          kind: CompletionPeriod['kind'];
          number: number;
          startsOn: string;
          endsOn: string;
          yearStartsOn: string;
        }
      | undefined;
    if (!p) throw refuse('NOT_FOUND', 'periodId', 'validation.plan.periodNotFound');
    const { id, ...rest } = p;
    return { periodId: id, ...rest } satisfies CompletionPeriod;
  }
  const year = yearOrCurrent(db, q.yearId);
  return {
    periodId: null,
    yearId: year.id,
    kind: 'year',
    number: 0,
    startsOn: year.startsOn,
    endsOn: year.endsOn,
    yearStartsOn: year.startsOn,
  } satisfies CompletionPeriod;
}

/** A class asked for must be of the period's year. */
export function checkClass(db: Database, classId: number | undefined, yearId: number): void {
  if (classId === undefined) return;
  const cls = db.sqlite.prepare('select year_id as yearId from class where id = ?').get(classId) as
    { yearId: number } | undefined;
  if (!cls) throw refuse('NOT_FOUND', 'classId', 'validation.plan.classNotFound');
  if (cls.yearId !== yearId) throw refuse('INVALID_INPUT', 'classId', 'validation.plan.classOtherYear');
}
