import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAccount,
  auditEntries,
  expectError,
  expectOk,
  knownPassword,
  openTestApp,
  signIn,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';
import { oneLesson } from '../helpers/one-lesson';

/*
 * Two people, one cell. 7-А's algebra, taught by the sample teacher, who has the page open on the
 * office PC and on a classroom PC at once (two sessions of one account); the deputy corrects with a
 * reason; a teacher of another subject may not read the page. The test clock is Monday 2025-10-06.
 */
describe('a write to a cell that changed since the screen showed it', () => {
  let t: TestApp;
  let f: Staffed;
  let otherTeacher: string;
  let classSubjectId: number;
  let quarterId: number;
  let lessonId: number;
  let pupil: number;
  let secondDesk: string;

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    addAccount(t, 'teacher', { login: 'teacher2', surname: 'Жумабаев', name: 'Талант' });
    otherTeacher = signIn(t, 'teacher2', knownPassword);
    secondDesk = signIn(t, f.teacher.login, f.teacher.password);
    ({ classSubjectId, quarterId, lessonId, pupil } = oneLesson(t, f));
  });
  afterAll(() => t.close());

  const markNow = () =>
    t.db.sqlite.prepare('select value from mark where lesson_id = ? and student_id = ?').get(lessonId, pupil) as
      { value: string } | undefined;
  const version = (token: string) =>
    expectOk(t.call('journal.pageVersion', { classSubjectId, periodId: quarterId }, token));

  it('refuses a mark typed over a cell another desk filled, with what the cell holds, and changes nothing', () => {
    const seen = version(f.teacher.token);
    expectOk(t.call('journal.markSet', { lessonId, studentId: pupil, value: '4', expected: null }, secondDesk));
    expect(version(f.teacher.token)).not.toBe(seen);
    const audited = auditEntries(t.db).length;

    const refused = expectError(
      t.call('journal.markSet', { lessonId, studentId: pupil, value: '5', expected: null }, f.teacher.token),
      'STALE_WRITE',
    );
    expect(refused.params).toEqual({ current: '4' });
    expect(markNow()?.value).toBe('4');
    expect(auditEntries(t.db)).toHaveLength(audited);

    // Having seen the 4, the teacher may change it.
    expectOk(t.call('journal.markSet', { lessonId, studentId: pupil, value: '5', expected: '4' }, f.teacher.token));
    expect(markNow()?.value).toBe('5');
  });

  it('refuses clearing a mark that was changed or already cleared', () => {
    const markId = (
      t.db.sqlite.prepare('select id from mark where lesson_id = ? and student_id = ?').get(lessonId, pupil) as {
        id: number;
      }
    ).id;
    const changed = expectError(t.call('journal.markClear', { markId, expected: '4' }, f.teacher.token), 'STALE_WRITE');
    expect(changed.params).toEqual({ current: '5' });
    expect(markNow()?.value).toBe('5');

    expectOk(t.call('journal.markClear', { markId, expected: '5' }, secondDesk));
    const gone = expectError(t.call('journal.markClear', { markId, expected: '5' }, f.teacher.token), 'STALE_WRITE');
    expect(gone.params).toEqual({ current: '—' });
    // Without `expected` (the command line, an older screen) a missing mark is simply not found.
    expectError(t.call('journal.markClear', { markId }, f.teacher.token), 'NOT_FOUND');
  });

  it('refuses an absence over an entry that changed, and a mark written without `expected` is not checked', () => {
    expectOk(
      t.call('journal.attendanceSet', { lessonId, studentId: pupil, status: 'late', lateMinutes: 5 }, secondDesk),
    );
    const refused = expectError(
      t.call(
        'journal.attendanceSet',
        { lessonId, studentId: pupil, status: 'absent', expectedStatus: null },
        f.teacher.token,
      ),
      'STALE_WRITE',
    );
    expect(refused.params).toEqual({ current: 'оп' });
    const status = () =>
      (
        t.db.sqlite
          .prepare('select status from attendance where lesson_id = ? and student_id = ?')
          .get(lessonId, pupil) as { status: string } | undefined
      )?.status;
    expect(status()).toBe('late');
    expectOk(
      t.call(
        'journal.attendanceSet',
        { lessonId, studentId: pupil, status: null, expectedStatus: 'late' },
        f.teacher.token,
      ),
    );
    expect(status()).toBeUndefined();

    expectOk(t.call('journal.markSet', { lessonId, studentId: pupil, value: '3' }, secondDesk));
    expectOk(t.call('journal.markSet', { lessonId, studentId: pupil, value: '4' }, f.teacher.token));
    expect(markNow()?.value).toBe('4');
  });

  it('refuses a period mark set or cleared over one that changed', () => {
    const key = { classSubjectId, kind: 'quarter' as const, number: 1, studentId: pupil, reason: 'Чейрек жыйынтыгы' };
    expectOk(t.call('periodMarks.set', { ...key, value: '4', expected: null }, f.deputy.token));
    const refused = expectError(
      t.call('periodMarks.set', { ...key, value: '5', expected: null }, f.deputy.token),
      'STALE_WRITE',
    );
    expect(refused.params).toEqual({ current: '4' });
    expectError(t.call('periodMarks.clear', { ...key, expected: '5' }, f.deputy.token), 'STALE_WRITE');
    expectOk(t.call('periodMarks.clear', { ...key, expected: '4' }, f.deputy.token));
    const value = t.db.sqlite
      .prepare('select value from period_mark where class_subject_id = ? and student_id = ?')
      .get(classSubjectId, pupil);
    expect(value).toBeUndefined();
  });

  it('refuses a lesson’s texts saved over a colleague’s change, with what the lesson holds now', () => {
    const lessonNow = () =>
      t.db.sqlite.prepare('select topic, class_work as classWork, homework from lesson where id = ?').get(lessonId);
    const lessonAt = { lessonId, classSubjectId, date: '2025-10-06' };
    const shown = { topic: 'Бөлчөктөр', classWork: null, homework: null };
    expectOk(
      t.call('journal.lessonSave', { ...lessonAt, topic: 'Бөлчөктөр', homework: '§3', expected: shown }, secondDesk),
    );
    const audited = auditEntries(t.db).length;

    // The first desk still shows no homework: its save would wipe the colleague's §3.
    const refused = expectError(
      t.call('journal.lessonSave', { ...lessonAt, topic: 'Бөлчөктөрдү кошуу', expected: shown }, f.teacher.token),
      'STALE_LESSON',
    );
    expect(refused.params).toEqual({ current: '§3' });
    expect(lessonNow()).toEqual({ topic: 'Бөлчөктөр', classWork: null, homework: '§3' });
    expect(auditEntries(t.db)).toHaveLength(audited);

    // Having seen the homework, the teacher saves her topic with it.
    const seen = { ...shown, homework: '§3' };
    expectOk(
      t.call(
        'journal.lessonSave',
        { ...lessonAt, topic: 'Бөлчөктөрдү кошуу', homework: '§3', expected: seen },
        f.teacher.token,
      ),
    );
    expect(lessonNow()).toEqual({ topic: 'Бөлчөктөрдү кошуу', classWork: null, homework: '§3' });
    // A topic changed since is named as it stands; a refusal reveals nothing to one who may not write.
    const topicRefused = expectError(
      t.call('journal.lessonSave', { ...lessonAt, topic: 'x', homework: '§3', expected: seen }, secondDesk),
      'STALE_LESSON',
    );
    expect(topicRefused.params).toEqual({ current: 'Бөлчөктөрдү кошуу' });
    expectError(t.call('journal.lessonSave', { ...lessonAt, topic: 'x', expected: seen }, otherTeacher), 'FORBIDDEN');
  });

  it('keeps the page version while nothing changes, and lets only the page’s readers ask for it', () => {
    const first = version(f.teacher.token);
    expect(version(f.deputy.token)).toBe(first);
    expect(version(f.teacher.token)).toBe(first);
    expectOk(
      t.call('journal.lessonSave', { lessonId, classSubjectId, date: '2025-10-06', homework: '§4' }, f.teacher.token),
    );
    expect(version(f.teacher.token)).not.toBe(first);
    expectError(t.call('journal.pageVersion', { classSubjectId, periodId: quarterId }, otherTeacher), 'FORBIDDEN');
  });
});
