import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { classSubject, staff, subgroup, subgroupMember } from '../db/schema';

/*
 * The teaching load follows the class: 6-А of the new year starts with what 5-А had (each subject with
 * its teacher and hours, and the subgroups with their teachers and the members who moved up with the
 * class), because the same pupils usually keep their teachers and their language groups. It is a
 * draft for the deputy to review: the new grade's curriculum adds and drops subjects. Nothing else
 * of the old class comes along: no plan, no timetable, no lessons.
 */

export interface OldLine {
  id: number;
  subjectId: number;
  teacherId: number | null;
  hoursPerWeek: number;
  groups: { name: string; teacherId: number | null; members: number[] }[];
}

/** The load of some classes, by class id, in the order the lines were entered. */
export function loadOfClasses(db: Database, classIds: number[]): Map<number, OldLine[]> {
  const out = new Map<number, OldLine[]>();
  if (!classIds.length) return out;
  const lines = db.orm.select().from(classSubject).where(inArray(classSubject.classId, classIds)).all();
  const groups = lines.length
    ? db.orm
        .select()
        .from(subgroup)
        .where(
          inArray(
            subgroup.classSubjectId,
            lines.map((l) => l.id),
          ),
        )
        .all()
    : [];
  const members = groups.length
    ? db.orm
        .select()
        .from(subgroupMember)
        .where(
          inArray(
            subgroupMember.subgroupId,
            groups.map((g) => g.id),
          ),
        )
        .all()
    : [];
  for (const l of lines.sort((a, b) => a.id - b.id)) {
    const list = out.get(l.classId) ?? [];
    list.push({
      id: l.id,
      subjectId: l.subjectId,
      teacherId: l.teacherId,
      hoursPerWeek: l.hoursPerWeek,
      groups: groups
        .filter((g) => g.classSubjectId === l.id)
        .sort((a, b) => a.id - b.id)
        .map((g) => ({
          name: g.name,
          teacherId: g.teacherId,
          members: members.filter((m) => m.subgroupId === g.id).map((m) => m.studentId),
        })),
    });
    out.set(l.classId, list);
  }
  return out;
}

/** Staff who still work here: a teacher who has left is not put back on a class. */
export function activeStaffIds(db: Database): Set<number> {
  return new Set(
    db.orm
      .select({ id: staff.id })
      .from(staff)
      .where(eq(staff.active, true))
      .all()
      .map((s) => s.id),
  );
}

/**
 * Copies the lines into a new class; a group keeps only the members now on the class's list. Returns
 * how many lines and subgroups were made.
 */
export function copyLoad(
  db: Database,
  classId: number,
  lines: readonly OldLine[],
  onList: ReadonlySet<number>,
  active: ReadonlySet<number>,
): { lines: number; subgroups: number } {
  const keep = (staffId: number | null) => (staffId !== null && active.has(staffId) ? staffId : null);
  let subgroups = 0;
  for (const line of lines) {
    const { id } = db.orm
      .insert(classSubject)
      .values({ classId, subjectId: line.subjectId, teacherId: keep(line.teacherId), hoursPerWeek: line.hoursPerWeek })
      .returning({ id: classSubject.id })
      .get();
    for (const g of line.groups) {
      const made = db.orm
        .insert(subgroup)
        .values({ classSubjectId: id, name: g.name, teacherId: keep(g.teacherId) })
        .returning({ id: subgroup.id })
        .get();
      subgroups += 1;
      const members = g.members.filter((m) => onList.has(m));
      if (members.length) {
        db.orm
          .insert(subgroupMember)
          .values(members.map((studentId) => ({ subgroupId: made.id, studentId })))
          .run();
      }
    }
  }
  return { lines: lines.length, subgroups };
}
