import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { setting } from '../db/schema';

/*
 * The updates switch, in the `setting` table: whether the program looks for a new version on the
 * internet (at start and when asked). Off for a school on metered or no internet; a release on a
 * flash drive is still noticed, because the specialist brought it on purpose. On by default.
 */

export const checkOnlineKey = 'updates.checkOnline';

export function checksOnline(db: Database): boolean {
  const value = db.orm.select({ value: setting.value }).from(setting).where(eq(setting.key, checkOnlineKey)).get();
  return value?.value !== false;
}

export function setChecksOnline(db: Database, enabled: boolean, at: Date, by: number | null): void {
  const updatedAt = at.toISOString();
  db.orm
    .insert(setting)
    .values({ key: checkOnlineKey, value: enabled, updatedAt, updatedBy: by })
    .onConflictDoUpdate({ target: setting.key, set: { value: enabled, updatedAt, updatedBy: by } })
    .run();
}
