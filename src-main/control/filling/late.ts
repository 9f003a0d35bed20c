import type { Database } from '../../db/connection';
import type { MarkKind } from '../../db/schema';
import { addDays, localMinute, type EditPolicy } from '../../journal/edit-policy';

/*
 * Marks and attendance entered late, read from the audit trail: each change of a mark or of an
 * attendance row is one entry (journal/marks.ts, journal/attendance.ts), keyed `lesson:student:kind`
 * and `lesson:student`, stamped with the moment it was made. An entry is late when it was made after
 * the window the edit rule gives a teacher for it (edit-policy.ts): the lesson day's end, ten days
 * for written work, the excuse days for a class teacher's excuse of an absence. On the default policy
 * a teacher cannot enter late at all, so these are the deputy's corrections on a teacher's behalf, or
 * entries made under a looser policy: either way the journal was not kept on time.
 *
 * The mark and attendance rows cannot stand in for the trail: an entry counts each change, and a mark
 * cleared late leaves no row. So the trail is read, but SQL keeps only the entries made after their
 * lesson day's end (the earliest deadline of all), which on a journal kept on time is none of the
 * hundreds of thousands a quarter holds; the exact rule then runs on those few. The entity's index
 * holds each entry's moment (migration 0004), so the others are passed over without reading the trail.
 */

export interface LateCount {
  entries: number;
  lastAt: string;
}

/** A lesson of the range with late entries: its marks', its attendance's, or both. */
export interface LateLesson {
  lessonId: number;
  classSubjectId: number;
  subgroupId: number | null;
  date: string;
  lessonNumber: number | null;
  marks: LateCount | null;
  attendance: LateCount | null;
}

interface AuditRow {
  lessonId: number;
  classSubjectId: number;
  subgroupId: number | null;
  date: string;
  lessonNumber: number | null;
  entity: 'mark' | 'attendance';
  entityId: string;
  at: string;
  before: string | null;
  after: string | null;
}

const isAbsence = (json: string | null) =>
  json !== null && (JSON.parse(json) as { status?: string }).status === 'absent';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmmOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The lesson day's end (`dayEndsAt` in Bishkek, UTC+6) as a UTC day offset and time, so that SQL can
 * compare the trail's ISO moments with `lesson day (or the day before) || 'T' || time` as text.
 */
function dayEndInUtc(dayEndsAt: string): { dayBefore: number; time: string } {
  const utc = minutesOf(dayEndsAt) - 6 * 60;
  return utc >= 0 ? { dayBefore: 0, time: hhmmOf(utc) } : { dayBefore: 1, time: hhmmOf(utc + 1440) };
}

/**
 * The lessons with late entries, by date and number, among the lessons of these class subjects (a JSON
 * array of ids) between `from` and `until` (the report's lessons).
 */
export function lateEntries(
  db: Database,
  classSubjectIds: string,
  range: { from: string; until: string },
  policy: EditPolicy,
): LateLesson[] {
  const out = new Map<number, LateLesson>();
  const end = dayEndInUtc(policy.dayEndsAt);
  // Each lesson's entries are found by the prefix of their key (`lesson:` up to `lesson;`, ';' being
  // the character after ':'), on the index that also holds their moment. `a.at >` a minute keeps
  // every entry of that minute too; the exact rule below decides.
  const rows = db.sqlite
    .prepare(
      `select l.id as lessonId, l.class_subject_id as classSubjectId, l.subgroup_id as subgroupId, l.date,
              l.lesson_number as lessonNumber, a.entity, a.entity_id as entityId, a.at, a.before, a.after
         from lesson l cross join audit_entry a
        where l.class_subject_id in (select value from json_each(@ids)) and l.date between @from and @until
          and a.entity in ('mark', 'attendance') and a.entity_id > l.id || ':' and a.entity_id < l.id || ';'
          and a.at > (case @dayBefore when 1 then date(l.date, '-1 days') else l.date end) || 'T' || @time
        order by l.date, l.lesson_number, l.id`,
    )
    .all({
      from: range.from,
      until: range.until,
      ids: classSubjectIds,
      ...end,
    }) as AuditRow[];
  for (const row of rows) {
    const kind = row.entityId.split(':')[2];
    const date = row.date;
    let deadline = `${date}T${policy.dayEndsAt}`;
    if (row.entity === 'mark' && policy.writtenMarkKinds.includes(kind as MarkKind)) {
      deadline = `${addDays(date, policy.writtenMarkDays)}T${policy.dayEndsAt}`;
    } else if (row.entity === 'attendance' && isAbsence(row.before) && isAbsence(row.after)) {
      // Only the reason of an absence changed: the class teacher's excuse, allowed for some days.
      deadline = `${addDays(date, policy.excuseDays)}T${policy.dayEndsAt}`;
    }
    if (localMinute(new Date(row.at)) <= deadline) continue;
    const { lessonId, classSubjectId, subgroupId, lessonNumber } = row;
    let lesson = out.get(lessonId);
    if (!lesson) {
      lesson = { lessonId, classSubjectId, subgroupId, date, lessonNumber, marks: null, attendance: null };
      out.set(lessonId, lesson);
    }
    const key = row.entity === 'mark' ? 'marks' : 'attendance';
    const seen = lesson[key];
    if (!seen) lesson[key] = { entries: 1, lastAt: row.at };
    else {
      seen.entries += 1;
      if (row.at > seen.lastAt) seen.lastAt = row.at;
    }
  }
  // In the rows' order: a lesson enters the map at its first late entry.
  return [...out.values()];
}
