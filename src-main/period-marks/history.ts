import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { PeriodMarkHistoryEntry } from '../api/contract/period-marks';
import { assertCanRead } from '../journal/read-access';
import { periodMarkAuditId, type PeriodMarkKey } from './write';

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/**
 * The audit entries of one period mark, oldest first: who set it, who changed it and why. The key
 * names exactly one mark (periodMarkAuditId), so an equality match finds them and no other pupil's.
 */
export function periodMarkHistory(ctx: CallContext, input: PeriodMarkKey): PeriodMarkHistoryEntry[] {
  const db = ctx.app.db.sqlite;
  if (!db.prepare('select 1 from class_subject where id = ?').get(input.classSubjectId)) {
    throw new ApiError('NOT_FOUND', undefined, [
      { path: 'classSubjectId', message: 'validation.periodMarks.classSubjectNotFound' },
    ]);
  }
  assertCanRead(ctx, input.classSubjectId, { studentId: input.studentId });
  const rows = db
    .prepare(
      `select id as auditId, at, actor, action, before, after, reason from audit_entry
        where entity = 'periodMark' and entity_id = ? order by id`,
    )
    .all(periodMarkAuditId(input)) as (Omit<PeriodMarkHistoryEntry, 'before' | 'after'> & {
    before: string | null;
    after: string | null;
  })[];
  return rows.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after) }));
}
