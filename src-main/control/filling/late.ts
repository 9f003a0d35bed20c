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
 */

export interface LateCount {
  entries: number;
  lastAt: string;
}

export interface LateEntries {
  marks: Map<number, LateCount>;
  attendance: Map<number, LateCount>;
}

interface AuditRow {
  entity: 'mark' | 'attendance';
  entityId: string;
  at: string;
  before: string | null;
  after: string | null;
}

const isAbsence = (json: string | null) =>
  json !== null && (JSON.parse(json) as { status?: string }).status === 'absent';

/** Late entries per lesson, for lessons whose dates `lessonDate` knows (the report's lessons). */
export function lateEntries(
  db: Database,
  lessonDate: ReadonlyMap<number, string>,
  from: string,
  policy: EditPolicy,
): LateEntries {
  const out: LateEntries = { marks: new Map(), attendance: new Map() };
  if (!lessonDate.size) return out;
  // Nothing about a lesson on `from` or later was entered before the day before it (UTC+6 at most).
  const rows = db.sqlite
    .prepare(
      `select entity, entity_id as entityId, at, before, after from audit_entry
        where at >= ? and entity in ('mark', 'attendance')`,
    )
    .all(`${addDays(from, -1)}T00:00`) as AuditRow[];
  for (const row of rows) {
    const [lessonPart, , kind] = row.entityId.split(':');
    const lessonId = Number(lessonPart);
    const date = lessonDate.get(lessonId);
    if (date === undefined) continue;
    let deadline = `${date}T${policy.dayEndsAt}`;
    if (row.entity === 'mark' && policy.writtenMarkKinds.includes(kind as MarkKind)) {
      deadline = `${addDays(date, policy.writtenMarkDays)}T${policy.dayEndsAt}`;
    } else if (row.entity === 'attendance' && isAbsence(row.before) && isAbsence(row.after)) {
      // Only the reason of an absence changed: the class teacher's excuse, allowed for some days.
      deadline = `${addDays(date, policy.excuseDays)}T${policy.dayEndsAt}`;
    }
    if (localMinute(new Date(row.at)) <= deadline) continue;
    const map = row.entity === 'mark' ? out.marks : out.attendance;
    const seen = map.get(lessonId);
    if (!seen) map.set(lessonId, { entries: 1, lastAt: row.at });
    else {
      seen.entries += 1;
      if (row.at > seen.lastAt) seen.lastAt = row.at;
    }
  }
  return out;
}
