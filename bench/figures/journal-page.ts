/**
 * The journal page of one class subject (see bench/target.ts), for the last
 * quarter and for the year, through the router as the screen asks for it; against the same rows read
 * by one hand-written prepared statement (pupils, lessons, marks, absences and period marks).
 */
import { pageTarget } from '../target';
import type { Figure, Measured } from '../figure';
import { signedIn } from '../session';
import { percentile, sample } from '../stats';

const sameRows = `
  select 'p', st.id, st.surname, st.name, e.from_date, e.to_date, null, null, null, null
    from enrollment e join student st on st.id = e.student_id join class_subject cs on cs.class_id = e.class_id
   where cs.id = @cs and e.from_date <= @endsOn and (e.to_date is null or e.to_date >= @startsOn)
  union all
  select 'l', l.id, l.date, l.lesson_number, l.topic, l.class_work, l.homework, l.plan_topic_id, l.taught_by, l.is_substitution
    from lesson l where l.class_subject_id = @cs and l.date between @startsOn and @endsOn and l.subgroup_id is null
  union all
  select 'm', m.id, m.lesson_id, m.student_id, m.kind, m.value, m.numeric, m.comment, null, null
    from mark m join lesson l on l.id = m.lesson_id
   where l.class_subject_id = @cs and l.date between @startsOn and @endsOn and l.subgroup_id is null
  union all
  select 'a', a.lesson_id, a.student_id, a.status, a.reason_kind, a.reason, a.late_minutes, null, null, null
    from attendance a join lesson l on l.id = a.lesson_id
   where l.class_subject_id = @cs and l.date between @startsOn and @endsOn and l.subgroup_id is null
  union all
  select 'k', student_id, value, proposed_value, proposed_average, null, null, null, null, null
    from period_mark where class_subject_id = @cs and kind = @kind and number = @number`;

export const journalPage: Figure = {
  id: 'journal-page',
  measure({ db, runs, now }) {
    const target = pageTarget(db);
    const deputy = signedIn(db, 'deputy', () => now);
    const statement = db.sqlite.prepare(sameRows);
    const periods = db.sqlite
      .prepare(
        `select id, kind, number, starts_on as startsOn, ends_on as endsOn from period
          where (kind = 'quarter' and number = 4) or kind = 'year' order by kind`,
      )
      .all() as { id: number; kind: string; number: number; startsOn: string; endsOn: string }[];
    const out: Measured[] = [];
    for (const p of periods) {
      const label = p.kind === 'year' ? 'year' : 'quarter';
      const input = { classSubjectId: target.classSubjectId, periodId: p.id };
      const page = sample(runs, () => deputy.call('journal.page', input));
      const params = {
        cs: target.classSubjectId,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        kind: p.kind,
        number: p.number,
      };
      const sql = sample(runs, () => statement.all(params));
      for (const q of [50, 95]) {
        const row: Measured = {
          name: `journal page, ${label}, p${q}`,
          value: percentile(page, q),
          unit: 'ms',
          reference: percentile(sql, q),
          referenceIs: 'one prepared SQL statement reading the same rows',
        };
        if (label === 'year')
          row.targets = [{ on: 'ratio', atMost: 3 }, ...(q === 95 ? [{ on: 'value' as const, atMost: 20 }] : [])];
        out.push(row);
      }
    }
    return out;
  },
};
