import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../src-main/db/connection';
import { startPrint } from '../../src-main/print/print-service';
import { verifyPrinted } from '../../src-main/print/verify';
import { expectError, expectOk, makeTempDir, removeDir } from '../helpers/app';
import { closedDemo, demoDecisions, hashOf, yearRows, type DemoApp } from './year-end-demo';

type Row = Record<string, unknown>;

/**
 * Nothing of the closed year changes in a roll-over: papers of its archive printed before it verify
 * as unchanged after it, and every row of the year reads the same, but for the pointer to the
 * working year and the graduation written on the leavers' last lines. A backup is made first.
 */
describe('the closed year through a roll-over', () => {
  const dir = makeTempDir('mektep-archive-');
  let d: DemoApp;
  let deputy: string;
  let oldYear: number;
  let before: Record<string, unknown[]>;
  let codes: string[];
  let graduating = 0;
  const backups: string[] = [];
  const q = <T>(sql: string, ...args: unknown[]) => d.db.sqlite.prepare(sql).all(...args) as T[];

  beforeAll(() => {
    ({ d, deputy, oldYear } = closedDemo(dir));
    // The archive as printed before the roll-over: some classes' ledgers, the school's results, the book.
    const by = { userId: null, name: 'Орозбаева Ж.' };
    const params = { yearId: oldYear, period: 'year' as const };
    const ledgers = ['1-А', '5-А', '9-Б', '10-А', '11-Б'].map((name) => {
      const [grade, letter] = name.split('-');
      const classId = q<{ id: number }>('select id from class where grade = ? and letter = ?', Number(grade), letter)[0]
        ?.id;
      return { kind: 'summary-ledger', params: { ...params, classId } };
    });
    const orders = [...ledgers, { kind: 'school-report', params }, { kind: 'movement', params }];
    codes = orders.flatMap((o) => startPrint(d.db, { ...o, language: 'ky' }, by, d.clock.now()).map((r) => r.doc.code));
    before = yearRows(d.db, oldYear);
    d.app.backupBeforeRisky = (reason) => backups.push(reason);
    const preview = expectOk(d.call('yearEnd.rollOverPreview', { fromYearId: oldYear }, deputy));
    const decisions = demoDecisions(preview, oldYear);
    const decided = expectOk(d.call('yearEnd.rollOverPreview', decisions, deputy));
    graduating = decided.counts.graduates + decided.counts.leaves;
    expectOk(d.call('yearEnd.rollOver', { ...decisions, ...preview.proposed }, deputy));
  });
  afterAll(() => {
    closeDatabase(d.db);
    removeDir(dir);
  });

  it('made the backup before rolling over', () => {
    expect(backups).toEqual(['rollOver']);
  });

  it('leaves the closed year’s rows as they were, but for the graduation on its leavers’ last lines', () => {
    const after = yearRows(d.db, oldYear);
    const graduated = new Set((after.enrollment as Row[]).filter((l) => l.departure_reason !== null).map((l) => l.id));
    expect(graduated.size).toBe(graduating);
    // The pointer to the working year moved to the new year; that is the program's, not the year's data.
    const unpointed = (rows: Record<string, unknown[]>, clear: boolean) => ({
      ...rows,
      academic_year: (rows.academic_year as Row[]).map((y) => ({ ...y, is_current: 0 })),
      enrollment: (rows.enrollment as Row[]).map((l) =>
        clear && graduated.has(l.id) ? { ...l, departure_reason: null } : l,
      ),
    });
    expect(hashOf(unpointed(after, true))).toBe(hashOf(unpointed(before, false)));
    expect(before.enrollment?.length).toBe(after.enrollment?.length);
  });

  it('still verifies every paper printed before the roll-over as unchanged', () => {
    expect(codes).toHaveLength(7);
    for (const code of codes) {
      const v = verifyPrinted(d.db, code);
      expect(v.found && v.unchanged, code).toBe(true);
    }
  });

  it('refuses a second roll-over of the same year', () => {
    const again = expectError(d.call('yearEnd.rollOverPreview', { fromYearId: oldYear }, deputy), 'CONFLICT');
    expect(again.fields).toEqual([
      { path: 'fromYearId', message: 'validation.yearEnd.alreadyRolledOver', params: { title: '2027–2028' } },
    ]);
    expect(expectOk(d.call('yearEnd.check', { yearId: oldYear }, deputy)).rolledOverInto).toMatchObject({
      title: '2027–2028',
    });
  });
});
