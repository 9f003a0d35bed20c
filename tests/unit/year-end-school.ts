/**
 * A small school for the year-end tests, made by hand so that what is missing can be counted on
 * paper: year 2025–2026 (1 September – 31 May), four classes, two subjects, seven pupils.
 *
 *   1-А  Абдыкадыров Айдай                      grade 1 has no marks: never missing
 *   8-А  Бакиров Бекзат, Жумалиева Гүлзат,      math: Бекзат year+exam+final, Гүлзат year
 *        Касымова Жылдыз (left on 2026-03-01)   kyrgyz: Бекзат year
 *   9-А  Маматов Нурлан,                        math: Нурлан year+final, Салтанат year
 *        Осмонова Салтанат (from 2026-02-01)    kyrgyz: nothing
 *   11-А Үсөнов Үмүт                            math: year+final; kyrgyz: final only
 */
import { classSubject, enrollment, periodMark, subgroup, subgroupMember, subject } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import { enrol, insertPupil } from '../../src-main/roster/pupils';
import { currentYear } from '../../src-main/school/academic-year';
import { FakeClock, openTestApp, signIn, staffSchool, type Staffed, type TestApp } from '../helpers/app';

export interface SmallSchool {
  t: TestApp;
  f: Staffed;
  yearId: number;
  classId: Record<'1-А' | '8-А' | '9-А' | '11-А', number>;
  pupil: Record<'Айдай' | 'Бекзат' | 'Гүлзат' | 'Жылдыз' | 'Нурлан' | 'Салтанат' | 'Үмүт', number>;
  /** `8-А math` → class subject id. */
  cs: Record<string, number>;
  subgroupId: number;
}

/** After the year's end, when the deputy closes it. */
export const afterYearEnd = Date.parse('2026-06-10T04:00:00.000Z');

export function smallSchool(): SmallSchool {
  const t = openTestApp({ clock: new FakeClock(Date.parse('2025-10-06T08:00:00.000Z')) });
  const f = staffSchool(t);
  const year = currentYear(t.db);
  if (!year) throw new Error('no year');
  const db = t.db;
  const teacher = f.teacher.user.staffId;
  const classId = {
    '1-А': insertClass(db, year.id, { grade: 1, letter: 'А', language: 'ky', classTeacherId: teacher }).id,
    '8-А': insertClass(db, year.id, { grade: 8, letter: 'А', language: 'ky', classTeacherId: teacher }).id,
    '9-А': insertClass(db, year.id, { grade: 9, letter: 'А', language: 'ru', shift: 2 }).id,
    '11-А': insertClass(db, year.id, { grade: 11, letter: 'А', language: 'ky' }).id,
  };
  const subj = (nameKy: string, nameRu: string, sortOrder: number) =>
    db.orm.insert(subject).values({ nameKy, nameRu, sortOrder }).returning().get().id;
  const math = subj('Математика', 'Математика', 1);
  const kyrgyz = subj('Кыргыз тили', 'Кыргызский язык', 2);
  const cs: Record<string, number> = {};
  const line = (cls: keyof typeof classId, name: string, subjectId: number, hoursPerWeek: number) => {
    cs[`${cls} ${name}`] = db.orm
      .insert(classSubject)
      .values({ classId: classId[cls], subjectId, teacherId: teacher, hoursPerWeek })
      .returning()
      .get().id;
  };
  line('1-А', 'math', math, 4);
  for (const cls of ['8-А', '9-А', '11-А'] as const) {
    line(cls, 'math', math, 5);
    line(cls, 'kyrgyz', kyrgyz, 3);
  }
  const person = (surname: string, name: string, cls: keyof typeof classId, from = year.startsOn) => {
    const id = insertPupil(db, {
      surname,
      name,
      patronymic: null,
      birthDate: null,
      sex: null,
      pin: null,
      address: null,
    }).id;
    enrol(db, id, { classId: classId[cls], fromDate: from });
    return id;
  };
  const pupil = {
    Айдай: person('Абдыкадыров', 'Айдай', '1-А'),
    Бекзат: person('Бакиров', 'Бекзат', '8-А'),
    Гүлзат: person('Жумалиева', 'Гүлзат', '8-А'),
    Жылдыз: person('Касымова', 'Жылдыз', '8-А'),
    Нурлан: person('Маматов', 'Нурлан', '9-А'),
    Салтанат: person('Осмонова', 'Салтанат', '9-А', '2026-02-01'),
    Үмүт: person('Үсөнов', 'Үмүт', '11-А'),
  };
  db.sqlite
    .prepare(
      `update enrollment set to_date = '2026-03-01', departure_kind = 'school', departed_to = '№3 мектеп',
              departure_order_no = '12', departure_reason = 'Көчүп кетти' where student_id = ?`,
    )
    .run(pupil.Жылдыз);
  const set = (key: string, studentId: number, kind: 'year' | 'exam' | 'final', value = '4') =>
    db.orm
      .insert(periodMark)
      .values({ classSubjectId: cs[key] ?? 0, studentId, kind, number: 0, value, setAt: '2026-05-31T08:00:00Z' })
      .run();
  set('8-А math', pupil.Бекзат, 'year');
  set('8-А math', pupil.Бекзат, 'exam');
  set('8-А math', pupil.Бекзат, 'final');
  set('8-А math', pupil.Гүлзат, 'year', 'н/а');
  set('8-А kyrgyz', pupil.Бекзат, 'year', '5');
  set('9-А math', pupil.Нурлан, 'year');
  set('9-А math', pupil.Нурлан, 'final');
  set('9-А math', pupil.Салтанат, 'year', '3');
  set('11-А math', pupil.Үмүт, 'year');
  set('11-А math', pupil.Үмүт, 'final');
  set('11-А kyrgyz', pupil.Үмүт, 'final');
  // 8-А's Kyrgyz is taught in two groups; Бекзат is in the first.
  const subgroupId = db.orm
    .insert(subgroup)
    .values({ classSubjectId: cs['8-А kyrgyz'] ?? 0, name: '1-топ', teacherId: teacher })
    .returning()
    .get().id;
  db.orm.insert(subgroupMember).values({ subgroupId, studentId: pupil.Бекзат }).run();
  return { t, f, yearId: year.id, classId, pupil, cs, subgroupId };
}

/** Every movement-book line of a pupil, oldest first. */
export function linesOf(t: TestApp, studentId: number) {
  return t.db.orm
    .select()
    .from(enrollment)
    .all()
    .filter((l) => l.studentId === studentId)
    .sort((a, b) => a.fromDate.localeCompare(b.fromDate));
}

/** Moves the clock to `instant` and signs everyone in again (their sessions ended meanwhile). */
export function moveTo(s: SmallSchool, instant: number): void {
  s.t.clock.advance(instant - s.t.clock.now().getTime());
  for (const m of Object.values(s.f)) m.token = signIn(s.t, m.login, m.password);
}
