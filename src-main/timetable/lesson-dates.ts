import type { Database } from '../db/connection';
import { dateOfDay, dayNumber, isoWeekday } from './dates';

export interface PlannedLesson {
  date: string;
  lessonNumber: number;
  room: string | null;
}

interface Head {
  startsOn: string;
  endsOn: string;
  /** JSON: `[[startsOn, endsOn], …]`. */
  holidays: string;
}

interface SlotSpan {
  weekday: number;
  lessonNumber: number;
  room: string | null;
  validFrom: string;
  validTo: string | null;
}

type Statement = ReturnType<Database['sqlite']['prepare']>;

// Prepared once per open database: the journal page asks on every opening.
const statements = new WeakMap<Database, { head: Statement; slots: Statement }>();

function prepared(db: Database) {
  let s = statements.get(db);
  if (!s) {
    s = {
      // The class subject's year and its holidays, in one row.
      head: db.sqlite.prepare(
        `select y.starts_on as startsOn, y.ends_on as endsOn,
                (select json_group_array(json_array(h.starts_on, h.ends_on)) from holiday h where h.year_id = y.id)
                  as holidays
           from class_subject cs join class c on c.id = cs.class_id join academic_year y on y.id = c.year_id
          where cs.id = ?`,
      ),
      // For a subgroup, its own slots and the whole class's; without one, the whole class's only.
      slots: db.sqlite.prepare(
        `select weekday, lesson_number as lessonNumber, room, valid_from as validFrom, valid_to as validTo
           from timetable_slot
          where class_subject_id = @classSubjectId and (subgroup_id is null or subgroup_id is @subgroupId)
            and valid_from <= @to and (valid_to is null or valid_to >= @from)`,
      ),
    };
    statements.set(db, s);
  }
  return s;
}

/**
 * The days a class subject (or one of its subgroups) has lessons between two dates, inclusive, by the
 * timetable version in force on each day: the journal page's planned columns. Holidays and days
 * outside the school year have none. Two queries, then arithmetic on day numbers; sorted by date,
 * then lesson number.
 */
export function plannedLessonDates(
  db: Database,
  q: { classSubjectId: number; subgroupId: number | null; from: string; to: string },
): PlannedLesson[] {
  const { head, slots } = prepared(db);
  const year = head.get(q.classSubjectId) as Head | undefined;
  if (!year) return [];
  const first = dayNumber(q.from > year.startsOn ? q.from : year.startsOn);
  const last = dayNumber(q.to < year.endsOn ? q.to : year.endsOn);
  if (first > last) return [];

  const spans = (slots.all({ ...q, from: dateOfDay(first), to: dateOfDay(last) }) as SlotSpan[]).map((s) => ({
    weekday: s.weekday,
    lessonNumber: s.lessonNumber,
    room: s.room,
    from: dayNumber(s.validFrom),
    to: s.validTo === null ? Infinity : dayNumber(s.validTo),
  }));
  if (!spans.length) return [];
  const holidays = (JSON.parse(year.holidays) as [string, string][]).map(([from, to]) => ({
    from: dayNumber(from),
    to: dayNumber(to),
  }));
  const byWeekday = new Map<number, typeof spans>();
  for (const s of spans.sort((a, b) => a.lessonNumber - b.lessonNumber)) {
    byWeekday.set(s.weekday, [...(byWeekday.get(s.weekday) ?? []), s]);
  }

  const out: PlannedLesson[] = [];
  for (let day = first; day <= last; day += 1) {
    const today = byWeekday.get(isoWeekday(day));
    if (!today || holidays.some((h) => h.from <= day && day <= h.to)) continue;
    let date: string | null = null;
    for (const s of today) {
      if (s.from > day || s.to < day) continue;
      date ??= dateOfDay(day);
      out.push({ date, lessonNumber: s.lessonNumber, room: s.room });
    }
  }
  return out;
}
