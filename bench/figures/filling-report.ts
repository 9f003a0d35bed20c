/**
 * The deputy's filling control of the whole school for the fourth quarter (`control.filling`: lessons
 * not entered, without topic or homework, late entries from the audit trail, pupils with no or one
 * mark, the last entry) through the router, against one grouped SQL statement counting the quarter's
 * lessons and marks per class subject. The target: under a second at the server.
 */
import type { Figure } from '../figure';
import { signedIn } from '../session';
import { median, sample } from '../stats';

export const fillingReport: Figure = {
  id: 'filling-report',
  measure({ db, runs, now }) {
    const deputy = signedIn(db, 'deputy', () => now);
    const quarter = db.sqlite
      .prepare(`select starts_on as startsOn, ends_on as endsOn from period where kind = 'quarter' and number = 4`)
      .get() as { startsOn: string; endsOn: string };
    const reference = db.sqlite.prepare(
      `select l.class_subject_id, count(distinct l.id), count(m.id), max(l.date) from lesson l
         left join mark m on m.lesson_id = l.id
        where l.date between ? and ? group by l.class_subject_id`,
    );
    const repeat = Math.max(1, Math.min(5, Math.ceil(runs / 20)));
    const range = { from: quarter.startsOn, to: quarter.endsOn };
    const report = sample(repeat, () => deputy.call('control.filling', range), 1);
    const sql = sample(repeat, () => reference.all(range.from, range.to), 1);
    return [
      {
        name: 'filling-control report, whole school, 4th quarter',
        value: median(report),
        unit: 'ms',
        reference: median(sql),
        referenceIs: "one grouped SQL statement: each class subject's lessons and marks",
        targets: [{ on: 'value', atMost: 1000 }],
      },
    ];
  },
};
