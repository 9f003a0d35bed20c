import { and, eq, gt, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { session, staff, user } from '../db/schema';
import type { ConnectedSession } from '../api/contract/network';
import { minutes } from '../accounts/policy';

type IsOffice = (address: string | null) => boolean;

function remoteSessions(db: Database, isOffice: IsOffice, now: Date) {
  return db.orm
    .select({ session, user, staff })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .innerJoin(staff, eq(staff.id, user.staffId))
    .where(and(isNotNull(session.address), gt(session.expiresAt, now.toISOString())))
    .all()
    .filter((row) => !isOffice(row.session.address));
}

/** Who uses the journal from another device now: sessions from other addresses, not idle too long. */
export function connectedSessions(
  db: Database,
  isOffice: IsOffice,
  idleMinutes: number,
  now: Date,
): ConnectedSession[] {
  const since = now.getTime() - minutes(idleMinutes);
  return remoteSessions(db, isOffice, now)
    .filter((row) => Date.parse(row.session.lastSeenAt) >= since)
    .sort((a, b) => b.session.lastSeenAt.localeCompare(a.session.lastSeenAt))
    .map(({ session: s, user: u, staff: p }) => ({
      login: u.login,
      surname: p.surname,
      name: p.name,
      role: u.role,
      address: s.address ?? '',
      signedInAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
    }));
}

/** Signs out everyone who came from the network (access switched off); returns how many. */
export function endRemoteSessions(db: Database, isOffice: IsOffice, now: Date): number {
  const ids = remoteSessions(db, isOffice, now).map((row) => row.session.id);
  if (ids.length) db.orm.delete(session).where(inArray(session.id, ids)).run();
  return ids.length;
}
