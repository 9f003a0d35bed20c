import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrint } from '../../src-main/print/print-service';
import { verifyPrinted } from '../../src-main/print/verify';
import { expectOk } from '../helpers/app';
import { closedSchool, type ClosedSchool } from './year-end-closed';

/**
 * A closed year is printed at any time later: its summary ledgers, the school's results and the
 * movement book come out of the archive and verify as unchanged. What every year shares (a pupil's
 * card, a subject's name) may still be corrected, and a paper checked again then shows the change.
 */
describe('printing a closed year', () => {
  let s: ClosedSchool;
  let ledgerCode = '';
  beforeAll(() => {
    s = closedSchool();
  });
  afterAll(() => s.t.close());

  it('prints the archive set and verifies every code as unchanged', () => {
    const by = { userId: s.f.deputy.user.userId, name: 'Осмонов Б.' };
    const now = s.t.clock.now();
    const params = { yearId: s.yearId, period: 'year' as const };
    const print = (kind: string, more: object, all = false) =>
      startPrint(s.t.db, { kind, params: { ...params, ...more }, language: 'ru', all }, by, now);
    const [ledger] = print('summary-ledger', { classId: s.classId['9-А'] });
    expect(ledger?.doc.facts).toContainEqual(['Осмонова Салтанат · Математика · Год', '3']);
    const set = [...print('summary-ledger', {}, true), ...print('school-report', {}), ...print('movement', {})];
    // A ledger for each class with pupils (8-Б has none), the school's results, the movement book.
    expect(set.map((d) => d.doc.kind)).toEqual([
      ...Array<string>(4).fill('summary-ledger'),
      'school-report',
      'movement',
    ]);
    for (const d of [ledger, ...set]) {
      const v = verifyPrinted(s.t.db, d?.doc.code ?? '');
      expect(v.found && v.unchanged, `${d?.doc.kind} ${d?.doc.code}`).toBe(true);
    }
    ledgerCode = ledger?.doc.code ?? '';
    const api = expectOk(s.t.call('print.verify', { code: ledgerCode }, s.f.director.token));
    expect(api).toMatchObject({ found: true, unchanged: true });
  });

  it('still lets a pupil’s card and a subject’s name be corrected, and the paper shows it', () => {
    const deputy = s.f.deputy.token;
    const card = { surname: 'Бакиров', name: 'Бекзат', patronymic: 'Нурлан уулу' };
    expect(expectOk(s.t.call('students.update', { studentId: s.pupil.Бекзат, card }, deputy)).card).toMatchObject(card);
    expectOk(s.t.call('subjects.update', { subjectId: 1, nameRu: 'Математика (алгебра)' }, deputy));
    const v = verifyPrinted(s.t.db, ledgerCode);
    expect(v.found && v.changes.map((c) => c.label)).toContain('Осмонова Салтанат · Математика (алгебра) · Год');
  });
});
