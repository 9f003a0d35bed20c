import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classSubject, holiday, lesson, subject, timetableSlot } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { currentYear } from '../../src-main/school/academic-year';
import { expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';

/*
 * 7-В Тарых on Mondays (2nd lesson) and Thursdays (3rd), the first quarter 2025-09-01 – 2025-10-31, the
 * test clock on Monday 2025-10-06. Entered: Monday 29.09 (2nd lesson) and Thursday 02.10 with no
 * number. 11.09 is a holiday.
 */
describe('journal.page: the timetable’s planned lessons', () => {
  let t: TestApp;
  let f: Staffed;
  let cs: number;
  let quarter: number;

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    quarter = (
      t.db.sqlite.prepare(`select id from period where kind = 'quarter' and number = 1`).get() as { id: number }
    ).id;
    const cls = insertClass(t.db, year.id, { grade: 7, letter: 'В', language: 'ky' }).id;
    const sid = t.db.orm.insert(subject).values({ nameKy: 'Тарых', nameRu: 'История' }).returning().get().id;
    cs = t.db.orm
      .insert(classSubject)
      .values({ classId: cls, subjectId: sid, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
      .returning()
      .get().id;
    t.db.orm
      .insert(timetableSlot)
      .values([
        { classSubjectId: cs, weekday: 1, lessonNumber: 2, validFrom: year.startsOn },
        { classSubjectId: cs, weekday: 4, lessonNumber: 3, validFrom: year.startsOn },
      ])
      .run();
    t.db.orm
      .insert(holiday)
      .values({ yearId: year.id, title: 'Майрам', startsOn: '2025-09-11', endsOn: '2025-09-11' })
      .run();
    t.db.orm.insert(lesson).values({ classSubjectId: cs, date: '2025-09-29', lessonNumber: 2 }).run();
    t.db.orm.insert(lesson).values({ classSubjectId: cs, date: '2025-10-02' }).run();
  });
  afterAll(() => t.close());

  it('offers every timetable day without a lesson, up to a week ahead, skipping holidays', () => {
    const page = expectOk(t.call('journal.page', { classSubjectId: cs, periodId: quarter }, f.teacher.token));
    expect(page.plannedLessons.map((p) => `${p.date}#${p.lessonNumber}`)).toEqual([
      '2025-09-01#2',
      '2025-09-04#3',
      '2025-09-08#2',
      '2025-09-15#2',
      '2025-09-18#3',
      '2025-09-22#2',
      '2025-09-25#3',
      '2025-10-06#2',
      '2025-10-09#3',
      '2025-10-13#2',
    ]);
  });

  it('drops a planned day once its lesson is entered', () => {
    const saved = expectOk(
      t.call(
        'journal.lessonSave',
        { classSubjectId: cs, date: '2025-10-06', lessonNumber: 2, isSubstitution: false },
        f.teacher.token,
      ),
    );
    const page = expectOk(t.call('journal.page', { classSubjectId: cs, periodId: quarter }, f.teacher.token));
    expect(page.plannedLessons.some((p) => p.date === '2025-10-06')).toBe(false);
    expect(page.lessons.map((l) => l.lessonId)).toContain(saved.lessonId);
  });
});
