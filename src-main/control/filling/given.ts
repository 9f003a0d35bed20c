import type { Database } from '../../db/connection';

/*
 * The range's lessons as the lines need them, without carrying every lesson into JS (each row crossing
 * over costs more than SQL's reading it; a large school's year has 110,000 lessons): per class subject
 * and subgroup, how many were entered and their keys `date:number` (to tell which timetable lessons
 * were given); and, in the journal's order, only the lessons whose day is over yet lack a topic or
 * homework.
 */

export interface EnteredLessons {
  classSubjectId: number;
  subgroupId: number | null;
  entered: number;
  /** `date:number` per lesson, `date:` for a lesson without a number. */
  keys: string[];
}

export interface UnfinishedLesson {
  lessonId: number;
  classSubjectId: number;
  subgroupId: number | null;
  date: string;
  lessonNumber: number | null;
  hasTopic: number;
  hasHomework: number;
}

const hasTopic = `(plan_topic_id is not null or trim(coalesce(topic, '')) <> '')`;
const hasHomework = `trim(coalesce(homework, '')) <> ''`;

/** The lessons between `from` and `until` of the class subjects of a JSON array of ids, per subgroup. */
export function enteredLessons(db: Database, classSubjectIds: string, from: string, until: string): EnteredLessons[] {
  const rows = db.sqlite
    .prepare(
      `select class_subject_id as classSubjectId, subgroup_id as subgroupId, count(*) as entered,
              group_concat(date || ':' || coalesce(lesson_number, '')) as keys
         from lesson where class_subject_id in (select value from json_each(@ids)) and date between @from and @until
        group by class_subject_id, subgroup_id`,
    )
    .all({ ids: classSubjectIds, from, until }) as (Omit<EnteredLessons, 'keys'> & { keys: string })[];
  return rows.map((r) => ({ ...r, keys: r.keys.split(',') }));
}

/** The lessons between `from` and `last` without a topic or without homework, by date and number. */
export function unfinishedLessons(
  db: Database,
  classSubjectIds: string,
  from: string,
  last: string,
): UnfinishedLesson[] {
  return db.sqlite
    .prepare(
      `select id as lessonId, class_subject_id as classSubjectId, subgroup_id as subgroupId, date,
              lesson_number as lessonNumber, ${hasTopic} as hasTopic, ${hasHomework} as hasHomework
         from lesson where class_subject_id in (select value from json_each(@ids)) and date between @from and @last
          and not (${hasTopic} and ${hasHomework})
        order by date, lesson_number, id`,
    )
    .all({ ids: classSubjectIds, from, last }) as UnfinishedLesson[];
}
