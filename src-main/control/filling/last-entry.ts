import type { Database } from '../../db/connection';

/*
 * The day of each line's last lesson up to `until`, whatever the report's range: "the date of the
 * last entry". Read as maxima rather than as the year's lessons: the whole class's line takes every
 * lesson of its class subject (the index's class subject and date are enough), a subgroup's line its
 * own and the whole class's (the index walked back from `until` to the first that matches).
 */

export type LastLessonOf = (classSubjectId: number, subgroupId: number | null) => string | null;

/** A lookup of the last lesson day, for the class subjects of a JSON array of ids. */
export function lastLessonDays(db: Database, classSubjectIds: string, until: string): LastLessonOf {
  const whole = db.sqlite
    .prepare(
      `select class_subject_id as classSubjectId, max(date) as lastOn from lesson
        where class_subject_id in (select value from json_each(@ids)) and date <= @until
        group by class_subject_id`,
    )
    .all({ ids: classSubjectIds, until }) as { classSubjectId: number; lastOn: string }[];
  const groups = db.sqlite
    .prepare(
      `select g.id as subgroupId,
              (select l.date from lesson l
                where l.class_subject_id = g.class_subject_id and l.date <= @until
                  and (l.subgroup_id is null or l.subgroup_id = g.id)
                order by l.date desc limit 1) as lastOn
         from subgroup g where g.class_subject_id in (select value from json_each(@ids))`,
    )
    .all({ ids: classSubjectIds, until }) as { subgroupId: number; lastOn: string | null }[];
  const ofWhole = new Map(whole.map((r) => [r.classSubjectId, r.lastOn]));
  const ofGroup = new Map(groups.map((r) => [r.subgroupId, r.lastOn]));
  return (classSubjectId, subgroupId) =>
    (subgroupId === null ? ofWhole.get(classSubjectId) : ofGroup.get(subgroupId)) ?? null;
}
