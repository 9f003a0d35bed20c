import { eq } from 'drizzle-orm';
import {
  attendance,
  classSubject,
  enrollment,
  lesson,
  mark,
  periodMark,
  schoolClass,
  subject,
  timetableSlot,
} from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import { addAccount, type Staffed, type TestApp } from './app';

/*
 * A school whose every forecast number is worked out by hand (docs/forecast.md). Quarter 1 of 2025–26
 * runs 2025-09-01 – 2025-10-31; 7-А has algebra once a week, on Mondays: nine lessons in the quarter,
 * five held by 2025-09-29 (Sep 1, 8, 15, 22, 29), four ahead (Oct 6, 13, 20, 27). The forecast day is
 * 2025-09-30, and the back-test's midpoint (2025-10-01) sees the same lessons.
 *
 * - Асанов: 5, 4, 5 → mean 4.67, forecast 5; spread 0.47, confidence 63.
 * - Бекова: 3, 2, 2 → mean 2.33, forecast 2, confidence 63 (the same spread); at risk of a 2, falling.
 * - Жапаров: no mark, absent 4 of 5 → "н/а"; no marks, minimum out of reach, absences.
 * - Ырысова: 4, 4 → forecast 4; confidence 61.
 * - Дүйшөева left on 2025-09-20 with a 2: not counted.
 * The class's rate: 8 marks over 16 lessons attended by the counted pupils = 0.5 a lesson.
 * 7-Б (another class teacher) has one pupil and no lessons.
 */

export interface ForecastSchool {
  yearId: number;
  classA: number;
  classB: number;
  algebra: number;
  pupils: Record<'asan' | 'bek' | 'jap' | 'yrys' | 'duish' | 'other', number>;
}

export function forecastSchool(t: TestApp, f: Staffed): ForecastSchool {
  const year = currentYear(t.db);
  if (!year) throw new Error('no year');
  const other = addAccount(t, 'teacher', { login: 'teacher7b', surname: 'Токтогулова', name: 'Нургүл' });
  const classA = insertClass(t.db, year.id, { grade: 7, letter: 'А', language: 'ky' }).id;
  const classB = insertClass(t.db, year.id, { grade: 7, letter: 'Б', language: 'ky' }).id;
  t.db.orm.update(schoolClass).set({ classTeacherId: f.teacher.user.staffId }).where(eq(schoolClass.id, classA)).run();
  t.db.orm.update(schoolClass).set({ classTeacherId: other.staffId }).where(eq(schoolClass.id, classB)).run();
  const sid = t.db.orm.insert(subject).values({ nameKy: 'Алгебра', nameRu: 'Алгебра' }).returning().get().id;
  const algebra = t.db.orm
    .insert(classSubject)
    .values({ classId: classA, subjectId: sid, teacherId: f.teacher.user.staffId, hoursPerWeek: 1 })
    .returning()
    .get().id;
  t.db.orm
    .insert(timetableSlot)
    .values({ classSubjectId: algebra, weekday: 1, lessonNumber: 1, validFrom: year.startsOn })
    .run();

  const pupil = (surname: string, classId: number, left: string | null = null) => {
    const id = insertPupil(t.db, {
      surname,
      name: 'Окуучу',
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    }).id;
    enrol(t.db, id, { classId, fromDate: '2025-09-01' });
    if (left) t.db.orm.update(enrollment).set({ toDate: left }).where(eq(enrollment.studentId, id)).run();
    return id;
  };
  const pupils = {
    asan: pupil('Асанов', classA),
    bek: pupil('Бекова', classA),
    jap: pupil('Жапаров', classA),
    yrys: pupil('Ырысова', classA),
    duish: pupil('Дүйшөева', classA, '2025-09-20'),
    other: pupil('Мамытов', classB),
  };
  const lessons = new Map<string, number>();
  for (const date of ['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22', '2025-09-29']) {
    lessons.set(
      date,
      t.db.orm.insert(lesson).values({ classSubjectId: algebra, date, lessonNumber: 1 }).returning().get().id,
    );
  }
  const at = (date: string) => lessons.get(date) as number;
  const marks: [number, string, number][] = [
    [pupils.asan, '2025-09-01', 5],
    [pupils.asan, '2025-09-15', 4],
    [pupils.asan, '2025-09-29', 5],
    [pupils.bek, '2025-09-08', 3],
    [pupils.bek, '2025-09-22', 2],
    [pupils.bek, '2025-09-29', 2],
    [pupils.yrys, '2025-09-01', 4],
    [pupils.yrys, '2025-09-15', 4],
    [pupils.duish, '2025-09-08', 2],
  ];
  for (const [studentId, date, value] of marks) {
    t.db.orm
      .insert(mark)
      .values({ lessonId: at(date), studentId, value: String(value), numeric: value })
      .run();
  }
  for (const date of ['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22']) {
    t.db.orm
      .insert(attendance)
      .values({ lessonId: at(date), studentId: pupils.jap, status: 'absent' })
      .run();
  }
  return { yearId: year.id, classA, classB, algebra, pupils };
}

/** The quarter marks the teacher set in the end: 5, 3, н/а, 2 (Асанов, Бекова, Жапаров, Ырысова). */
export function setQuarterMarks(t: TestApp, s: ForecastSchool): void {
  const set: [number, string][] = [
    [s.pupils.asan, '5'],
    [s.pupils.bek, '3'],
    [s.pupils.jap, 'н/а'],
    [s.pupils.yrys, '2'],
  ];
  for (const [studentId, value] of set) {
    t.db.orm
      .insert(periodMark)
      .values({
        classSubjectId: s.algebra,
        studentId,
        kind: 'quarter',
        number: 1,
        value,
        setAt: '2025-10-31T10:00:00Z',
      })
      .run();
  }
}
