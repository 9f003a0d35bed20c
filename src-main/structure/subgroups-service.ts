import { and, count, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { lesson, planTopic, subgroup, subgroupMember, timetableSlot } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { FieldIssue } from '../api/contract/errors';
import type { LoadRow } from '../api/contract/structure';
import { pupilsOfClass } from '../roster/pupils';
import { schoolDay } from '../calendar/school-day';
import { writableClass } from './classes-service';
import { findLoad, loadRow } from './load-service';
import { requireActiveStaff } from './staff-service';

export interface SubgroupInput {
  id?: number | undefined;
  name: string;
  teacherId: number | null;
  studentIds: number[];
}

/** Lessons, plan topics or timetable slots given to a subgroup: it is in the record and cannot go. */
function inUse(db: Database, subgroupId: number): boolean {
  const n = (table: typeof lesson | typeof planTopic | typeof timetableSlot) =>
    db.orm.select({ n: count() }).from(table).where(eq(table.subgroupId, subgroupId)).get()?.n ?? 0;
  return n(lesson) + n(planTopic) + n(timetableSlot) > 0;
}

/**
 * The membership rules, as field messages: names differ, a pupil is in one group at most, and only
 * pupils enrolled in the class today can be put in its groups (000 §4.14.13: fixed with the class teacher).
 */
export function subgroupIssues(groups: readonly SubgroupInput[], enrolled: ReadonlySet<number>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const names = new Set<string>();
  const placed = new Map<number, number>();
  groups.forEach((g, i) => {
    const name = g.name.trim().toLowerCase();
    if (names.has(name)) issues.push({ path: `groups.${i}.name`, message: 'validation.subgroup.nameTwice' });
    names.add(name);
    g.studentIds.forEach((studentId) => {
      const path = `groups.${i}.studentIds`;
      if (!enrolled.has(studentId)) {
        issues.push({ path, message: 'validation.subgroup.notInClass', params: { studentId } });
      } else if (placed.has(studentId)) {
        issues.push({
          path,
          message: 'validation.subgroup.twice',
          params: { studentId, group: placed.get(studentId) ?? 0 },
        });
      } else placed.set(studentId, i + 1);
    });
  });
  return issues;
}

/** Sets a load line's subgroups as a whole: kept ones are updated in place, missing ones removed. */
export function setSubgroups(ctx: CallContext, classSubjectId: number, groups: readonly SubgroupInput[]): LoadRow {
  const db = ctx.app.db;
  const line = findLoad(db, classSubjectId);
  writableClass(db, line.classId);
  groups.forEach((g, i) => requireActiveStaff(db, g.teacherId, `groups.${i}.teacherId`));
  const enrolled = new Set(pupilsOfClass(db, line.classId, schoolDay(ctx.now)).map((p) => p.id));
  const issues = subgroupIssues(groups, enrolled);
  if (issues.length) throw new ApiError('INVALID_INPUT', undefined, issues);

  const before = loadRow(db, classSubjectId);
  const existing = before.subgroups;
  // A group keeps its row (and so its lessons) by id, or else by name.
  const matched = groups.map((g, i) => {
    if (g.id !== undefined) {
      const found = existing.find((e) => e.id === g.id);
      if (!found)
        throw new ApiError('INVALID_INPUT', undefined, [
          { path: `groups.${i}.id`, message: 'validation.subgroup.unknown' },
        ]);
      return found.id;
    }
    return existing.find((e) => e.name.trim().toLowerCase() === g.name.trim().toLowerCase())?.id ?? null;
  });
  matched.forEach((id, i) => {
    if (id !== null && matched.indexOf(id) !== i) {
      throw new ApiError('INVALID_INPUT', undefined, [
        { path: `groups.${i}.id`, message: 'validation.subgroup.unknown' },
      ]);
    }
  });
  const dropped = existing.filter((e) => !matched.includes(e.id));
  const busy = dropped.filter((e) => inUse(db, e.id));
  if (busy.length) {
    throw new ApiError(
      'CONFLICT',
      undefined,
      busy.map((e) => ({ path: 'groups', message: 'validation.subgroup.hasLessons', params: { name: e.name } })),
    );
  }

  // The form lists today's pupils only: their memberships are rewritten, while a pupil who has left
  // keeps the group they were in (their marks in its lessons stay theirs). A removed group goes whole.
  const keptIds = existing.filter((e) => matched.includes(e.id)).map((e) => e.id);
  const droppedIds = dropped.map((e) => e.id);
  if (droppedIds.length) db.orm.delete(subgroupMember).where(inArray(subgroupMember.subgroupId, droppedIds)).run();
  if (keptIds.length && enrolled.size) {
    db.orm
      .delete(subgroupMember)
      .where(and(inArray(subgroupMember.subgroupId, keptIds), inArray(subgroupMember.studentId, [...enrolled])))
      .run();
  }
  if (dropped.length)
    db.orm
      .delete(subgroup)
      .where(
        inArray(
          subgroup.id,
          dropped.map((e) => e.id),
        ),
      )
      .run();
  groups.forEach((g, i) => {
    let id = matched[i] ?? null;
    if (id === null) {
      id = db.orm
        .insert(subgroup)
        .values({ classSubjectId, name: g.name, teacherId: g.teacherId })
        .returning({ id: subgroup.id })
        .get().id;
    } else {
      db.orm.update(subgroup).set({ name: g.name, teacherId: g.teacherId }).where(eq(subgroup.id, id)).run();
    }
    if (g.studentIds.length) {
      db.orm
        .insert(subgroupMember)
        .values(g.studentIds.map((studentId) => ({ subgroupId: id, studentId })))
        .run();
    }
  });
  const after = loadRow(db, classSubjectId);
  ctx.audit({ entity: 'subgroup', entityId: classSubjectId, before: before.subgroups, after: after.subgroups });
  return after;
}
