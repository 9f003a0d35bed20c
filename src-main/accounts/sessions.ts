import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/audit-log';
import { statement, transaction, type Database } from '../db/connection';
import { loginAttempt, session, staff, user } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { Caller } from '../api/context';
import type { SessionUser } from '../api/contract/session';
import { permissionsOf } from '../api/contract/permissions';
import { verifyPassword } from './password';
import { accountPolicy, minutes } from './policy';
import {
  isLocked,
  registerWrongPassword,
  temporaryPasswordExpired,
  unknownLoginKey,
  unknownLoginLock,
} from './lockout';

export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

type UserWithStaff = { user: typeof user.$inferSelect; staff: typeof staff.$inferSelect };

export function toSessionUser({ user: u, staff: s }: UserWithStaff): SessionUser {
  return {
    userId: u.id,
    login: u.login,
    role: u.role,
    surname: s.surname,
    name: s.name,
    patronymic: s.patronymic,
    mustChangePassword: u.mustChangePassword,
    permissions: [...permissionsOf(u.role)],
  };
}

export function findUserByLogin(db: Database, login: string): UserWithStaff | undefined {
  return db.orm
    .select({ user, staff })
    .from(user)
    .innerJoin(staff, eq(staff.id, user.staffId))
    .where(sql`lower(${user.login}) = lower(${login})`)
    .get();
}

export function findUserById(db: Database, userId: number): UserWithStaff | undefined {
  return db.orm
    .select({ user, staff })
    .from(user)
    .innerJoin(staff, eq(staff.id, user.staffId))
    .where(eq(user.id, userId))
    .get();
}

interface SessionRow {
  id: string;
  lastSeenAt: string;
  expiresAt: string;
  userId: number;
  login: string;
  role: SessionUser['role'];
  state: string;
  mustChangePassword: number;
  surname: string;
  name: string;
  patronymic: string | null;
}

/**
 * The session behind a token, if it is still alive and its account active; touches it. Every call
 * of every desk asks this, so its statements are prepared once per connection.
 */
export function resolveSession(db: Database, token: string, now: Date): SessionUser | null {
  const row = statement(
    db.sqlite,
    `select s.id, s.last_seen_at as lastSeenAt, s.expires_at as expiresAt, u.id as userId, u.login, u.role,
            u.state, u.must_change_password as mustChangePassword, t.surname, t.name, t.patronymic
       from session s join user u on u.id = s.user_id join staff t on t.id = u.staff_id
      where s.id = ?`,
  ).get(tokenId(token)) as SessionRow | undefined;
  if (!row) return null;
  const idleSince = now.getTime() - Date.parse(row.lastSeenAt);
  if (Date.parse(row.expiresAt) <= now.getTime() || idleSince > minutes(accountPolicy.idleMinutes)) {
    statement(db.sqlite, 'delete from session where id = ?').run(row.id);
    return null;
  }
  if (row.state !== 'active') return null;
  if (idleSince > accountPolicy.touchSeconds * 1000) {
    statement(db.sqlite, 'update session set last_seen_at = ? where id = ?').run(now.toISOString(), row.id);
  }
  return {
    userId: row.userId,
    login: row.login,
    role: row.role,
    surname: row.surname,
    name: row.name,
    patronymic: row.patronymic,
    mustChangePassword: row.mustChangePassword === 1,
    permissions: [...permissionsOf(row.role)],
  };
}

export function createSession(db: Database, userId: number, caller: Caller, now: Date): string {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + accountPolicy.maxSessionHours * 3_600_000);
  db.orm
    .insert(session)
    .values({
      id: tokenId(token),
      userId,
      transport: caller.transport,
      address: caller.address,
      lastSeenAt: now.toISOString(),
      expiresAt: expires.toISOString(),
    })
    .run();
  return token;
}

export function endSession(db: Database, token: string): void {
  db.orm
    .delete(session)
    .where(eq(session.id, tokenId(token)))
    .run();
}

/**
 * Ends every session of a user (deactivation, password reset, password change) but the one kept,
 * and any session of anyone that has expired.
 */
export function endSessionsOf(db: Database, userId: number, now: Date, keepToken: string | null = null): void {
  const keep = keepToken ? tokenId(keepToken) : '';
  db.orm
    .delete(session)
    .where(or(and(eq(session.userId, userId), ne(session.id, keep)), lt(session.expiresAt, now.toISOString())))
    .run();
}

/**
 * Checks a login and password. Every attempt is recorded and audited; five failures in a row lock
 * the account for fifteen minutes. An unknown login gets the same answers, after the same work.
 */
export function signIn(db: Database, login: string, password: string, caller: Caller, now: Date): UserWithStaff {
  const found = findUserByLogin(db, login);
  const at = now.toISOString();
  const key = found ? found.user.login : unknownLoginKey(login);
  const failure = transaction(db, () => {
    const record = (success: boolean) =>
      db.orm
        .insert(loginAttempt)
        .values({ login: key, userId: found?.user.id ?? null, address: caller.address, success, at })
        .run();
    const audit = (action: string) =>
      appendAudit(
        db.orm,
        {
          action,
          userId: found?.user.id ?? null,
          actor: key,
          address: caller.address,
          entity: 'user',
          entityId: found?.user.id ?? null,
        },
        now,
      );
    if (!found) {
      const until = unknownLoginLock(db, key, now);
      record(false);
      audit('session.signInFailed');
      return until ? new ApiError('ACCOUNT_LOCKED', { until }) : new ApiError('AUTH_INVALID');
    }
    const u = found.user;
    if (isLocked(u, now)) {
      record(false);
      audit('session.signInWhileLocked');
      return new ApiError('ACCOUNT_LOCKED', { until: u.lockedUntil ?? at });
    }
    if (!verifyPassword(password, u.passwordHash)) {
      const lockedUntil = registerWrongPassword(db, u, now);
      record(false);
      audit(lockedUntil ? 'session.accountLocked' : 'session.signInFailed');
      return lockedUntil ? new ApiError('ACCOUNT_LOCKED', { until: lockedUntil }) : new ApiError('AUTH_INVALID');
    }
    if (u.state !== 'active') {
      record(false);
      audit('session.signInDeactivated');
      return new ApiError('ACCOUNT_DEACTIVATED');
    }
    if (temporaryPasswordExpired(u, now)) {
      record(false);
      audit('session.temporaryPasswordExpired');
      return new ApiError('TEMPORARY_PASSWORD_EXPIRED');
    }
    db.orm.update(user).set({ failedAttempts: 0, lockedUntil: null, lastSignInAt: at }).where(eq(user.id, u.id)).run();
    record(true);
    audit('session.signIn');
    return null;
  });
  if (failure || !found) throw failure ?? new ApiError('AUTH_INVALID');
  return findUserById(db, found.user.id) ?? found;
}
