import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { academicYear, setting } from '../db/schema';

/**
 * Which year a closed year was rolled over into, kept in `setting` (one row per closed year) so that
 * a second roll-over of the same year is refused by name and the screens can say where it went. The
 * closed year's own rows are not touched to record it.
 */
const keyOf = (fromYearId: number) => `yearEnd.rolledOver.${fromYearId}`;

export function rolledOverInto(db: Database, fromYearId: number): { yearId: number; title: string } | null {
  const row = db.orm
    .select({ value: setting.value })
    .from(setting)
    .where(eq(setting.key, keyOf(fromYearId)))
    .get();
  const value = row?.value as { toYearId?: unknown } | undefined;
  if (typeof value?.toYearId !== 'number') return null;
  const year = db.orm
    .select({ id: academicYear.id, title: academicYear.title })
    .from(academicYear)
    .where(eq(academicYear.id, value.toYearId))
    .get();
  return year ? { yearId: year.id, title: year.title } : null;
}

export function recordRollOver(db: Database, fromYearId: number, toYearId: number, at: Date, userId: number | null) {
  db.orm
    .insert(setting)
    .values({ key: keyOf(fromYearId), value: { toYearId }, updatedAt: at.toISOString(), updatedBy: userId })
    .run();
}
