import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, expectError, expectOk, knownPassword, signIn } from '../helpers/app';
import { fillingSchool, type FillingSchool } from './filling-school';

/*
 * Remarks on the filling-control school: mathematics is the sample teacher's, history teacher2's,
 * English split between the two (group 1 the sample teacher's, group 2 teacher2's).
 */
describe('remarks', () => {
  let s: FillingSchool;
  const token = (login: string) => signIn(s.t, login, knownPassword);
  const at = (iso: string) => s.t.clock.advance(Date.parse(iso) - s.t.clock.now().getTime());

  beforeAll(() => {
    s = fillingSchool();
    at('2025-09-10T05:00:00.000Z');
  });
  afterAll(() => s.t.close());

  it('lets the deputy record one, due a week later unless she says otherwise, and audits it', () => {
    const row = expectOk(
      s.t.call('remarks.add', { classSubjectId: s.math, text: '8-сентябрдагы сабак жазылган эмес' }, token('deputy')),
    );
    expect(row).toMatchObject({
      classSubjectId: s.math,
      className: '7-А',
      subject: { nameRu: 'Математика' },
      teachers: [{ staffId: s.f.teacher.user.staffId, fullName: 'Үсөнова Айнура' }],
      dueOn: '2025-09-17',
      state: 'open',
      createdBy: 'Осмонов Бакыт',
      createdAt: '2025-09-10T05:00:00.000Z',
      fixedAt: null,
    });
    const entry = auditEntries(s.t.db).at(-1);
    expect(entry).toMatchObject({
      action: 'remarks.add',
      actor: 'deputy',
      entity: 'remark',
      entityId: String(row.remarkId),
    });
    const dated = expectOk(
      s.t.call(
        'remarks.add',
        { classSubjectId: s.english, text: 'Үй тапшырмасы жок', dueOn: '2025-09-12' },
        token('deputy'),
      ),
    );
    expect(dated.dueOn).toBe('2025-09-12');
    // A split subject's remark reaches the teachers of its subgroups too.
    expect(dated.teachers.map((p) => p.staffId).sort()).toEqual([s.f.teacher.user.staffId, s.other.staffId].sort());
  });

  it('refuses an empty text, a due date in the past, an unknown journal, and anyone but the deputy', () => {
    const empty = expectError(
      s.t.call('remarks.add', { classSubjectId: s.math, text: '  ' }, token('deputy')),
      'INVALID_INPUT',
    );
    expect(empty.fields?.[0]?.message).toBe('validation.remarks.textRequired');
    const past = expectError(
      s.t.call('remarks.add', { classSubjectId: s.math, text: 'Кеч', dueOn: '2025-09-09' }, token('deputy')),
      'INVALID_INPUT',
    );
    expect(past.fields).toEqual([{ path: 'dueOn', message: 'validation.remarks.dueInPast' }]);
    expectError(s.t.call('remarks.add', { classSubjectId: 9999, text: 'Жок' }, token('deputy')), 'NOT_FOUND');
    for (const login of ['director', 'teacher', 'admin']) {
      const t = login === 'admin' ? signIn(s.t, 'admin', 'Admin-pass-2025') : token(login);
      expectError(s.t.call('remarks.add', { classSubjectId: s.math, text: 'Эскертүү' }, t), 'FORBIDDEN');
    }
  });

  it('shows each teacher her own open remarks on signing in, and nobody else’s', () => {
    const mine = expectOk(s.t.call('remarks.mine', undefined, token('teacher')));
    expect(mine.rows.map((r) => r.classSubjectId)).toEqual([s.english, s.math]); // the nearest due date first
    const theirs = expectOk(s.t.call('remarks.mine', undefined, token('teacher2')));
    expect(theirs.rows.map((r) => r.classSubjectId)).toEqual([s.english]);
    expectError(s.t.call('remarks.mine', undefined, token('deputy')), 'FORBIDDEN');
  });

  it('tells the deputy what is open and what is overdue', () => {
    at('2025-09-15T05:00:00.000Z');
    const open = expectOk(s.t.call('remarks.list', { state: 'open' }, token('deputy')));
    expect(open.counts).toEqual({ open: 2, overdue: 1, fixed: 0 });
    const overdue = expectOk(s.t.call('remarks.list', { state: 'overdue' }, token('director')));
    expect(overdue.rows.map((r) => [r.classSubjectId, r.state])).toEqual([[s.english, 'overdue']]);
    const byClass = expectOk(s.t.call('remarks.list', { state: 'all', classId: s.class8 }, token('deputy')));
    expect(byClass.rows).toEqual([]);
    const byTeacher = expectOk(s.t.call('remarks.list', { state: 'all', teacherId: s.other.staffId }, token('deputy')));
    expect(byTeacher.rows.map((r) => r.classSubjectId)).toEqual([s.english]);
    expectError(s.t.call('remarks.list', {}, token('teacher')), 'FORBIDDEN');
  });

  it('lets only a teacher of the journal mark it fixed, once, with her note', () => {
    const mathRemark = expectOk(s.t.call('remarks.list', { state: 'open' }, token('deputy'))).rows.find(
      (r) => r.classSubjectId === s.math,
    );
    if (!mathRemark) throw new Error('no remark on mathematics');
    const foreign = expectError(
      s.t.call('remarks.fix', { remarkId: mathRemark.remarkId }, token('teacher2')),
      'FORBIDDEN',
    );
    expect(foreign.params).toEqual({ rule: 'remarks.notOwn' });
    expectError(s.t.call('remarks.fix', { remarkId: mathRemark.remarkId }, token('deputy')), 'FORBIDDEN');
    expectError(s.t.call('remarks.fix', { remarkId: mathRemark.remarkId }, token('director')), 'FORBIDDEN');

    const fixed = expectOk(
      s.t.call('remarks.fix', { remarkId: mathRemark.remarkId, note: 'Сабак толтурулду' }, token('teacher')),
    );
    expect(fixed).toMatchObject({
      state: 'fixed',
      fixedAt: '2025-09-15T05:00:00.000Z',
      fixedBy: 'Үсөнова Айнура',
      fixedNote: 'Сабак толтурулду',
    });
    expect(auditEntries(s.t.db).at(-1)).toMatchObject({ action: 'remarks.fix', actor: 'teacher', entity: 'remark' });
    const again = expectError(s.t.call('remarks.fix', { remarkId: mathRemark.remarkId }, token('teacher')), 'CONFLICT');
    expect(again.fields?.[0]?.message).toBe('validation.remarks.alreadyFixed');
    expectError(s.t.call('remarks.fix', { remarkId: 9999 }, token('teacher')), 'NOT_FOUND');
  });

  it('lets either subgroup teacher fix a split subject’s remark, and the deputy sees it fixed', () => {
    const english = expectOk(s.t.call('remarks.mine', undefined, token('teacher2'))).rows[0];
    if (!english) throw new Error('no remark on English');
    expectOk(s.t.call('remarks.fix', { remarkId: english.remarkId }, token('teacher2')));
    const list = expectOk(s.t.call('remarks.list', { state: 'fixed' }, token('deputy')));
    expect(list.counts).toEqual({ open: 0, overdue: 0, fixed: 2 });
    expect(list.rows.map((r) => r.fixedBy).sort()).toEqual(['Жумабаев Талант', 'Үсөнова Айнура']);
    // The teacher's home screen keeps showing what was fixed for two weeks (hers and her group's), then lets it go.
    expect(expectOk(s.t.call('remarks.mine', undefined, token('teacher'))).rows.map((r) => r.state)).toEqual([
      'fixed',
      'fixed',
    ]);
    at('2025-10-01T05:00:00.000Z');
    expect(expectOk(s.t.call('remarks.mine', undefined, token('teacher'))).rows).toEqual([]);
  });
});
