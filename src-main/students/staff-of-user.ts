import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { user } from '../db/schema';

/** The staff member behind an account: a class is tied to its class teacher's staff id, not the login. */
export function staffIdOfUser(db: Database, userId: number): number | null {
  return db.orm.select({ staffId: user.staffId }).from(user).where(eq(user.id, userId)).get()?.staffId ?? null;
}
