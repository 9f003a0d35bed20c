import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, transaction, type Database } from '../../src-main/db/connection';
import { auditEntry } from '../../src-main/db/schema';
import { appendAudit, verifyAuditChain } from '../../src-main/audit/audit-log';
import {
  addAccount,
  auditEntries,
  makeTempDir,
  openTestApp,
  openTestDatabase,
  removeDir,
  type TestApp,
} from '../helpers/app';

const genesis = '0'.repeat(64);
const at = (minute: number) => new Date(Date.UTC(2025, 9, 6, 8, minute));

describe('the audit trail', () => {
  let dir: string;
  let db: Database;
  const copies: Database[] = [];

  beforeEach(() => {
    dir = makeTempDir('mektep-audit-');
    db = openTestDatabase(path.join(dir, 'journal.sqlite'));
  });
  afterEach(() => {
    for (const copy of copies.splice(0)) closeDatabase(copy);
    closeDatabase(db);
    removeDir(dir);
  });

  /** Three entries of the kinds the program writes. */
  function writeThree(target: Database = db) {
    appendAudit(target.orm, { action: 'setup.create', entity: 'school', after: { nameKy: 'Мектеп' } }, at(0));
    appendAudit(
      target.orm,
      {
        action: 'users.setRole',
        actor: 'admin',
        entity: 'user',
        entityId: 7,
        before: { role: 'teacher' },
        after: { role: 'deputy' },
      },
      at(1),
    );
    appendAudit(
      target.orm,
      {
        action: 'journal.correct',
        actor: 'deputy',
        reason: 'ошибка учителя',
        address: '10.0.0.5',
        entity: 'mark',
        entityId: 'm-1',
      },
      at(2),
    );
  }

  /** A copy of the database (through SQLite, so WAL content is included) without the append-only triggers. */
  function tamperableCopy(): Database {
    const file = path.join(dir, `copy-${copies.length}.sqlite`);
    db.sqlite.prepare('vacuum into ?').run(file);
    const copy = openTestDatabase(file);
    copies.push(copy);
    copy.sqlite.exec('drop trigger audit_entry_no_update; drop trigger audit_entry_no_delete;');
    return copy;
  }

  it('starts empty and valid', () => {
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 0 });
  });

  it('chains every entry to the one before it', () => {
    writeThree();
    const rows = auditEntries(db);
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(rows[0]?.prevHash).toBe(genesis);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
    expect(rows[2]?.prevHash).toBe(rows[1]?.hash);
    for (const row of rows) expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(3);
    expect(rows[1]).toMatchObject({
      at: at(1).toISOString(),
      actor: 'admin',
      entityId: '7',
      before: '{"role":"teacher"}',
      after: '{"role":"deputy"}',
    });
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
  });

  it('gives the same content a different hash at a different place in the chain', () => {
    appendAudit(db.orm, { action: 'same' }, at(0));
    appendAudit(db.orm, { action: 'same' }, at(0));
    const [a, b] = auditEntries(db);
    expect(a?.hash).not.toBe(b?.hash);
  });

  it('keeps no entry of a transaction that rolled back, and the chain stays whole', () => {
    appendAudit(db.orm, { action: 'kept' }, at(0));
    expect(() =>
      transaction(db, () => {
        appendAudit(db.orm, { action: 'lost' }, at(1));
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    appendAudit(db.orm, { action: 'after' }, at(2));
    expect(auditEntries(db).map((r) => r.action)).toEqual(['kept', 'after']);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 2 });
  });

  describe('is append-only', () => {
    beforeEach(() => writeThree());

    it('refuses UPDATE, through SQL and through the ORM', () => {
      const before = auditEntries(db);
      expect(() =>
        db.sqlite.prepare(`update audit_entry set after = '{"role":"administrator"}' where id = 2`).run(),
      ).toThrow(/append-only/);
      expect(() => db.orm.update(auditEntry).set({ actor: 'nobody' }).where(eq(auditEntry.id, 1)).run()).toThrow();
      expect(() =>
        db.sqlite
          .prepare(
            `insert into audit_entry (id, at, action, prev_hash, hash) values (1, 'x', 'x', 'x', 'x')
                    on conflict(id) do update set action = excluded.action`,
          )
          .run(),
      ).toThrow(/append-only/);
      expect(auditEntries(db)).toEqual(before);
    });

    it('refuses DELETE of one entry and of all', () => {
      const before = auditEntries(db);
      expect(() => db.sqlite.prepare('delete from audit_entry where id = 3').run()).toThrow(/append-only/);
      expect(() => db.sqlite.prepare('delete from audit_entry').run()).toThrow(/append-only/);
      expect(() => db.orm.delete(auditEntry).run()).toThrow();
      expect(auditEntries(db)).toEqual(before);
    });

    it('refuses to overwrite an entry with INSERT OR REPLACE', () => {
      // REPLACE deletes the old row without firing DELETE triggers (unless recursive_triggers is on).
      const before = auditEntries(db);
      const first = before[0];
      if (!first) throw new Error('no entry');
      const replace = () =>
        db.sqlite
          .prepare(`insert or replace into audit_entry (id, at, action, prev_hash, hash) values (1, ?, 'forged', ?, ?)`)
          .run(first.at, first.prevHash, first.hash);
      expect(replace).toThrow(/append-only/);
      expect(auditEntries(db)).toEqual(before);
    });

    it('still accepts new entries', () => {
      appendAudit(db.orm, { action: 'fourth' }, at(3));
      expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 4 });
    });
  });

  describe('finds tampering (on a copy without the triggers)', () => {
    beforeEach(() => writeThree());

    const columns = ['at', 'user_id', 'actor', 'action', 'entity', 'entity_id', 'before', 'after', 'reason', 'address'];

    it.each(columns)('a changed %s breaks the chain at that entry', (column) => {
      const copy = tamperableCopy();
      expect(verifyAuditChain(copy)).toEqual({ ok: true, entries: 3 });
      if (column === 'user_id') {
        // user_id must name a real user: make one, then point the entry at them.
        copy.sqlite.exec(`insert into staff (surname, name) values ('Б', 'В')`);
        copy.sqlite.exec(`insert into user (staff_id, login, password_hash, role) values (1, 'x', 'x', 'teacher')`);
        copy.sqlite.prepare('update audit_entry set user_id = 1 where id = 2').run();
      } else {
        copy.sqlite.prepare(`update audit_entry set "${column}" = ? where id = 2`).run('{"forged":true}');
      }
      expect(verifyAuditChain(copy)).toEqual({ ok: false, brokenAt: 2 });
      // The original is untouched.
      expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
    });

    it('a changed hash breaks the chain', () => {
      const copy = tamperableCopy();
      copy.sqlite.prepare(`update audit_entry set hash = ? where id = 1`).run('f'.repeat(64));
      expect(verifyAuditChain(copy)).toEqual({ ok: false, brokenAt: 1 });
    });

    it('a removed entry breaks the chain at the next one', () => {
      const copy = tamperableCopy();
      copy.sqlite.prepare('delete from audit_entry where id = 2').run();
      expect(verifyAuditChain(copy)).toEqual({ ok: false, brokenAt: 3 });
    });

    it('a rewritten entry with a recomputed hash breaks the chain at the next one', () => {
      const copy = tamperableCopy();
      // Rewrite entry 2 as appendAudit would have written it, with a forged content and a fresh hash.
      const scratch = tamperableCopy();
      scratch.sqlite.exec('delete from audit_entry where id >= 2');
      appendAudit(
        scratch.orm,
        { action: 'users.setRole', actor: 'admin', entity: 'user', entityId: 7, after: { role: 'administrator' } },
        at(1),
      );
      const forged = auditEntries(scratch)[1];
      if (!forged) throw new Error('no forged entry');
      copy.sqlite
        .prepare('update audit_entry set after = ?, before = ?, hash = ? where id = 2')
        .run(forged.after, forged.before, forged.hash);
      expect(verifyAuditChain(copy)).toEqual({ ok: false, brokenAt: 3 });
    });
  });
});

describe('the audit trail of a running program', () => {
  let t: TestApp;
  beforeEach(() => {
    t = openTestApp();
  });
  afterEach(() => t.close());

  it('stays a valid chain through setup, sign-ins, failures and account changes', () => {
    const admin = { surname: 'Бакиев', name: 'Нурлан', login: 'admin', password: 'Admin-pass-2025' };
    const schoolNames = { schoolNameKy: 'Мектеп', schoolNameRu: 'Школа' };
    expect(t.call('setup.create', { ...schoolNames, admin }, null).ok).toBe(true);
    addAccount(t, 'teacher', { login: 'teacher' });
    const signInOutcome = t.dispatch('session.signIn', { login: 'admin', password: admin.password }, null);
    const token = signInOutcome.session?.kind === 'set' ? signInOutcome.session.token : null;
    expect(token).not.toBeNull();
    t.call('session.signIn', { login: 'teacher', password: 'nope' }, null);
    t.call('session.signIn', { login: 'ghost', password: 'nope' }, null);
    t.clock.advanceMinutes(5);
    expect(t.call('users.setRole', { userId: 2, role: 'deputy' }, token).ok).toBe(true);
    expect(t.call('users.setActive', { userId: 2, active: false }, token).ok).toBe(true);

    const actions = auditEntries(t.db).map((e) => e.action);
    expect(actions).toEqual([
      'setup.create',
      'setup.create',
      'session.signIn',
      'session.signInFailed',
      'session.signInFailed',
      'users.setRole',
      'users.setActive',
    ]);
    expect(verifyAuditChain(t.db)).toEqual({ ok: true, entries: actions.length });
    const recent = t.call('audit.recent', { limit: 2 }, token);
    expect(recent.ok && recent.value.map((r) => r.action)).toEqual(['users.setActive', 'users.setRole']);
  });
});
