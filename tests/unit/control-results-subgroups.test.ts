import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodResults } from '../../src-main/api/contract/control-results';
import { classSubject, periodMark, subgroup, subgroupMember, subject } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import { addAccount, expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';

/*
 * 7-А's Англис тили is split: group 1 (the test's teacher) has Абдиев, group 2 (Тегин) has Бакирова,
 * and Жээнбеков is in neither (he studies another language). First-quarter marks: Абдиев 5, Бакирова 3.
 */
let t: TestApp;
let f: Staffed;
let results: PeriodResults;
let t2: number;
let english: number;

beforeAll(() => {
  t = openTestApp();
  f = staffSchool(t);
  const db = t.db;
  const year = currentYear(db);
  if (!year) throw new Error('no year');
  const t1 = f.teacher.user.staffId;
  t2 = addAccount(t, 'teacher', { login: 'tegin', surname: 'Тегин', name: 'Нурлан' }).staffId ?? 0;
  const cls = insertClass(db, year.id, { grade: 7, letter: 'А', language: 'ky' }).id;
  english = db.orm.insert(subject).values({ nameKy: 'Англис тили', nameRu: 'Английский язык' }).returning().get().id;
  const cs = db.orm
    .insert(classSubject)
    .values({ classId: cls, subjectId: english, teacherId: t1, hoursPerWeek: 2 })
    .returning()
    .get().id;
  const group = (name: string, teacherId: number | null) =>
    db.orm.insert(subgroup).values({ classSubjectId: cs, name, teacherId }).returning().get().id;
  const g1 = group('1', t1);
  const g2 = group('2', t2);
  const pupil = (surname: string, groupId: number | null, mark: string | null) => {
    const p = insertPupil(db, {
      surname,
      name: 'Окуучу',
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    });
    enrol(db, p.id, { classId: cls, fromDate: year.startsOn });
    if (groupId) db.orm.insert(subgroupMember).values({ subgroupId: groupId, studentId: p.id }).run();
    if (mark)
      db.orm
        .insert(periodMark)
        .values({
          classSubjectId: cs,
          studentId: p.id,
          kind: 'quarter',
          number: 1,
          value: mark,
          setAt: '2025-10-30T10:00:00.000Z',
        })
        .run();
  };
  pupil('Абдиев', g1, '5');
  pupil('Бакирова', g2, '3');
  pupil('Жээнбеков', null, null);
  results = expectOk(t.call('control.results', { period: 'q1' }, f.deputy.token));
});
afterAll(() => t.close());

describe('a split class subject', () => {
  it("counts each pupil for the teacher of the pupil's subgroup, and the pupil in none for nobody", () => {
    const row = (key: string) => results.rows.find((r) => r.key === key);
    expect(row(`teacher:${f.teacher.user.staffId}`)?.counts).toMatchObject({ pupils: 1, graded: 1, excellent: 1 });
    expect(row(`teacher:${t2}`)?.counts).toMatchObject({ pupils: 1, graded: 1, excellent: 0, good: 0 });
    expect(row(`teacher:${t2}`)?.metrics).toMatchObject({ success: 100, quality: 0, sou: 36 });
    // The subject's row reads like the class report's: every pupil of the class, one without a mark.
    expect(row(`subject:${english}`)?.counts).toMatchObject({ pupils: 3, unmarked: 1 });
  });

  it('expects no mark of the pupil who is in no subgroup', () => {
    expect(results.missing).toEqual([]);
  });

  it("names the subgroup's teacher beside the subject in the lists", () => {
    const three = results.lists.find((l) => l.pupil === 'Бакирова Окуучу');
    expect(three?.group).toBe('oneThree');
    expect(three?.subjects).toEqual([
      { subjectId: english, teacherId: t2, nameKy: 'Англис тили', nameRu: 'Английский язык' },
    ]);
  });
});
