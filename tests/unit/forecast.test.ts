import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBacktest } from '../../bench/forecast-backtest';
import { backtestForecast, midpointOf, type BacktestResult } from '../../src-main/control/forecast/backtest';
import {
  expectError,
  expectOk,
  knownPassword,
  openTestApp,
  signIn,
  staffSchool,
  type Staffed,
  type TestApp,
} from '../helpers/app';
import { forecastSchool, setQuarterMarks, type ForecastSchool } from '../helpers/forecast-school';

/* The forecast calls on a school where every number is known (tests/helpers/forecast-school.ts). */

describe('forecasts', () => {
  let t: TestApp;
  let f: Staffed;
  let s: ForecastSchool;
  const q1 = { period: 'q1' as const, asOf: '2025-09-30' };

  beforeAll(() => {
    t = openTestApp();
    f = staffSchool(t);
    s = forecastSchool(t, f);
  });
  afterAll(() => t.close());

  it("gives each counted pupil's forecast, confidence and risks", () => {
    const { period, forecast } = expectOk(t.call('forecast.class', { classId: s.classA, ...q1 }, f.deputy.token));
    expect(period).toEqual({ code: 'q1', startsOn: '2025-09-01', endsOn: '2025-10-31', asOf: '2025-09-30' });
    const rows = forecast.pupils.flatMap((p) =>
      p.lines.map((l) => [
        p.name,
        l.value,
        l.confidence,
        l.level,
        l.risks.join(' '),
        l.held,
        l.absent,
        l.ahead,
        l.expectedMarks,
      ]),
    );
    // The class's rate is 8 marks / 16 lessons attended = 0.5; Жапаров: 0 + 4 × 0.5 × 0.2 = 0.4 marks to come.
    expect(rows).toEqual([
      ['Асанов Окуучу', '5', 63, 'medium', '', 5, 0, 4, 5],
      ['Бекова Окуучу', '2', 63, 'medium', 'two falling', 5, 0, 4, 5],
      ['Жапаров Окуучу', 'н/а', 56, 'medium', 'noMarks fewMarks absences', 5, 4, 4, 0.4],
      ['Ырысова Окуучу', '4', 61, 'medium', '', 5, 0, 4, 4],
    ]);
    expect(forecast.pupils.map((p) => p.atRisk)).toEqual([false, true, true, false]);
  });

  it('rolls the class up as the results count: pupils who left are not counted', () => {
    const { forecast } = expectOk(t.call('forecast.class', { classId: s.classA, ...q1 }, f.director.token));
    // 5, 2, н/а, 4: excellent + good = 2 of 4; success 2 of 4; average (5 + 2 + 4) / 3.
    expect(forecast.rollup).toEqual({
      pupils: 4,
      atRisk: 2,
      withoutForecast: 0,
      byRisk: { two: 1, falling: 1, noMarks: 1, fewMarks: 1, absences: 1 },
      success: 50,
      quality: 50,
      average: 3.67,
    });
  });

  it('rolls the school up over every class', () => {
    const school = expectOk(t.call('forecast.school', q1, f.deputy.token));
    expect(school.classes.map((c) => [c.title, c.rollup.pupils, c.rollup.atRisk])).toEqual([
      ['7-А', 4, 2],
      ['7-Б', 1, 0],
    ]);
    expect(school.school).toMatchObject({ pupils: 5, atRisk: 2, withoutForecast: 1, success: 50, quality: 50 });
  });

  it('shows a class teacher her own class and no other', () => {
    expect(expectOk(t.call('forecast.classes', undefined, f.teacher.token))).toEqual([{ id: s.classA, title: '7-А' }]);
    expectOk(t.call('forecast.class', { classId: s.classA, ...q1 }, f.teacher.token));
    const refused = expectError(t.call('forecast.class', { classId: s.classB, ...q1 }, f.teacher.token), 'FORBIDDEN');
    expect(refused.params).toEqual({ rule: 'forecast.notOwnClass' });
    expectError(t.call('forecast.school', q1, f.teacher.token), 'FORBIDDEN');
    const other = signIn(t, 'teacher7b', knownPassword);
    expect(expectOk(t.call('forecast.classes', undefined, other))).toEqual([{ id: s.classB, title: '7-Б' }]);
    expect(expectOk(t.call('forecast.classes', undefined, f.deputy.token)).map((c) => c.title)).toEqual(['7-А', '7-Б']);
  });

  it('forecasts from today by default, and refuses a period the year does not have', () => {
    // The test clock stands at 2025-10-06: the Monday lesson of that day is not in the journal.
    const { period } = expectOk(t.call('forecast.class', { classId: s.classA, period: 'q1' }, f.deputy.token));
    expect(period.asOf).toBe('2025-10-06');
    t.db.sqlite.prepare(`delete from period where kind = 'quarter' and number = 4`).run();
    const error = expectError(t.call('forecast.school', { period: 'q4' }, f.deputy.token), 'NOT_FOUND');
    expect(error.fields?.[0]?.message).toBe('validation.forecast.periodNotFound');
  });

  it('back-tests from the midpoint against the marks set', () => {
    expect(midpointOf('2025-09-01', '2025-10-31')).toBe('2025-10-01');
    setQuarterMarks(t, s);
    const r = backtestForecast(t.db, { yearId: s.yearId, period: 'q1' });
    // Forecast 5 2 н/а 4, set 5 3 н/а 2: exact Асанов and Жапаров; within one also Бекова; the bad
    // marks are Жапаров's н/а (flagged) and Ырысова's 2 (not flagged); flagged are Бекова and Жапаров.
    expect(r).toMatchObject({
      pairs: 4,
      forecast: 4,
      exact: 2,
      withinOne: 3,
      bad: 2,
      caught: 1,
      twos: 1,
      twosCaught: 0,
      uncertified: 1,
      uncertifiedCaught: 1,
      flagged: 2,
      flaggedBad: 1,
      exactPct: 50,
      withinOnePct: 75,
      recallPct: 50,
      precisionPct: 50,
    });
    expect(r?.period.asOf).toBe('2025-10-01');
    // What `npm run bench:forecast` prints of it.
    const printed = describeBacktest(r as BacktestResult).join('\n');
    expect(printed).toContain('exact match: 2 (50 %); within one mark: 3 (75 %)');
    expect(printed).toContain('of them 2: 1, flagged 0; н/а: 1, flagged 1');
  });
});
