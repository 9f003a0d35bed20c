import type { Database } from '../../db/connection';
import { dayNumber, isoWeekday } from '../../timetable/dates';

/*
 * The lessons the timetable had in a span of days, counted per class: every slot (whole class or a
 * subgroup's) on each day of its weekday while its version is in force, except holidays and days
 * outside the school year. The journal page's planned columns by the same rule
 * (`timetable/lesson-dates.ts`), for all classes of a year in two queries.
 */

interface Slot {
  classId: number;
  weekday: number;
  validFrom: string;
  validTo: string | null;
}

export function plannedPerClass(db: Database, yearId: number, from: string, to: string): Map<number, number> {
  const year = db.sqlite
    .prepare(
      `select starts_on as startsOn, ends_on as endsOn,
              (select json_group_array(json_array(h.starts_on, h.ends_on)) from holiday h where h.year_id = y.id) as holidays
         from academic_year y where y.id = ?`,
    )
    .get(yearId) as { startsOn: string; endsOn: string; holidays: string } | undefined;
  const out = new Map<number, number>();
  if (!year) return out;
  const first = dayNumber(from > year.startsOn ? from : year.startsOn);
  const last = dayNumber(to < year.endsOn ? to : year.endsOn);
  if (first > last) return out;
  const slots = db.sqlite
    .prepare(
      `select cs.class_id as classId, ts.weekday, ts.valid_from as validFrom, ts.valid_to as validTo
         from timetable_slot ts join class_subject cs on cs.id = ts.class_subject_id join class c on c.id = cs.class_id
        where c.year_id = ? and ts.valid_from <= ? and (ts.valid_to is null or ts.valid_to >= ?)`,
    )
    .all(yearId, to, from) as Slot[];
  const holidays = (JSON.parse(year.holidays) as [string, string][]).map(([a, b]) => [dayNumber(a), dayNumber(b)]);
  for (let day = first; day <= last; day += 1) {
    if (holidays.some(([a = 0, b = 0]) => a <= day && day <= b)) continue;
    const weekday = isoWeekday(day);
    for (const s of slots) {
      if (s.weekday !== weekday || dayNumber(s.validFrom) > day) continue;
      if (s.validTo !== null && dayNumber(s.validTo) < day) continue;
      out.set(s.classId, (out.get(s.classId) ?? 0) + 1);
    }
  }
  return out;
}
