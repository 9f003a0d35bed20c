import {
  classSubject,
  enrollment,
  lesson,
  mark,
  subgroup,
  subgroupMember,
  subject,
  timetableSlot,
} from '../../src-main/db/schema';
import { eq } from 'drizzle-orm';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import {
  addAccount,
  FakeClock,
  knownPassword,
  openTestApp,
  signIn,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

/*
 * The filling-control school, every number known. The year 2025–2026; the clock starts on Monday
 * 1 September 2025. 7-А has three pupils counted (Абдиев, Бакирова, Жолдошев) and Кеткен, who left
 * on 5 September. Timetable from 1 September:
 * - mathematics (the sample teacher): Monday lesson 1, Wednesday lesson 2;
 * - history (teacher2, Жумабаев): Tuesday lesson 3;
 * - English split in two: group 1 (the sample teacher) Thursday lesson 4, group 2 (teacher2) lesson 5.
 * 8-Б has biology (teacher2) with no timetable: a line with nothing planned.
 * The tests enter the lessons, marks and attendance themselves, through the API where the audit's
 * times matter.
 */
export interface FillingSchool {
  t: TestApp;
  f: Staffed;
  other: { token: string; staffId: number };
  class7: number;
  class8: number;
  math: number;
  history: number;
  english: number;
  group1: number;
  group2: number;
  biology: number;
  pupils: Record<'abdiev' | 'bakirova' | 'joldoshev' | 'ketken', number>;
}

export function fillingSchool(): FillingSchool {
  const t = openTestApp({ clock: new FakeClock(Date.parse('2025-09-01T02:00:00.000Z')) });
  const f = staffSchool(t);
  const year = currentYear(t.db);
  if (!year || year.startsOn !== '2025-09-01') throw new Error('the filling school needs the year 2025–2026');
  const otherRow = addAccount(t, 'teacher', { login: 'teacher2', surname: 'Жумабаев', name: 'Талант' });
  const other = { token: signIn(t, 'teacher2', knownPassword), staffId: otherRow.staffId };
  const teacher = f.teacher.user.staffId;
  const class7 = insertClass(t.db, year.id, { grade: 7, letter: 'А', language: 'ky' }).id;
  const class8 = insertClass(t.db, year.id, { grade: 8, letter: 'Б', language: 'ky' }).id;
  const subjectId = (nameKy: string, nameRu: string) =>
    t.db.orm.insert(subject).values({ nameKy, nameRu }).returning({ id: subject.id }).get().id;
  const load = (classId: number, sid: number, teacherId: number) =>
    t.db.orm
      .insert(classSubject)
      .values({ classId, subjectId: sid, teacherId, hoursPerWeek: 2 })
      .returning({ id: classSubject.id })
      .get().id;
  const math = load(class7, subjectId('Математика', 'Математика'), teacher);
  const history = load(class7, subjectId('Тарых', 'История'), other.staffId);
  const english = load(class7, subjectId('Англис тили', 'Английский язык'), teacher);
  const biology = load(class8, subjectId('Биология', 'Биология'), other.staffId);
  const group = (name: string, teacherId: number) =>
    t.db.orm.insert(subgroup).values({ classSubjectId: english, name, teacherId }).returning({ id: subgroup.id }).get()
      .id;
  const group1 = group('1-топ', teacher);
  const group2 = group('2-топ', other.staffId);
  const slot = (classSubjectId: number, weekday: number, lessonNumber: number, subgroupId: number | null = null) =>
    t.db.orm
      .insert(timetableSlot)
      .values({ classSubjectId, subgroupId, weekday, lessonNumber, validFrom: '2025-09-01' })
      .run();
  slot(math, 1, 1);
  slot(math, 3, 2);
  slot(history, 2, 3);
  slot(english, 4, 4, group1);
  slot(english, 4, 5, group2);

  const pupil = (surname: string, to: string | null = null) => {
    const p = insertPupil(t.db, {
      surname,
      name: 'Окуучу',
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    }).id;
    enrol(t.db, p, { classId: class7, fromDate: '2025-09-01' });
    if (to) t.db.orm.update(enrollment).set({ toDate: to }).where(eq(enrollment.studentId, p)).run();
    return p;
  };
  const pupils = {
    joldoshev: pupil('Жолдошев'),
    abdiev: pupil('Абдиев'),
    ketken: pupil('Кеткен', '2025-09-05'),
    bakirova: pupil('Бакирова'),
  };
  for (const [g, p] of [
    [group1, pupils.abdiev],
    [group1, pupils.bakirova],
    [group2, pupils.joldoshev],
  ] as const) {
    t.db.orm.insert(subgroupMember).values({ subgroupId: g, studentId: p }).run();
  }
  return { t, f, other, class7, class8, math, history, english, group1, group2, biology, pupils };
}

/** A lesson written straight into the table (no audit needed): topic and homework as given. */
export function addLesson(
  s: FillingSchool,
  v: {
    classSubjectId: number;
    date: string;
    lessonNumber: number;
    subgroupId?: number;
    topic?: string;
    homework?: string;
  },
): number {
  return s.t.db.orm
    .insert(lesson)
    .values({
      classSubjectId: v.classSubjectId,
      subgroupId: v.subgroupId ?? null,
      date: v.date,
      lessonNumber: v.lessonNumber,
      topic: v.topic ?? null,
      homework: v.homework ?? null,
    })
    .returning({ id: lesson.id })
    .get().id;
}

/** A mark written straight into the table: it counts for the pupils' numbers, and leaves no audit entry. */
export function addMark(s: FillingSchool, lessonId: number, studentId: number, value: string): void {
  s.t.db.orm
    .insert(mark)
    .values({ lessonId, studentId, value, numeric: Number(value) })
    .run();
}
