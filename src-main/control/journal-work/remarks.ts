import type { RemarkCounts } from '../../api/contract/control-usage';
import type { Database } from '../../db/connection';
import { instantRange } from '../usage/days';

interface RemarkFact {
  id: number;
  createdAt: string;
  dueOn: string;
  fixedAt: string | null;
  /** The class subject's teacher and its subgroups' teachers, JSON. */
  teachers: string;
}

export const noRemarks = (): RemarkCounts => ({ received: 0, fixed: 0, open: 0, overdue: 0 });

/**
 * The deputy's remarks on a year's class subjects, counted for a month as of a day: made in the
 * month, fixed in it, open at the day, and open past their due day. A remark on a class subject is
 * the concern of its teacher and of its subgroups' teachers; the school's total counts it once.
 */
export function remarkCounts(
  db: Database,
  yearId: number,
  range: { from: string; asOf: string },
): { byTeacher: Map<number, RemarkCounts>; total: RemarkCounts } {
  const { since, before } = instantRange(range.from, range.asOf);
  const rows = db.sqlite
    .prepare(
      `select r.id, r.created_at as createdAt, r.due_on as dueOn, r.fixed_at as fixedAt,
              (select json_group_array(distinct t) from (
                 select cs.teacher_id as t union select sg.teacher_id from subgroup sg where sg.class_subject_id = cs.id
               ) where t is not null) as teachers
         from remark r join class_subject cs on cs.id = r.class_subject_id join class c on c.id = cs.class_id
        where c.year_id = ? and r.created_at < ?`,
    )
    .all(yearId, before) as RemarkFact[];
  const byTeacher = new Map<number, RemarkCounts>();
  const total = noRemarks();
  for (const r of rows) {
    const open = r.fixedAt === null || r.fixedAt >= before;
    const counts: RemarkCounts = {
      received: r.createdAt >= since ? 1 : 0,
      fixed: r.fixedAt !== null && r.fixedAt >= since && r.fixedAt < before ? 1 : 0,
      open: open ? 1 : 0,
      overdue: open && r.dueOn < range.asOf ? 1 : 0,
    };
    const add = (into: RemarkCounts) => {
      into.received += counts.received;
      into.fixed += counts.fixed;
      into.open += counts.open;
      into.overdue += counts.overdue;
    };
    add(total);
    for (const staffId of JSON.parse(r.teachers) as number[]) {
      let mine = byTeacher.get(staffId);
      if (!mine) byTeacher.set(staffId, (mine = noRemarks()));
      add(mine);
    }
  }
  return { byTeacher, total };
}
