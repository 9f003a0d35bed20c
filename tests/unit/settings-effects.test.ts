import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditPolicySettings } from '../../src-main/api/contract/settings';
import { classSubject, lesson, mark, subject, type MarkKind } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import { expectError, expectOk, openTestApp, signIn, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { planSchool } from '../helpers/samples/plan';

/*
 * What a saved setting does to the journal: each part saved through settings.journalSave must change
 * the behaviour of the calls that read it (the journal's edit rule, the period-mark proposal, the
 * plan's hours check), and a reset must bring the regulations' behaviour back.
 */

let t: TestApp;
let f: Staffed;

beforeEach(() => {
  t = openTestApp();
  f = staffSchool(t);
});
afterEach(() => t.close());

/** 7-А with one pupil and algebra (2 hours a week) taught by the sample teacher. */
function algebra7a(): { classSubjectId: number; pupil: number } {
  const year = currentYear(t.db);
  if (!year) throw new Error('no year');
  const classId = insertClass(t.db, year.id, { grade: 7, letter: 'А', language: 'ky' }).id;
  const subjectId = t.db.orm.insert(subject).values({ nameKy: 'Алгебра', nameRu: 'Алгебра' }).returning().get().id;
  const classSubjectId = t.db.orm
    .insert(classSubject)
    .values({ classId, subjectId, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
    .returning()
    .get().id;
  const pupil = insertPupil(t.db, {
    surname: 'Асанов',
    name: 'Окуучу',
    patronymic: null,
    birthDate: null,
    sex: null,
    pin: null,
    address: null,
  }).id;
  enrol(t.db, pupil, { classId, fromDate: year.startsOn });
  return { classSubjectId, pupil };
}

const policy: EditPolicySettings = {
  dayEndsAt: '18:00',
  homeworkEndsAt: '18:00',
  writtenMarkDays: 10,
  writtenMarkKinds: ['write', 'control'],
  excuseDays: 7,
  reasonMinLength: 5,
};

describe('the edit policy', () => {
  it('closes the teacher’s lesson day at the saved hour, and at 23:59 again after a reset', () => {
    const { classSubjectId, pupil } = algebra7a();
    // The clock starts at 14:00 in Bishkek on Monday 2025-10-06: the teacher enters the lesson.
    const { lessonId } = expectOk(
      t.call('journal.lessonSave', { classSubjectId, date: '2025-10-06', topic: 'Теңдемелер' }, f.teacher.token),
    );
    // 19:00 in Bishkek (13:00 UTC), the same day; sessions have idled out, so sign in again.
    t.clock.advance(5 * 3_600_000);
    const teacher = signIn(t, f.teacher.login, f.teacher.password);
    const deputy = signIn(t, f.deputy.login, f.deputy.password);
    const setMark = (value: string, kind: MarkKind = 'general') =>
      t.call('journal.markSet', { lessonId, studentId: pupil, value, kind }, teacher);

    expectOk(setMark('4'));
    expectOk(t.call('settings.journalSave', { editPolicy: policy }, deputy));
    const refused = expectError(setMark('5'), 'FORBIDDEN');
    expect(refused.params).toEqual({ rule: 'journal.dayPassed' });
    // Written work keeps its 10 days under the saved policy.
    expectOk(setMark('3', 'control'));

    expectOk(t.call('settings.journalReset', { part: 'editPolicy' }, deputy));
    expect(expectOk(setMark('5')).value).toBe('5');
  });
});

describe('the period-mark rules', () => {
  it('changes the proposal by the saved weights, rounding and minimum', () => {
    const { classSubjectId, pupil } = algebra7a();
    const give = (date: string, value: number, kind: MarkKind) => {
      const lessonId = t.db.orm.insert(lesson).values({ classSubjectId, date }).returning().get().id;
      t.db.orm
        .insert(mark)
        .values({ lessonId, studentId: pupil, value: String(value), numeric: value, kind })
        .run();
    };
    give('2025-09-08', 5, 'general');
    give('2025-09-15', 4, 'control');
    const row = () => {
      const sheet = t.call('periodMarks.sheet', { classSubjectId, kind: 'quarter', number: 1 }, f.deputy.token);
      return expectOk(sheet).pupils.find((r) => r.studentId === pupil);
    };
    const base = expectOk(t.call('settings.journal', undefined, f.deputy.token)).defaults.periodMarkRules;
    const save = (rules: object) =>
      expectOk(t.call('settings.journalSave', { periodMarkRules: { ...base, ...rules } }, f.deputy.token));

    // The regulations: (5 + 4) / 2 = 4.50 → 5; 2 marks of the 3 a 2-hour subject needs.
    expect(row()).toMatchObject({
      proposal: { average: 4.5, value: '5' },
      minimum: 3,
      warnings: [{ code: 'fewMarks', params: { count: 2, minimum: 3 } }],
    });
    // Control work counts twice: (5 + 2 × 4) / 3 = 13 / 3 = 4.33 → 4.
    save({ weights: { ...base.weights, control: 2 } });
    expect(row()?.proposal).toEqual({ average: 4.33, value: '4' });
    // Plain mean again, rounded up only from .6: 4.50 → 4; and 2 marks are now enough.
    save({ rounding: { kind: 'threshold', fraction: 0.6 }, minMarks: { upToTwoHours: 2, perExtraHour: 1 } });
    expect(row()).toMatchObject({ proposal: { average: 4.5, value: '4' }, minimum: 2, warnings: [] });

    expectOk(t.call('settings.journalReset', { part: 'periodMarkRules' }, f.deputy.token));
    expect(row()).toMatchObject({ proposal: { average: 4.5, value: '5' }, minimum: 3 });
  });
});

describe('the study weeks', () => {
  it('makes the hours check expect hours a week × the saved weeks', () => {
    const s = planSchool(t, f);
    const hours = (classSubjectId: number) => expectOk(t.call('plan.get', { classSubjectId }, f.teacher.token)).hours;
    expect(hours(s.math5a)).toMatchObject({ weeks: 34, expected: 68 });
    expect(hours(s.math1a)).toMatchObject({ weeks: 33, expected: 66 });

    expectOk(
      t.call('settings.journalSave', { studyWeeks: { default: 35, byGrade: { '1': 32 } } }, f.administrator.token),
    );
    // 2 hours a week × 35 = 70 in grade 5 (and 6); 2 × 32 = 64 in grade 1.
    expect(hours(s.math5a)).toEqual({ planned: 0, hoursPerWeek: 2, weeks: 35, expected: 70, difference: -70 });
    expect(hours(s.math6a)).toMatchObject({ weeks: 35, expected: 70 });
    expect(hours(s.math1a)).toMatchObject({ weeks: 32, expected: 64 });
    // History in 5-Б, 1 hour a week: 1 × 35.
    expect(hours(s.history5b)).toMatchObject({ hoursPerWeek: 1, expected: 35 });

    expectOk(t.call('settings.journalReset', { part: 'studyWeeks' }, f.administrator.token));
    expect(hours(s.math5a)).toMatchObject({ weeks: 34, expected: 68 });
    expect(hours(s.math1a)).toMatchObject({ weeks: 33, expected: 66 });
  });
});
