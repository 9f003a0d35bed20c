import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultGradingRules } from '../../src-main/school/academic-year';
import { gradingIssues } from '../../src-main/calendar/grading-service';
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

describe('the grading scale per grade', () => {
  let t: TestApp;
  let f: Staffed;
  let yearId: number;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
    yearId = expectOk(t.call('school.info', undefined, f.deputy.token)).currentYear?.id ?? 0;
  });
  afterEach(() => t.close());

  it('starts a new year with the regulation: no marks in grade 1 nor in grade 2’s first half-year', () => {
    const created = expectOk(
      t.call(
        'years.create',
        {
          title: '2026–2027',
          startsOn: '2026-09-01',
          endsOn: '2027-05-31',
          quarters: [
            { startsOn: '2026-09-01', endsOn: '2026-10-31' },
            { startsOn: '2026-11-09', endsOn: '2026-12-29' },
            { startsOn: '2027-01-11', endsOn: '2027-03-19' },
            { startsOn: '2027-03-30', endsOn: '2027-05-31' },
          ],
          halfYears: [
            { startsOn: '2026-09-01', endsOn: '2026-12-29' },
            { startsOn: '2027-01-11', endsOn: '2027-05-31' },
          ],
        },
        f.deputy.token,
      ),
    );
    const rules = expectOk(t.call('grading.list', { yearId: created.id }, f.teacher.token));
    expect(rules).toHaveLength(defaultGradingRules.length);
    expect(rules.slice(0, 3)).toEqual([
      { grade: 1, halfYear: null, scale: 'none' },
      { grade: 2, halfYear: 1, scale: 'none' },
      { grade: 2, halfYear: 2, scale: 'five_point' },
    ]);
    expect(rules.filter((r) => r.grade >= 3).every((r) => r.scale === 'five_point' && r.halfYear === null)).toBe(true);
  });

  it('replaces the table and records before and after', () => {
    const rules = [
      { grade: 1, halfYear: null, scale: 'none' },
      { grade: 4, halfYear: null, scale: 'points' },
      { grade: 7, halfYear: null, scale: 'criteria' },
    ] as const;
    expect(expectOk(t.call('grading.set', { yearId, rules: [...rules] }, f.administrator.token))).toEqual(rules);
    expect(expectOk(t.call('grading.list', { yearId }, f.director.token))).toEqual(rules);
    const entry = auditEntries(t.db).at(-1);
    expect(entry).toMatchObject({ action: 'grading.set', entity: 'grading_rule', entityId: String(yearId) });
    expect(JSON.parse(entry?.before ?? '[]')).toHaveLength(defaultGradingRules.length);
    expect(JSON.parse(entry?.after ?? '[]')).toEqual(rules);
  });

  it('refuses a grade ruled twice, a whole year mixed with half-years, or one half-year alone', () => {
    expect(
      gradingIssues([
        { grade: 3, halfYear: null, scale: 'none' },
        { grade: 3, halfYear: null, scale: 'points' },
        { grade: 2, halfYear: 1, scale: 'none' },
        { grade: 2, halfYear: null, scale: 'none' },
        { grade: 5, halfYear: 2, scale: 'points' },
      ]).map((i) => [i.path, i.message]),
    ).toEqual([
      ['rules.1.halfYear', 'validation.grading.twice'],
      ['rules.3.halfYear', 'validation.grading.mixed'],
      ['rules.4.halfYear', 'validation.grading.bothHalves'],
    ]);
    const before = snapshot(t.db);
    expectError(
      t.call('grading.set', { yearId, rules: [{ grade: 2, halfYear: 1, scale: 'none' }] }, f.deputy.token),
      'INVALID_INPUT',
    );
    expectError(
      t.call('grading.set', { yearId, rules: [{ grade: 13, halfYear: null, scale: 'none' }] }, f.deputy.token),
      'INVALID_INPUT',
    );
    expectError(t.call('grading.set', { yearId: 999, rules: [] }, f.deputy.token), 'NOT_FOUND');
    expect(snapshot(t.db)).toBe(before);
  });
});
