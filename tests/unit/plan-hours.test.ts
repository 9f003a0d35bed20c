import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setting } from '../../src-main/db/schema';
import { defaultStudyWeeks, readStudyWeeks, studyWeeksKey } from '../../src-main/plan/study-weeks';
import { expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { planSchool, type PlanSchool } from '../helpers/samples/plan';

/*
 * The hours check: a plan's hours against hours a week × study weeks (34, and 33 in grade 1, unless
 * the school's setting says otherwise). Every class subject of the test school has 2 hours a week.
 */

let t: TestApp;
let f: Staffed;
let s: PlanSchool;

beforeEach(() => {
  t = openTestApp();
  f = staffSchool(t);
  s = planSchool(t, f);
});
afterEach(() => t.close());

/** A plan of `n` topics of `hours` each, saved by the deputy; returns its hours check. */
function saveHours(classSubjectId: number, n: number, hours: number) {
  const topics = Array.from({ length: n }, (_, i) => ({ title: `Тема ${i + 1}`, hours }));
  return expectOk(t.call('plan.save', { classSubjectId, topics }, f.deputy.token)).hours;
}

function storeWeeks(value: unknown) {
  t.db.orm.insert(setting).values({ key: studyWeeksKey, value }).run();
}

describe('the hours check', () => {
  it('expects 2 hours × 34 weeks = 68 in grade 5, and reports an exact plan as no difference', () => {
    expect(saveHours(s.math5a, 34, 2)).toEqual({
      planned: 68,
      hoursPerWeek: 2,
      weeks: 34,
      expected: 68,
      difference: 0,
    });
  });

  it('counts 33 weeks in grade 1: 2 × 33 = 66', () => {
    const hours = saveHours(s.math1a, 33, 2);
    expect(hours).toMatchObject({ weeks: 33, expected: 66, planned: 66, difference: 0 });
  });

  it('gives the difference as planned − expected: negative when hours are missing, positive when too many', () => {
    expect(saveHours(s.math5a, 30, 2)).toMatchObject({ planned: 60, expected: 68, difference: -8 });
    expect(saveHours(s.math5a, 35, 2)).toMatchObject({ planned: 70, expected: 68, difference: 2 });
    // Half hours add up exactly: 137 topics of 0.5 h = 68.5 h.
    expect(saveHours(s.math5a, 137, 0.5)).toMatchObject({ planned: 68.5, difference: 0.5 });
  });

  it('shows an empty plan as all hours missing', () => {
    const view = expectOk(t.call('plan.get', { classSubjectId: s.math6a }, f.teacher.token));
    expect(view.topics).toEqual([]);
    expect(view.hours).toEqual({ planned: 0, hoursPerWeek: 2, weeks: 34, expected: 68, difference: -68 });
  });

  it('follows the school setting: another default, and its own list of grades', () => {
    storeWeeks({ default: 35, byGrade: { 5: 30 } });
    expect(saveHours(s.math5a, 30, 2)).toMatchObject({ weeks: 30, expected: 60, difference: 0 });
    expect(saveHours(s.math6a, 35, 2)).toMatchObject({ weeks: 35, expected: 70, difference: 0 });
    // The stored list replaces the default one: grade 1 now takes the default, 35 weeks.
    expect(saveHours(s.math1a, 1, 2)).toMatchObject({ weeks: 35, expected: 70 });
  });

  it('falls back to the defaults for a stored value of the wrong shape', () => {
    storeWeeks({ default: -3, byGrade: [1, 2] });
    expect(saveHours(s.math5a, 1, 2)).toMatchObject({ weeks: 34, expected: 68 });
    expect(saveHours(s.math1a, 1, 2)).toMatchObject({ weeks: 33, expected: 66 });
  });
});

describe('reading the study weeks setting', () => {
  it('is the default without a stored value, and for one that is not an object', () => {
    expect(readStudyWeeks(t.db)).toEqual(defaultStudyWeeks);
    storeWeeks('34 weeks');
    expect(readStudyWeeks(t.db)).toEqual(defaultStudyWeeks);
  });

  it('keeps the readable entries of a grade list and skips the others', () => {
    storeWeeks({ default: 33.5, byGrade: { 1: 32, 2: 0, 13: 30, x: 30, 9: '34', 11: 35 } });
    expect(readStudyWeeks(t.db)).toEqual({ default: 34, byGrade: { 1: 32, 11: 35 } });
  });
});
