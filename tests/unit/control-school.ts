import { eq } from 'drizzle-orm';
import {
  attendance,
  classSubject,
  enrollment,
  holiday,
  lesson,
  mark,
  periodMark,
  subject,
  timetableSlot,
} from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import { addAccount, knownPassword, signIn, type Staffed, type TestApp } from '../helpers/app';

/*
 * A small school where every number is known (year 2025–2026: Q1 1 Sep – 31 Oct, Q2 10 Nov – 28 Dec).
 * 5-А (class teacher: the test's teacher): Математика by her, Кыргыз тили by Тегин.
 *   Q2: Асанов 5 5 (only 5s), Бекова 4 5 (one 4 from excellent), Дыйканов 3 5 (one 3 from good),
 *       Жумабаев 2 4 (a 2), Кеткен left on 1 Dec with a 2 (not counted in Q2, counted in Q1).
 *   Q1: Асанов 4 5, Бекова 4 4, Дыйканов 3 3, Жумабаев 3 4, Кеткен 3 3.
 * 5-Б: both subjects by Тегин. Q2: Орозова н/а 3, Сыдыков 4 and no Кыргыз тили mark yet.
 * 1-А: grade 1 has no marks; one pupil, Математика by Тегин.
 * The week of 6–12 Oct 2025 (Thursday 9 Oct a holiday) for the weekly analysis.
 */

export interface ControlSchool {
  yearId: number;
  classes: { a5: number; b5: number; a1: number };
  subjects: { math: number; kyr: number };
  teacher2: { staffId: number; token: string };
  pupils: Record<string, number>;
}

export function buildControlSchool(t: TestApp, f: Staffed): ControlSchool {
  const db = t.db;
  const year = currentYear(db);
  if (!year) throw new Error('no year');
  const other = addAccount(t, 'teacher', { login: 'tegin', surname: 'Тегин', name: 'Нурлан' });
  const t1 = f.teacher.user.staffId;
  const t2 = other.staffId;
  if (t1 === null || t2 === null) throw new Error('teachers without staff rows');
  const a5 = insertClass(db, year.id, { grade: 5, letter: 'А', language: 'ky', classTeacherId: t1 }).id;
  const b5 = insertClass(db, year.id, { grade: 5, letter: 'Б', language: 'ky' }).id;
  const a1 = insertClass(db, year.id, { grade: 1, letter: 'А', language: 'ky' }).id;
  const newSubject = (nameKy: string, nameRu: string, sortOrder: number) =>
    db.orm.insert(subject).values({ nameKy, nameRu, sortOrder }).returning().get().id;
  const math = newSubject('Математика', 'Математика', 1);
  const kyr = newSubject('Кыргыз тили', 'Кыргызский язык', 2);
  const cs = (classId: number, subjectId: number, teacherId: number) =>
    db.orm.insert(classSubject).values({ classId, subjectId, teacherId, hoursPerWeek: 2 }).returning().get().id;
  const ids = {
    a5math: cs(a5, math, t1),
    a5kyr: cs(a5, kyr, t2),
    b5math: cs(b5, math, t2),
    b5kyr: cs(b5, kyr, t2),
    a1math: cs(a1, math, t2),
  };
  const pupils: Record<string, number> = {};
  const pupil = (surname: string, classId: number, left: string | null = null) => {
    const p = insertPupil(db, {
      surname,
      name: 'Окуучу',
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    });
    enrol(db, p.id, { classId, fromDate: year.startsOn });
    if (left) db.orm.update(enrollment).set({ toDate: left }).where(eq(enrollment.studentId, p.id)).run();
    pupils[surname] = p.id;
  };
  for (const s of ['Асанов', 'Бекова', 'Дыйканов', 'Жумабаев']) pupil(s, a5);
  pupil('Кеткен', a5, '2025-12-01');
  pupil('Орозова', b5);
  pupil('Сыдыков', b5);
  pupil('Биринчи', a1);

  const setMark = (surname: string, classSubjectId: number, number: number, value: string) =>
    db.orm
      .insert(periodMark)
      .values({
        classSubjectId,
        studentId: pupils[surname] ?? 0,
        kind: 'quarter',
        number,
        value,
        setAt: '2025-12-20T10:00:00.000Z',
      })
      .run();
  const q2: [string, string | null, string | null][] = [
    ['Асанов', '5', '5'],
    ['Бекова', '4', '5'],
    ['Дыйканов', '3', '5'],
    ['Жумабаев', '2', '4'],
    ['Кеткен', '2', null],
  ];
  for (const [who, m, k] of q2) {
    if (m) setMark(who, ids.a5math, 2, m);
    if (k) setMark(who, ids.a5kyr, 2, k);
  }
  setMark('Орозова', ids.b5math, 2, 'н/а');
  setMark('Орозова', ids.b5kyr, 2, '3');
  setMark('Сыдыков', ids.b5math, 2, '4');
  const q1: [string, string, string][] = [
    ['Асанов', '4', '5'],
    ['Бекова', '4', '4'],
    ['Дыйканов', '3', '3'],
    ['Жумабаев', '3', '4'],
    ['Кеткен', '3', '3'],
  ];
  for (const [who, m, k] of q1) {
    setMark(who, ids.a5math, 1, m);
    setMark(who, ids.a5kyr, 1, k);
  }

  // The week of 6–12 Oct: 5-А Математика Mon 1 and Wed 2; Кыргыз тили Tue 1 until 7 Oct, then Thu 1
  // (Thursday 9 Oct is a holiday); 5-Б Математика Fri 1.
  const slot = (classSubjectId: number, weekday: number, validTo: string | null = null, validFrom = year.startsOn) =>
    db.orm.insert(timetableSlot).values({ classSubjectId, weekday, lessonNumber: 1, validFrom, validTo }).run();
  slot(ids.a5math, 1);
  slot(ids.a5math, 3);
  slot(ids.a5kyr, 2, '2025-10-07');
  slot(ids.a5kyr, 4, null, '2025-10-08');
  slot(ids.b5math, 5);
  db.orm
    .insert(holiday)
    .values({ yearId: year.id, title: 'Майрам', startsOn: '2025-10-09', endsOn: '2025-10-09' })
    .run();
  const addLesson = (classSubjectId: number, date: string, topic: string | null, homework: string | null) =>
    db.orm.insert(lesson).values({ classSubjectId, date, lessonNumber: 1, topic, homework }).returning().get().id;
  const mon = addLesson(ids.a5math, '2025-10-06', 'Бөлчөктөр', '№5');
  const tue = addLesson(ids.a5kyr, '2025-10-07', null, ' ');
  const fri = addLesson(ids.b5math, '2025-10-10', 'Теңдемелер', null);
  const next = addLesson(ids.a5math, '2025-10-13', 'Кийинки', '№6');
  const give = (lessonId: number, surname: string, value: string) =>
    db.orm
      .insert(mark)
      .values({ lessonId, studentId: pupils[surname] ?? 0, value, numeric: Number(value) })
      .run();
  give(mon, 'Асанов', '5');
  give(mon, 'Бекова', '2');
  give(mon, 'Дыйканов', '4');
  give(tue, 'Жумабаев', '2');
  give(next, 'Асанов', '2');
  const absent = (
    lessonId: number,
    surname: string,
    status: 'absent' | 'late',
    reasonKind: 'excused' | 'ill' | 'unexcused',
  ) =>
    db.orm
      .insert(attendance)
      .values({ lessonId, studentId: pupils[surname] ?? 0, status, reasonKind })
      .run();
  absent(mon, 'Жумабаев', 'absent', 'ill');
  absent(mon, 'Кеткен', 'absent', 'unexcused');
  absent(tue, 'Бекова', 'late', 'unexcused');
  absent(fri, 'Орозова', 'absent', 'excused');
  absent(next, 'Дыйканов', 'absent', 'unexcused');

  return {
    yearId: year.id,
    classes: { a5, b5, a1 },
    subjects: { math, kyr },
    teacher2: { staffId: t2, token: signIn(t, 'tegin', knownPassword) },
    pupils,
  };
}
