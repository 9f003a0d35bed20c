import { statement, type Database } from '../db/connection';

/** The staff member behind an account: a class is tied to its class teacher's staff id, not the login. */
export function staffIdOfUser(db: Database, userId: number): number | null {
  // Asked on every journal write: prepared once per connection.
  const row = statement(db.sqlite, 'select staff_id as staffId from user where id = ?').get(userId) as
    { staffId: number | null } | undefined;
  return row?.staffId ?? null;
}
