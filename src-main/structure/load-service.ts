import { and, count, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Database } from '../db/connection';
import {
  classSubject,
  lesson,
  periodMark,
  planTopic,
  schoolClass,
  subgroup,
  subgroupMember,
  subject,
  substitution,
  timetableSlot,
} from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { LoadRow } from '../api/contract/structure';
import { classTitle } from '../roster/classes';
import { compareKyrgyz } from '../text/kyrgyz-order';
import { yearOrCurrent } from '../calendar/year-guard';
import { findClass, writableClass } from './classes-service';
import { findSubject } from './subjects-service';
import { peopleByIds, requireActiveStaff } from './staff-service';

type LoadRecord = typeof classSubject.$inferSelect;

function countBy<K extends number>(rows: { k: K | null; n: number }[]): Map<K, number> {
  return new Map(rows.filter((r): r is { k: K; n: number } => r.k !== null).map((r) => [r.k, r.n]));
}

/** Load lines with their class, subject, teacher and subgroups, in the journal's order. */
function loadRows(db: Database, where: SQL | undefined): LoadRow[] {
  const lines = db.orm
    .select({ load: classSubject, cls: schoolClass, subj: subject })
    .from(classSubject)
    .innerJoin(schoolClass, eq(schoolClass.id, classSubject.classId))
    .innerJoin(subject, eq(subject.id, classSubject.subjectId))
    .where(where)
    .all();
  if (!lines.length) return [];
  const ids = lines.map((l) => l.load.id);
  const groups = db.orm.select().from(subgroup).where(inArray(subgroup.classSubjectId, ids)).all();
  const groupIds = groups.map((g) => g.id);
  const members = groupIds.length
    ? db.orm.select().from(subgroupMember).where(inArray(subgroupMember.subgroupId, groupIds)).all()
    : [];
  const lessonsByLine = countBy(
    db.orm
      .select({ k: lesson.classSubjectId, n: count() })
      .from(lesson)
      .where(inArray(lesson.classSubjectId, ids))
      .groupBy(lesson.classSubjectId)
      .all(),
  );
  const lessonsByGroup = groupIds.length
    ? countBy(
        db.orm
          .select({ k: lesson.subgroupId, n: count() })
          .from(lesson)
          .where(inArray(lesson.subgroupId, groupIds))
          .groupBy(lesson.subgroupId)
          .all(),
      )
    : new Map<number, number>();
  const people = peopleByIds(db, [...lines.map((l) => l.load.teacherId), ...groups.map((g) => g.teacherId)]);
  const person = (staffId: number | null) => (staffId === null ? null : (people.get(staffId) ?? null));

  return lines
    .sort(
      (a, b) =>
        a.cls.grade - b.cls.grade ||
        compareKyrgyz(a.cls.letter, b.cls.letter) ||
        a.subj.sortOrder - b.subj.sortOrder ||
        compareKyrgyz(a.subj.nameKy, b.subj.nameKy),
    )
    .map(({ load, cls, subj }) => ({
      id: load.id,
      classId: cls.id,
      className: classTitle(cls),
      subjectId: subj.id,
      subjectNameKy: subj.nameKy,
      subjectNameRu: subj.nameRu,
      teacher: person(load.teacherId),
      hoursPerWeek: load.hoursPerWeek,
      lessonCount: lessonsByLine.get(load.id) ?? 0,
      subgroups: groups
        .filter((g) => g.classSubjectId === load.id)
        .sort((a, b) => a.id - b.id)
        .map((g) => {
          const studentIds = members.filter((m) => m.subgroupId === g.id).map((m) => m.studentId);
          return {
            id: g.id,
            name: g.name,
            teacher: person(g.teacherId),
            memberCount: studentIds.length,
            studentIds,
            lessonCount: lessonsByGroup.get(g.id) ?? 0,
          };
        }),
    }));
}

export function findLoad(db: Database, classSubjectId: number): LoadRecord {
  const row = db.orm.select().from(classSubject).where(eq(classSubject.id, classSubjectId)).get();
  if (!row) throw new ApiError('NOT_FOUND');
  return row;
}

export function loadRow(db: Database, classSubjectId: number): LoadRow {
  const [row] = loadRows(db, eq(classSubject.id, classSubjectId));
  if (!row) throw new ApiError('NOT_FOUND');
  return row;
}

/**
 * One class's load (of whatever year), or else the current year's, optionally only what a teacher
 * gives: as the line's teacher or as one of its subgroups' teachers.
 */
export function listLoad(
  db: Database,
  filter: { classId?: number | undefined; teacherId?: number | undefined },
): LoadRow[] {
  const conditions: (SQL | undefined)[] = [];
  if (filter.classId !== undefined) {
    conditions.push(eq(classSubject.classId, findClass(db, filter.classId).id));
  } else {
    conditions.push(eq(schoolClass.yearId, yearOrCurrent(db, undefined).id));
  }
  if (filter.teacherId !== undefined) {
    const viaGroups = db.orm
      .select({ id: subgroup.classSubjectId })
      .from(subgroup)
      .where(eq(subgroup.teacherId, filter.teacherId));
    conditions.push(or(eq(classSubject.teacherId, filter.teacherId), inArray(classSubject.id, viaGroups)));
  }
  return loadRows(db, and(...conditions));
}

export interface NewLoad {
  classId: number;
  subjectId: number;
  teacherId: number | null;
  hoursPerWeek: number;
}

/**
 * A class has one line per subject. A class split between two teachers is one line with subgroups,
 * so the journal, the plan and the period marks of that subject stay in one place.
 */
export function createLoad(ctx: CallContext, input: NewLoad): LoadRow {
  const db = ctx.app.db;
  writableClass(db, input.classId);
  const subj = findSubject(db, input.subjectId);
  requireActiveStaff(db, input.teacherId, 'teacherId');
  const twin = db.orm
    .select({ id: classSubject.id })
    .from(classSubject)
    .where(and(eq(classSubject.classId, input.classId), eq(classSubject.subjectId, input.subjectId)))
    .get();
  if (twin) {
    throw new ApiError('CONFLICT', undefined, [
      {
        path: 'subjectId',
        message: 'validation.load.exists',
        params: { subjectKy: subj.nameKy, subjectRu: subj.nameRu },
      },
    ]);
  }
  const { id } = db.orm.insert(classSubject).values(input).returning({ id: classSubject.id }).get();
  const after = loadRow(db, id);
  ctx.audit({ entity: 'class_subject', entityId: id, after });
  return after;
}

export function updateLoad(
  ctx: CallContext,
  classSubjectId: number,
  changes: { teacherId?: number | null | undefined; hoursPerWeek?: number | undefined },
): LoadRow {
  const db = ctx.app.db;
  writableClass(db, findLoad(db, classSubjectId).classId);
  requireActiveStaff(db, changes.teacherId, 'teacherId');
  const before = loadRow(db, classSubjectId);
  const set = {
    ...(changes.teacherId !== undefined ? { teacherId: changes.teacherId } : {}),
    ...(changes.hoursPerWeek !== undefined ? { hoursPerWeek: changes.hoursPerWeek } : {}),
  };
  if (Object.keys(set).length) db.orm.update(classSubject).set(set).where(eq(classSubject.id, classSubjectId)).run();
  const after = loadRow(db, classSubjectId);
  ctx.audit({ entity: 'class_subject', entityId: classSubjectId, before, after });
  return after;
}

/** What else points at a load line: any of it makes the line part of the record, not a typing slip. */
function usesOf(db: Database, classSubjectId: number): number {
  const n = (table: typeof planTopic | typeof timetableSlot | typeof periodMark | typeof substitution) =>
    db.orm.select({ n: count() }).from(table).where(eq(table.classSubjectId, classSubjectId)).get()?.n ?? 0;
  return n(planTopic) + n(timetableSlot) + n(periodMark) + n(substitution);
}

/**
 * Removes a line entered by mistake, with its subgroups. Once lessons (or a plan, timetable, period
 * marks) exist for it, it is part of the journal and stays: change its teacher or hours instead.
 */
export function removeLoad(ctx: CallContext, classSubjectId: number): { removed: number } {
  const db = ctx.app.db;
  writableClass(db, findLoad(db, classSubjectId).classId);
  const before = loadRow(db, classSubjectId);
  if (before.lessonCount > 0) {
    throw new ApiError('CONFLICT', undefined, [
      { path: 'classSubjectId', message: 'validation.load.hasLessons', params: { count: before.lessonCount } },
    ]);
  }
  if (usesOf(db, classSubjectId) > 0) {
    throw new ApiError('CONFLICT', undefined, [{ path: 'classSubjectId', message: 'validation.load.inUse' }]);
  }
  const groupIds = before.subgroups.map((g) => g.id);
  if (groupIds.length) {
    db.orm.delete(subgroupMember).where(inArray(subgroupMember.subgroupId, groupIds)).run();
    db.orm.delete(subgroup).where(inArray(subgroup.id, groupIds)).run();
  }
  db.orm.delete(classSubject).where(eq(classSubject.id, classSubjectId)).run();
  ctx.audit({ entity: 'class_subject', entityId: classSubjectId, before, after: null });
  return { removed: classSubjectId };
}
