import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classSubject, subgroup, subject } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { currentYear } from '../../src-main/school/academic-year';
import {
  addAccount,
  expectError,
  expectOk,
  knownPassword,
  openTestApp,
  signIn,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

/*
 * Three journals of the year: 5-А Математика (the sample teacher), 5-А Англис тили split in two with the
 * sample teacher on the second group only, and 10-Б Физика (another teacher). The test clock stands on
 * 2025-10-06, inside the first quarter.
 */
describe('journal.choices', () => {
  let t: TestApp;
  let f: Staffed;
  let ids: { math: number; english: number; physics: number };

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    const year = currentYear(t.db);
    if (!year) throw new Error('no year');
    const other = addAccount(t, 'teacher', { login: 'other', surname: 'Бекова', name: 'Нуриза' });
    const a5 = insertClass(t.db, year.id, { grade: 5, letter: 'А', language: 'ky' }).id;
    const b10 = insertClass(t.db, year.id, { grade: 10, letter: 'Б', language: 'ru' }).id;
    const subjectId = (name: string) =>
      t.db.orm.insert(subject).values({ nameKy: name, nameRu: name }).returning().get().id;
    const load = (classId: number, name: string, teacherId: number | null) =>
      t.db.orm
        .insert(classSubject)
        .values({ classId, subjectId: subjectId(name), teacherId, hoursPerWeek: 2 })
        .returning()
        .get().id;
    ids = {
      physics: load(b10, 'Физика', other.staffId),
      math: load(a5, 'Математика', f.teacher.user.staffId),
      english: load(a5, 'Англис тили', other.staffId),
    };
    t.db.orm.insert(subgroup).values({ classSubjectId: ids.english, name: '1-топ', teacherId: other.staffId }).run();
    t.db.orm
      .insert(subgroup)
      .values({ classSubjectId: ids.english, name: '2-топ', teacherId: f.teacher.user.staffId })
      .run();
  });
  afterAll(() => t.close());

  it('gives the deputy and the director every journal of the year: by class, then subject', () => {
    for (const role of ['deputy', 'director'] as const) {
      const choices = expectOk(t.call('journal.choices', undefined, f[role].token));
      expect(choices.journals.map((j) => `${j.className} ${j.subject.nameKy}`)).toEqual([
        '5-А Англис тили',
        '5-А Математика',
        '10-Б Физика',
      ]);
      expect(choices.journals.every((j) => !j.own)).toBe(true);
    }
  });

  it('gives a teacher only the journals she teaches, a subgroup counting as teaching', () => {
    const choices = expectOk(t.call('journal.choices', undefined, f.teacher.token));
    expect(choices.journals.map((j) => j.classSubjectId)).toEqual([ids.english, ids.math]);
    expect(choices.journals.every((j) => j.own)).toBe(true);
    expect(choices.journals[0]?.subgroups.map((g) => g.name)).toEqual(['1-топ', '2-топ']);
    const other = signIn(t, 'other', knownPassword);
    expect(expectOk(t.call('journal.choices', undefined, other)).journals.map((j) => j.classSubjectId)).toEqual([
      ids.english,
      ids.physics,
    ]);
  });

  it('opens a subgroup teacher her own group only: not the other group, not the whole class', () => {
    const choices = expectOk(t.call('journal.choices', undefined, f.teacher.token));
    const english = choices.journals.find((j) => j.classSubjectId === ids.english);
    expect(english).toMatchObject({ ownWhole: false });
    const [mine] = english?.ownSubgroupIds ?? [];
    const other = english?.subgroups.find((g) => g.subgroupId !== mine)?.subgroupId ?? 0;
    const periodId = choices.currentPeriodId ?? 0;
    const page = (subgroupId?: number) =>
      t.call(
        'journal.page',
        { classSubjectId: ids.english, periodId, ...(subgroupId ? { subgroupId } : {}) },
        f.teacher.token,
      );
    expectOk(page(mine));
    expectError(page(other), 'FORBIDDEN');
    expectError(page(), 'FORBIDDEN');
  });

  it('opens on the quarter holding the server’s today, and names the teachers who may substitute', () => {
    const choices = expectOk(t.call('journal.choices', undefined, f.deputy.token));
    expect(choices.today).toBe('2025-10-06');
    const current = choices.periods.find((p) => p.periodId === choices.currentPeriodId);
    expect(current).toMatchObject({ kind: 'quarter', number: 1 });
    expect(choices.teachers.map((x) => x.name)).toEqual(['Бекова Нуриза', 'Үсөнова Айнура']);
  });

  it('gives a class teacher the journals of her class, to read and to excuse absences in', () => {
    t.db.sqlite.prepare(`update class set class_teacher_id = ? where grade = 10`).run(f.teacher.user.staffId);
    try {
      const choices = expectOk(t.call('journal.choices', undefined, f.teacher.token));
      expect(choices.journals.find((j) => j.classSubjectId === ids.physics)).toMatchObject({
        own: false,
        classTeacher: true,
      });
      const quarter = choices.currentPeriodId ?? 0;
      expectOk(t.call('journal.page', { classSubjectId: ids.physics, periodId: quarter }, f.teacher.token));
    } finally {
      t.db.sqlite.prepare(`update class set class_teacher_id = null where grade = 10`).run();
    }
    expect(t.call('journal.page', { classSubjectId: ids.physics, periodId: 1 }, f.teacher.token)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('is refused to the administrator, who keeps accounts and not the journal', () => {
    expect(t.call('journal.choices', undefined, f.administrator.token)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
