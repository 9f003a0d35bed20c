import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../src-main/db/connection';
import type { RollOverPreview } from '../../src-main/api/contract/year-end';
import { nextTitle, yearLater } from '../../src-main/year-end/next-dates';
import { expectOk, makeTempDir, removeDir } from '../helpers/app';
import { closedDemo, demoDecisions, hashOf, pupilsOf, yearRows, type DemoApp } from './year-end-demo';

type Row = Record<string, unknown>;

/**
 * The demo school's year, closed, rolled over: the next year's classes, pupils moved up with their
 * class teacher and load, graduates and the leavers of grade 9 out, repeaters kept in their grade.
 */
describe('rolling the demo school over to the next year', () => {
  const dir = makeTempDir('mektep-rollover-');
  let d: DemoApp;
  let deputy: string;
  let oldYear: number;
  let preview: RollOverPreview;
  const q = <T>(sql: string, ...args: unknown[]) => d.db.sqlite.prepare(sql).all(...args) as T[];

  beforeAll(() => {
    ({ d, deputy, oldYear } = closedDemo(dir));
  });
  afterAll(() => {
    closeDatabase(d.db);
    removeDir(dir);
  });

  it('proposes the closed year’s dates a year on, and the next title', () => {
    expect(yearLater('2027-02-28')).toBe('2028-02-28');
    expect(yearLater('2028-02-29')).toBe('2029-02-28');
    expect(nextTitle('2026–2027', '2027-09-01')).toBe('2027–2028');
    expect(nextTitle('Окуу жылы', '2027-09-01')).toBe('2027–2028');
  });

  it('previews the classes a grade up, graduates, leavers and repeaters, writing nothing', () => {
    const empty = expectOk(d.call('yearEnd.rollOverPreview', { fromYearId: oldYear }, deputy));
    preview = empty;
    const rows = hashOf(yearRows(d.db, oldYear));
    const decided = expectOk(d.call('yearEnd.rollOverPreview', demoDecisions(empty, oldYear), deputy));
    expect(hashOf(yearRows(d.db, oldYear))).toBe(rows);
    expect(empty.proposed).toMatchObject({ title: '2027–2028', startsOn: '2027-09-01', endsOn: '2028-05-31' });
    expect(empty.proposed.quarters[2]).toEqual({ startsOn: '2028-01-12', endsOn: '2028-03-20' });
    expect(empty.lastGrade).toBe(11);
    // The demo has no departures: everyone enrolled in September is on a list on 31 May.
    const count = (where: string) =>
      q<{ n: number }>(`select count(*) as n from enrollment e join class c on c.id = e.class_id where ${where}`)[0]?.n;
    expect(empty.counts).toEqual({
      moves: count('c.grade < 11'),
      graduates: count('c.grade = 11'),
      leaves: 0,
      repeats: 0,
    });
    const ninthB = pupilsOf(empty, '9-В').length;
    expect(decided.counts).toEqual({
      moves: empty.counts.moves - 3 - ninthB - 1,
      graduates: empty.counts.graduates - 1,
      leaves: 3 + ninthB,
      repeats: 2,
    });
    // 9-В leaves whole: no 10-В. 5-А's repeater joins the new 5-А (from 4-А, same letter and language).
    expect(decided.classes.find((c) => c.fromName === '9-В')?.toName).toBeNull();
    const repeater = decided.classes.find((c) => c.fromName === '5-А')?.pupils[0];
    expect(repeater).toMatchObject({ fate: 'repeats', toClass: '5-А' });
    expect(decided.newClasses.find((c) => c.name === '5-А')).toMatchObject({ fromName: '4-А' });
    preview = decided;
  });

  it('rolls over: the classes a grade up with their pupils, teachers and load; graduates and leavers out', () => {
    const decisions = demoDecisions(preview, oldYear);
    const { leavers } = decisions;
    const [kept5, kept11] = decisions.repeaters[0]?.studentIds ?? [];
    const result = expectOk(d.call('yearEnd.rollOver', { ...decisions, ...preview.proposed }, deputy));
    const year = q<Row>('select * from academic_year where id = ?', result.yearId)[0];
    expect(year).toMatchObject({ title: '2027–2028', starts_on: '2027-09-01', is_current: 1, state: 'open' });
    // Every class of grades 1–10 moves up, except 9-В, whose pupils all leave.
    const old = q<{ grade: number; letter: string; id: number; class_teacher_id: number; language: string }>(
      'select * from class where year_id = ? order by grade, letter',
      oldYear,
    );
    const moved = old.filter((c) => c.grade < 11 && !(c.grade === 9 && c.letter === 'В'));
    const made = q<{ grade: number; letter: string; id: number; class_teacher_id: number; language: string }>(
      'select * from class where year_id = ? order by grade, letter',
      result.yearId,
    );
    expect(made.map((c) => `${c.grade}-${c.letter}`)).toEqual(moved.map((c) => `${c.grade + 1}-${c.letter}`));
    expect(result).toMatchObject({
      classes: 27,
      repeaters: 2,
      graduates: preview.counts.graduates + preview.counts.leaves,
    });
    for (const [i, c] of made.entries()) {
      const from = moved[i];
      expect([c.class_teacher_id, c.language]).toEqual([from?.class_teacher_id, from?.language]);
      // The pupils of the old class, less those leaving or repeating; the load as it was.
      const pupils = (classId: number) =>
        q<{ s: number }>('select student_id as s from enrollment where class_id = ? order by s', classId).map(
          (r) => r.s,
        );
      const repeating = (p: number) => p === kept5 || p === kept11;
      const stayed = pupils(from?.id ?? 0).filter((p) => !leavers.includes(p) && !repeating(p));
      expect(
        pupils(c.id).filter((p) => !repeating(p)),
        `${c.grade}-${c.letter}`,
      ).toEqual(stayed);
      const load = (classId: number) =>
        q<Row>(
          'select subject_id, teacher_id, hours_per_week from class_subject where class_id = ? order by id',
          classId,
        );
      expect(load(c.id)).toEqual(load(from?.id ?? 0));
    }
    // Subgroups come along with the members who moved up.
    const groups = (yearId: number) =>
      q<{ n: number }>(
        `select count(*) as n from subgroup_member m join subgroup g on g.id = m.subgroup_id
           join class_subject cs on cs.id = g.class_subject_id join class c on c.id = cs.class_id
          where c.year_id = ? and c.grade between ? and ?`,
        yearId,
        yearId === oldYear ? 1 : 2,
        yearId === oldYear ? 8 : 9,
      )[0]?.n;
    // …less the repeater of 5-А, who stays behind (and is put in no group of the new 5-А: the deputy decides).
    const repeaterGroups = q<Row>('select * from subgroup_member where student_id = ?', kept5);
    expect(groups(result.yearId)).toBe((groups(oldYear) ?? 0) - repeaterGroups.length);
    expect(repeaterGroups.length).toBeGreaterThan(0);
    expect(result.subgroups).toBeGreaterThan(0);
    // Each pupil who stays has one line in the new year, from its first day.
    const lines = q<Row>(
      `select e.* from enrollment e join class c on c.id = e.class_id where c.year_id = ?`,
      result.yearId,
    );
    expect(lines).toHaveLength(preview.counts.moves + preview.counts.repeats);
    expect(new Set(lines.map((l) => l.from_date))).toEqual(new Set(['2027-09-01']));
    const repeater = lines.find((l) => l.student_id === kept11);
    expect(repeater).toMatchObject({ arrived_from: '11-А', order_no: '7' });
    expect(String(repeater?.arrival_reason)).toContain('решение педсовета № 7 от 28.05.2027');
    expect(q<Row>('select grade, letter from class where id = ?', repeater?.class_id)).toEqual([
      { grade: 11, letter: 'А' },
    ]);
    // Graduates and leavers have no line in the new year; their last line says why they left.
    const out = [...pupilsOf(preview, '11-Б'), ...leavers];
    expect(lines.filter((l) => out.includes(l.student_id as number))).toEqual([]);
    const reasons = q<{ r: string }>(
      `select departure_reason as r from enrollment where student_id in (${out.join(',')}) order by id`,
    ).map((r) => r.r);
    expect(new Set(reasons)).toEqual(
      new Set(['11-классты бүтүрдү / Окончил(а) 11 классов', '9-классты бүтүрдү / Окончил(а) 9 классов']),
    );
    // The grading rules and the pattern of the periods, a year on.
    const rules = (yearId: number) =>
      q<Row>('select grade, half_year, scale from grading_rule where year_id = ? order by grade, half_year', yearId);
    expect(rules(result.yearId)).toEqual(rules(oldYear));
    expect(
      q<Row>(
        `select starts_on, ends_on from period where year_id = ? and kind = 'quarter' and number = 4`,
        result.yearId,
      ),
    ).toEqual([{ starts_on: '2028-04-01', ends_on: '2028-05-31' }]);
  });
});
