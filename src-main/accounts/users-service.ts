import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../db/connection';
import { staff, user } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { IssuedCredentials, UserRow } from '../api/contract/users';
import type { newUser } from '../api/contract/users';
import type { FieldIssue } from '../api/contract/errors';
import type { Role } from '../api/contract/permissions';
import { comparePeople } from '../text/kyrgyz-order';
import { hashPassword, temporaryPassword } from './password';
import { loginFromName, uniqueLogin } from './login-names';
import { endSessionsOf } from './sessions';

type NewUser = z.output<typeof newUser>;

const columns = { user, staff };

type Joined = { user: typeof user.$inferSelect; staff: typeof staff.$inferSelect };

/** `lockedUntil` only while the lock is in force, judged by the server's clock. */
function toRow({ user: u, staff: s }: Joined, now: Date): UserRow {
  return {
    userId: u.id,
    staffId: s.id,
    login: u.login,
    role: u.role,
    surname: s.surname,
    name: s.name,
    patronymic: s.patronymic,
    position: s.position,
    active: u.state === 'active',
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil && Date.parse(u.lockedUntil) > now.getTime() ? u.lockedUntil : null,
    lastSignInAt: u.lastSignInAt,
  };
}

export function listUsers(db: Database, now: Date): UserRow[] {
  return db.orm
    .select(columns)
    .from(user)
    .innerJoin(staff, eq(staff.id, user.staffId))
    .all()
    .map((row) => toRow(row, now))
    .sort(comparePeople);
}

function getUser(db: Database, userId: number, now: Date): UserRow {
  const row = db.orm
    .select(columns)
    .from(user)
    .innerJoin(staff, eq(staff.id, user.staffId))
    .where(eq(user.id, userId))
    .get();
  if (!row) throw new ApiError('NOT_FOUND');
  return toRow(row, now);
}

function takenLogins(db: Database): Set<string> {
  return new Set(
    db.orm
      .select({ login: user.login })
      .from(user)
      .all()
      .map((r) => r.login.toLowerCase()),
  );
}

/** Inserts the person and the account; the password is returned once and only its hash is kept. */
export function insertAccount(
  db: Database,
  person: NewUser & { login: string },
  password: string,
  mustChangePassword: boolean,
  /** When the password is set: a temporary one expires a set number of days after it. */
  now: Date = new Date(),
): UserRow {
  const s = db.orm
    .insert(staff)
    .values({ surname: person.surname, name: person.name, patronymic: person.patronymic, position: person.position })
    .returning({ id: staff.id })
    .get();
  const u = db.orm
    .insert(user)
    .values({
      staffId: s.id,
      login: person.login,
      passwordHash: hashPassword(password),
      passwordChangedAt: now.toISOString(),
      role: person.role,
      mustChangePassword,
    })
    .returning({ id: user.id })
    .get();
  return getUser(db, u.id, now);
}

/** Creates accounts for a list of staff, all or none. Every account gets a temporary password. */
export function createUsers(
  ctx: CallContext,
  people: NewUser[],
  /** Where person `i`'s login sits in the call's input, for the field message. */
  loginPath: (i: number) => string,
): IssuedCredentials[] {
  const db = ctx.app.db;
  const taken = takenLogins(db);
  const issues: FieldIssue[] = [];
  const logins = people.map((person, i) => {
    if (person.login) {
      if (taken.has(person.login.toLowerCase())) {
        issues.push({
          path: loginPath(i),
          message: 'validation.loginTaken',
          params: { login: person.login },
        });
      }
      taken.add(person.login.toLowerCase());
      return person.login;
    }
    const made = uniqueLogin(loginFromName(person.surname, person.name), taken);
    taken.add(made.toLowerCase());
    return made;
  });
  if (issues.length) throw new ApiError('CONFLICT', undefined, issues);
  return people.map((person, i) => {
    const password = temporaryPassword();
    const row = insertAccount(db, { ...person, login: logins[i] ?? person.surname }, password, true, ctx.now);
    ctx.audit({ entity: 'user', entityId: row.userId, after: { login: row.login, role: row.role } });
    return { user: row, temporaryPassword: password };
  });
}

export function resetPassword(ctx: CallContext, userId: number): IssuedCredentials {
  const db = ctx.app.db;
  const before = getUser(db, userId, ctx.now);
  const password = setTemporaryPassword(db, userId, ctx.now);
  ctx.audit({ entity: 'user', entityId: userId, after: { login: before.login, passwordReset: true } });
  return { user: getUser(db, userId, ctx.now), temporaryPassword: password };
}

/**
 * Gives an account a new temporary password (to change at the next sign-in), unlocks it and ends
 * its sessions; returns the password, which exists in plain text only now. The caller audits.
 */
export function setTemporaryPassword(db: Database, userId: number, now: Date): string {
  const password = temporaryPassword();
  db.orm
    .update(user)
    .set({
      passwordHash: hashPassword(password),
      mustChangePassword: true,
      passwordChangedAt: now.toISOString(),
      failedAttempts: 0,
      lockedUntil: null,
      updatedAt: now.toISOString(),
    })
    .where(eq(user.id, userId))
    .run();
  endSessionsOf(db, userId, now);
  return password;
}

function otherActiveAdministrators(db: Database, userId: number): number {
  return db.orm
    .select({ id: user.id })
    .from(user)
    .where(and(eq(user.role, 'administrator'), eq(user.state, 'active'), ne(user.id, userId)))
    .all().length;
}

export function setRole(ctx: CallContext, userId: number, role: Role): UserRow {
  const db = ctx.app.db;
  const before = getUser(db, userId, ctx.now);
  if (before.role === 'administrator' && role !== 'administrator' && otherActiveAdministrators(db, userId) === 0) {
    throw new ApiError('LAST_ADMINISTRATOR');
  }
  db.orm.update(user).set({ role, updatedAt: ctx.now.toISOString() }).where(eq(user.id, userId)).run();
  ctx.audit({ entity: 'user', entityId: userId, before: { role: before.role }, after: { role } });
  return getUser(db, userId, ctx.now);
}

/** Deactivates or brings back an account. Never deletes: the account's entries stay its own. */
export function setActive(ctx: CallContext, userId: number, active: boolean): UserRow {
  const db = ctx.app.db;
  const before = getUser(db, userId, ctx.now);
  if (
    !active &&
    (userId === ctx.user?.userId || (before.role === 'administrator' && otherActiveAdministrators(db, userId) === 0))
  ) {
    throw new ApiError('LAST_ADMINISTRATOR');
  }
  const now = ctx.now.toISOString();
  db.orm
    .update(user)
    .set({ state: active ? 'active' : 'deactivated', updatedAt: now })
    .where(eq(user.id, userId))
    .run();
  db.orm.update(staff).set({ active, updatedAt: now }).where(eq(staff.id, before.staffId)).run();
  if (!active) endSessionsOf(db, userId, ctx.now);
  ctx.audit({ entity: 'user', entityId: userId, before: { active: before.active }, after: { active } });
  return getUser(db, userId, ctx.now);
}
