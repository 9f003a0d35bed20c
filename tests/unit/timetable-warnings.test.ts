import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimetableWarnings } from '../../src-main/api/contract/timetable';
import { expectError, expectOk, openTestApp, snapshot, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { timetableSchool, type TimetableSchool } from '../helpers/samples/timetable';

type Slot = { weekday: number; lessonNumber: number; classSubjectId: number; subgroupId?: number };

describe('the warnings of a week: hours against the load, teachers in two classes at once', () => {
  let t: TestApp;
  let f: Staffed;
  let s: TimetableSchool;

  const save = (classId: number, validFrom: string, slots: Slot[]) =>
    expectOk(t.call('timetable.save', { classId, validFrom, slots }, f.deputy.token));

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
    s = timetableSchool(t, f);
    const { algebraB7, russianB7, algebraA8 } = s.load;
    // 7-Б: algebra (Үсөнова) Monday to Wednesday 1st; Russian (Асанов) Wednesday and Thursday 2nd.
    save(s.classes.b7, '2025-09-01', [
      { weekday: 1, lessonNumber: 1, classSubjectId: algebraB7 },
      { weekday: 2, lessonNumber: 1, classSubjectId: algebraB7 },
      { weekday: 3, lessonNumber: 1, classSubjectId: algebraB7 },
      { weekday: 3, lessonNumber: 2, classSubjectId: russianB7 },
      { weekday: 4, lessonNumber: 2, classSubjectId: russianB7 },
    ]);
    // 8-А, second shift: algebra (Үсөнова) Monday 2nd — the afternoon, no clash with the morning.
    save(s.classes.a8, '2025-09-01', [{ weekday: 1, lessonNumber: 2, classSubjectId: algebraA8 }]);
  });
  afterEach(() => t.close());

  /** 7-А's draft: algebra twice (of 3 h), Russian twice, English 1-топ twice and 2-топ once (of 2 h). */
  function draft(): Slot[] {
    const { algebraA7: alg, russianA7: rus, englishA7: eng } = s.load;
    const { first, second } = s.groups;
    return [
      { weekday: 1, lessonNumber: 1, classSubjectId: alg },
      { weekday: 1, lessonNumber: 2, classSubjectId: alg },
      { weekday: 3, lessonNumber: 2, classSubjectId: rus },
      { weekday: 5, lessonNumber: 1, classSubjectId: rus },
      { weekday: 4, lessonNumber: 2, classSubjectId: eng, subgroupId: first },
      { weekday: 4, lessonNumber: 2, classSubjectId: eng, subgroupId: second },
      { weekday: 5, lessonNumber: 3, classSubjectId: eng, subgroupId: first },
    ];
  }

  function expectedWarnings(): TimetableWarnings {
    const { algebraA7, russianA7, englishA7, algebraB7, russianB7 } = s.load;
    const other = (classSubjectId: number, subjectNameKy: string, subjectNameRu: string) => ({
      classId: s.classes.b7,
      className: '7-Б',
      classSubjectId,
      subjectNameKy,
      subjectNameRu,
    });
    const usonova = { staffId: s.staff.usonova, fullName: 'Үсөнова Айнура' };
    const asanov = { staffId: s.staff.asanov, fullName: 'Асанов Бакыт' };
    return {
      hours: [
        {
          classSubjectId: englishA7,
          subgroupId: s.groups.second,
          subgroupName: '2-топ',
          subjectNameKy: 'Англис тили',
          subjectNameRu: 'Английский язык',
          hoursPerWeek: 2,
          slotsPerWeek: 1,
        },
        {
          classSubjectId: algebraA7,
          subgroupId: null,
          subgroupName: null,
          subjectNameKy: 'Алгебра',
          subjectNameRu: 'Алгебра',
          hoursPerWeek: 3,
          slotsPerWeek: 2,
        },
      ],
      clashes: [
        {
          teacher: usonova,
          weekday: 1,
          lessonNumber: 1,
          classSubjectId: algebraA7,
          subjectNameKy: 'Алгебра',
          subjectNameRu: 'Алгебра',
          other: other(algebraB7, 'Алгебра', 'Алгебра'),
        },
        {
          teacher: asanov,
          weekday: 3,
          lessonNumber: 2,
          classSubjectId: russianA7,
          subjectNameKy: 'Орус тили',
          subjectNameRu: 'Русский язык',
          other: other(russianB7, 'Орус тили', 'Русский язык'),
        },
        // Асанов teaches 7-А's English 1-топ while 7-Б has him for Russian.
        {
          teacher: asanov,
          weekday: 4,
          lessonNumber: 2,
          classSubjectId: englishA7,
          subjectNameKy: 'Англис тили',
          subjectNameRu: 'Английский язык',
          other: other(russianB7, 'Орус тили', 'Русский язык'),
        },
      ],
    };
  }

  const byLine = (w: TimetableWarnings) => ({
    ...w,
    hours: [...w.hours].sort((a, b) => a.classSubjectId - b.classSubjectId),
  });

  it('checks a draft without writing, and saving gives the same warnings, kept with the week', () => {
    const before = snapshot(t.db);
    const input = { classId: s.classes.a7, validFrom: '2025-10-13', slots: draft() };
    const checked = expectOk(t.call('timetable.check', input, f.deputy.token));
    expect(snapshot(t.db)).toBe(before);
    const expected = byLine(expectedWarnings());
    expect(byLine(checked)).toEqual(expected);

    const saved = expectOk(t.call('timetable.save', input, f.deputy.token));
    expect(byLine(saved.warnings)).toEqual(expected);
    const read = expectOk(t.call('timetable.ofClass', { classId: s.classes.a7, on: '2025-10-13' }, f.director.token));
    expect(byLine(read.warnings)).toEqual(expected);
    // 7-Б, read on the same day, sees the clashes from its side.
    const b7 = expectOk(t.call('timetable.ofClass', { classId: s.classes.b7, on: '2025-10-13' }, f.deputy.token));
    expect(b7.warnings.clashes.map((c) => [c.weekday, c.lessonNumber, c.other.className])).toEqual([
      [1, 1, '7-А'],
      [3, 2, '7-А'],
      [4, 2, '7-А'],
    ]);
  });

  it('looks at the other classes’ week in force on the start date', () => {
    // 7-Б's algebra moves to the 5th lesson from the second quarter.
    save(s.classes.b7, '2025-11-10', [{ weekday: 1, lessonNumber: 5, classSubjectId: s.load.algebraB7 }]);
    const check = (validFrom: string) =>
      expectOk(t.call('timetable.check', { classId: s.classes.a7, validFrom, slots: draft() }, f.deputy.token));
    expect(check('2025-10-13').clashes).toHaveLength(3);
    expect(check('2025-11-10').clashes).toEqual([]);
  });

  it('takes two or three slots for two and a half hours, and reports a subject with none', () => {
    expectOk(t.call('load.update', { classSubjectId: s.load.algebraA7, hoursPerWeek: 2.5 }, f.deputy.token));
    const hours = (slots: Slot[]) =>
      expectOk(t.call('timetable.check', { classId: s.classes.a7, validFrom: '2025-10-13', slots }, f.deputy.token))
        .hours.map((h) => [h.classSubjectId, h.subgroupId, h.slotsPerWeek])
        .sort();
    const none = [
      [s.load.englishA7, null, 0],
      [s.load.russianA7, null, 0],
    ].sort();
    const two = draft().slice(0, 2);
    expect(hours(two)).toEqual(none);
    expect(hours([...two, { weekday: 2, lessonNumber: 1, classSubjectId: s.load.algebraA7 }])).toEqual(none);
    const one = hours(two.slice(0, 1));
    expect(one).toContainEqual([s.load.algebraA7, null, 1]);
  });

  it('refuses in a check exactly what a save refuses', () => {
    const error = expectError(
      t.call(
        'timetable.check',
        {
          classId: s.classes.a7,
          validFrom: '2025-10-13',
          slots: [{ weekday: 1, lessonNumber: 1, classSubjectId: s.load.algebraB7 }],
        },
        f.deputy.token,
      ),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual([{ path: 'slots.0.classSubjectId', message: 'validation.timetable.notOfClass' }]);
  });
});
