import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { plannedLessonDates } from '../../src-main/timetable/lesson-dates';
import { expectOk, openTestApp, staffSchool, type TestApp } from '../helpers/app';
import { timetableSchool, type TimetableSchool } from '../helpers/samples/timetable';

/*
 * A hand-made calendar: the year 01.09.2025–31.05.2026; holidays on Monday 01.12.2025 and on
 * 24–25.12.2025 (Wednesday, Thursday). 7-А's algebra is on Monday 1st, Wednesday 2nd, Friday 3rd
 * until the week changes on Monday 08.12.2025 to Tuesday 1st and 2nd and Thursday 4th.
 */
describe('the planned lesson dates of a class subject, for the journal page', () => {
  let t: TestApp;
  let s: TimetableSchool;

  beforeAll(() => {
    t = openTestApp();
    const f = staffSchool(t);
    s = timetableSchool(t, f);
    const { algebraA7: alg, englishA7: eng } = s.load;
    const { first, second } = s.groups;
    type Slot = { weekday: number; lessonNumber: number; classSubjectId: number; subgroupId?: number; room?: string };
    const save = (validFrom: string, slots: Slot[]) =>
      expectOk(t.call('timetable.save', { classId: s.classes.a7, validFrom, slots }, f.deputy.token));
    save('2025-09-01', [
      { weekday: 1, lessonNumber: 1, classSubjectId: alg, room: '12' },
      { weekday: 3, lessonNumber: 2, classSubjectId: alg },
      { weekday: 5, lessonNumber: 3, classSubjectId: alg },
      { weekday: 1, lessonNumber: 5, classSubjectId: eng },
      { weekday: 3, lessonNumber: 3, classSubjectId: eng, subgroupId: first, room: '21' },
      { weekday: 3, lessonNumber: 3, classSubjectId: eng, subgroupId: second, room: '22' },
      { weekday: 5, lessonNumber: 1, classSubjectId: eng, subgroupId: second },
    ]);
    save('2025-12-08', [
      { weekday: 4, lessonNumber: 4, classSubjectId: alg },
      { weekday: 2, lessonNumber: 2, classSubjectId: alg },
      { weekday: 2, lessonNumber: 1, classSubjectId: alg },
      { weekday: 2, lessonNumber: 3, classSubjectId: eng, subgroupId: first },
      { weekday: 2, lessonNumber: 3, classSubjectId: eng, subgroupId: second },
    ]);
    const insert = t.db.sqlite.prepare(
      `insert into holiday (year_id, title, starts_on, ends_on) select id, ?, ?, ? from academic_year`,
    );
    insert.run('Дем алыш', '2025-12-01', '2025-12-01');
    insert.run('Жаңы жыл алдында', '2025-12-24', '2025-12-25');
  });
  afterAll(() => t.close());

  const dates = (classSubjectId: number, subgroupId: number | null, from: string, to: string) =>
    plannedLessonDates(t.db, { classSubjectId, subgroupId, from, to }).map((l) => `${l.date}/${l.lessonNumber}`);

  it('walks the second quarter through a holiday and a change of the week', () => {
    expect(dates(s.load.algebraA7, null, '2025-11-10', '2025-12-28')).toEqual([
      '2025-11-10/1',
      '2025-11-12/2',
      '2025-11-14/3',
      '2025-11-17/1',
      '2025-11-19/2',
      '2025-11-21/3',
      '2025-11-24/1',
      '2025-11-26/2',
      '2025-11-28/3',
      // 2025-12-01: a holiday.
      '2025-12-03/2',
      '2025-12-05/3',
      // The new week.
      '2025-12-09/1',
      '2025-12-09/2',
      '2025-12-11/4',
      '2025-12-16/1',
      '2025-12-16/2',
      '2025-12-18/4',
      '2025-12-23/1',
      '2025-12-23/2',
      // 2025-12-25: a holiday.
    ]);
  });

  it('gives each lesson its room', () => {
    expect(
      plannedLessonDates(t.db, {
        classSubjectId: s.load.algebraA7,
        subgroupId: null,
        from: '2025-11-10',
        to: '2025-11-12',
      }),
    ).toEqual([
      { date: '2025-11-10', lessonNumber: 1, room: '12' },
      { date: '2025-11-12', lessonNumber: 2, room: null },
    ]);
  });

  it('leaves out the days outside the school year', () => {
    expect(dates(s.load.algebraA7, null, '2025-08-25', '2025-09-07')).toEqual([
      '2025-09-01/1',
      '2025-09-03/2',
      '2025-09-05/3',
    ]);
    expect(dates(s.load.algebraA7, null, '2026-05-25', '2026-06-10')).toEqual([
      '2026-05-26/1',
      '2026-05-26/2',
      '2026-05-28/4',
    ]);
    expect(dates(s.load.algebraA7, null, '2025-11-12', '2025-11-10')).toEqual([]);
    expect(dates(9999, null, '2025-11-10', '2025-11-16')).toEqual([]);
  });

  it('gives a subgroup its own lessons and the whole class’s, and the whole class only its own', () => {
    const { englishA7: eng } = s.load;
    const { first, second } = s.groups;
    expect(dates(eng, first, '2025-11-17', '2025-11-23')).toEqual(['2025-11-17/5', '2025-11-19/3']);
    expect(dates(eng, second, '2025-11-17', '2025-11-23')).toEqual(['2025-11-17/5', '2025-11-19/3', '2025-11-21/1']);
    expect(dates(eng, null, '2025-11-17', '2025-11-23')).toEqual(['2025-11-17/5']);
    // From 08.12 English is only ever split: the whole class has no lesson of it.
    expect(dates(eng, null, '2025-12-08', '2025-12-14')).toEqual([]);
    expect(
      plannedLessonDates(t.db, { classSubjectId: eng, subgroupId: second, from: '2025-11-19', to: '2025-11-19' }),
    ).toEqual([{ date: '2025-11-19', lessonNumber: 3, room: '22' }]);
  });

  it('answers for a full quarter well within the journal page’s 20 ms', () => {
    const q = { classSubjectId: s.load.algebraA7, subgroupId: null, from: '2025-09-01', to: '2025-10-31' };
    plannedLessonDates(t.db, q);
    const times: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const start = performance.now();
      plannedLessonDates(t.db, q);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[12]).toBeLessThan(20);
    expect(plannedLessonDates(t.db, q)).toHaveLength(27);
  });
});
