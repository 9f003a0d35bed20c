import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword, passwordWeakness, temporaryPassword, verifyPassword } from '../../src-main/accounts/password';
import { loginFromName, uniqueLogin } from '../../src-main/accounts/login-names';
import { unknownLoginKey } from '../../src-main/accounts/lockout';
import { accountPolicy } from '../../src-main/accounts/policy';
import { login as loginField } from '../../src-main/api/contract/fields';
import { verifyAuditChain } from '../../src-main/audit/audit-log';
import {
  addAccount,
  adminCredentials,
  auditEntries,
  countRows,
  expectError,
  expectOk,
  knownPassword,
  openTestApp,
  schoolNames,
  setupSchool,
  signIn,
  snapshot,
  userRowOf,
  type TestApp,
} from '../helpers/app';

describe('password hashing', () => {
  it('stores scrypt with its parameters, a 16-byte salt and a 32-byte key', () => {
    const stored = hashPassword('Mektep-2025');
    const parts = stored.split('$');
    expect(parts).toHaveLength(6);
    const [scheme, n, r, p, salt, hash] = parts;
    expect([scheme, n, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(hash ?? '', 'base64')).toHaveLength(32);
    expect(stored).not.toContain('Mektep-2025');
  });

  it('salts every hash: the same password gives different hashes, both of which verify', () => {
    const a = hashPassword('same-Password-1');
    const b = hashPassword('same-Password-1');
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(verifyPassword('same-Password-1', a)).toBe(true);
    expect(verifyPassword('same-Password-1', b)).toBe(true);
  });

  it('refuses a wrong password, a near miss and a malformed stored value', () => {
    const stored = hashPassword('Айгүл-2025');
    expect(verifyPassword('Айгүл-2025', stored)).toBe(true);
    expect(verifyPassword('айгүл-2025', stored)).toBe(false);
    expect(verifyPassword('Айгүл-2025 ', stored)).toBe(false);
    expect(verifyPassword('', stored)).toBe(false);
    expect(verifyPassword('Айгүл-2025', 'Айгүл-2025')).toBe(false);
    expect(verifyPassword('x', 'bcrypt$10$abc$def$ghi$jkl')).toBe(false);
    expect(verifyPassword('x', 'scrypt$16384$8$1$$')).toBe(false);
  });

  it('treats composed and decomposed Cyrillic letters as the same password', () => {
    const composed = 'Йод-ёлка-2025';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(verifyPassword(decomposed, hashPassword(composed))).toBe(true);
  });
});

describe('password strength', () => {
  it.each([
    ['', 'tooShort'],
    ['abc1234', 'tooShort'],
    ['ңөүң123', 'tooShort'],
    ['abcdefgh', 'needsLetterAndDigit'],
    ['12345678', 'needsLetterAndDigit'],
    ['--------', 'needsLetterAndDigit'],
    ['абвгдежз', 'needsLetterAndDigit'],
    ['abcdefg1', null],
    ['ңөүңөү12', null],
    ['Mektep-2025', null],
  ] as const)('%j → %s', (password, expected) => {
    expect(passwordWeakness(password)).toBe(expected);
  });
});

describe('temporary passwords', () => {
  it('are four letters and four digits, with no letter or digit that reads as another', () => {
    const made = Array.from({ length: 300 }, () => temporaryPassword());
    for (const p of made) {
      expect(p).toMatch(/^[a-z]{4}-[0-9]{4}$/);
      expect(p).not.toMatch(/[01ilo]/);
      // Good enough to be accepted if someone chose it.
      expect(passwordWeakness(p)).toBeNull();
    }
    expect(new Set(made).size).toBeGreaterThan(295);
  });
});

describe('logins made from names', () => {
  it('transliterates Kyrgyz and Russian names', () => {
    expect(loginFromName('Асанова', 'Айгүл')).toBe('asanova.a');
    expect(loginFromName('Өмүрбеков', 'Нурлан')).toBe('omurbekov.n');
    // The initial is the whole transliteration of the first letter: Ң is "ng".
    expect(loginFromName('Үсөнова', 'Ңурия')).toBe('usonova.ng');
    expect(loginFromName('Щукин', 'Юрий')).toBe('schukin.yu');
  });

  it('always gives a login the contract accepts, however odd the name', () => {
    for (const [surname, name] of [
      ['Ли', 'Ё'],
      ['Ə', 'Ə'],
      ['Абдыкадыровакурманбековатокторбаевасатыбалдиева', 'Гүлзат'],
      ["O'Neil", 'Jane'],
      ['Тыныбек уулу', 'Азамат'],
    ] as const) {
      const made = uniqueLogin(loginFromName(surname, name), new Set());
      expect(loginField.safeParse(made).success, `${surname} ${name} → ${made}`).toBe(true);
    }
  });

  it('numbers a login that is taken, comparing without case', () => {
    expect(uniqueLogin('asanova.a', new Set())).toBe('asanova.a');
    expect(uniqueLogin('asanova.a', new Set(['asanova.a']))).toBe('asanova.a2');
    expect(uniqueLogin('asanova.a', new Set(['asanova.a', 'asanova.a2']))).toBe('asanova.a3');
  });
});

describe('accounts through the API', () => {
  let t: TestApp;
  let adminToken: string;
  let adminId: number;

  beforeEach(() => {
    t = openTestApp();
    adminId = setupSchool(t).userId;
    adminToken = signIn(t, adminCredentials.login, adminCredentials.password);
  });
  afterEach(() => t.close());

  const attempts = (login: string) =>
    t.db.sqlite
      .prepare('select login, user_id as userId, address, success, at from login_attempt where login = ? order by id')
      .all(login) as { login: string; userId: number | null; address: string | null; success: number; at: string }[];

  describe('first-run setup', () => {
    it('refuses a second setup with SETUP_ALREADY_DONE and changes nothing', () => {
      expect(expectOk(t.call('setup.status', undefined, null))).toEqual({
        needsSetup: false,
        school: { nameKy: schoolNames.schoolNameKy, nameRu: schoolNames.schoolNameRu },
      });
      const before = snapshot(t.db);
      const admin = { surname: 'Башка', name: 'Адам', login: 'other', password: 'Other-pass-2025' };
      expectError(t.call('setup.create', { ...schoolNames, admin }, null), 'SETUP_ALREADY_DONE');
      expect(snapshot(t.db)).toBe(before);
      expectError(t.call('session.signIn', { login: 'other', password: 'Other-pass-2025' }, null), 'AUTH_INVALID');
    });

    it('creates the administrator with the chosen password, no forced change, and the current year', () => {
      const me = expectOk(t.call('session.current', undefined, adminToken));
      expect(me).toMatchObject({ login: 'admin', role: 'administrator', mustChangePassword: false });
      const info = expectOk(t.call('school.info', undefined, adminToken));
      expect(info.currentYear?.title).toBe('2025–2026');
      const setupEntries = auditEntries(t.db).filter((e) => e.action === 'setup.create');
      expect(setupEntries.map((e) => e.entity)).toEqual(['school', 'user']);
      for (const e of setupEntries) expect(JSON.stringify(e)).not.toContain(adminCredentials.password);
    });

    it('refuses a weak administrator password and creates nothing', () => {
      const fresh = openTestApp();
      try {
        const admin = { surname: 'Бакиев', name: 'Нурлан', login: 'admin', password: 'password' };
        const error = expectError(fresh.call('setup.create', { ...schoolNames, admin }, null), 'WEAK_PASSWORD');
        expect(error.fields).toEqual([{ path: 'admin.password', message: 'validation.password.needsLetterAndDigit' }]);
        expect(expectOk(fresh.call('setup.status', undefined, null)).needsSetup).toBe(true);
        expect(countRows(fresh.db, 'user') + countRows(fresh.db, 'school') + countRows(fresh.db, 'audit_entry')).toBe(
          0,
        );
      } finally {
        fresh.close();
      }
    });
  });

  describe('sign-in', () => {
    it('accepts the login in any case and with stray spaces, and records the success', () => {
      expectOk(t.call('session.signIn', { login: '  ADMIN ', password: adminCredentials.password }, null));
      // Recorded under the account's own login, however it was typed.
      expect(attempts('ADMIN')).toEqual([]);
      const last = attempts('admin').at(-1);
      expect(last).toMatchObject({ userId: adminId, success: 1, address: '127.0.0.1' });
      expect(userRowOf(t, adminId).lastSignInAt).toBe(t.clock.now().toISOString());
    });

    it('answers an unknown login and a wrong password alike', () => {
      const unknown = expectError(t.call('session.signIn', { login: 'nobody', password: 'Whatever-1' }, null));
      const wrong = expectError(t.call('session.signIn', { login: 'admin', password: 'Whatever-1' }, null));
      expect(unknown).toEqual(wrong);
      expect(unknown).toEqual({ code: 'AUTH_INVALID', message: 'errors.AUTH_INVALID' });
      // A login that matches no account may be a password typed in the wrong field: only a digest is kept.
      const key = unknownLoginKey('nobody');
      expect(key).toMatch(/^\?[0-9a-f]{16}$/);
      expect(attempts('nobody')).toEqual([]);
      expect(attempts(key)).toEqual([
        { login: key, userId: null, address: '127.0.0.1', success: 0, at: t.clock.now().toISOString() },
      ]);
      const failed = auditEntries(t.db).filter((e) => e.action === 'session.signInFailed');
      expect(failed.map((e) => [e.actor, e.entityId])).toEqual([
        [key, null],
        ['admin', String(adminId)],
      ]);
      expect(snapshot(t.db)).not.toContain('nobody');
    });

    it(`locks the account after ${accountPolicy.maxFailedAttempts} failures for ${accountPolicy.lockMinutes} minutes, even to the right password`, () => {
      const teacher = addAccount(t, 'teacher', { login: 'teacher' });
      for (let i = 1; i < accountPolicy.maxFailedAttempts; i += 1) {
        expectError(t.call('session.signIn', { login: 'teacher', password: `Wrong-${i}` }, null), 'AUTH_INVALID');
        t.clock.advanceSeconds(10);
      }
      const locked = expectError(
        t.call('session.signIn', { login: 'teacher', password: 'Wrong-5' }, null),
        'ACCOUNT_LOCKED',
      );
      const until = new Date(t.clock.now().getTime() + accountPolicy.lockMinutes * 60_000).toISOString();
      expect(locked.params).toEqual({ until });
      expect(userRowOf(t, teacher.userId).lockedUntil).toBe(until);
      const listedLock = () =>
        expectOk(t.call('users.list', undefined, adminToken)).find((u) => u.userId === teacher.userId)?.lockedUntil;
      expect(listedLock()).toBe(until);

      // The right password does not open a locked account, and trying does not extend the lock.
      expectError(t.call('session.signIn', { login: 'teacher', password: knownPassword }, null), 'ACCOUNT_LOCKED');
      t.clock.advanceMinutes(accountPolicy.lockMinutes - 1);
      expectError(t.call('session.signIn', { login: 'teacher', password: knownPassword }, null), 'ACCOUNT_LOCKED');
      t.clock.advanceSeconds(59);
      expectError(t.call('session.signIn', { login: 'TEACHER', password: knownPassword }, null), 'ACCOUNT_LOCKED');

      t.clock.advanceSeconds(1);
      expect(t.clock.now().toISOString()).toBe(until);
      // The list shows a lock only while it is in force.
      expect(listedLock()).toBeNull();
      expectOk(t.call('session.signIn', { login: 'teacher', password: knownPassword }, null));
      expect(userRowOf(t, teacher.userId).lockedUntil).toBeNull();

      // Every attempt is recorded and audited.
      const recorded = attempts('teacher');
      expect(recorded.map((a) => a.success)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
      expect(recorded.every((a) => a.userId === teacher.userId)).toBe(true);
      const actions = auditEntries(t.db)
        .filter((e) => e.userId === teacher.userId)
        .map((e) => e.action);
      expect(actions).toEqual([
        ...Array<string>(accountPolicy.maxFailedAttempts - 1).fill('session.signInFailed'),
        'session.accountLocked',
        'session.signInWhileLocked',
        'session.signInWhileLocked',
        'session.signInWhileLocked',
        'session.signIn',
      ]);
      expect(verifyAuditChain(t.db).ok).toBe(true);
    });

    it('counts afresh after a lock runs out, and after a successful sign-in', () => {
      addAccount(t, 'teacher', { login: 'teacher' });
      const fail = () => t.call('session.signIn', { login: 'teacher', password: 'Wrong-pass-1' }, null);
      for (let i = 1; i < accountPolicy.maxFailedAttempts; i += 1) expectError(fail(), 'AUTH_INVALID');
      expectOk(t.call('session.signIn', { login: 'teacher', password: knownPassword }, null));
      for (let i = 1; i < accountPolicy.maxFailedAttempts; i += 1) expectError(fail(), 'AUTH_INVALID');
      expectError(fail(), 'ACCOUNT_LOCKED');

      t.clock.advanceMinutes(accountPolicy.lockMinutes + 1);
      for (let i = 1; i < accountPolicy.maxFailedAttempts; i += 1) expectError(fail(), 'AUTH_INVALID');
      expectError(fail(), 'ACCOUNT_LOCKED');
    });

    it('does not let failures on one account lock another', () => {
      addAccount(t, 'teacher', { login: 'teacher' });
      for (let i = 0; i < accountPolicy.maxFailedAttempts; i += 1) {
        expectError(t.call('session.signIn', { login: 'teacher', password: 'Wrong-pass-1' }, null));
      }
      expectOk(t.call('session.signIn', { login: 'admin', password: adminCredentials.password }, null));
    });
  });

  describe('a new teacher', () => {
    it('gets a temporary password that must be replaced at first sign-in, after which it no longer works', () => {
      const issued = expectOk(
        t.call('users.create', { surname: 'Асанова', name: 'Айгүл', role: 'teacher' }, adminToken),
      );
      expect(issued.user).toMatchObject({
        login: 'asanova.a',
        role: 'teacher',
        active: true,
        mustChangePassword: true,
      });
      const temporary = issued.temporaryPassword;
      expect(temporary).toMatch(/^[a-z]{4}-[2-9]{4}$/);
      // Only a hash of it is stored, and it is audited without the password.
      expect(snapshot(t.db)).not.toContain(temporary);
      const created = auditEntries(t.db).filter((e) => e.action === 'users.create');
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({ actor: 'admin', entity: 'user', entityId: String(issued.user.userId) });

      const token = signIn(t, 'asanova.a', temporary);
      expect(expectOk(t.call('session.current', undefined, token))?.mustChangePassword).toBe(true);
      expectError(t.call('school.info', undefined, token), 'PASSWORD_CHANGE_REQUIRED');

      const wrong = expectError(
        t.call('account.changePassword', { currentPassword: 'abcd-2345', newPassword: 'Aigul-2025' }, token),
        'AUTH_INVALID',
      );
      expect(wrong.fields?.[0]?.path).toBe('currentPassword');
      expectError(
        t.call('account.changePassword', { currentPassword: temporary, newPassword: temporary }, token),
        'PASSWORD_REUSED',
      );
      const weak = expectError(
        t.call('account.changePassword', { currentPassword: temporary, newPassword: 'aigul' }, token),
        'WEAK_PASSWORD',
      );
      expect(weak.fields).toEqual([{ path: 'newPassword', message: 'validation.password.tooShort' }]);
      // None of the refused attempts changed the password nor cleared the flag.
      expect(userRowOf(t, issued.user.userId).mustChangePassword).toBe(true);

      const changed = expectOk(
        t.call('account.changePassword', { currentPassword: temporary, newPassword: 'Aigul-2025' }, token),
      );
      expect(changed.mustChangePassword).toBe(false);
      expectOk(t.call('school.info', undefined, token));

      expectError(t.call('session.signIn', { login: 'asanova.a', password: temporary }, null), 'AUTH_INVALID');
      const again = t.call('session.signIn', { login: 'asanova.a', password: 'Aigul-2025' }, null);
      expect(expectOk(again).mustChangePassword).toBe(false);
      const changes = auditEntries(t.db).filter((e) => e.action === 'account.changePassword');
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({ actor: 'asanova.a', after: JSON.stringify({ passwordChanged: true }) });
    });

    it('reports a taken login at the path of the login field', () => {
      const error = expectError(
        t.call('users.create', { surname: 'Башка', name: 'Адам', role: 'teacher', login: 'Admin' }, adminToken),
        'CONFLICT',
      );
      // users.create takes one person: the field is `login`, as INVALID_INPUT would name it.
      expect(error.fields).toEqual([{ path: 'login', message: 'validation.loginTaken', params: { login: 'Admin' } }]);
    });
  });

  describe('password reset', () => {
    it('ends every session of the user, unlocks the account and forces a change', () => {
      const teacher = addAccount(t, 'teacher', { login: 'teacher' });
      const first = signIn(t, 'teacher', knownPassword);
      const second = signIn(t, 'teacher', knownPassword);
      for (let i = 0; i < accountPolicy.maxFailedAttempts; i += 1) {
        expectError(t.call('session.signIn', { login: 'teacher', password: 'Wrong-pass-1' }, null));
      }
      expect(userRowOf(t, teacher.userId).lockedUntil).not.toBeNull();

      const issued = expectOk(t.call('users.resetPassword', { userId: teacher.userId }, adminToken));
      expect(issued.user).toMatchObject({ mustChangePassword: true, lockedUntil: null });
      expectError(t.call('school.info', undefined, first), 'UNAUTHENTICATED');
      expectError(t.call('school.info', undefined, second), 'UNAUTHENTICATED');
      expect(t.db.sqlite.prepare('select count(*) as n from session where user_id = ?').get(teacher.userId)).toEqual({
        n: 0,
      });
      // The administrator's own session is untouched.
      expectOk(t.call('users.list', undefined, adminToken));

      expectError(t.call('session.signIn', { login: 'teacher', password: knownPassword }, null), 'AUTH_INVALID');
      const token = signIn(t, 'teacher', issued.temporaryPassword);
      expectError(t.call('school.info', undefined, token), 'PASSWORD_CHANGE_REQUIRED');

      const entry = auditEntries(t.db).find((e) => e.action === 'users.resetPassword');
      expect(entry).toMatchObject({ actor: 'admin', entity: 'user', entityId: String(teacher.userId) });
      expect(JSON.stringify(entry)).not.toContain(issued.temporaryPassword);
    });

    it('refuses an unknown user with NOT_FOUND', () => {
      expectError(t.call('users.resetPassword', { userId: 9999 }, adminToken), 'NOT_FOUND');
    });
  });

  describe('creating many accounts', () => {
    const people = [
      { surname: 'Асанова', name: 'Айгүл', role: 'teacher' as const },
      { surname: 'Асанова', name: 'Айгүл', role: 'teacher' as const, patronymic: 'Бакытовна' },
      { surname: 'Өмүрбеков', name: 'Нурлан', role: 'deputy' as const },
    ];

    it('makes unique logins from Cyrillic names, each with its own temporary password', () => {
      const issued = expectOk(t.call('users.createMany', { people }, adminToken));
      expect(issued.map((i) => i.user.login)).toEqual(['asanova.a', 'asanova.a2', 'omurbekov.n']);
      expect(new Set(issued.map((i) => i.temporaryPassword)).size).toBe(3);
      for (const { user, temporaryPassword: p } of issued) {
        expect(user.mustChangePassword).toBe(true);
        expectOk(t.call('session.signIn', { login: user.login, password: p }, null));
      }
      // One audit entry per account, in the one transaction of the call.
      const created = auditEntries(t.db).filter((e) => e.action === 'users.createMany');
      expect(created.map((e) => e.entityId)).toEqual(issued.map((i) => String(i.user.userId)));
      // A third "Асанова А." later gets the next number.
      const third = expectOk(t.call('users.create', { surname: 'Асанова', name: 'Аида', role: 'teacher' }, adminToken));
      expect(third.user.login).toBe('asanova.a3');
    });

    it('creates nothing when one row has a login that is taken (all or nothing)', () => {
      const before = snapshot(t.db);
      const withTaken = [...people, { surname: 'Жумабаев', name: 'Эрлан', role: 'teacher' as const, login: 'ADMIN' }];
      const error = expectError(t.call('users.createMany', { people: withTaken }, adminToken), 'CONFLICT');
      expect(error.fields).toEqual([
        { path: 'people.3.login', message: 'validation.loginTaken', params: { login: 'ADMIN' } },
      ]);
      expect(snapshot(t.db)).toBe(before);
      expect(countRows(t.db, 'user')).toBe(1);
    });

    it('refuses two rows that ask for the same login', () => {
      const twice = [
        { surname: 'Жумабаев', name: 'Эрлан', role: 'teacher' as const, login: 'erlan' },
        { surname: 'Жумабаева', name: 'Элина', role: 'teacher' as const, login: 'Erlan' },
      ];
      const error = expectError(t.call('users.createMany', { people: twice }, adminToken), 'CONFLICT');
      expect(error.fields?.map((f) => f.path)).toEqual(['people.1.login']);
      expect(countRows(t.db, 'user')).toBe(1);
    });

    it('lists people in Kyrgyz alphabetical order', () => {
      const names = ['Үсөнов', 'Усенов', 'Өмүров', 'Оморов', 'Ңаалы', 'Нуров', 'Фомин', 'Пак'];
      expectOk(
        t.call(
          'users.createMany',
          { people: names.map((surname) => ({ surname, name: 'Айбек', role: 'teacher' })) },
          adminToken,
        ),
      );
      const listed = expectOk(t.call('users.list', undefined, adminToken)).map((u) => u.surname);
      expect(listed).toEqual(['Бакиев', 'Нуров', 'Ңаалы', 'Оморов', 'Өмүров', 'Пак', 'Усенов', 'Үсөнов', 'Фомин']);
    });
  });

  describe('the last administrator', () => {
    it('cannot be demoted nor deactivated', () => {
      const before = snapshot(t.db);
      expectError(t.call('users.setRole', { userId: adminId, role: 'director' }, adminToken), 'LAST_ADMINISTRATOR');
      expectError(t.call('users.setActive', { userId: adminId, active: false }, adminToken), 'LAST_ADMINISTRATOR');
      expect(snapshot(t.db)).toBe(before);
    });

    it('is counted among active administrators only', () => {
      const second = expectOk(
        t.call('users.create', { surname: 'Мамытов', name: 'Азамат', role: 'administrator' }, adminToken),
      );
      // With a second administrator, the first may step down to deputy…
      const secondToken = signIn(t, second.user.login, second.temporaryPassword);
      expectOk(
        t.call(
          'account.changePassword',
          { currentPassword: second.temporaryPassword, newPassword: 'Azamat-2025' },
          secondToken,
        ),
      );
      expectOk(t.call('users.setRole', { userId: adminId, role: 'deputy' }, secondToken));
      // …but then the second is the last one.
      expectError(
        t.call('users.setRole', { userId: second.user.userId, role: 'teacher' }, secondToken),
        'LAST_ADMINISTRATOR',
      );
      // Made administrator again, the first deactivates the second; a deactivated one does not count.
      expectOk(t.call('users.setRole', { userId: adminId, role: 'administrator' }, secondToken));
      expectOk(t.call('users.setActive', { userId: second.user.userId, active: false }, adminToken));
      expectError(t.call('users.setRole', { userId: adminId, role: 'teacher' }, adminToken), 'LAST_ADMINISTRATOR');
    });
  });

  describe('deactivation', () => {
    it('keeps the account listed and its rows, refuses its sign-in, and can be undone', () => {
      const teacher = addAccount(t, 'teacher', { login: 'teacher' });
      const deactivated = expectOk(t.call('users.setActive', { userId: teacher.userId, active: false }, adminToken));
      expect(deactivated.active).toBe(false);

      const listed = expectOk(t.call('users.list', undefined, adminToken)).find((u) => u.userId === teacher.userId);
      expect(listed).toMatchObject({ login: 'teacher', active: false });
      expect(t.db.sqlite.prepare('select state from user where id = ?').get(teacher.userId)).toEqual({
        state: 'deactivated',
      });
      expect(t.db.sqlite.prepare('select active from staff where id = ?').get(teacher.staffId)).toEqual({ active: 0 });

      expectError(t.call('session.signIn', { login: 'teacher', password: knownPassword }, null), 'ACCOUNT_DEACTIVATED');
      // A wrong password does not reveal that the account is deactivated.
      expectError(t.call('session.signIn', { login: 'teacher', password: 'Wrong-pass-1' }, null), 'AUTH_INVALID');
      expect(
        auditEntries(t.db).some((e) => e.action === 'session.signInDeactivated' && e.userId === teacher.userId),
      ).toBe(true);

      const entry = auditEntries(t.db).find((e) => e.action === 'users.setActive');
      expect(entry).toMatchObject({
        actor: 'admin',
        entityId: String(teacher.userId),
        before: JSON.stringify({ active: true }),
        after: JSON.stringify({ active: false }),
      });

      expectOk(t.call('users.setActive', { userId: teacher.userId, active: true }, adminToken));
      expectOk(t.call('session.signIn', { login: 'teacher', password: knownPassword }, null));
      expect(countRows(t.db, 'user')).toBe(2);
    });

    it('has no call that deletes an account', () => {
      addAccount(t, 'teacher', { login: 'teacher' });
      expectError(t.dispatch('users.delete', { userId: 2 }, adminToken).result, 'UNKNOWN_CALL');
      expectError(t.dispatch('users.remove', { userId: 2 }, adminToken).result, 'UNKNOWN_CALL');
      expect(countRows(t.db, 'user')).toBe(2);
    });
  });
});
