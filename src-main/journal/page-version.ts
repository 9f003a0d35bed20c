import type { CallContext } from '../api/context';
import { assertCanRead } from './read-access';

export interface PageVersionInput {
  classSubjectId: number;
  subgroupId?: number;
  periodId: number;
}

/**
 * A short token that changes whenever anything on a journal page changes: its lessons, marks, absences
 * or the class subject's period marks. Every such write leaves an audit entry (keyed lesson by lesson,
 * see marks.ts and period-marks/write.ts), so the newest of those entries' ids is the page's version:
 * exact, whatever the clock says. A screen polls it and reads the page again only when it differs, so
 * a teacher sees what a colleague entered without reading the whole page every few seconds.
 */
export function journalPageVersion(ctx: CallContext, input: PageVersionInput): string {
  assertCanRead(ctx, input.classSubjectId, { subgroupId: input.subgroupId ?? null });
  const row = ctx.app.db.sqlite
    .prepare(
      `with p as (select starts_on, ends_on from period where id = @periodId),
            l as (select cast(id as text) as k from lesson
                   where class_subject_id = @classSubjectId
                     and date between (select starts_on from p) and (select ends_on from p))
       select max(x) as version from (
         select max(a.id) as x from l join audit_entry a on a.entity = 'lesson' and a.entity_id = l.k
         union all
         select max(a.id) from l join audit_entry a
             on a.entity in ('mark', 'attendance') and a.entity_id >= l.k || ':' and a.entity_id < l.k || ';'
         union all
         select max(a.id) from audit_entry a
          where a.entity = 'periodMark' and a.entity_id >= @classSubjectId || ':' and a.entity_id < @classSubjectId || ';'
       )`,
    )
    .get({ periodId: input.periodId, classSubjectId: input.classSubjectId }) as { version: number | null };
  return String(row.version ?? 0);
}
