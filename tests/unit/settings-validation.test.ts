import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../src-main/api/contract';
import { defaultEditPolicy } from '../../src-main/journal/edit-policy';
import { defaultPeriodMarkRules } from '../../src-main/period-marks/rules';
import { expectError, openTestApp, snapshot, staffSchool, type Staffed, type TestApp } from '../helpers/app';

/*
 * Bad settings are refused whole, field by field, with one `validation.settings.*` message a field,
 * and nothing is stored: a valid part beside a bad one is not saved either.
 */

let t: TestApp;
let f: Staffed;

beforeAll(() => {
  t = openTestApp();
  f = staffSchool(t);
});
afterAll(() => t.close());

const policy = { ...defaultEditPolicy };
const rules = { ...defaultPeriodMarkRules };
const weeks = { default: 34, byGrade: { '1': 33 } };

/** The field issues of a refused save, which must have changed nothing. */
function refused(input: unknown): FieldIssue[] {
  const before = snapshot(t.db);
  const error = expectError(t.dispatch('settings.journalSave', input, f.deputy.token).result, 'INVALID_INPUT');
  expect(snapshot(t.db)).toBe(before);
  return error.fields ?? [];
}

const issue = (path: string, message: string) => ({ path, message: `validation.settings.${message}` });

describe('the edit policy', () => {
  it('refuses times that are not HH:MM and day counts outside 0–60', () => {
    const fields = refused({
      editPolicy: {
        ...policy,
        dayEndsAt: '24:00',
        homeworkEndsAt: '9:30',
        writtenMarkDays: 61,
        excuseDays: 1.5,
        reasonMinLength: 0,
      },
      studyWeeks: weeks,
    });
    expect(fields).toEqual([
      issue('editPolicy.dayEndsAt', 'time'),
      issue('editPolicy.homeworkEndsAt', 'time'),
      issue('editPolicy.writtenMarkDays', 'days'),
      issue('editPolicy.excuseDays', 'days'),
      issue('editPolicy.reasonMinLength', 'reasonLength'),
    ]);
  });

  it('refuses a missing field, a repeated or unknown mark kind and an unknown key', () => {
    const { excuseDays: _left, ...partial } = policy;
    expect(refused({ editPolicy: partial })).toEqual([issue('editPolicy.excuseDays', 'days')]);
    expect(refused({ editPolicy: { ...policy, writtenMarkKinds: ['write', 'write'] } })).toEqual([
      issue('editPolicy.writtenMarkKinds', 'kinds'),
    ]);
    const unknownKind = refused({ editPolicy: { ...policy, writtenMarkKinds: ['essay'] } });
    expect(unknownKind.map((i) => i.path)).toEqual(['editPolicy.writtenMarkKinds.0']);
    const extra = refused({ editPolicy: { ...policy, teacherMayEditForever: true } });
    expect(extra).toEqual([
      { path: 'editPolicy', message: 'validation.unrecognized_keys', params: { keys: 'teacherMayEditForever' } },
    ]);
  });
});

describe('the period-mark rules', () => {
  it('refuses weights outside 0.5–5 or between half steps, and a threshold outside 0.5–0.9', () => {
    const fields = refused({
      periodMarkRules: {
        ...rules,
        weights: { ...rules.weights, general: 0, control: 2.25, test: 5.5 },
        rounding: { kind: 'threshold', fraction: 0.95 },
      },
    });
    expect(fields).toEqual([
      issue('periodMarkRules.weights.general', 'weight'),
      issue('periodMarkRules.weights.control', 'weight'),
      issue('periodMarkRules.weights.test', 'weight'),
      issue('periodMarkRules.rounding.fraction', 'fraction'),
    ]);
  });

  it('refuses minimum marks outside 1–10, no written kind, and windows outside 0–60 days', () => {
    const fields = refused({
      periodMarkRules: {
        ...rules,
        minMarks: { upToTwoHours: 0, perExtraHour: 6 },
        writtenKinds: [],
        openDaysBefore: -1,
        yearCloseDaysAfter: 90,
      },
    });
    expect(fields).toEqual([
      issue('periodMarkRules.minMarks.upToTwoHours', 'minMarks'),
      issue('periodMarkRules.minMarks.perExtraHour', 'perExtraHour'),
      issue('periodMarkRules.writtenKinds', 'writtenKindsRequired'),
      issue('periodMarkRules.openDaysBefore', 'days'),
      issue('periodMarkRules.yearCloseDaysAfter', 'days'),
    ]);
  });

  it('refuses an unknown rounding rule and a weight for an unknown kind', () => {
    const rounding = refused({ periodMarkRules: { ...rules, rounding: { kind: 'bankers' } } });
    expect(rounding.map((i) => i.path)).toEqual(['periodMarkRules.rounding.kind']);
    const weights = refused({ periodMarkRules: { ...rules, weights: { ...rules.weights, oral: 2 } } });
    expect(weights.map((i) => [i.path, i.message])).toEqual([
      ['periodMarkRules.weights', 'validation.unrecognized_keys'],
    ]);
  });
});

describe('the study weeks', () => {
  it('refuses weeks outside 30–40 and grades outside 1–11', () => {
    const fields = refused({ studyWeeks: { default: 29, byGrade: { '0': 34, '5': 41, '12': 34, x: 34 } } });
    expect(fields).toEqual([
      issue('studyWeeks.default', 'weeks'),
      issue('studyWeeks.byGrade.5', 'weeks'),
      issue('studyWeeks.byGrade.0', 'grade'),
      issue('studyWeeks.byGrade.12', 'grade'),
      issue('studyWeeks.byGrade.x', 'grade'),
    ]);
  });
});

describe('the save as a whole', () => {
  it('refuses a save with no part, and an unknown part', () => {
    expect(refused({})).toEqual([{ path: '', message: 'validation.settings.nothingToSave' }]);
    expect(refused({ gradingScale: 'points' })[0]?.message).toBe('validation.unrecognized_keys');
  });
});
