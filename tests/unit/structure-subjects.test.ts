import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { subjects as typical } from '../../src-main/demo/subjects';
import {
  auditEntries,
  expectError,
  expectOk,
  openTestApp,
  snapshot,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';

/** Every table but the audit trail, which records even a call that changed nothing. */
function withoutAudit(snap: string): unknown {
  return (JSON.parse(snap) as [string, unknown][]).filter(([table]) => table !== 'audit_entry');
}

describe('subjects', () => {
  let t: TestApp;
  let f: Staffed;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
  });
  afterEach(() => t.close());

  it('creates, lists in order and updates a subject, refusing a name taken in either language', () => {
    const chess = expectOk(
      t.call(
        'subjects.create',
        { nameKy: 'Шахмат', nameRu: 'Шахматы', shortKy: 'Шахм.', sortOrder: 5 },
        f.deputy.token,
      ),
    );
    expect(chess).toMatchObject({ nameKy: 'Шахмат', shortKy: 'Шахм.', shortRu: null, active: true, sortOrder: 5 });
    const logic = expectOk(t.call('subjects.create', { nameKy: 'Логика', nameRu: 'Логика' }, f.deputy.token));
    expect(logic.sortOrder).toBe(15);
    const before = snapshot(t.db);
    const twin = expectError(
      t.call('subjects.create', { nameKy: ' шахмат ', nameRu: 'ШАХМАТЫ' }, f.deputy.token),
      'CONFLICT',
    );
    expect(twin.fields?.map((i) => i.path)).toEqual(['nameKy', 'nameRu']);
    expectError(t.call('subjects.update', { subjectId: logic.id, nameRu: 'Шахматы' }, f.deputy.token), 'CONFLICT');
    expect(snapshot(t.db)).toBe(before);

    const updated = expectOk(
      t.call('subjects.update', { subjectId: chess.id, active: false, sortOrder: 50 }, f.administrator.token),
    );
    expect(updated).toMatchObject({ active: false, sortOrder: 50, nameKy: 'Шахмат' });
    expect(expectOk(t.call('subjects.list', undefined, f.teacher.token)).map((s) => s.nameKy)).toEqual([
      'Логика',
      'Шахмат',
    ]);
    const entry = auditEntries(t.db).at(-1);
    expect(JSON.parse(entry?.before ?? '{}')).toMatchObject({ active: true });
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({ active: false });
  });

  it('adds the typical subjects that are missing, once: a second run adds nothing', () => {
    expectOk(t.call('subjects.create', { nameKy: 'математика', nameRu: 'Математика' }, f.deputy.token));
    const first = expectOk(t.call('subjects.seed', undefined, f.deputy.token));
    expect(first.added).toHaveLength(typical.length - 1);
    expect(first.added.map((s) => s.nameRu)).toContain('Русский язык');
    const after = snapshot(t.db);
    const list = expectOk(t.call('subjects.list', undefined, f.deputy.token));
    const second = expectOk(t.call('subjects.seed', undefined, f.deputy.token));
    expect(second.added).toEqual([]);
    expect(expectOk(t.call('subjects.list', undefined, f.deputy.token))).toEqual(list);
    // Only the audit trail grew (the call itself is recorded).
    expect(withoutAudit(snapshot(t.db))).toEqual(withoutAudit(after));
    expect(list[0]?.nameKy).toBe('Кыргыз тили');
  });
});
