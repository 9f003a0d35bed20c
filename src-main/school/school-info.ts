import { count, desc } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '../db/connection';
import * as t from '../db/schema';
import type { AuditRow, SchoolInfo } from '../api/contract/school';
import { currentYear } from './academic-year';

/** The main tables, as `info` and the home screen count them. */
const counted: Record<string, SQLiteTable> = {
  students: t.student,
  classes: t.schoolClass,
  users: t.user,
  staff: t.staff,
  subjects: t.subject,
  classSubjects: t.classSubject,
  enrollments: t.enrollment,
  lessons: t.lesson,
  marks: t.mark,
  attendance: t.attendance,
  periodMarks: t.periodMark,
  planTopics: t.planTopic,
  auditEntries: t.auditEntry,
};

export function rowCounts(db: Database): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counted).map(([name, table]) => [name, db.orm.select({ n: count() }).from(table).get()?.n ?? 0]),
  );
}

export function schoolInfo(db: Database): SchoolInfo | null {
  const s = db.orm.select().from(t.school).get();
  if (!s) return null;
  const year = currentYear(db);
  return {
    nameKy: s.nameKy,
    nameRu: s.nameRu,
    schemaVersion: db.schemaVersion,
    currentYear: year ? { id: year.id, title: year.title, startsOn: year.startsOn, endsOn: year.endsOn } : null,
    counts: rowCounts(db),
  };
}

export function recentAudit(db: Database, limit: number): AuditRow[] {
  return db.orm
    .select({
      id: t.auditEntry.id,
      at: t.auditEntry.at,
      actor: t.auditEntry.actor,
      action: t.auditEntry.action,
      entity: t.auditEntry.entity,
      entityId: t.auditEntry.entityId,
      address: t.auditEntry.address,
    })
    .from(t.auditEntry)
    .orderBy(desc(t.auditEntry.id))
    .limit(limit)
    .all();
}
