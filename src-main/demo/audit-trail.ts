import { hashOf } from '../audit/audit-log';
import type { Database } from '../db/connection';
import { markAuditId } from '../journal/marks';
import { periodMarkAuditId } from '../period-marks/write';
import type { MarkKind } from '../db/schema';

/** One journal entry as the router would have audited it, before it is chained. */
interface Entry {
  at: string;
  userId: number | null;
  actor: string | null;
  action: string;
  entity: string;
  entityId: string;
  after: string;
}

const genesis = '0'.repeat(64);

/**
 * What the teachers entered between `from` and `to` (inclusive), read back from the journal: each
 * lesson, mark, absence and period mark as the audit entry the router writes for it (same action,
 * entity, key and row), in the order they were entered.
 */
function entriesBetween(db: Database, from: string, to: string): Entry[] {
  const actor = db.sqlite.prepare('select id, login from user').all() as { id: number; login: string }[];
  const login = new Map(actor.map((u) => [u.id, u.login]));
  const entries: Entry[] = [];
  const push = (e: Omit<Entry, 'actor'>) =>
    entries.push({ ...e, actor: e.userId === null ? null : (login.get(e.userId) ?? null) });
  const lessons = db.sqlite
    .prepare(
      `select id, class_subject_id as cs, subgroup_id as sg, date, lesson_number as n, plan_topic_id as pt, topic,
              class_work as cw, homework as hw, taught_by as tb, created_at as at, created_by as userId
         from lesson where date between ? and ?`,
    )
    .all(from, to) as Record<string, string | number | null>[];
  for (const l of lessons) {
    const after = {
      lessonId: l.id,
      classSubjectId: l.cs,
      subgroupId: l.sg,
      date: l.date,
      lessonNumber: l.n,
      planTopicId: l.pt,
      topic: l.topic,
      classWork: l.cw,
      homework: l.hw,
      taughtBy: l.tb,
      isSubstitution: false,
    };
    const base = { at: String(l.at), userId: l.userId as number | null, action: 'journal.lessonSave' };
    push({ ...base, entity: 'lesson', entityId: String(l.id), after: JSON.stringify(after) });
  }
  const marks = db.sqlite
    .prepare(
      `select m.id, m.lesson_id as lessonId, m.student_id as studentId, m.kind, m.value, m.numeric, m.entered_at as at,
              m.entered_by as userId
         from mark m join lesson l on l.id = m.lesson_id where l.date between ? and ?`,
    )
    .all(from, to) as {
    id: number;
    lessonId: number;
    studentId: number;
    kind: MarkKind;
    value: string;
    numeric: number | null;
    at: string;
    userId: number | null;
  }[];
  for (const m of marks) {
    const after = {
      markId: m.id,
      lessonId: m.lessonId,
      studentId: m.studentId,
      kind: m.kind,
      value: m.value,
      numeric: m.numeric,
      comment: null,
    };
    const entityId = markAuditId(m.lessonId, m.studentId, m.kind);
    push({
      at: m.at,
      userId: m.userId,
      action: 'journal.markSet',
      entity: 'mark',
      entityId,
      after: JSON.stringify(after),
    });
  }
  const absences = db.sqlite
    .prepare(
      `select a.lesson_id as lessonId, a.student_id as studentId, a.status, a.reason_kind as reasonKind, a.reason,
              a.late_minutes as lateMinutes, a.entered_at as at, a.entered_by as userId
         from attendance a join lesson l on l.id = a.lesson_id where l.date between ? and ?`,
    )
    .all(from, to) as { lessonId: number; studentId: number; at: string; userId: number | null }[];
  for (const a of absences) {
    const { at, userId, ...after } = a;
    const entityId = `${a.lessonId}:${a.studentId}`;
    push({ at, userId, action: 'journal.attendanceSet', entity: 'attendance', entityId, after: JSON.stringify(after) });
  }
  const periodMarks = db.sqlite
    .prepare(
      `select class_subject_id as classSubjectId, student_id as studentId, kind, number, value,
              proposed_value as proposedValue, set_at as at, set_by as userId
         from period_mark where substr(set_at, 1, 10) between ? and ?`,
    )
    .all(from, to) as {
    classSubjectId: number;
    studentId: number;
    kind: string;
    number: number;
    at: string;
    userId: number | null;
  }[];
  for (const p of periodMarks) {
    const { at, userId, ...after } = p;
    const entityId = periodMarkAuditId(p as Parameters<typeof periodMarkAuditId>[0]);
    push({ at, userId, action: 'periodMarks.set', entity: 'period_mark', entityId, after: JSON.stringify(after) });
  }
  // Stable: entries entered at the same instant keep the order lesson, mark, absence, period mark.
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * Writes the audit trail of the journal between two dates, chained after the last entry, with one
 * prepared statement: the chain is hashed exactly as appendAudit does, so verify-audit passes.
 * Returns the number of entries written.
 */
export function auditJournal(db: Database, from: string, to: string): number {
  const last = db.sqlite.prepare('select hash from audit_entry order by id desc limit 1').pluck().get() as
    string | undefined;
  let prevHash = last ?? genesis;
  const insert = db.sqlite.prepare(
    `insert into audit_entry (at, user_id, actor, action, entity, entity_id, before, after, reason, address, prev_hash, hash)
     values (?, ?, ?, ?, ?, ?, null, ?, null, null, ?, ?)`,
  );
  const entries = entriesBetween(db, from, to);
  for (const e of entries) {
    const row = { ...e, before: null, reason: null, address: null, prevHash };
    const hash = hashOf(row);
    insert.run(e.at, e.userId, e.actor, e.action, e.entity, e.entityId, e.after, prevHash, hash);
    prevHash = hash;
  }
  return entries.length;
}
