import { statement, type Database } from '../db/connection';
import type { MarkKind } from '../db/schema';
import type { Role } from '../api/contract/permissions';

/**
 * When the journal may be changed, and by whom. Defaults follow the regulations (003 §4.2А, 004 §4.14.2,
 * §5.2, §5.3, §4.13.6–7); the school may change them in the `setting` table under `journal.editPolicy`.
 */
export interface EditPolicy {
  /** Local time (Bishkek) `HH:MM` until which a teacher edits a lesson, its marks and attendance on its day. */
  dayEndsAt: string;
  /**
   * Until when, on the lesson day, the homework may be changed. The regulation says 3 hours after the
   * day's last lesson; the program does not know when that is for every teacher, so it approximates it
   * by a configured hour (default: the same as `dayEndsAt`). Homework may always be entered in advance.
   */
  homeworkEndsAt: string;
  /** Marks of these kinds (written work) may be set this many days after the lesson (004 §5.3). */
  writtenMarkDays: number;
  writtenMarkKinds: MarkKind[];
  /** A class teacher may mark absences of their class excused for this many days (004 §4.13.6–7). */
  excuseDays: number;
  /** A correction's reason must be at least this long: "ok" is not a reason. */
  reasonMinLength: number;
}

export const defaultEditPolicy: EditPolicy = {
  dayEndsAt: '23:59',
  homeworkEndsAt: '23:59',
  writtenMarkDays: 10,
  writtenMarkKinds: ['write', 'control', 'test'],
  excuseDays: 7,
  reasonMinLength: 5,
};

export const editPolicyKey = 'journal.editPolicy';

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The stored policy over the defaults. A stored field of the wrong shape falls back to its default
 * rather than opening the journal wide: the setting is edited by hand until it has a screen.
 * Read afresh on every journal write (a saved setting applies at once), through a statement prepared
 * once per connection: the row is one primary-key lookup and a few bytes of JSON.
 */
export function readEditPolicy(db: Database): EditPolicy {
  const row = statement(db.sqlite, 'select value from setting where key = ?').get(editPolicyKey) as
    { value: string } | undefined;
  const stored = ((row ? JSON.parse(row.value) : null) ?? {}) as Partial<Record<keyof EditPolicy, unknown>>;
  const time = (v: unknown, d: string) => (typeof v === 'string' && hhmm.test(v) ? v : d);
  const count = (v: unknown, d: number) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : d);
  const d = defaultEditPolicy;
  return {
    dayEndsAt: time(stored.dayEndsAt, d.dayEndsAt),
    homeworkEndsAt: time(stored.homeworkEndsAt, d.homeworkEndsAt),
    writtenMarkDays: count(stored.writtenMarkDays, d.writtenMarkDays),
    writtenMarkKinds: Array.isArray(stored.writtenMarkKinds)
      ? (stored.writtenMarkKinds.filter((k) => typeof k === 'string') as MarkKind[])
      : d.writtenMarkKinds,
    excuseDays: count(stored.excuseDays, d.excuseDays),
    reasonMinLength: count(stored.reasonMinLength, d.reasonMinLength),
  };
}

/**
 * What is being changed: a lesson's entries, its homework, attendance, a mark (with its kind), or a
 * class teacher's excuse of an existing absence.
 */
export type EditKind = 'lesson' | 'homework' | 'attendance' | 'mark' | 'excuse';

export interface EditQuery {
  role: Role;
  /**
   * The caller's own: for a teacher, a lesson of their class subject, subgroup or substitution; for
   * 'excuse', a lesson of the class they are class teacher of. Ignored for the deputy.
   */
  isOwn: boolean;
  lessonDate: string;
  kind: EditKind;
  /** For kind 'mark'. */
  markKind?: MarkKind;
  now: Date;
  policy: EditPolicy;
  reason?: string | null;
}

export type EditRefusal = 'notAllowed' | 'notOwn' | 'notYet' | 'dayPassed' | 'reasonRequired';
export type EditDecision = { ok: true; correction: boolean } | { ok: false; reason: EditRefusal };

const bishkekOffsetMs = 6 * 3_600_000;

/** `YYYY-MM-DDTHH:MM` on the school's wall clock (UTC+6 all year, as in calendar/school-day.ts). */
export function localMinute(now: Date): string {
  return new Date(now.getTime() + bishkekOffsetMs).toISOString().slice(0, 16);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last local minute a teacher may make this change, or null for "before the lesson day only". */
function deadline(q: EditQuery): string {
  const p = q.policy;
  switch (q.kind) {
    case 'homework':
      return `${q.lessonDate}T${p.homeworkEndsAt}`;
    case 'excuse':
      return `${addDays(q.lessonDate, p.excuseDays)}T${p.dayEndsAt}`;
    case 'mark':
      if (q.markKind && p.writtenMarkKinds.includes(q.markKind)) {
        return `${addDays(q.lessonDate, p.writtenMarkDays)}T${p.dayEndsAt}`;
      }
      return `${q.lessonDate}T${p.dayEndsAt}`;
    default:
      return `${q.lessonDate}T${p.dayEndsAt}`;
  }
}

/**
 * The edit rule, pure: a teacher changes their own lessons inside the window; the deputy corrects any
 * lesson at any time with a written reason (every deputy change is a correction of someone else's
 * entry, so even on the day it needs one); the director and the administrator change nothing.
 * Marks and attendance wait for the lesson day; lessons and homework may be written in advance.
 * A deadline is inclusive of its minute: 23:59 allows 23:59:59.
 */
export function canEdit(q: EditQuery): EditDecision {
  const today = localMinute(q.now).slice(0, 10);
  const inFuture = q.lessonDate > today;
  if (inFuture && (q.kind === 'mark' || q.kind === 'attendance' || q.kind === 'excuse')) {
    return { ok: false, reason: 'notYet' };
  }
  if (q.role === 'deputy') {
    const given = (q.reason ?? '').trim();
    if (given.length < Math.max(1, q.policy.reasonMinLength)) return { ok: false, reason: 'reasonRequired' };
    return { ok: true, correction: true };
  }
  if (q.role !== 'teacher') return { ok: false, reason: 'notAllowed' };
  if (!q.isOwn) return { ok: false, reason: 'notOwn' };
  if (localMinute(q.now) > deadline(q)) return { ok: false, reason: 'dayPassed' };
  return { ok: true, correction: false };
}
