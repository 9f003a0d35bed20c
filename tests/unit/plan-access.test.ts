import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { planSchool, type PlanSchool } from '../helpers/samples/plan';

/*
 * Who reads and who changes a plan: a teacher their own class subjects and the subgroups they teach,
 * the deputy any plan, the director and the administrator none; a closed year none.
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

const topics = [{ title: 'Киришүү', hours: 2 }];
const csv = Buffer.from('Темасы;Саат\nКиришүү;2\n', 'utf8').toString('base64');

/** Runs a refused attempt and checks it changed nothing, not even the audit trail. */
function refused(attempt: () => { ok: boolean }, code: 'FORBIDDEN' | 'YEAR_CLOSED') {
  const before = snapshot(t.db);
  const audit = auditEntries(t.db).length;
  const error = expectError(attempt() as never, code);
  expect(snapshot(t.db)).toBe(before);
  expect(auditEntries(t.db)).toHaveLength(audit);
  return error;
}

describe('a teacher', () => {
  it("is refused another teacher's class subject: reading, saving, importing and copying into it", () => {
    expectError(t.call('plan.get', { classSubjectId: s.math5b }, f.teacher.token), 'FORBIDDEN');
    const save = refused(() => t.call('plan.save', { classSubjectId: s.math5b, topics }, f.teacher.token), 'FORBIDDEN');
    expect(save.params).toEqual({ rule: 'plan.notOwn' });
    const file = { classSubjectId: s.math5b, fileName: 'x.csv', contentBase64: csv };
    refused(() => t.call('plan.import', { ...file, apply: false }, f.teacher.token), 'FORBIDDEN');
    refused(() => t.call('plan.import', { ...file, apply: true }, f.teacher.token), 'FORBIDDEN');
    expectOk(t.call('plan.save', { classSubjectId: s.math5a, topics }, f.teacher.token));
    refused(
      () => t.call('plan.copy', { fromClassSubjectId: s.math5a, toClassSubjectId: s.math5b }, f.teacher.token),
      'FORBIDDEN',
    );
  });

  it('teaching a subgroup, changes that group plan only, not the class plan nor the other group', () => {
    const view = expectOk(
      t.call('plan.save', { classSubjectId: s.english5a, subgroupId: s.group1, topics }, s.other.token),
    );
    expect(view.canEdit).toBe(true);
    refused(() => t.call('plan.save', { classSubjectId: s.english5a, topics }, s.other.token), 'FORBIDDEN');
    refused(
      () => t.call('plan.save', { classSubjectId: s.english5a, subgroupId: s.group2, topics }, s.other.token),
      'FORBIDDEN',
    );
    // Reading the class plan is allowed (the journal's rule), but it is not theirs to change.
    expect(expectOk(t.call('plan.get', { classSubjectId: s.english5a }, s.other.token)).canEdit).toBe(false);
  });
});

describe('the other roles', () => {
  it('lets the director read every plan and change none', () => {
    const view = expectOk(t.call('plan.get', { classSubjectId: s.math5b }, f.director.token));
    expect(view.canEdit).toBe(false);
    refused(() => t.call('plan.save', { classSubjectId: s.math5b, topics }, f.director.token), 'FORBIDDEN');
  });

  it("lets the deputy change any teacher's plan, and not the administrator", () => {
    expect(expectOk(t.call('plan.get', { classSubjectId: s.math5b }, f.deputy.token)).canEdit).toBe(true);
    const saved = expectOk(t.call('plan.save', { classSubjectId: s.math5b, topics }, f.deputy.token));
    refused(() => t.call('plan.save', { classSubjectId: s.math5b, topics: [] }, f.administrator.token), 'FORBIDDEN');
    expect(expectOk(t.call('plan.get', { classSubjectId: s.math5b }, f.deputy.token)).topics).toEqual(saved.topics);
  });
});

describe('a closed year', () => {
  it('refuses every change, to the deputy too, and says the plan can no longer be edited', () => {
    expectOk(t.call('plan.save', { classSubjectId: s.math5a, topics }, f.teacher.token));
    t.db.sqlite.prepare(`update academic_year set state = 'closed'`).run();
    for (const token of [f.teacher.token, f.deputy.token]) {
      const error = refused(() => t.call('plan.save', { classSubjectId: s.math5a, topics: [] }, token), 'YEAR_CLOSED');
      expect(error.params).toEqual({ title: '2025–2026' });
    }
    const file = { classSubjectId: s.math5a, fileName: 'x.csv', contentBase64: csv, apply: true };
    refused(() => t.call('plan.import', file, f.teacher.token), 'YEAR_CLOSED');
    refused(
      () =>
        t.call(
          'plan.copy',
          { fromClassSubjectId: s.math5a, toClassSubjectId: s.math5b, replace: true },
          f.deputy.token,
        ),
      'YEAR_CLOSED',
    );
    // Someone else's plan stays a matter of ownership, whatever the year.
    refused(() => t.call('plan.save', { classSubjectId: s.math5b, topics }, f.teacher.token), 'FORBIDDEN');
    const view = expectOk(t.call('plan.get', { classSubjectId: s.math5a }, f.teacher.token));
    expect(view).toMatchObject({ canEdit: false, year: { closed: true } });
    expect(view.topics).toHaveLength(1);
  });
});

describe('the overview of a split subject', () => {
  it('does not ask for a class plan when every subgroup has a plan of its own', () => {
    for (const [subgroupId, token] of [
      [s.group1, s.other.token],
      [s.group2, f.teacher.token],
    ] as const) {
      expectOk(t.call('plan.save', { classSubjectId: s.english5a, subgroupId, topics }, token));
    }
    const rows = expectOk(t.call('plan.overview', {}, f.deputy.token)).rows.filter(
      (r) => r.classSubjectId === s.english5a,
    );
    expect(rows.map((r) => [r.subgroupName, r.status, r.shared])).toEqual([
      [null, 'notNeeded', false],
      ['1-топ', 'mismatch', false],
      ['2-топ', 'mismatch', false],
    ]);
  });
});
