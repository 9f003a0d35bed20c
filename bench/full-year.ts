import type { Database } from '../src-main/db/connection';

export interface BenchTarget {
  classSubjectId: number;
  className: string;
  subject: string;
  pupils: number;
}

/** The class subject with the most pupils, and among those the most hours: the heaviest page. */
export function largestClassSubject(db: Database): BenchTarget {
  const row = db.sqlite
    .prepare(
      `select cs.id as classSubjectId, c.grade || '-' || c.letter as className, s.name_ru as subject,
              (select count(*) from enrollment e where e.class_id = c.id) as pupils
         from class_subject cs join class c on c.id = cs.class_id join subject s on s.id = cs.subject_id
        where c.grade >= 5
        order by pupils desc, cs.hours_per_week desc, cs.id limit 1`,
    )
    .get() as BenchTarget | undefined;
  if (!row) throw new Error('The demo school has no teaching load');
  return row;
}

/** A small deterministic generator (mulberry32): the same year every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const addDay = (date: string) => {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Lessons on every day of the year the class subject's timetable has it (holidays excepted), where the
 * demo left none; about a third of the pupils get a mark in each lesson and one in twenty is absent.
 */
export function fillYear(db: Database, classSubjectId: number): { lessons: number; marks: number; absences: number } {
  const sqlite = db.sqlite;
  const year = sqlite
    .prepare(
      `select y.id, y.starts_on as startsOn, y.ends_on as endsOn, c.id as classId from class_subject cs
         join class c on c.id = cs.class_id join academic_year y on y.id = c.year_id where cs.id = ?`,
    )
    .get(classSubjectId) as { id: number; startsOn: string; endsOn: string; classId: number };
  const slots = sqlite
    .prepare('select weekday, lesson_number as lessonNumber from timetable_slot where class_subject_id = ?')
    .all(classSubjectId) as { weekday: number; lessonNumber: number }[];
  const holidays = sqlite
    .prepare('select starts_on as startsOn, ends_on as endsOn from holiday where year_id = ?')
    .all(year.id) as { startsOn: string; endsOn: string }[];
  const pupils = sqlite
    .prepare('select student_id as id, from_date as "from", to_date as "to" from enrollment where class_id = ?')
    .all(year.classId) as { id: number; from: string; to: string | null }[];
  const existing = new Set(
    (
      sqlite.prepare('select date, lesson_number as n from lesson where class_subject_id = ?').all(classSubjectId) as {
        date: string;
        n: number | null;
      }[]
    ).map((l) => `${l.date}:${l.n}`),
  );
  const insertLesson = sqlite.prepare(
    `insert into lesson (class_subject_id, date, lesson_number, topic, homework) values (?, ?, ?, ?, ?)`,
  );
  const insertMark = sqlite.prepare(
    `insert into mark (lesson_id, student_id, value, numeric, kind, entered_at) values (?, ?, ?, ?, ?, ?)`,
  );
  const insertAbsence = sqlite.prepare(
    `insert into attendance (lesson_id, student_id, status, reason_kind, entered_at) values (?, ?, 'absent', 'unexcused', ?)`,
  );
  const next = random(2026);
  const counts = { lessons: 0, marks: 0, absences: 0 };
  for (let date = year.startsOn; date <= year.endsOn; date = addDay(date)) {
    const weekday = ((new Date(`${date}T00:00:00.000Z`).getUTCDay() + 6) % 7) + 1;
    if (holidays.some((h) => h.startsOn <= date && date <= h.endsOn)) continue;
    for (const slot of slots.filter((s) => s.weekday === weekday)) {
      if (existing.has(`${date}:${slot.lessonNumber}`)) continue;
      const lessonId = Number(
        insertLesson.run(classSubjectId, date, slot.lessonNumber, `Тема ${counts.lessons + 1}`, '§ 1, №1–5')
          .lastInsertRowid,
      );
      counts.lessons += 1;
      const at = `${date}T08:00:00.000Z`;
      for (const pupil of pupils) {
        if (pupil.from > date || (pupil.to !== null && pupil.to < date)) continue;
        const roll = next();
        if (roll < 0.05) {
          insertAbsence.run(lessonId, pupil.id, at);
          counts.absences += 1;
        } else if (roll < 0.38) {
          const value = 2 + Math.min(3, Math.floor(next() * 4.2));
          insertMark.run(lessonId, pupil.id, String(value), value, next() < 0.1 ? 'control' : 'general', at);
          counts.marks += 1;
        }
      }
    }
  }
  return counts;
}
