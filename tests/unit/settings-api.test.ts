import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JournalSettingsValues } from '../../src-main/api/contract/settings';
import { verifyAuditChain } from '../../src-main/audit/audit-log';
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

/*
 * The journal settings through the API: the regulations' values on a fresh school, what is saved
 * comes back and is stored as given, a reset returns to the defaults, and every write is audited.
 */

let t: TestApp;
let f: Staffed;

beforeEach(() => {
  t = openTestApp();
  f = staffSchool(t);
});
afterEach(() => t.close());

/** The regulations' values, written out by hand (003 §4.2А, 004 §4.14.5, §5.3, §4.13.6–7; 34/33 weeks). */
const regulations: JournalSettingsValues = {
  editPolicy: {
    dayEndsAt: '23:59',
    homeworkEndsAt: '23:59',
    writtenMarkDays: 10,
    writtenMarkKinds: ['write', 'control', 'test'],
    excuseDays: 7,
    reasonMinLength: 5,
  },
  periodMarkRules: {
    weights: { general: 1, write: 1, control: 1, test: 1, homework: 1, laboratory: 1, practice: 1 },
    rounding: { kind: 'half_up' },
    minMarks: { upToTwoHours: 3, perExtraHour: 1 },
    writtenKinds: ['write', 'control', 'test'],
    openDaysBefore: 14,
    closeDaysAfter: 7,
    yearCloseDaysAfter: 30,
  },
  studyWeeks: { default: 34, byGrade: { 1: 33 } },
};

const school: JournalSettingsValues = {
  editPolicy: {
    dayEndsAt: '18:00',
    homeworkEndsAt: '21:30',
    writtenMarkDays: 14,
    writtenMarkKinds: ['control'],
    excuseDays: 0,
    reasonMinLength: 20,
  },
  periodMarkRules: {
    weights: { general: 0.5, write: 1.5, control: 2, test: 5, homework: 1, laboratory: 1, practice: 1 },
    rounding: { kind: 'threshold', fraction: 0.65 },
    minMarks: { upToTwoHours: 4, perExtraHour: 0 },
    writtenKinds: ['control'],
    openDaysBefore: 0,
    closeDaysAfter: 60,
    yearCloseDaysAfter: 45,
  },
  studyWeeks: { default: 35, byGrade: { 1: 33, 9: 34, 11: 30 } },
};

const storedRow = (key: string) =>
  t.db.sqlite.prepare('select value, updated_by as updatedBy from setting where key = ?').get(key) as
    { value: string; updatedBy: number } | undefined;
const settingAudit = () => auditEntries(t.db).filter((e) => e.entity === 'setting');

describe('reading the settings', () => {
  it('gives the regulations’ values on a fresh school, as in force and as the defaults', () => {
    const read = expectOk(t.call('settings.journal', undefined, f.deputy.token));
    expect(read).toEqual({
      ...regulations,
      defaults: regulations,
      stored: { editPolicy: false, periodMarkRules: false, studyWeeks: false },
    });
    expect(expectOk(t.call('settings.journal', undefined, f.administrator.token))).toEqual(read);
  });

  it('shows what a hand-edited row puts in force, the readers’ fall-backs included', () => {
    t.db.sqlite
      .prepare(`insert into setting (key, value) values ('journal.editPolicy', ?)`)
      .run(JSON.stringify({ dayEndsAt: '17:00', excuseDays: 'week' }));
    const read = expectOk(t.call('settings.journal', undefined, f.deputy.token));
    expect(read.editPolicy).toEqual({ ...regulations.editPolicy, dayEndsAt: '17:00' });
    expect(read.stored).toEqual({ editPolicy: true, periodMarkRules: false, studyWeeks: false });
  });
});

describe('saving the settings', () => {
  it('stores each part whole and reads it back as saved, audited old → new', () => {
    const saved = expectOk(t.call('settings.journalSave', school, f.deputy.token));
    expect(saved).toMatchObject({ ...school, defaults: regulations });
    expect(saved.stored).toEqual({ editPolicy: true, periodMarkRules: true, studyWeeks: true });
    expect(expectOk(t.call('settings.journal', undefined, f.administrator.token))).toEqual(saved);

    const row = storedRow('journal.editPolicy');
    expect(JSON.parse(row?.value ?? 'null')).toEqual(school.editPolicy);
    expect(row?.updatedBy).toBe(f.deputy.user.userId);
    expect(JSON.parse(storedRow('plan.studyWeeks')?.value ?? 'null')).toEqual({
      default: 35,
      byGrade: { '1': 33, '9': 34, '11': 30 },
    });

    const audit = settingAudit();
    expect(audit.map((e) => [e.action, e.entityId, e.before, e.actor])).toEqual([
      ['settings.journalSave', 'journal.editPolicy', null, 'deputy'],
      ['settings.journalSave', 'journal.periodMarkRules', null, 'deputy'],
      ['settings.journalSave', 'plan.studyWeeks', null, 'deputy'],
    ]);
    expect(JSON.parse(audit[1]?.after ?? 'null')).toEqual(school.periodMarkRules);
    expect(verifyAuditChain(t.db).ok).toBe(true);
  });

  it('replaces only the parts given, and audits the stored value it replaces', () => {
    expectOk(t.call('settings.journalSave', school, f.deputy.token));
    const weeks = { default: 33, byGrade: {} };
    const saved = expectOk(t.call('settings.journalSave', { studyWeeks: weeks }, f.administrator.token));
    expect(saved.studyWeeks).toEqual(weeks);
    expect(saved.editPolicy).toEqual(school.editPolicy);
    const last = settingAudit().at(-1);
    expect(last).toMatchObject({ entityId: 'plan.studyWeeks', actor: 'admin' });
    expect(JSON.parse(last?.before ?? 'null')).toEqual({ default: 35, byGrade: { '1': 33, '9': 34, '11': 30 } });
    expect(JSON.parse(last?.after ?? 'null')).toEqual(weeks);
  });

  it('saves while the year is closed: the rules belong to the school, not to one year', () => {
    const closed = t.db.sqlite
      .prepare(`update academic_year set state = 'closed', closed_at = ?`)
      .run(t.clock.now().toISOString());
    expect(closed.changes).toBe(1);
    const saved = expectOk(t.call('settings.journalSave', { editPolicy: school.editPolicy }, f.deputy.token));
    expect(saved.editPolicy).toEqual(school.editPolicy);
  });

  it('accepts the bounds themselves', () => {
    const edges = {
      editPolicy: { ...regulations.editPolicy, dayEndsAt: '00:00', writtenMarkDays: 60, excuseDays: 0 },
      periodMarkRules: {
        ...regulations.periodMarkRules,
        weights: { ...regulations.periodMarkRules.weights, general: 0.5, control: 5 },
        rounding: { kind: 'threshold', fraction: 0.9 },
        minMarks: { upToTwoHours: 10, perExtraHour: 5 },
      },
      studyWeeks: { default: 30, byGrade: { 1: 40, 11: 30 } },
    } as const;
    expect(expectOk(t.call('settings.journalSave', edges, f.deputy.token))).toMatchObject(edges);
    const half = { ...edges.periodMarkRules, rounding: { kind: 'threshold', fraction: 0.5 } } as const;
    expect(expectOk(t.call('settings.journalSave', { periodMarkRules: half }, f.deputy.token)).periodMarkRules).toEqual(
      half,
    );
  });
});

describe('resetting a part', () => {
  it('deletes its row: the defaults are in force again, the other parts stay, audited', () => {
    expectOk(t.call('settings.journalSave', school, f.deputy.token));
    const reset = expectOk(t.call('settings.journalReset', { part: 'periodMarkRules' }, f.administrator.token));
    expect(reset.periodMarkRules).toEqual(regulations.periodMarkRules);
    expect(reset.editPolicy).toEqual(school.editPolicy);
    expect(reset.stored).toEqual({ editPolicy: true, periodMarkRules: false, studyWeeks: true });
    expect(storedRow('journal.periodMarkRules')).toBeUndefined();
    const last = settingAudit().at(-1);
    expect(last).toMatchObject({ action: 'settings.journalReset', entityId: 'journal.periodMarkRules', after: null });
    expect(JSON.parse(last?.before ?? 'null')).toEqual(school.periodMarkRules);
  });

  it('is harmless when nothing is stored, and still says who asked', () => {
    const before = expectOk(t.call('settings.journal', undefined, f.deputy.token));
    expect(expectOk(t.call('settings.journalReset', { part: 'studyWeeks' }, f.deputy.token))).toEqual(before);
    expect(settingAudit().at(-1)).toMatchObject({ entityId: 'plan.studyWeeks', before: null, after: null });
  });
});

describe('who may change the settings', () => {
  it('refuses the teacher and the director every settings call, changing nothing', () => {
    expectOk(t.call('settings.journalSave', { studyWeeks: school.studyWeeks }, f.deputy.token));
    const before = snapshot(t.db);
    for (const role of ['teacher', 'director'] as const) {
      const token = f[role].token;
      expectError(t.call('settings.journal', undefined, token), 'FORBIDDEN');
      expectError(t.call('settings.journalSave', { editPolicy: school.editPolicy }, token), 'FORBIDDEN');
      expectError(t.call('settings.journalReset', { part: 'studyWeeks' }, token), 'FORBIDDEN');
    }
    expect(snapshot(t.db)).toBe(before);
  });
});
