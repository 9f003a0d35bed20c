import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { enrollment, guardian } from '../db/schema';
import type { ClassList } from '../api/contract/students';
import { classTitle } from '../roster/classes';
import { pupilsOfClass } from '../roster/pupils';
import { requireClass } from './class-access';
import { cardOf } from './pupil-details';

/** A class's pupils on a date, in Kyrgyz order, with their enrolment and their guardians' phones. */
export function classList(db: Database, classId: number, onDate: string): ClassList {
  const c = requireClass(db, classId, 'classId');
  const pupils = pupilsOfClass(db, classId, onDate);
  const ids = pupils.map((p) => p.id);
  const lines = ids.length
    ? db.orm
        .select()
        .from(enrollment)
        .where(
          and(
            eq(enrollment.classId, classId),
            inArray(enrollment.studentId, ids),
            lte(enrollment.fromDate, onDate),
            or(isNull(enrollment.toDate), gte(enrollment.toDate, onDate)),
          ),
        )
        .all()
    : [];
  const lineOf = new Map(lines.map((l) => [l.studentId, l]));
  const phones = new Map<number, string[]>();
  if (ids.length) {
    for (const g of db.orm.select().from(guardian).where(inArray(guardian.studentId, ids)).all()) {
      if (g.phone) phones.set(g.studentId, [...(phones.get(g.studentId) ?? []), g.phone]);
    }
  }
  return {
    classId,
    className: classTitle(c.record),
    onDate,
    pupils: pupils.map((p) => {
      const line = lineOf.get(p.id);
      return {
        studentId: p.id,
        ...cardOf(p),
        phones: phones.get(p.id) ?? [],
        enrolledFrom: line?.fromDate ?? onDate,
        enrolledTo: line?.toDate ?? null,
      };
    }),
  };
}
