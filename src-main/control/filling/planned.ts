import type { Database } from '../../db/connection';
import { groupBy } from './group';
import { dateOfDay, dayNumber, isoWeekday } from '../../timetable/dates';

/*
 * The timetable's lessons of many class subjects at once, by the same rule as the journal page's
 * planned columns (timetable/lesson-dates.ts): the version of a slot in force on each day, no lesson
 * on holidays or outside the year; a subgroup has its own slots and the whole class's. One query for
 * every slot of the year, one for its holidays, then day arithmetic.
 */

export interface PlannedSlot {
  date: string;
  lessonNumber: number;
}

interface SlotRow {
  classSubjectId: number;
  subgroupId: number | null;
  weekday: number;
  lessonNumber: number;
  validFrom: string;
  validTo: string | null;
}

export interface YearSpan {
  id: number;
  startsOn: string;
  endsOn: string;
}

export type PlannedOf = (classSubjectId: number, subgroupId: number | null) => PlannedSlot[];

/** A lookup of planned lessons between `from` and `until` (inclusive) for the year's class subjects. */
export function plannedLessons(db: Database, year: YearSpan, from: string, until: string): PlannedOf {
  const first = dayNumber(from > year.startsOn ? from : year.startsOn);
  const last = dayNumber(until < year.endsOn ? until : year.endsOn);
  const holidays = (
    db.sqlite.prepare('select starts_on as f, ends_on as t from holiday where year_id = ?').all(year.id) as {
      f: string;
      t: string;
    }[]
  ).map((h) => ({ from: dayNumber(h.f), to: dayNumber(h.t) }));
  const slots =
    first > last
      ? []
      : (db.sqlite
          .prepare(
            `select ts.class_subject_id as classSubjectId, ts.subgroup_id as subgroupId, ts.weekday,
                    ts.lesson_number as lessonNumber, ts.valid_from as validFrom, ts.valid_to as validTo
               from timetable_slot ts join class_subject cs on cs.id = ts.class_subject_id
               join class c on c.id = cs.class_id
              where c.year_id = @year and ts.valid_from <= @to and (ts.valid_to is null or ts.valid_to >= @from)
              order by ts.lesson_number`,
          )
          .all({ year: year.id, from: dateOfDay(first), to: dateOfDay(last) }) as SlotRow[]);
  const byLoad = groupBy(slots, (s) => s.classSubjectId);
  // The school days once, with their weekday and text: every line walks the same days.
  const days: { day: number; weekday: number; date: string }[] = [];
  for (let day = first; day <= last; day += 1) {
    if (!holidays.some((h) => h.from <= day && day <= h.to)) {
      days.push({ day, weekday: isoWeekday(day), date: dateOfDay(day) });
    }
  }

  return (classSubjectId, subgroupId) => {
    const own = (byLoad.get(classSubjectId) ?? [])
      .filter((s) => s.subgroupId === null || s.subgroupId === subgroupId)
      .map((s) => ({
        weekday: s.weekday,
        lessonNumber: s.lessonNumber,
        from: dayNumber(s.validFrom),
        to: s.validTo === null ? Infinity : dayNumber(s.validTo),
      }));
    if (!own.length) return [];
    const out: PlannedSlot[] = [];
    for (const { day, weekday, date } of days) {
      for (const s of own) {
        if (s.weekday === weekday && s.from <= day && day <= s.to) out.push({ date, lessonNumber: s.lessonNumber });
      }
    }
    return out;
  };
}
