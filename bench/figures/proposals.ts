/**
 * Proposals of the fourth quarter's marks for the whole school: `periodMarks.sheet` (each pupil's
 * proposal from the quarter's marks, with the rules' minimum and weights) for every class subject
 * through the router, as the deputy; against one grouped SQL statement computing every pupil's
 * mean for the quarter in every class subject.
 */
import type { Figure } from '../figure';
import { signedIn } from '../session';
import { median, sample } from '../stats';

export const proposals: Figure = {
  id: 'proposals',
  measure({ db, runs, now }) {
    const deputy = signedIn(db, 'deputy', () => now);
    const quarter = db.sqlite
      .prepare(`select starts_on as startsOn, ends_on as endsOn from period where kind = 'quarter' and number = 4`)
      .get() as { startsOn: string; endsOn: string };
    const loads = db.sqlite.prepare('select id from class_subject order by id').pluck().all() as number[];
    const reference = db.sqlite.prepare(
      `select l.class_subject_id, m.student_id, avg(m.numeric), count(*) from mark m join lesson l on l.id = m.lesson_id
        where l.date between ? and ? group by l.class_subject_id, m.student_id`,
    );
    const repeat = Math.max(1, Math.min(5, Math.ceil(runs / 20)));
    const school = sample(
      repeat,
      () => {
        for (const classSubjectId of loads)
          deputy.call('periodMarks.sheet', { classSubjectId, kind: 'quarter', number: 4 });
      },
      1,
    );
    const sql = sample(repeat, () => reference.all(quarter.startsOn, quarter.endsOn), 1);
    return [
      {
        name: `period-mark proposals, whole school (${loads.length} class subjects)`,
        value: median(school),
        unit: 'ms',
        reference: median(sql),
        referenceIs: "one grouped SQL statement: every pupil's quarter mean",
      },
    ];
  },
};
