import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountPolicy } from '../../src-main/accounts/policy';
import { unknownLoginKey } from '../../src-main/accounts/lockout';
import { appendAudit, verifyAuditChain } from '../../src-main/audit/audit-log';
import { NewerDatabaseError, closeDatabase, openDatabase } from '../../src-main/db/connection';
import { migrationsFolder } from '../../src-main/db/paths';
import {
  addAccount,
  adminCredentials,
  auditEntries,
  expectError,
  expectOk,
  knownPassword,
  makeTempDir,
  openTestApp,
  removeDir,
  schoolNames,
  setupSchool,
  signIn,
  snapshot,
  type TestApp,
} from '../helpers/app';

/** The guards a reviewer asked for: no login enumeration, no guessing from an open session, and so on. */
describe('account hardening', () => {
  let t: TestApp;
  let adminToken: string;

  beforeEach(() => {
    t = openTestApp();
    setupSchool(t);
    adminToken = signIn(t, adminCredentials.login, adminCredentials.password);
  });
  afterEach(() => t.close());

  it('locks an unknown login after the same number of failures as a real one', () => {
    const answers = (login: string) =>
      Array.from({ length: accountPolicy.maxFailedAttempts + 1 }, (_, i) => {
        t.clock.advanceSeconds(5);
        return expectError(t.call('session.signIn', { login, password: `Guess-${i}` }, null)).code;
      });
    addAccount(t, 'teacher', { login: 'real' });
    const real = answers('real');
    const unknown = answers('ghost');
    expect(unknown).toEqual(real);
    expect(real.at(-2)).toBe('ACCOUNT_LOCKED');
    // The unknown login's apparent lock ends too.
    t.clock.advanceMinutes(accountPolicy.lockMinutes + 1);
    expect(expectError(t.call('session.signIn', { login: 'ghost', password: 'x' }, null)).code).toBe('AUTH_INVALID');
    expect(snapshot(t.db)).not.toContain('ghost');
    expect(snapshot(t.db)).toContain(unknownLoginKey('GHOST'));
  });

  it('counts wrong current passwords on the change screen towards the lock, and the lock ends the session', () => {
    addAccount(t, 'teacher', { login: 'teacher' });
    const token = signIn(t, 'teacher', knownPassword);
    for (let i = 1; i < accountPolicy.maxFailedAttempts; i += 1) {
      const error = expectError(
        t.call('account.changePassword', { currentPassword: `Guess-${i}`, newPassword: 'Better-2026' }, token),
        'AUTH_INVALID',
      );
      expect(error.fields).toEqual([{ path: 'currentPassword', message: 'validation.wrongPassword' }]);
    }
    expectError(
      t.call('account.changePassword', { currentPassword: 'Guess-5', newPassword: 'Better-2026' }, token),
      'ACCOUNT_LOCKED',
    );
    expect(expectOk(t.call('session.current', undefined, token))).toBeNull();
    expectError(t.call('session.signIn', { login: 'teacher', password: knownPassword }, null), 'ACCOUNT_LOCKED');
    const actions = auditEntries(t.db).map((e) => e.action);
    expect(actions.filter((a) => a === 'account.wrongCurrentPassword')).toHaveLength(
      accountPolicy.maxFailedAttempts - 1,
    );
    expect(actions).toContain('session.accountLocked');
  });

  it('ends the other sessions of an account whose password changes, and keeps the one that changed it', () => {
    addAccount(t, 'teacher', { login: 'teacher' });
    const here = signIn(t, 'teacher', knownPassword);
    const elsewhere = signIn(t, 'teacher', knownPassword);
    expectOk(t.call('account.changePassword', { currentPassword: knownPassword, newPassword: 'Better-2026' }, here));
    expect(expectOk(t.call('session.current', undefined, here))?.login).toBe('teacher');
    expect(expectOk(t.call('session.current', undefined, elsewhere))).toBeNull();
  });

  it(`lets a temporary password expire after ${accountPolicy.temporaryPasswordDays} days`, () => {
    const issued = expectOk(
      t.call('users.create', { surname: 'Токтогулова', name: 'Жылдыз', role: 'teacher' }, adminToken),
    );
    expect(issued.user.login).toBe('toktogulova.zh');
    t.clock.advanceMinutes(accountPolicy.temporaryPasswordDays * 24 * 60 + 1);
    expectError(
      t.call('session.signIn', { login: issued.user.login, password: issued.temporaryPassword }, null),
      'TEMPORARY_PASSWORD_EXPIRED',
    );
    // A wrong password still answers as wrong: expiry is told only to whoever knows the password.
    expectError(t.call('session.signIn', { login: issued.user.login, password: 'nope-1234' }, null), 'AUTH_INVALID');
    const again = expectOk(
      t.call('users.resetPassword', { userId: issued.user.userId }, signIn(t, 'admin', adminCredentials.password)),
    );
    expectOk(t.call('session.signIn', { login: issued.user.login, password: again.temporaryPassword }, null));
  });

  it('replaces the session of a browser that signs in again, and audits sign-out', () => {
    const second = t.dispatch('session.signIn', { login: 'admin', password: adminCredentials.password }, adminToken);
    expect(second.session?.kind).toBe('set');
    expect(expectOk(t.call('session.current', undefined, adminToken))).toBeNull();
    const token = second.session?.kind === 'set' ? second.session.token : '';
    const out = t.dispatch('session.signOut', undefined, token);
    expect(out.session).toEqual({ kind: 'clear' });
    expect(auditEntries(t.db).at(-1)).toMatchObject({ action: 'session.signOut', actor: 'admin' });
  });
});

describe('first-run set-up over a network', () => {
  it('is refused from another computer and allowed from this one', () => {
    const t = openTestApp();
    try {
      const admin = { ...adminCredentials, surname: 'Бакиев', name: 'Нурлан' };
      const fromNetwork = t.router.dispatch(
        'setup.create',
        { ...schoolNames, admin },
        { token: null, transport: 'http', address: '192.0.2.15' },
      );
      expect(fromNetwork.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(expectOk(t.call('setup.status', undefined, null)).needsSetup).toBe(true);
      const local = t.router.dispatch(
        'setup.create',
        { ...schoolNames, admin },
        { token: null, transport: 'http', address: '::ffff:127.0.0.1' },
      );
      expect(local.result.ok).toBe(true);
    } finally {
      t.close();
    }
  });
});

describe('the audit chain', () => {
  it('tells a NULL from an empty string', () => {
    const t = openTestApp();
    try {
      appendAudit(t.db.orm, { action: 'test', actor: null, reason: null }, t.clock.now());
      expect(verifyAuditChain(t.db)).toEqual({ ok: true, entries: 1 });
      t.db.sqlite.exec('drop trigger audit_entry_no_update');
      t.db.sqlite.exec("update audit_entry set reason = ''");
      expect(verifyAuditChain(t.db)).toEqual({ ok: false, brokenAt: 1 });
    } finally {
      t.close();
    }
  });
});

describe('a database from a newer program', () => {
  it('is refused with a clear message and left as it was', () => {
    const dir = makeTempDir();
    try {
      const file = path.join(dir, 'journal.sqlite');
      const db = openDatabase(file, { migrationsFolder: migrationsFolder() });
      // A migration this program does not know, as a newer version would have logged it.
      db.sqlite
        .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
        .run('future', Date.now() * 2);
      closeDatabase(db);
      const before = fs.readFileSync(file);
      expect(() => openDatabase(file, { migrationsFolder: migrationsFolder() })).toThrow(NewerDatabaseError);
      expect(() => openDatabase(file, { migrationsFolder: migrationsFolder() })).toThrow(
        /newer version of Mektep Journal/,
      );
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    } finally {
      removeDir(dir);
    }
  });
});
