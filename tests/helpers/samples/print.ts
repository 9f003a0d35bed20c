import { insertAccount } from '../../../src-main/accounts/users-service';
import { enrol, insertPupil } from '../../../src-main/roster/pupils';
import { currentYear } from '../../../src-main/school/academic-year';
import { ownClass } from './imports';
import type { SampleContext, Samples } from './types';

/*
 * Printing: the director and the deputy print the school's movement book (it prints for any school,
 * even one without pupils); the teacher prints her own class's summary ledger, so her class gets a
 * pupil. A job to follow or cancel is one the caller started, with nothing in it. Access slips are
 * for an account made with the temporary password the sample knows. Whatever a sample adds, it adds
 * when its input is read (the getters), so that building the samples changes nothing.
 */

/** The teacher's class, with a pupil in it (added once). */
function classWithPupil({ t, f }: SampleContext): number {
  const own = ownClass(t.db, f);
  const year = currentYear(t.db);
  if (!year) throw new Error('The samples need a school with a current year');
  const pupils = t.db.sqlite.prepare('select count(*) from enrollment where class_id = ?').pluck().get(own.id);
  if (pupils === 0) {
    const fields = { surname: 'Басмаев', name: 'Нурлан', patronymic: null, birthDate: '2014-03-01', sex: 'm' as const };
    const pupil = insertPupil(t.db, { ...fields, pin: null, address: null });
    enrol(t.db, pupil.id, { classId: own.id, fromDate: year.startsOn });
  }
  return own.id;
}

export const printSamples: Samples = (ctx) => {
  const { t, f, caller } = ctx;
  const ownJob = () => {
    if (!t.app.prints) throw new Error('The test app has no print jobs');
    return t.app.prints.start([], f[caller].user.userId, 'sample', t.clock.now()).jobId;
  };
  return {
    'print.start':
      caller === 'teacher'
        ? {
            kind: 'summary-ledger',
            period: 'year',
            language: 'ky',
            get classId() {
              return classWithPupil(ctx);
            },
          }
        : { kind: 'movement', period: 'year', language: 'ky' },
    'print.archive': { language: 'ru' },
    'print.job': {
      get jobId() {
        return ownJob();
      },
    },
    'print.cancel': {
      get jobId() {
        return ownJob();
      },
    },
    'print.verify': { code: '0000-0000' },
    'print.credentials': {
      language: 'ky',
      get issued() {
        const temporaryPassword = 'kmrt-4827';
        const person = { surname: 'Жаңыбаев', name: 'Тилек', patronymic: undefined, position: undefined };
        const login = `slip.${caller}.${t.db.sqlite.prepare('select count(*) from user').pluck().get() as number}`;
        const account = insertAccount(
          t.db,
          { ...person, role: 'teacher', login },
          temporaryPassword,
          true,
          t.clock.now(),
        );
        return [{ userId: account.userId, temporaryPassword }];
      },
    },
  };
};
