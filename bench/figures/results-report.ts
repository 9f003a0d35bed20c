/**
 * The deputy's results of the fourth quarter for the whole school (`control.results`: success,
 * quality, СОУ and the average by class, parallel, subject, teacher and school, with the lists and
 * the change since the third quarter) through the router, against one grouped SQL statement counting
 * the quarter's period marks by class and value. The target: under a second at the server.
 */
import type { Figure } from '../figure';
import { signedIn } from '../session';
import { median, sample } from '../stats';

export const resultsReport: Figure = {
  id: 'results-report',
  measure({ db, runs, now }) {
    const deputy = signedIn(db, 'deputy', () => now);
    const reference = db.sqlite.prepare(
      `select cs.class_id, pm.value, count(*) from period_mark pm join class_subject cs on cs.id = pm.class_subject_id
        where pm.kind = 'quarter' and pm.number = 4 group by cs.class_id, pm.value`,
    );
    const repeat = Math.max(1, Math.min(5, Math.ceil(runs / 20)));
    const report = sample(repeat, () => deputy.call('control.results', { period: 'q4' }), 1);
    const sql = sample(repeat, () => reference.all(), 1);
    return [
      {
        name: 'results report, whole school, 4th quarter',
        value: median(report),
        unit: 'ms',
        reference: median(sql),
        referenceIs: 'one grouped SQL statement: the period marks by class and value',
        targets: [{ on: 'value', atMost: 1000 }],
      },
    ];
  },
};
