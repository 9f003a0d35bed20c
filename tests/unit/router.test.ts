import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  callNames,
  contract,
  errorCodes,
  permissions,
  roles,
  can,
  canAny,
  permissionsOf,
  type CallName,
  type ErrorCode,
  type Role,
} from '../../src-main/api/contract';
import type { Access } from '../../src-main/api/contract/define';
import { handlers } from '../../src-main/api/handlers';
import { accountPolicy } from '../../src-main/accounts/policy';
import { verifyAuditChain } from '../../src-main/audit/audit-log';
import {
  adminCredentials,
  auditEntries,
  countRows,
  expectError,
  expectOk,
  knownPassword,
  openTestApp,
  schoolNames,
  signIn,
  snapshot,
  staffSchool,
  userRowOf,
  type Staffed,
  type TestApp,
} from '../helpers/app';
import { sampleInputs } from '../helpers/samples';

const accessOf = (name: CallName): Access => contract[name].access;
const nonPublic = callNames.filter((name) => accessOf(name) !== 'public');
/** The roles allowed past authorization for a call: every role for `signedIn`. */
const allowedRoles = (name: CallName): Role[] => {
  const access = accessOf(name);
  if (access === 'public') return [...roles];
  if (access === 'signedIn') return [...roles];
  return roles.filter((role) => canAny(role, access));
};
const refusedRoles = (name: CallName): Role[] => roles.filter((role) => !allowedRoles(name).includes(role));

const refusalCodes: ErrorCode[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED'];

/** Which (call, role) pairs and calls the generated tests below covered; checked at the end. */
const covered = {
  withoutToken: new Set<string>(),
  bogusToken: new Set<string>(),
  forbidden: new Set<string>(),
  allowed: new Set<string>(),
};

describe('the access table of the contract', () => {
  it('has a handler for every call and a known access for each', () => {
    for (const name of callNames) {
      expect(typeof handlers[name], name).toBe('function');
      const access = accessOf(name);
      for (const each of typeof access === 'string' ? [access] : access) {
        expect(['public', 'signedIn', ...permissions], name).toContain(each);
      }
    }
  });

  it('has only the reviewed public calls (anything else needs a session)', () => {
    // Adding a public call is a security decision: extend this list only after thinking it through.
    const publicCalls = callNames.filter((name) => accessOf(name) === 'public').sort();
    expect(publicCalls).toEqual([
      'session.current',
      'session.signIn',
      'session.signOut',
      'setup.create',
      'setup.status',
    ]);
  });

  it('has only the reviewed calls open to any signed-in role, and to a temporary password', () => {
    const anyRole = callNames.filter((name) => accessOf(name) === 'signedIn').sort();
    expect(anyRole).toEqual(['account.changePassword']);
    const duringChange = callNames.filter((name) => contract[name].duringPasswordChange).sort();
    expect(duringChange).toEqual(['account.changePassword']);
  });

  it('gives account management to the administrator only and lets the director edit nothing', () => {
    for (const role of roles) {
      expect(can(role, 'users.manage'), role).toBe(role === 'administrator');
    }
    for (const write of [
      'school.manage',
      'year.manage',
      'users.manage',
      'journal.writeOwn',
      'journal.correct',
      'roster.manage',
      'roster.manageOwnClass',
    ] as const) {
      expect(can('director', write), write).toBe(false);
    }
    expect(can('teacher', 'audit.read')).toBe(false);
    expect(can('teacher', 'users.read')).toBe(false);
  });

  it('makes every call that manages accounts a mutating, audited call', () => {
    for (const name of callNames) {
      if (accessOf(name) === 'users.manage') expect(contract[name].mutates, name).toBe(true);
    }
  });
});

describe('refused calls', () => {
  let t: TestApp;
  let f: Staffed;
  let samples: ReturnType<typeof sampleInputs>;

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    samples = sampleInputs({ t, f, caller: 'administrator' });
  });
  afterAll(() => t.close());

  /** Runs `attempt` and checks it wrote nothing at all: no row, no audit entry, no session touched. */
  function expectNoChange(attempt: () => void) {
    const before = snapshot(t.db);
    const audit = countRows(t.db, 'audit_entry');
    attempt();
    expect(countRows(t.db, 'audit_entry')).toBe(audit);
    expect(snapshot(t.db)).toBe(before);
  }

  it.each(nonPublic)('%s: refused with UNAUTHENTICATED without a session', (name) => {
    expectNoChange(() => {
      expectError(t.dispatch(name, samples[name], null).result, 'UNAUTHENTICATED');
      expectError(t.dispatch(name, samples[name], '').result, 'UNAUTHENTICATED');
    });
    covered.withoutToken.add(name);
  });

  it.each(nonPublic)('%s: refused with UNAUTHENTICATED with a bogus or ended token', (name) => {
    // A token of the right shape that was never issued, and a real token with one character changed.
    const forged = Buffer.alloc(32, 7).toString('base64url');
    const real = f.administrator.token;
    const altered = real.slice(0, -1) + (real.endsWith('A') ? 'B' : 'A');
    // The stored session id itself (the hash of the token) must not work as a token.
    const hashed = createHash('sha256').update(real).digest('hex');
    expectNoChange(() => {
      for (const token of [forged, altered, hashed, 'null', "' or 1=1 --"]) {
        expectError(t.dispatch(name, samples[name], token).result, 'UNAUTHENTICATED');
      }
    });
    covered.bogusToken.add(name);
  });

  const forbiddenPairs = nonPublic.flatMap((name) => refusedRoles(name).map((role) => [name, role] as const));

  it.each(forbiddenPairs)('%s: refused with FORBIDDEN for the %s', (name, role) => {
    // Taken before expectNoChange: a sample may add the rows it refers to.
    const input = sampleInputs({ t, f, caller: role })[name];
    expectNoChange(() => {
      const error = expectError(t.dispatch(name, input, f[role].token).result, 'FORBIDDEN');
      expect(error.message).toBe('errors.FORBIDDEN');
      expect(error.fields).toBeUndefined();
    });
    covered.forbidden.add(`${name}/${role}`);
  });

  it('checks access before the input: a refused caller learns nothing about the input schema', () => {
    expectNoChange(() => {
      expectError(t.dispatch('users.create', { nonsense: true }, null).result, 'UNAUTHENTICATED');
      expectError(t.dispatch('users.create', { nonsense: true }, f.teacher.token).result, 'FORBIDDEN');
    });
  });

  it('does not let a teacher make themselves administrator', () => {
    const own = { userId: f.teacher.user.userId, role: 'administrator' } as const;
    expectNoChange(() => expectError(t.call('users.setRole', own, f.teacher.token), 'FORBIDDEN'));
    expect(userRowOf(t, f.teacher.user.userId).role).toBe('teacher');
  });

  it('refuses unknown call names, including names every object has', () => {
    for (const name of [
      'users.delete',
      'nope',
      '',
      'toString',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'USERS.LIST',
    ]) {
      expectNoChange(() => {
        const error = expectError(t.dispatch(name, {}, f.administrator.token).result, 'UNKNOWN_CALL');
        expect(error.message).toBe('errors.UNKNOWN_CALL');
        expectError(t.dispatch(name, {}, null).result, 'UNKNOWN_CALL');
      });
    }
  });

  it('returns only error codes the contract declares', () => {
    const result = t.dispatch('nope', undefined, null).result;
    expect(errorCodes).toContain(expectError(result).code);
  });
});

describe('roles that have the permission', () => {
  describe.each(nonPublic)('%s', (name) => {
    let t: TestApp;
    let f: Staffed;

    beforeAll(() => {
      t = openTestApp();
      f = staffSchool(t);
    });
    afterAll(() => t.close());

    it.each(allowedRoles(name))('gets past authorization for the %s', (role) => {
      const input = sampleInputs({ t, f, caller: role })[name];
      const auditBefore = auditEntries(t.db).length;
      const result = t.dispatch(name, input, f[role].token).result;
      if (!result.ok) expect(refusalCodes).not.toContain(result.error.code);
      // Every call has a sample input or needs none: a permitted caller with a valid input succeeds.
      const value = expectOk(result);
      expect(value).toBeDefined();

      const added = auditEntries(t.db).slice(auditBefore);
      if (contract[name].mutates) {
        expect(added.length).toBeGreaterThan(0);
        for (const entry of added) {
          expect(entry).toMatchObject({ action: name, actor: f[role].login, userId: f[role].user.userId });
          expect(entry.address).toBe('127.0.0.1');
        }
      } else {
        expect(added).toEqual([]);
      }
      covered.allowed.add(`${name}/${role}`);
    });
  });
});

describe('input validation', () => {
  let t: TestApp;
  let f: Staffed;

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
  });
  afterAll(() => t.close());

  it('refuses an invalid input with INVALID_INPUT and the path of every bad field, changing nothing', () => {
    const before = snapshot(t.db);
    const error = expectError(
      t.dispatch('users.create', { surname: '  ', name: 'Айбек', role: 'king', login: 'a b' }, f.administrator.token)
        .result,
      'INVALID_INPUT',
    );
    expect(error.fields?.map((issue) => issue.path).sort()).toEqual(['login', 'role', 'surname']);
    expect(error.fields).toContainEqual({ path: 'surname', message: 'validation.too_small', params: { minimum: 1 } });
    expect(error.fields).toContainEqual({ path: 'login', message: 'validation.loginChars' });
    expect(snapshot(t.db)).toBe(before);
  });

  it('gives nested paths inside lists', () => {
    const people = [
      { surname: 'Асанов', name: 'Бакыт', role: 'teacher' },
      { surname: 'Асанова', name: '', role: 'teacher' },
    ];
    const error = expectError(
      t.dispatch('users.createMany', { people }, f.administrator.token).result,
      'INVALID_INPUT',
    );
    expect(error.fields?.map((issue) => issue.path)).toEqual(['people.1.name']);
    expect(countRows(t.db, 'user')).toBe(4);
  });

  it('refuses numbers out of range, wrong types and unknown keys', () => {
    const tooMany = expectError(t.dispatch('audit.recent', { limit: 501 }, f.director.token).result, 'INVALID_INPUT');
    expect(tooMany.fields).toEqual([{ path: 'limit', message: 'validation.too_big', params: { maximum: 500 } }]);
    const wrongType = expectError(
      t.dispatch('users.setActive', { userId: '2', active: 'no' }, f.administrator.token).result,
    );
    expect(wrongType.fields?.map((issue) => issue.path).sort()).toEqual(['active', 'userId']);
    const extra = expectError(
      t.dispatch('school.info', { sql: 'drop table user' }, f.teacher.token).result,
      'INVALID_INPUT',
    );
    expect(extra.fields?.[0]?.message).toBe('validation.unrecognized_keys');
    expectError(t.dispatch('users.list', 'everything', f.administrator.token).result, 'INVALID_INPUT');
  });

  it('accepts no input, undefined, null and {} for calls that take none', () => {
    for (const input of [undefined, null, {}]) {
      expectOk(t.dispatch('school.info', input, f.teacher.token).result);
    }
  });
});

describe('a temporary password', () => {
  let t: TestApp;
  let f: Staffed;
  let token: string;
  let temporary: string;

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    // A second administrator: the refusals below cannot be blamed on a missing permission.
    const issued = expectOk(
      t.call('users.create', { surname: 'Мамытов', name: 'Азамат', role: 'administrator' }, f.administrator.token),
    );
    temporary = issued.temporaryPassword;
    token = signIn(t, issued.user.login, temporary);
  });
  afterAll(() => t.close());

  const blocked = nonPublic.filter((name) => !contract[name].duringPasswordChange);

  it.each(blocked)('%s: refused with PASSWORD_CHANGE_REQUIRED until the password is changed', (name) => {
    // A sample may add the rows it refers to: take it before the snapshot, which is of the refusal alone.
    const input = sampleInputs({ t, f, caller: 'administrator' })[name];
    const before = snapshot(t.db);
    expectError(t.dispatch(name, input, token).result, 'PASSWORD_CHANGE_REQUIRED');
    expect(snapshot(t.db)).toBe(before);
  });

  it('still allows session.current, then account.changePassword, after which everything works', () => {
    const me = expectOk(t.call('session.current', undefined, token));
    expect(me).toMatchObject({ login: 'mamytov.a', role: 'administrator', mustChangePassword: true });
    expectError(t.call('users.list', undefined, token), 'PASSWORD_CHANGE_REQUIRED');

    const changed = expectOk(
      t.call('account.changePassword', { currentPassword: temporary, newPassword: 'Own-pass-2025' }, token),
    );
    expect(changed.mustChangePassword).toBe(false);
    expect(expectOk(t.call('users.list', undefined, token)).length).toBe(5);
    expectOk(t.call('school.info', undefined, token));
  });

  it('allows session.signOut, which ends the session', () => {
    const issued = expectOk(t.call('users.resetPassword', { userId: f.deputy.user.userId }, f.administrator.token));
    const deputyToken = signIn(t, f.deputy.login, issued.temporaryPassword);
    expectError(t.call('school.info', undefined, deputyToken), 'PASSWORD_CHANGE_REQUIRED');
    const outcome = t.dispatch('session.signOut', undefined, deputyToken);
    expect(expectOk(outcome.result)).toBeNull();
    expect(outcome.session).toEqual({ kind: 'clear' });
    expect(expectOk(t.call('session.current', undefined, deputyToken))).toBeNull();
    expectError(
      t.call(
        'account.changePassword',
        { currentPassword: issued.temporaryPassword, newPassword: 'Deputy-2025' },
        deputyToken,
      ),
      'UNAUTHENTICATED',
    );
  });
});

describe('sessions', () => {
  let t: TestApp;
  let f: Staffed;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
  });
  afterEach(() => t.close());

  it('keeps the token out of the result and stores only its hash', () => {
    const outcome = t.dispatch('session.signIn', { login: f.teacher.login, password: f.teacher.password }, null);
    if (outcome.session?.kind !== 'set') expect.fail('no token');
    const token = outcome.session.token;
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(JSON.stringify(outcome.result)).not.toContain(token);
    expect(snapshot(t.db)).not.toContain(token);
    const id = createHash('sha256').update(token).digest('hex');
    expect(countRows(t.db, 'session')).toBe(5);
    expect(t.db.sqlite.prepare('select user_id as userId from session where id = ?').get(id)).toEqual({
      userId: f.teacher.user.userId,
    });
  });

  it('ends a session left idle longer than the idle limit', () => {
    t.clock.advanceMinutes(accountPolicy.idleMinutes - 1);
    expectOk(t.call('school.info', undefined, f.teacher.token));
    t.clock.advanceMinutes(accountPolicy.idleMinutes + 1);
    expectError(t.call('school.info', undefined, f.teacher.token), 'UNAUTHENTICATED');
    expect(expectOk(t.call('session.current', undefined, f.teacher.token))).toBeNull();
    // The dead session is gone from the table, not just ignored.
    expect(
      t.db.sqlite.prepare('select count(*) as n from session where user_id = ?').get(f.teacher.user.userId),
    ).toEqual({ n: 0 });
  });

  it('keeps a busy session alive past the idle limit, but never past the session limit', () => {
    const step = accountPolicy.idleMinutes - 1;
    const limit = accountPolicy.maxSessionHours * 60;
    let elapsed = 0;
    while (elapsed + step < limit) {
      t.clock.advanceMinutes(step);
      elapsed += step;
      expectOk(t.call('school.info', undefined, f.deputy.token));
    }
    expect(elapsed).toBeGreaterThan(accountPolicy.idleMinutes);
    t.clock.advanceMinutes(limit - elapsed);
    expectError(t.call('school.info', undefined, f.deputy.token), 'UNAUTHENTICATED');
  });

  it('stops a deactivated user’s existing session at once', () => {
    expectOk(t.call('school.info', undefined, f.teacher.token));
    expectOk(t.call('users.setActive', { userId: f.teacher.user.userId, active: false }, f.administrator.token));
    expectError(t.call('school.info', undefined, f.teacher.token), 'UNAUTHENTICATED');
    expectError(
      t.call('account.changePassword', { currentPassword: knownPassword, newPassword: 'Later-2025' }, f.teacher.token),
      'UNAUTHENTICATED',
    );
    expect(expectOk(t.call('session.current', undefined, f.teacher.token))).toBeNull();
    // Bringing the account back does not bring the old session back.
    expectOk(t.call('users.setActive', { userId: f.teacher.user.userId, active: true }, f.administrator.token));
    expectError(t.call('school.info', undefined, f.teacher.token), 'UNAUTHENTICATED');
  });

  it('refuses the session of an account deactivated behind the API’s back (CLI, restore)', () => {
    t.db.sqlite.prepare(`update user set state = 'deactivated' where id = ?`).run(f.director.user.userId);
    expectError(t.call('school.info', undefined, f.director.token), 'UNAUTHENTICATED');
  });

  it('applies a role change to a session that is already open', () => {
    expectOk(t.call('audit.recent', { limit: 5 }, f.deputy.token));
    expectOk(t.call('users.setRole', { userId: f.deputy.user.userId, role: 'teacher' }, f.administrator.token));
    expectError(t.call('audit.recent', { limit: 5 }, f.deputy.token), 'FORBIDDEN');
    expect(expectOk(t.call('session.current', undefined, f.deputy.token))).toMatchObject({
      role: 'teacher',
      permissions: [...permissionsOf('teacher')],
    });
  });

  it('ends the session on sign-out', () => {
    expectOk(t.call('session.signOut', undefined, f.director.token));
    expectError(t.call('school.info', undefined, f.director.token), 'UNAUTHENTICATED');
    // Other people's sessions are untouched.
    expectOk(t.call('school.info', undefined, f.deputy.token));
    // Signing out without a session is harmless.
    expect(expectOk(t.call('session.signOut', undefined, null))).toBeNull();
  });
});

describe('the audit trail of calls', () => {
  let t: TestApp;
  let f: Staffed;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
  });
  afterEach(() => t.close());

  it('records a mutating call with the actor’s login, the entity and old → new', () => {
    const before = auditEntries(t.db).length;
    t.clock.advanceMinutes(3);
    expectOk(t.call('users.setRole', { userId: f.teacher.user.userId, role: 'deputy' }, f.administrator.token));
    const added = auditEntries(t.db).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      action: 'users.setRole',
      actor: 'admin',
      userId: f.administrator.user.userId,
      entity: 'user',
      entityId: String(f.teacher.user.userId),
      before: JSON.stringify({ role: 'teacher' }),
      after: JSON.stringify({ role: 'deputy' }),
      at: t.clock.now().toISOString(),
      address: '127.0.0.1',
    });
    expect(verifyAuditChain(t.db)).toEqual({ ok: true, entries: before + 1 });
  });

  it('writes nothing when a mutating call fails inside the service', () => {
    const before = snapshot(t.db);
    // The only administrator cannot demote themselves: the service refuses after the router let it in.
    expectError(
      t.call('users.setRole', { userId: f.administrator.user.userId, role: 'teacher' }, f.administrator.token),
      'LAST_ADMINISTRATOR',
    );
    expectError(
      t.call(
        'users.createMany',
        {
          people: [
            { surname: 'Асанов', name: 'Бакыт', role: 'teacher' },
            { surname: 'Б', name: 'В', role: 'teacher', login: 'ADMIN' },
          ],
        },
        f.administrator.token,
      ),
      'CONFLICT',
    );
    expect(snapshot(t.db)).toBe(before);
  });

  it('never stores a password, temporary or chosen, in the audit trail', () => {
    const secrets: string[] = [adminCredentials.password, knownPassword];
    // Failed sign-ins with guessed passwords.
    for (const guess of ['Guess-one-1', 'Guess-two-2']) {
      secrets.push(guess);
      expectError(t.call('session.signIn', { login: f.teacher.login, password: guess }, null), 'AUTH_INVALID');
    }
    // New accounts, one at a time and in a list.
    const one = expectOk(
      t.call('users.create', { surname: 'Асанова', name: 'Айгүл', role: 'teacher' }, f.administrator.token),
    );
    const many = expectOk(
      t.call(
        'users.createMany',
        {
          people: [
            { surname: 'Асанова', name: 'Айжан', role: 'teacher' },
            { surname: 'Бекова', name: 'Жазгүл', role: 'deputy' },
          ],
        },
        f.administrator.token,
      ),
    );
    secrets.push(one.temporaryPassword, ...many.map((m) => m.temporaryPassword));
    // A reset and a change.
    const reset = expectOk(t.call('users.resetPassword', { userId: f.director.user.userId }, f.administrator.token));
    secrets.push(reset.temporaryPassword);
    const directorToken = signIn(t, f.director.login, reset.temporaryPassword);
    secrets.push('Director-new-2025');
    expectOk(
      t.call(
        'account.changePassword',
        { currentPassword: reset.temporaryPassword, newPassword: 'Director-new-2025' },
        directorToken,
      ),
    );
    const weak = 'weakpass';
    secrets.push(weak);
    expectError(
      t.call('account.changePassword', { currentPassword: 'Director-new-2025', newPassword: weak }, directorToken),
      'WEAK_PASSWORD',
    );

    const entries = auditEntries(t.db);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const text = JSON.stringify(entry);
      for (const secret of secrets) expect(text, `${entry.action} #${entry.id}`).not.toContain(secret);
    }
    // Not in the attempts table nor anywhere else either: only scrypt hashes are kept.
    const everything = snapshot(t.db);
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(verifyAuditChain(t.db).ok).toBe(true);
  });
});

describe('first-run setup through the router', () => {
  it('is public while the school has none, and then refused', () => {
    const t = openTestApp();
    try {
      expect(expectOk(t.call('setup.status', undefined, null))).toEqual({ needsSetup: true, school: null });
      expectError(t.call('session.signIn', { login: 'admin', password: 'x' }, null), 'SETUP_REQUIRED');
      const admin = { surname: 'Бакиев', name: 'Нурлан', login: 'admin', password: 'Admin-pass-2025' };
      expectOk(t.call('setup.create', { ...schoolNames, admin }, null));
      const before = snapshot(t.db);
      const again = { ...schoolNames, admin: { ...admin, login: 'intruder' } };
      expectError(t.call('setup.create', again, null), 'SETUP_ALREADY_DONE');
      expect(snapshot(t.db)).toBe(before);
    } finally {
      t.close();
    }
  });
});

describe('coverage of the generated tests', () => {
  it('covered every non-public call of the contract, and every role for each', () => {
    expect(nonPublic.length).toBeGreaterThan(0);
    expect([...covered.withoutToken].sort()).toEqual([...nonPublic].sort());
    expect([...covered.bogusToken].sort()).toEqual([...nonPublic].sort());
    const expectedForbidden = nonPublic.flatMap((name) => refusedRoles(name).map((role) => `${name}/${role}`)).sort();
    expect([...covered.forbidden].sort()).toEqual(expectedForbidden);
    const expectedAllowed = nonPublic.flatMap((name) => allowedRoles(name).map((role) => `${name}/${role}`)).sort();
    expect([...covered.allowed].sort()).toEqual(expectedAllowed);
  });
});
