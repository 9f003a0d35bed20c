import { and, count, eq, gt, min } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { loginAttempt } from '../db/schema';
import { minutes } from '../accounts/policy';

/*
 * Sign-in attempts limited per address, beside the per-account lock (`accounts/lockout.ts`): one
 * device on the network that tries many logins, each a few times, is stopped even though no single
 * account reaches its five. Ten allows a classroom PC shared by a few teachers their typing mistakes.
 */
export const addressLimit = { maxFailures: 10, windowMinutes: 15 } as const;

/** When sign-ins from `address` may be tried again, or null if they may now. */
export function addressBlockedUntil(db: Database, address: string | null, now: Date): string | null {
  if (!address) return null;
  const since = new Date(now.getTime() - minutes(addressLimit.windowMinutes)).toISOString();
  const recent = db.orm
    .select({ n: count(), first: min(loginAttempt.at) })
    .from(loginAttempt)
    .where(and(eq(loginAttempt.address, address), eq(loginAttempt.success, false), gt(loginAttempt.at, since)))
    .get();
  if (!recent?.first || recent.n < addressLimit.maxFailures) return null;
  return new Date(Date.parse(recent.first) + minutes(addressLimit.windowMinutes)).toISOString();
}
