import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classSubject, subject } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import {
  addAccount,
  auditEntries,
  expectError,
  expectOk,
  knownPassword,
  openTestApp,
  signIn,
  snapshot,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

/*
 * 9-Б Биология is the sample teacher's; she is ill on Monday 2025-10-06 (the test clock's day). The
 * deputy plans Орозова to replace her in the 3rd lesson; Орозова fills that lesson, and nothing else.
 */
describe('substitutions (003 §4.2А, 004 §5.1)', () => {
  let t: TestApp;
  let f: Staffed;
  let cs: number;
  let pupil: number;
  let substitute: { staffId: number; token: string };
  let bystander: string;
  const day = '2025-10-06';

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    const cls = insertClass(t.db, year.id, { grade: 9, letter: 'Б', language: 'ky' }).id;
    const sid = t.db.orm.insert(subject).values({ nameKy: 'Биология', nameRu: 'Биология' }).returning().get().id;
    cs = t.db.orm
      .insert(classSubject)
      .values({ classId: cls, subjectId: sid, teacherId: f.teacher.user.staffId, hoursPerWeek: 2 })
      .returning()
      .get().id;
    pupil = insertPupil(t.db, {
      surname: 'Токтогулова',
      name: 'Айпери',
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    }).id;
    enrol(t.db, pupil, { classId: cls, fromDate: year.startsOn });
    const made = addAccount(t, 'teacher', { login: 'orozova', surname: 'Орозова', name: 'Жаңыл' });
    substitute = { staffId: made.staffId ?? 0, token: signIn(t, 'orozova', knownPassword) };
    addAccount(t, 'teacher', { login: 'other', surname: 'Бекова', name: 'Нуриза' });
    bystander = signIn(t, 'other', knownPassword);
  });
  afterAll(() => t.close());

  it('keeps the journal closed to a teacher before the deputy plans her in', () => {
    expectError(t.call('journal.substitutions', { classSubjectId: cs }, substitute.token), 'FORBIDDEN');
    expectError(
      t.call(
        'journal.lessonSave',
        { classSubjectId: cs, date: day, lessonNumber: 3, isSubstitution: true, taughtBy: substitute.staffId },
        substitute.token,
      ),
      'FORBIDDEN',
    );
  });

  it('is planned by the deputy only, and audited', () => {
    const input = { classSubjectId: cs, date: day, lessonNumber: 3, substituteId: substitute.staffId };
    const before = snapshot(t.db);
    expectError(t.call('journal.substitutionSet', input, f.teacher.token), 'FORBIDDEN');
    expectError(t.call('journal.substitutionSet', input, f.director.token), 'FORBIDDEN');
    expectError(
      t.call('journal.substitutionSet', { ...input, substituteId: f.teacher.user.staffId ?? 0 }, f.deputy.token),
      'INVALID_INPUT',
    );
    expect(snapshot(t.db)).toBe(before);
    const row = expectOk(t.call('journal.substitutionSet', { ...input, reason: 'Ооруп калды' }, f.deputy.token));
    expect(row).toMatchObject({
      date: day,
      lessonNumber: 3,
      substitute: 'Орозова Жаңыл',
      absentTeacher: 'Үсөнова Айнура',
    });
    expect(auditEntries(t.db).at(-1)).toMatchObject({ action: 'journal.substitutionSet', entity: 'substitution' });
    // Planning the same again is the same plan.
    expect(expectOk(t.call('journal.substitutionSet', input, f.deputy.token)).substitutionId).toBe(row.substitutionId);
  });

  it('opens the journal to the substitute, who enters the lesson and its marks as who taught it', () => {
    const choices = expectOk(t.call('journal.choices', undefined, substitute.token));
    expect(choices.journals.find((j) => j.classSubjectId === cs)).toMatchObject({ own: false, substitute: true });
    expect(choices.myStaffId).toBe(substitute.staffId);
    const saved = expectOk(
      t.call(
        'journal.lessonSave',
        {
          classSubjectId: cs,
          date: day,
          lessonNumber: 3,
          topic: 'Клетка',
          isSubstitution: true,
          taughtBy: substitute.staffId,
        },
        substitute.token,
      ),
    );
    expect(saved).toMatchObject({ isSubstitution: true, taughtBy: substitute.staffId });
    expectOk(
      t.call(
        'journal.markSet',
        { lessonId: saved.lessonId, studentId: pupil, value: '5', kind: 'general' },
        substitute.token,
      ),
    );
  });

  it('gives the substitute no other day, and other teachers nothing', () => {
    expectError(
      t.call(
        'journal.lessonSave',
        { classSubjectId: cs, date: '2025-10-03', lessonNumber: 3, isSubstitution: true, taughtBy: substitute.staffId },
        substitute.token,
      ),
      'FORBIDDEN',
    );
    expectError(t.call('journal.substitutions', { classSubjectId: cs }, bystander), 'FORBIDDEN');
    expect(expectOk(t.call('journal.substitutions', {}, substitute.token)).map((s) => s.date)).toEqual([day]);
  });

  it('refuses a teacher who records an unplanned substitute by editing her own lesson', () => {
    const own = expectOk(
      t.call(
        'journal.lessonSave',
        { classSubjectId: cs, date: day, lessonNumber: 5, isSubstitution: false },
        f.teacher.token,
      ),
    );
    const otherStaff = t.db.sqlite.prepare(`select staff_id as id from user where login = 'other'`).get() as {
      id: number;
    };
    const before = snapshot(t.db);
    const error = expectError(
      t.call(
        'journal.lessonSave',
        {
          lessonId: own.lessonId,
          classSubjectId: cs,
          date: day,
          lessonNumber: 5,
          isSubstitution: true,
          taughtBy: otherStaff.id,
        },
        f.teacher.token,
      ),
      'INVALID_INPUT',
    );
    expect(error.fields?.[0]).toMatchObject({ path: 'taughtBy', message: 'validation.journal.substitutionNotPlanned' });
    expect(snapshot(t.db)).toBe(before);
    expectError(t.call('journal.substitutions', { classSubjectId: cs }, bystander), 'FORBIDDEN');
  });

  it('is taken back by the deputy', () => {
    const [row] = expectOk(t.call('journal.substitutions', { classSubjectId: cs }, f.deputy.token));
    expectOk(t.call('journal.substitutionRemove', { substitutionId: row?.substitutionId ?? 0 }, f.deputy.token));
    expect(expectOk(t.call('journal.substitutions', { classSubjectId: cs }, f.deputy.token))).toEqual([]);
    expectError(
      t.call('journal.substitutionRemove', { substitutionId: row?.substitutionId ?? 0 }, f.deputy.token),
      'NOT_FOUND',
    );
  });
});
