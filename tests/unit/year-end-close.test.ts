import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEntries, expectError, expectOk, snapshot } from '../helpers/app';
import { afterYearEnd, linesOf, moveTo, smallSchool, type SmallSchool } from './year-end-school';

/**
 * The check before closing a year and the closing itself, on the hand-made school of
 * year-end-school.ts, where what is missing was counted on paper.
 */
describe('closing a school year', () => {
  let s: SmallSchool;
  beforeEach(() => {
    s = smallSchool();
  });
  afterEach(() => s.t.close());

  const check = () => expectOk(s.t.call('yearEnd.check', { yearId: s.yearId }, s.f.deputy.token));

  it('lists exactly the missing year and final marks, by class and subject', () => {
    const result = check();
    expect(result.finalGrades).toEqual([9, 11]);
    expect(result.ended).toBe(false);
    expect(result.year).toMatchObject({ id: s.yearId, title: '2025–2026', state: 'open', closedAt: null });
    expect(result.rolledOverInto).toBeNull();
    const listed = result.classes.map((c) => ({
      className: c.className,
      subjects: c.subjects.map((x) => [x.subjectNameRu, x.pupils.map((p) => [p.fullName, p.kinds.join('+')])]),
    }));
    expect(listed).toEqual([
      // 1-А has no marks; Касымова left in March; 8-А math has an exam, so finals are due there.
      {
        className: '8-А',
        subjects: [
          ['Математика', [['Жумалиева Гүлзат', 'final']]],
          ['Кыргызский язык', [['Жумалиева Гүлзат', 'year']]],
        ],
      },
      {
        className: '9-А',
        subjects: [
          ['Математика', [['Осмонова Салтанат', 'final']]],
          [
            'Кыргызский язык',
            [
              ['Маматов Нурлан', 'year+final'],
              ['Осмонова Салтанат', 'year+final'],
            ],
          ],
        ],
      },
      { className: '11-А', subjects: [['Кыргызский язык', [['Үсөнов Үмүт', 'year']]]] },
    ]);
    expect(result.missingCount).toBe(8);
  });

  it('refuses to close before the year’s last day, and a year already closed', () => {
    const before = snapshot(s.t.db);
    const early = expectError(
      s.t.call(
        'yearEnd.close',
        { yearId: s.yearId, confirmMissing: 8, reason: 'Мугалимдер ооруп калды' },
        s.f.deputy.token,
      ),
      'INVALID_INPUT',
    );
    expect(early.fields).toEqual([
      { path: 'yearId', message: 'validation.yearEnd.notEnded', params: { endsOn: '2026-05-31' } },
    ]);
    expect(snapshot(s.t.db)).toBe(before);
    moveTo(s, afterYearEnd);
    expectOk(
      s.t.call(
        'yearEnd.close',
        { yearId: s.yearId, confirmMissing: 8, reason: 'Мугалимдер ооруп калды' },
        s.f.deputy.token,
      ),
    );
    expectError(s.t.call('yearEnd.close', { yearId: s.yearId }, s.f.deputy.token), 'YEAR_CLOSED');
  });

  it('while marks are missing, asks the deputy to confirm their number and to write why', () => {
    moveTo(s, afterYearEnd);
    const before = snapshot(s.t.db);
    const bare = expectError(s.t.call('yearEnd.close', { yearId: s.yearId }, s.f.deputy.token), 'INVALID_INPUT');
    expect(bare.fields).toEqual([
      { path: 'confirmMissing', message: 'validation.yearEnd.confirmMissing', params: { count: 8 } },
      { path: 'reason', message: 'validation.yearEnd.reasonRequired', params: { minimum: 5 } },
    ]);
    // The deputy saw 7 missing; one more went missing meanwhile (or the screen is stale): check again.
    const stale = expectError(
      s.t.call(
        'yearEnd.close',
        { yearId: s.yearId, confirmMissing: 7, reason: 'Архивге тапшыруу мөөнөтү' },
        s.f.deputy.token,
      ),
      'INVALID_INPUT',
    );
    expect(stale.fields?.map((f) => f.path)).toEqual(['confirmMissing']);
    expect(snapshot(s.t.db)).toBe(before);
  });

  it('closes with the reason in the audit, ends the open lines on the last day, and reads on', () => {
    moveTo(s, afterYearEnd);
    const reason = 'Окуучу Үсөновдун кыргыз тили боюнча жылдык баасы кийин коюлат';
    const closed = expectOk(
      s.t.call('yearEnd.close', { yearId: s.yearId, confirmMissing: 8, reason }, s.f.deputy.token),
    );
    expect(closed).toEqual({
      yearId: s.yearId,
      title: '2025–2026',
      closedAt: '2026-06-10T04:00:00.000Z',
      endedLines: 6,
      missingCount: 8,
    });
    const year = s.t.db.sqlite
      .prepare('select state, closed_at as closedAt from academic_year where id = ?')
      .get(s.yearId);
    expect(year).toEqual({ state: 'closed', closedAt: '2026-06-10T04:00:00.000Z' });
    // Six open lines end on 31 May; Касымова's departure in March stays exactly as it was.
    expect(linesOf(s.t, s.pupil.Бекзат).map((l) => [l.toDate, l.departureKind, l.departureReason])).toEqual([
      ['2026-05-31', null, null],
    ]);
    expect(linesOf(s.t, s.pupil.Жылдыз).map((l) => [l.toDate, l.departureKind, l.departureReason])).toEqual([
      ['2026-03-01', 'school', 'Көчүп кетти'],
    ]);
    const entry = auditEntries(s.t.db).at(-1);
    expect(entry).toMatchObject({ action: 'yearEnd.close', entity: 'academic_year', actor: 'deputy', reason });
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({ state: 'closed', missingCount: 8 });
    // The check still answers for the closed year: the same list, now as the archive's record.
    expect(check()).toMatchObject({ missingCount: 8, year: { state: 'closed' } });
    // The pupil still stood in 8-А on the last day, as every list of the year will print it.
    const list = expectOk(
      s.t.call('students.list', { classId: s.classId['8-А'], onDate: '2026-05-31' }, s.f.deputy.token),
    );
    expect(list.pupils.map((p) => p.surname)).toEqual(['Бакиров', 'Жумалиева']);
  });

  it('needs no confirmation once nothing is missing', () => {
    moveTo(s, afterYearEnd);
    const add = s.t.db.sqlite.prepare(
      `insert into period_mark (class_subject_id, student_id, kind, number, value, set_at) values (?, ?, ?, 0, '4', '2026-06-01')`,
    );
    const { cs, pupil } = s;
    for (const [key, who, kind] of [
      ['8-А math', pupil.Гүлзат, 'final'],
      ['8-А kyrgyz', pupil.Гүлзат, 'year'],
      ['9-А math', pupil.Салтанат, 'final'],
      ['9-А kyrgyz', pupil.Нурлан, 'year'],
      ['9-А kyrgyz', pupil.Нурлан, 'final'],
      ['9-А kyrgyz', pupil.Салтанат, 'year'],
      ['9-А kyrgyz', pupil.Салтанат, 'final'],
      ['11-А kyrgyz', pupil.Үмүт, 'year'],
    ] as const) {
      add.run(cs[key], who, kind);
    }
    expect(check()).toMatchObject({ missingCount: 0, classes: [] });
    const closed = expectOk(s.t.call('yearEnd.close', { yearId: s.yearId }, s.f.deputy.token));
    expect(closed.missingCount).toBe(0);
    expect(auditEntries(s.t.db).at(-1)?.reason).toBeNull();
  });

  it('makes the backup first; when it cannot, nothing is closed', () => {
    moveTo(s, afterYearEnd);
    const calls: string[] = [];
    s.t.app.backupBeforeRisky = (reason) => {
      calls.push(reason);
      throw new Error('USB drive is full');
    };
    const before = snapshot(s.t.db);
    const refused = expectError(
      s.t.call('yearEnd.close', { yearId: s.yearId, confirmMissing: 8, reason: 'Жыл бүттү' }, s.f.deputy.token),
      'CONFLICT',
    );
    expect(refused.fields).toEqual([
      { path: 'backup', message: 'validation.yearEnd.backupFailed', params: { detail: 'USB drive is full' } },
    ]);
    expect(calls).toEqual(['closeYear']);
    expect(snapshot(s.t.db)).toBe(before);
    // A refused check makes no backup: the backup is taken only for a close that goes ahead.
    s.t.app.backupBeforeRisky = (reason) => calls.push(reason);
    expectError(s.t.call('yearEnd.close', { yearId: s.yearId }, s.f.deputy.token), 'INVALID_INPUT');
    expect(calls).toEqual(['closeYear']);
    expectOk(s.t.call('yearEnd.close', { yearId: s.yearId, confirmMissing: 8, reason: 'Жыл бүттү' }, s.f.deputy.token));
    expect(calls).toEqual(['closeYear', 'closeYear']);
  });

  it('is the deputy’s and the administrator’s: the director and teachers are refused', () => {
    moveTo(s, afterYearEnd);
    for (const role of ['director', 'teacher'] as const) {
      expectError(s.t.call('yearEnd.check', { yearId: s.yearId }, s.f[role].token), 'FORBIDDEN');
      expectError(
        s.t.call('yearEnd.close', { yearId: s.yearId, confirmMissing: 8, reason: 'Жыл бүттү' }, s.f[role].token),
        'FORBIDDEN',
      );
      expectError(s.t.call('yearEnd.rollOverPreview', { fromYearId: s.yearId }, s.f[role].token), 'FORBIDDEN');
    }
    expectOk(s.t.call('yearEnd.check', undefined, s.f.administrator.token));
  });
});
