import type BetterSqlite3 from 'better-sqlite3';

export interface PlannedLesson {
  classSubjectId: number;
  subgroupId: number | null;
  lessonNumber: number;
  pupils: number[];
}

export interface TeacherDay {
  login: string;
  lessons: PlannedLesson[];
}

/**
 * Who teaches on `date` and what: teachers with timetable lessons that weekday, each lesson with the
 * pupils in the class (or subgroup) that day. Read straight from the file before the run; the
 * measured part goes through the API only.
 */
export function teachersOfDay(sqlite: BetterSqlite3.Database, date: string, limit: number): TeacherDay[] {
  const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const slots = sqlite
    .prepare(
      `select u.login, ts.class_subject_id as classSubjectId, ts.subgroup_id as subgroupId,
              ts.lesson_number as lessonNumber, cs.class_id as classId
         from timetable_slot ts
         join class_subject cs on cs.id = ts.class_subject_id
         join class c on c.id = cs.class_id and c.grade >= 3
         join user u on u.staff_id = coalesce((select teacher_id from subgroup where id = ts.subgroup_id), cs.teacher_id)
        where ts.weekday = ? and ts.valid_from <= ? and (ts.valid_to is null or ts.valid_to >= ?)
          and u.role = 'teacher' and u.state = 'active'
        order by u.login, ts.lesson_number`,
    )
    .all(weekday, date, date) as {
    login: string;
    classSubjectId: number;
    subgroupId: number | null;
    lessonNumber: number;
    classId: number;
  }[];
  const pupilsOf = sqlite.prepare(
    `select e.student_id as id from enrollment e
      where e.class_id = ? and e.from_date <= ? and (e.to_date is null or e.to_date >= ?)
        and (? is null or e.student_id in (select student_id from subgroup_member where subgroup_id = ?))
      order by e.student_id`,
  );
  const days = new Map<string, TeacherDay>();
  for (const s of slots) {
    let day = days.get(s.login);
    if (!day) {
      if (days.size >= limit) continue;
      day = { login: s.login, lessons: [] };
      days.set(s.login, day);
    }
    const pupils = (pupilsOf.all(s.classId, date, date, s.subgroupId, s.subgroupId) as { id: number }[]).map(
      (p) => p.id,
    );
    day.lessons.push({
      classSubjectId: s.classSubjectId,
      subgroupId: s.subgroupId,
      lessonNumber: s.lessonNumber,
      pupils,
    });
  }
  return [...days.values()];
}
