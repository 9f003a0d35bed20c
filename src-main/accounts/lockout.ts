import { createHash } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { loginAttempt, user } from '../db/schema';
import { accountPolicy, minutes } from './policy';
import { hashPassword, verifyPassword } from './password';

type UserRecord = typeof user.$inferSelect;

/**
 * A wrong password against a real account: counts it, and on the fifth in a row locks the account.
 * Returns the end of the lock when this failure caused one.
 */
export function registerWrongPassword(db: Database, u: UserRecord, now: Date): string | null {
  // A lock that has run out starts the count afresh.
  const failed = (u.lockedUntil ? 0 : u.failedAttempts) + 1;
  const lockedUntil =
    failed >= accountPolicy.maxFailedAttempts
      ? new Date(now.getTime() + minutes(accountPolicy.lockMinutes)).toISOString()
      : null;
  db.orm
    .update(user)
    .set({ failedAttempts: lockedUntil ? 0 : failed, lockedUntil })
    .where(eq(user.id, u.id))
    .run();
  return lockedUntil;
}

export function isLocked(u: UserRecord, now: Date): boolean {
  return u.lockedUntil !== null && Date.parse(u.lockedUntil) > now.getTime();
}

/**
 * What is kept of a login that matches no account: a digest, not the text, because people type
 * their password into the login field by mistake and the trail keeps what it is given for ever.
 */
export function unknownLoginKey(login: string): string {
  return `?${createHash('sha256').update(login.trim().toLowerCase()).digest('hex').slice(0, 16)}`;
}

/**
 * An unknown login answers like a real one: the same scrypt work, and "locked" after the same
 * number of failures in the same window, so neither time nor answers tell which logins exist.
 * Returns the end of the apparent lock, if any.
 */
export function unknownLoginLock(db: Database, key: string, now: Date): string | null {
  verifyPassword('', dummyHash());
  const since = new Date(now.getTime() - minutes(accountPolicy.lockMinutes)).toISOString();
  const recent = db.orm
    .select({ n: sql<number>`count(*)`, first: sql<string>`min(${loginAttempt.at})` })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.login, key), eq(loginAttempt.success, false), gt(loginAttempt.at, since)))
    .get();
  if (!recent || recent.n + 1 < accountPolicy.maxFailedAttempts) return null;
  return new Date(Date.parse(recent.first) + minutes(accountPolicy.lockMinutes)).toISOString();
}

let dummy: string | null = null;
function dummyHash(): string {
  dummy ??= hashPassword('no account has this password');
  return dummy;
}

/** True when a temporary password has outlived its days. */
export function temporaryPasswordExpired(u: UserRecord, now: Date): boolean {
  if (!u.mustChangePassword || !u.passwordChangedAt) return false;
  const limit = Date.parse(u.passwordChangedAt) + accountPolicy.temporaryPasswordDays * 24 * 3_600_000;
  return now.getTime() > limit;
}
