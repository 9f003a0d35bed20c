import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertClass } from '../../src-main/roster/classes';
import { enrol } from '../../src-main/roster/pupils';
import { auditEntries, expectError, expectOk, snapshot } from '../helpers/app';
import { afterYearEnd, linesOf, moveTo, smallSchool, type SmallSchool } from './year-end-school';

/**
 * The roll-over's decisions on the hand-made school: who moves, leaves and repeats, where a repeater
 * goes when the new year has no class of their grade, and every refusal (which writes nothing).
 */
describe('the roll-over’s decisions and refusals', () => {
  let s: SmallSchool;
  const decision = { decisionDate: '2026-05-30', decisionNo: 'ПК-3' };
  beforeEach(() => {
    s = smallSchool();
    moveTo(s, afterYearEnd);
  });
  afterEach(() => s.t.close());

  const close = () =>
    expectOk(s.t.call('yearEnd.close', { yearId: s.yearId, confirmMissing: 8, reason: 'Жыл бүттү' }, s.f.deputy.token));
  const preview = (input: { leavers?: number[]; repeaters?: { studentIds: number[] }[] }) =>
    s.t.call(
      'yearEnd.rollOverPreview',
      {
        fromYearId: s.yearId,
        leavers: input.leavers ?? [],
        repeaters: (input.repeaters ?? []).map((r) => ({ ...r, ...decision })),
      },
      s.f.deputy.token,
    );

  it('refuses a year still open', () => {
    const refused = expectError(preview({}), 'CONFLICT');
    expect(refused.fields).toEqual([
      { path: 'fromYearId', message: 'validation.yearEnd.notClosed', params: { title: '2025–2026' } },
    ]);
  });

  it('names each decision that does not fit the lists of the last day', () => {
    close();
    const { pupil } = s;
    const refused = expectError(
      preview({
        leavers: [pupil.Бекзат, pupil.Нурлан, 9999],
        repeaters: [{ studentIds: [pupil.Нурлан, pupil.Жылдыз] }, { studentIds: [pupil.Үмүт, pupil.Үмүт] }],
      }),
      'INVALID_INPUT',
    );
    expect(refused.fields).toEqual([
      {
        path: 'leavers.0',
        message: 'validation.yearEnd.leaverNotNinth',
        params: { name: 'Бакиров Бекзат', className: '8-А' },
      },
      { path: 'leavers.2', message: 'validation.yearEnd.notAtYearEnd', params: { studentId: 9999 } },
      {
        path: 'repeaters.0.studentIds.0',
        message: 'validation.yearEnd.leaverAndRepeater',
        params: { name: 'Маматов Нурлан' },
      },
      // Касымова left in March: she is on no list of the last day.
      {
        path: 'repeaters.0.studentIds.1',
        message: 'validation.yearEnd.notAtYearEnd',
        params: { studentId: pupil.Жылдыз },
      },
      {
        path: 'repeaters.1.studentIds.1',
        message: 'validation.yearEnd.repeaterTwice',
        params: { name: 'Үсөнов Үмүт' },
      },
    ]);
    const future = expectError(
      s.t.call(
        'yearEnd.rollOverPreview',
        {
          fromYearId: s.yearId,
          repeaters: [{ studentIds: [pupil.Бекзат], decisionDate: '2026-06-11', decisionNo: '1' }],
        },
        s.f.deputy.token,
      ),
      'INVALID_INPUT',
    );
    expect(future.fields).toEqual([
      {
        path: 'repeaters.0.decisionDate',
        message: 'validation.yearEnd.decisionDate',
        params: { from: '2025-09-01', to: '2026-06-10' },
      },
    ]);
  });

  it('keeps repeaters in their grade, in a class made for them where the new year has none', () => {
    close();
    const { pupil } = s;
    const p = expectOk(preview({ leavers: [pupil.Нурлан], repeaters: [{ studentIds: [pupil.Бекзат, pupil.Үмүт] }] }));
    expect(p.counts).toEqual({ moves: 3, graduates: 0, leaves: 1, repeats: 2 });
    expect(p.newClasses.map((c) => [c.name, c.fromName, c.pupils, c.loadLines, c.subgroups])).toEqual([
      ['2-А', '1-А', 1, 1, 0],
      ['8-А', null, 1, 0, 0],
      ['9-А', '8-А', 1, 2, 1],
      ['10-А', '9-А', 1, 2, 0],
      ['11-А', null, 1, 0, 0],
    ]);
    const result = expectOk(
      s.t.call(
        'yearEnd.rollOver',
        {
          fromYearId: s.yearId,
          leavers: [pupil.Нурлан],
          repeaters: [{ studentIds: [pupil.Бекзат, pupil.Үмүт], ...decision }],
          ...p.proposed,
        },
        s.f.deputy.token,
      ),
    );
    expect(result).toMatchObject({ title: '2026–2027', classes: 5, enrolled: 5, graduates: 1, repeaters: 2 });
    const made = s.t.db.sqlite
      .prepare(
        'select grade, letter, language, shift, class_teacher_id as teacher from class where year_id = ? order by grade',
      )
      .all(result.yearId);
    const teacher = s.f.teacher.user.staffId;
    expect(made).toEqual([
      { grade: 2, letter: 'А', language: 'ky', shift: 1, teacher },
      { grade: 8, letter: 'А', language: 'ky', shift: 1, teacher: null },
      { grade: 9, letter: 'А', language: 'ky', shift: 1, teacher },
      { grade: 10, letter: 'А', language: 'ru', shift: 2, teacher: null },
      { grade: 11, letter: 'А', language: 'ky', shift: 1, teacher: null },
    ]);
    // The new 9-А's Kyrgyz keeps its group, without Бекзат, who stays in grade 8.
    const members = s.t.db.sqlite
      .prepare(
        `select g.name, count(m.student_id) as n from subgroup g join class_subject cs on cs.id = g.class_subject_id
           join class c on c.id = cs.class_id left join subgroup_member m on m.subgroup_id = g.id
          where c.year_id = ? group by g.id`,
      )
      .all(result.yearId);
    expect(members).toEqual([{ name: '1-топ', n: 0 }]);
    expect(linesOf(s.t, pupil.Нурлан).map((l) => [l.toDate, l.departureReason])).toEqual([
      ['2026-05-31', '9-классты бүтүрдү / Окончил(а) 9 классов'],
    ]);
    expect(linesOf(s.t, pupil.Жылдыз)).toHaveLength(1);
    expect(linesOf(s.t, pupil.Гүлзат).map((l) => [l.fromDate, l.arrivedFrom, l.arrivalReason])).toEqual([
      ['2025-09-01', null, null],
      ['2026-09-01', '8-А', '8-А классынан которулду / Переведён(а) из 8-А класса'],
    ]);
    const actions = auditEntries(s.t.db).filter((e) => e.action === 'yearEnd.rollOver');
    expect(actions.map((e) => e.entity)).toEqual([
      'academic_year',
      'grading_rule',
      ...Array<string>(5).fill('class'),
      'academic_year',
    ]);
  });

  it('refuses wrong dates, a taken title, a pupil already on a later list, and a failed backup, writing nothing', () => {
    close();
    const dates = expectOk(preview({})).proposed;
    const roll = (over: Partial<typeof dates>) =>
      s.t.call('yearEnd.rollOver', { fromYearId: s.yearId, ...dates, ...over }, s.f.deputy.token);
    const before = snapshot(s.t.db);
    const early = expectError(roll({ startsOn: '2026-05-31', title: '2026/27' }), 'INVALID_INPUT');
    expect(early.fields).toContainEqual({
      path: 'startsOn',
      message: 'validation.yearEnd.startsBeforeEnd',
      params: { endsOn: '2026-05-31' },
    });
    expect(expectError(roll({ title: '2025–2026' }), 'CONFLICT').fields?.[0]?.message).toBe(
      'validation.year.titleTaken',
    );
    s.t.app.backupBeforeRisky = () => {
      throw new Error('disk full');
    };
    expectError(roll({}), 'CONFLICT');
    expect(snapshot(s.t.db)).toBe(before);
    delete s.t.app.backupBeforeRisky;
    // Someone put Гүлзат on a list of a year made by hand: the roll-over would give her a second one.
    const other = s.t.db.sqlite
      .prepare(
        `insert into academic_year (title, starts_on, ends_on) values ('Жайкы', '2026-06-01', '2026-08-31') returning id`,
      )
      .get() as { id: number };
    const summer = insertClass(s.t.db, other.id, { grade: 9, letter: 'Ж', language: 'ky' }).id;
    enrol(s.t.db, s.pupil.Гүлзат, { classId: summer, fromDate: '2026-06-01' });
    const placed = expectError(roll({}), 'CONFLICT');
    expect(placed.fields).toEqual([
      {
        path: 'fromYearId',
        message: 'validation.yearEnd.alreadyPlaced',
        params: { name: 'Жумалиева Гүлзат', count: 1 },
      },
    ]);
  });
});
