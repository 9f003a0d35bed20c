import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classSubject, lesson, mark, subject } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import { expectError, expectOk, openTestApp, snapshot, staffSchool, type Staffed, type TestApp } from '../helpers/app';

/**
 * A closed year is the archive: no lesson, mark or absence changes any more, not even the deputy's with
 * a reason, and the refusal changes nothing in the file. Reading goes on.
 */
describe('the journal of a closed year', () => {
  let t: TestApp;
  let f: Staffed;
  let cs: number;
  let pupil: number;
  let lessonId: number;
  let markId: number;

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    const cls = insertClass(t.db, year.id, { grade: 8, letter: 'А', language: 'ru' }).id;
    const sid = t.db.orm.insert(subject).values({ nameKy: 'Химия', nameRu: 'Химия' }).returning().get().id;
    cs = t.db.orm
      .insert(classSubject)
      .values({ classId: cls, subjectId: sid, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
      .returning()
      .get().id;
    pupil = insertPupil(t.db, {
      surname: 'Асанов',
      name: 'Бекзат',
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    }).id;
    enrol(t.db, pupil, { classId: cls, fromDate: year.startsOn });
    lessonId = t.db.orm.insert(lesson).values({ classSubjectId: cs, date: '2025-10-06' }).returning().get().id;
    markId = t.db.orm.insert(mark).values({ lessonId, studentId: pupil, value: '4', numeric: 4 }).returning().get().id;
    t.db.sqlite.prepare(`update academic_year set state = 'closed', closed_at = '2026-06-30'`).run();
  });
  afterAll(() => t.close());

  it('refuses the teacher on the lesson day and the deputy with a reason, changing nothing', () => {
    const before = snapshot(t.db);
    const reason = 'Ата-эненин арызы боюнча';
    const tries = [
      t.call('journal.markSet', { lessonId, studentId: pupil, value: '5', kind: 'general' }, f.teacher.token),
      t.call('journal.markSet', { lessonId, studentId: pupil, value: '5', kind: 'general', reason }, f.deputy.token),
      t.call('journal.markClear', { markId, reason }, f.deputy.token),
      t.call(
        'journal.attendanceSet',
        { lessonId, studentId: pupil, status: 'absent', reasonKind: 'ill', correctionReason: reason },
        f.deputy.token,
      ),
      t.call(
        'journal.lessonSave',
        { lessonId, classSubjectId: cs, date: '2025-10-06', topic: 'Кислоталар', isSubstitution: false, reason },
        f.deputy.token,
      ),
      t.call(
        'journal.lessonSave',
        { classSubjectId: cs, date: '2025-10-06', lessonNumber: 2, isSubstitution: false },
        f.teacher.token,
      ),
    ];
    for (const result of tries) expectError(result, 'YEAR_CLOSED');
    expect(snapshot(t.db)).toBe(before);
  });

  it('still shows the page', () => {
    const quarter = t.db.sqlite.prepare(`select id from period where kind = 'quarter' and number = 1`).get() as {
      id: number;
    };
    const page = expectOk(t.call('journal.page', { classSubjectId: cs, periodId: quarter.id }, f.director.token));
    expect(page.marks.map((m) => m.value)).toEqual(['4']);
  });
});
