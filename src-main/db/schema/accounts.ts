import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { createdAt, flag, id, updatedAt } from './columns';
import { roles } from '../../api/contract/permissions';

/** Every member of staff, whether or not they have an account. */
export const staff = sqliteTable('staff', {
  id: id(),
  surname: text('surname').notNull(),
  name: text('name').notNull(),
  patronymic: text('patronymic'),
  position: text('position'),
  phone: text('phone'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A personal login. Accounts are deactivated, never deleted: their history stays theirs. */
export const user = sqliteTable(
  'user',
  {
    id: id(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    login: text('login').notNull(),
    /** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    state: text('state', { enum: ['active', 'deactivated'] })
      .notNull()
      .default('active'),
    mustChangePassword: flag('must_change_password'),
    /** When the password was last set; a temporary one expires a set time after it. */
    passwordChangedAt: text('password_changed_at'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: text('locked_until'),
    lastSignInAt: text('last_sign_in_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('user_login').on(sql`lower(${t.login})`), uniqueIndex('user_staff').on(t.staffId)],
);

/** A signed-in session. The id is the SHA-256 of the token; the token itself is never stored. */
export const session = sqliteTable(
  'session',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => user.id),
    transport: text('transport', { enum: ['ipc', 'http'] }).notNull(),
    address: text('address'),
    createdAt: createdAt(),
    lastSeenAt: text('last_seen_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('session_user').on(t.userId)],
);

/** Every sign-in attempt, kept for lockout, rate limits and the usage statistics. */
export const loginAttempt = sqliteTable(
  'login_attempt',
  {
    id: id(),
    login: text('login').notNull(),
    userId: integer('user_id').references(() => user.id),
    address: text('address'),
    success: flag('success'),
    at: text('at').notNull(),
  },
  (t) => [index('login_attempt_at').on(t.at)],
);
