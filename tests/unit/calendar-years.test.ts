import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { YearDates } from '../../src-main/api/contract/calendar';
import { yearIssues } from '../../src-main/calendar/year-rules';
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

/** The Ministry's dates for 2026–2027 as a deputy would type them. */
function plan(): YearDates {
  return {
    title: '2026–2027',
    startsOn: '2026-09-01',
    endsOn: '2027-05-31',
    quarters: [
      { startsOn: '2026-09-01', endsOn: '2026-11-01' },
      { startsOn: '2026-11-10', endsOn: '2026-12-29' },
      { startsOn: '2027-01-11', endsOn: '2027-03-19' },
      { startsOn: '2027-03-30', endsOn: '2027-05-31' },
    ],
    halfYears: [
      { startsOn: '2026-09-01', endsOn: '2026-12-29' },
      { startsOn: '2027-01-11', endsOn: '2027-05-31' },
    ],
    holidays: [
      { title: 'Күзгү каникул', startsOn: '2026-11-02', endsOn: '2026-11-09' },
      { title: 'Нооруз', startsOn: '2027-03-21', endsOn: '2027-03-21' },
    ],
  };
}

describe('the rules of a year’s dates', () => {
  it('accepts a consistent year', () => {
    expect(yearIssues(plan())).toEqual([]);
  });

  const cases: [string, (p: YearDates) => void, { path: string; message: string }[]][] = [
    [
      'a year ending before it starts',
      (p) => (p.endsOn = '2026-08-01'),
      [{ path: 'endsOn', message: 'validation.year.endBeforeStart' }],
    ],
    [
      'a quarter ending before it starts',
      (p) => (p.quarters[1] = { startsOn: '2026-12-29', endsOn: '2026-11-10' }),
      [{ path: 'quarters.1.endsOn', message: 'validation.period.endBeforeStart' }],
    ],
    [
      'a quarter outside the year',
      (p) => (p.quarters[3] = { startsOn: '2027-03-30', endsOn: '2027-06-15' }),
      [{ path: 'quarters.3.endsOn', message: 'validation.period.outsideYear' }],
    ],
    [
      'overlapping quarters',
      (p) => (p.quarters[2] = { startsOn: '2026-12-20', endsOn: '2027-03-19' }),
      [
        { path: 'quarters.2.startsOn', message: 'validation.period.afterPrevious' },
        { path: 'halfYears.1.startsOn', message: 'validation.halfYear.mustCover' },
      ],
    ],
    [
      'a half-year that misses part of its quarter',
      (p) => (p.halfYears[0] = { startsOn: '2026-09-01', endsOn: '2026-12-20' }),
      [{ path: 'halfYears.0.endsOn', message: 'validation.halfYear.mustCover' }],
    ],
    [
      'overlapping half-years',
      (p) => (p.halfYears[1] = { startsOn: '2026-12-01', endsOn: '2027-05-31' }),
      [{ path: 'halfYears.1.startsOn', message: 'validation.period.afterPrevious' }],
    ],
    [
      'a holiday outside the year',
      (p) => (p.holidays[0] = { title: 'Жай', startsOn: '2027-06-01', endsOn: '2027-08-31' }),
      [
        { path: 'holidays.0.startsOn', message: 'validation.period.outsideYear' },
        { path: 'holidays.0.endsOn', message: 'validation.period.outsideYear' },
      ],
    ],
  ];

  it.each(cases)('refuses %s, at the field', (_name, spoil, expected) => {
    const p = plan();
    spoil(p);
    expect(yearIssues(p).map(({ path, message }) => ({ path, message }))).toEqual(expected);
  });
});

describe('school years through the API', () => {
  let t: TestApp;
  let f: Staffed;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
  });
  afterEach(() => t.close());

  const token = () => f.deputy.token;

  it('creates a year with its periods, holidays and default grading, and lists it newest first', () => {
    const created = expectOk(t.call('years.create', { ...plan(), makeCurrent: false }, token()));
    expect(created).toMatchObject({ title: '2026–2027', isCurrent: false, state: 'open' });
    expect(created.quarters.map((q) => [q.number, q.startsOn, q.endsOn])).toEqual([
      [1, '2026-09-01', '2026-11-01'],
      [2, '2026-11-10', '2026-12-29'],
      [3, '2027-01-11', '2027-03-19'],
      [4, '2027-03-30', '2027-05-31'],
    ]);
    expect(created.halfYears.map((h) => h.number)).toEqual([1, 2]);
    expect(created.holidays.map((h) => h.title)).toEqual(['Күзгү каникул', 'Нооруз']);
    const yearPeriod = t.db.sqlite
      .prepare(`select starts_on as s, ends_on as e from period where year_id = ? and kind = 'year'`)
      .get(created.id);
    expect(yearPeriod).toEqual({ s: '2026-09-01', e: '2027-05-31' });

    const list = expectOk(t.call('years.list', undefined, f.teacher.token));
    expect(list.map((y) => [y.title, y.isCurrent])).toEqual([
      ['2026–2027', false],
      ['2025–2026', true],
    ]);
    const entry = auditEntries(t.db).at(-1);
    expect(entry).toMatchObject({ action: 'years.create', actor: 'deputy', entity: 'academic_year' });
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({ title: '2026–2027' });
  });

  it('refuses every inconsistency and a taken title, changing nothing', () => {
    const before = snapshot(t.db);
    const bad = [
      { ...plan(), endsOn: '2026-01-01' },
      { ...plan(), quarters: [...plan().quarters.slice(0, 3), { startsOn: '2027-03-10', endsOn: '2027-05-31' }] },
      { ...plan(), holidays: [{ title: 'x', startsOn: '2027-07-01', endsOn: '2027-07-02' }] },
      {
        ...plan(),
        halfYears: [
          plan().halfYears[0] ?? { startsOn: '', endsOn: '' },
          { startsOn: '2027-02-01', endsOn: '2027-05-31' },
        ],
      },
    ];
    for (const p of bad) {
      const error = expectError(t.call('years.create', { ...p, makeCurrent: true }, token()), 'INVALID_INPUT');
      expect(error.fields?.length).toBeGreaterThan(0);
    }
    const badDate = expectError(
      t.call('years.create', { ...plan(), startsOn: '2026-02-30', makeCurrent: true }, token()),
      'INVALID_INPUT',
    );
    expect(badDate.fields).toEqual([{ path: 'startsOn', message: 'validation.date' }]);
    const taken = expectError(t.call('years.create', { ...plan(), title: '2025–2026' }, token()), 'CONFLICT');
    expect(taken.fields).toEqual([
      { path: 'title', message: 'validation.year.titleTaken', params: { title: '2025–2026' } },
    ]);
    expect(snapshot(t.db)).toBe(before);
  });

  it('updates dates in place (period ids kept) and rewrites holidays, with before and after in the audit', () => {
    const created = expectOk(t.call('years.create', { ...plan(), makeCurrent: false }, token()));
    const next = plan();
    next.quarters[0] = { startsOn: '2026-09-02', endsOn: '2026-10-31' };
    next.halfYears[0] = { startsOn: '2026-09-02', endsOn: '2026-12-29' };
    next.startsOn = '2026-09-02';
    next.holidays = [{ title: 'Жаңы жыл', startsOn: '2026-12-31', endsOn: '2027-01-07' }];
    const updated = expectOk(t.call('years.update', { yearId: created.id, ...next }, token()));
    expect(updated.quarters.map((q) => q.id)).toEqual(created.quarters.map((q) => q.id));
    expect(updated.quarters[0]).toMatchObject({ startsOn: '2026-09-02', endsOn: '2026-10-31' });
    expect(updated.holidays.map((h) => h.title)).toEqual(['Жаңы жыл']);
    const entry = auditEntries(t.db).at(-1);
    expect(entry?.action).toBe('years.update');
    expect(JSON.parse(entry?.before ?? '{}').startsOn).toBe('2026-09-01');
    expect(JSON.parse(entry?.after ?? '{}').startsOn).toBe('2026-09-02');

    const before = snapshot(t.db);
    const wrong = { ...next, quarters: [{ startsOn: '2026-10-31', endsOn: '2026-09-02' }, ...next.quarters.slice(1)] };
    const error = expectError(t.call('years.update', { yearId: created.id, ...wrong }, token()), 'INVALID_INPUT');
    expect(error.fields?.[0]).toMatchObject({ path: 'quarters.0.endsOn', message: 'validation.period.endBeforeStart' });
    expectError(t.call('years.update', { yearId: created.id, ...next, title: '2025–2026' }, token()), 'CONFLICT');
    expect(snapshot(t.db)).toBe(before);
  });

  it('keeps exactly one current year', () => {
    const a = expectOk(t.call('years.create', { ...plan(), makeCurrent: true }, token()));
    expect(t.db.sqlite.prepare('select id from academic_year where is_current = 1').all()).toEqual([{ id: a.id }]);
    const older = expectOk(t.call('years.list', undefined, token())).find((y) => y.title === '2025–2026');
    if (!older) expect.fail('the set-up year is missing');
    expectOk(t.call('years.setCurrent', { yearId: older.id }, token()));
    expect(t.db.sqlite.prepare('select id from academic_year where is_current = 1').all()).toEqual([{ id: older.id }]);
    expectOk(t.call('school.info', undefined, f.teacher.token));
    expect(expectOk(t.call('school.info', undefined, f.teacher.token)).currentYear?.title).toBe('2025–2026');
    expectError(t.call('years.setCurrent', { yearId: 999 }, token()), 'NOT_FOUND');
  });

  it('refuses every write to a closed year, and still lists it', () => {
    const y = expectOk(t.call('years.create', { ...plan(), makeCurrent: false }, token()));
    t.db.sqlite.prepare(`update academic_year set state = 'closed' where id = ?`).run(y.id);
    const before = snapshot(t.db);
    expectError(t.call('years.update', { yearId: y.id, ...plan() }, token()), 'YEAR_CLOSED');
    expectError(t.call('years.setCurrent', { yearId: y.id }, token()), 'YEAR_CLOSED');
    expectError(t.call('grading.set', { yearId: y.id, rules: [] }, token()), 'YEAR_CLOSED');
    expect(snapshot(t.db)).toBe(before);
    expect(expectOk(t.call('years.list', undefined, token())).find((r) => r.id === y.id)?.state).toBe('closed');
    expect(expectOk(t.call('grading.list', { yearId: y.id }, token())).length).toBeGreaterThan(0);
  });

  it('proposes the first school year that has no year yet', () => {
    const proposal = expectOk(t.call('years.propose', undefined, f.director.token));
    expect(proposal.title).toBe('2026–2027');
    expect(proposal.quarters).toHaveLength(4);
    expect(yearIssues(proposal)).toEqual([]);
    expectOk(t.call('years.create', { ...proposal, makeCurrent: false }, token()));
    expect(expectOk(t.call('years.propose', undefined, token())).title).toBe('2027–2028');
  });

  it('gives the year management calls to the deputy and administrator only', () => {
    expectError(t.call('years.create', { ...plan() }, f.teacher.token), 'FORBIDDEN');
    expectError(t.call('years.create', { ...plan() }, f.director.token), 'FORBIDDEN');
    expectOk(t.call('years.create', { ...plan() }, f.administrator.token));
  });
});
