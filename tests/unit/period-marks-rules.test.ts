import { afterEach, describe, expect, it } from 'vitest';
import { setting } from '../../src-main/db/schema';
import { defaultPeriodMarkRules, periodMarkRulesKey, readPeriodMarkRules } from '../../src-main/period-marks/rules';
import { canSetPeriodMark, markWindow, type PeriodMarkEditQuery } from '../../src-main/period-marks/window';
import { openTestApp, type TestApp } from '../helpers/app';

describe('the stored rules', () => {
  let t: TestApp | null = null;
  afterEach(() => {
    t?.close();
    t = null;
  });

  const store = (value: unknown) => {
    t?.close();
    t = openTestApp();
    t.db.orm.insert(setting).values({ key: periodMarkRulesKey, value }).run();
    return readPeriodMarkRules(t.db);
  };

  it('are the defaults when nothing is stored', () => {
    t = openTestApp();
    const read = readPeriodMarkRules(t.db);
    expect(read).toEqual(defaultPeriodMarkRules);
    expect(Object.values(read.weights)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(read).toMatchObject({ openDaysBefore: 14, closeDaysAfter: 7, yearCloseDaysAfter: 30 });
  });

  it('take the school’s weights, rounding and minimum over the defaults', () => {
    const read = store({
      weights: { control: 2 },
      rounding: { kind: 'threshold', fraction: 0.6 },
      minMarks: { upToTwoHours: 4 },
      openDaysBefore: 3,
    });
    expect(read.weights).toMatchObject({ control: 2, general: 1, write: 1 });
    expect(read.rounding).toEqual({ kind: 'threshold', fraction: 0.6 });
    expect(read.minMarks).toEqual({ upToTwoHours: 4, perExtraHour: 1 });
    expect(read.openDaysBefore).toBe(3);
    expect(read.closeDaysAfter).toBe(7);
  });

  it('fall back field by field where a stored field has the wrong shape', () => {
    const read = store({
      weights: { control: -2, test: 'two', laboratory: 3, bogus: 9 },
      rounding: { kind: 'threshold', fraction: 6 },
      minMarks: 'three',
      writtenKinds: ['control', 'essay', 5],
      openDaysBefore: -1,
      closeDaysAfter: 2.5,
      yearCloseDaysAfter: '30',
    });
    expect(read.weights).toEqual({ ...defaultPeriodMarkRules.weights, laboratory: 3 });
    expect(read.rounding).toEqual({ kind: 'half_up' });
    expect(read.minMarks).toEqual(defaultPeriodMarkRules.minMarks);
    expect(read.writtenKinds).toEqual(['control']);
    expect(read).toMatchObject({ openDaysBefore: 14, closeDaysAfter: 7, yearCloseDaysAfter: 30 });
    expect(store('nonsense')).toEqual(defaultPeriodMarkRules);
  });
});

describe('the teacher’s window', () => {
  const rules = defaultPeriodMarkRules;

  it('opens 14 days before the period ends and closes 7 after; 30 after the year for its marks', () => {
    expect(markWindow('quarter', '2025-10-31', rules)).toEqual({ opensOn: '2025-10-17', closesOn: '2025-11-07' });
    expect(markWindow('half_year', '2025-12-28', rules)).toEqual({ opensOn: '2025-12-14', closesOn: '2026-01-04' });
    for (const kind of ['year', 'exam', 'final'] as const) {
      expect(markWindow(kind, '2026-05-31', rules)).toEqual({ opensOn: '2026-05-17', closesOn: '2026-06-30' });
    }
  });

  const base: PeriodMarkEditQuery = {
    role: 'teacher',
    isOwn: true,
    window: { opensOn: '2025-10-17', closesOn: '2025-11-07' },
    today: '2025-10-17',
    reasonMinLength: 5,
  };
  const q = (over: Partial<PeriodMarkEditQuery>) => canSetPeriodMark({ ...base, ...over });

  it('lets the teacher set their own marks on both ends of the window, not a day outside it', () => {
    expect(q({})).toEqual({ ok: true, correction: false });
    expect(q({ today: '2025-11-07' })).toEqual({ ok: true, correction: false });
    expect(q({ today: '2025-10-16' })).toEqual({ ok: false, reason: 'notYet' });
    expect(q({ today: '2025-11-08' })).toEqual({ ok: false, reason: 'dayPassed' });
    expect(q({ isOwn: false })).toEqual({ ok: false, reason: 'notOwn' });
  });

  it('lets the deputy correct at any time with a reason, and the director and administrator never', () => {
    expect(q({ role: 'deputy', today: '2026-03-01', reason: 'Бир.' })).toEqual({
      ok: false,
      reason: 'reasonRequired',
    });
    expect(q({ role: 'deputy', today: '2026-03-01', reason: 'Катасы оңдолду' })).toEqual({
      ok: true,
      correction: true,
    });
    expect(q({ role: 'director', reason: 'Катасы оңдолду' })).toEqual({ ok: false, reason: 'notAllowed' });
    expect(q({ role: 'administrator' })).toEqual({ ok: false, reason: 'notAllowed' });
  });
});
