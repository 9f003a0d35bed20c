import { and, count, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { enrollment, schoolClass } from '../db/schema';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { ClassChoice } from '../api/contract/students';
import { classTitle } from '../roster/classes';
import { currentYear } from '../school/academic-year';
import { compareKyrgyz } from '../text/kyrgyz-order';
import { schoolDay } from '../calendar/school-day';
import { staffIdOfUser } from './staff-of-user';

/**
 * The current year's classes for the pupils' screen, grade then letter. Stands in for the structure
 * screens' `classes.list` until this screen can share it.
 */
export function classChoices(ctx: CallContext): ClassChoice[] {
  const db = ctx.app.db;
  const year = currentYear(db);
  if (!year) return [];
  const today = schoolDay(ctx.now);
  const staffId = staffIdOfUser(db, signedInUser(ctx).userId);
  const counts = new Map(
    db.orm
      .select({ classId: enrollment.classId, n: count() })
      .from(enrollment)
      .where(and(lte(enrollment.fromDate, today), or(isNull(enrollment.toDate), gte(enrollment.toDate, today))))
      .groupBy(enrollment.classId)
      .all()
      .map((r) => [r.classId, r.n]),
  );
  return db.orm
    .select()
    .from(schoolClass)
    .where(eq(schoolClass.yearId, year.id))
    .all()
    .sort((a, b) => a.grade - b.grade || compareKyrgyz(a.letter, b.letter))
    .map((c) => ({
      classId: c.id,
      name: classTitle(c),
      grade: c.grade,
      pupils: counts.get(c.id) ?? 0,
      mine: staffId !== null && c.classTeacherId === staffId,
    }));
}
