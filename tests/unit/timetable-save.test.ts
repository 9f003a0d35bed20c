import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEntries, expectOk, openTestApp, staffSchool, type Staffed, type TestApp } from '../helpers/app';
import { timetableSchool, type TimetableSchool } from '../helpers/samples/timetable';

describe('saving a class timetable and reading it on a date', () => {
  let t: TestApp;
  let f: Staffed;
  let s: TimetableSchool;

  beforeEach(() => {
    t = openTestApp();
    f = staffSchool(t);
    s = timetableSchool(t, f);
  });
  afterEach(() => t.close());

  const save = (validFrom: string, slots: { weekday: number; lessonNumber: number; classSubjectId: number }[]) =>
    expectOk(t.call('timetable.save', { classId: s.classes.a7, validFrom, slots }, f.deputy.token));
  const read = (on?: string) =>
    expectOk(t.call('timetable.ofClass', { classId: s.classes.a7, ...(on ? { on } : {}) }, f.teacher.token));
  const cells = (week: ReturnType<typeof read>) =>
    week.slots.map((x) => `${x.weekday}.${x.lessonNumber}:${x.classSubjectId}`);

  it('keeps the week before a change and shows the new one from its date', () => {
    const { algebraA7: alg, russianA7: rus } = s.load;
    const september = save('2025-09-01', [
      { weekday: 3, lessonNumber: 3, classSubjectId: rus },
      { weekday: 1, lessonNumber: 1, classSubjectId: alg },
      { weekday: 2, lessonNumber: 2, classSubjectId: alg },
    ]);
    expect(september).toMatchObject({ closed: 0, replaced: 0, inserted: 3, className: '7-А', on: '2025-09-01' });
    const first = read('2025-09-15');
    expect(cells(first)).toEqual([`1.1:${alg}`, `2.2:${alg}`, `3.3:${rus}`]);
    expect(first.slots[0]).toMatchObject({
      subjectNameKy: 'Алгебра',
      teacher: { staffId: s.staff.usonova, fullName: 'Үсөнова Айнура' },
      subgroupId: null,
      room: null,
      validFrom: '2025-09-01',
      validTo: null,
    });

    // From the second quarter: algebra moves to Thursday.
    const november = save('2025-11-10', [
      { weekday: 4, lessonNumber: 1, classSubjectId: alg },
      { weekday: 3, lessonNumber: 3, classSubjectId: rus },
    ]);
    expect(november).toMatchObject({ closed: 3, replaced: 0, inserted: 2 });
    expect(cells(read('2025-11-09'))).toEqual([`1.1:${alg}`, `2.2:${alg}`, `3.3:${rus}`]);
    expect(read('2025-11-09').slots.every((x) => x.validTo === '2025-11-09')).toBe(true);
    expect(cells(read('2025-11-10'))).toEqual([`3.3:${rus}`, `4.1:${alg}`]);
    // Without a date: today by the test clock, 2025-10-06, still the September week.
    expect(read()).toMatchObject({ on: '2025-10-06' });
    expect(cells(read())).toHaveLength(3);
    expect(read().versions).toEqual([
      { from: '2025-09-01', to: '2025-11-09', slotCount: 3 },
      { from: '2025-11-10', to: null, slotCount: 2 },
    ]);

    // A change in between ends September's week earlier and replaces November's.
    const october = save('2025-10-20', [{ weekday: 5, lessonNumber: 2, classSubjectId: alg }]);
    expect(october).toMatchObject({ closed: 3, replaced: 2, inserted: 1 });
    expect(october.versions).toEqual([
      { from: '2025-09-01', to: '2025-10-19', slotCount: 3 },
      { from: '2025-10-20', to: null, slotCount: 1 },
    ]);
    expect(cells(read('2025-12-01'))).toEqual([`5.2:${alg}`]);
    // Saved again from the same day: that day's week is replaced, nothing else is touched.
    expect(save('2025-10-20', [])).toMatchObject({ closed: 0, replaced: 1, inserted: 0, slots: [] });
    expect(cells(read('2025-10-19'))).toHaveLength(3);
    expect(read().versions.at(-1)).toEqual({ from: '2025-10-20', to: null, slotCount: 0 });
  });

  it('records every save in the audit trail with the class, the date and the counts', () => {
    save('2025-09-01', [{ weekday: 1, lessonNumber: 1, classSubjectId: s.load.algebraA7 }]);
    const before = auditEntries(t.db).length;
    save('2025-10-13', [
      { weekday: 2, lessonNumber: 1, classSubjectId: s.load.algebraA7 },
      { weekday: 2, lessonNumber: 2, classSubjectId: s.load.russianA7 },
    ]);
    const [entry, ...more] = auditEntries(t.db).slice(before);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ action: 'timetable.save', actor: 'deputy', entity: 'timetable' });
    expect(entry?.entityId).toBe(String(s.classes.a7));
    const was = JSON.parse(entry?.before ?? 'null') as { closedEnds: [number, string | null][] };
    expect(was).toMatchObject({ closedSlots: 1, replacedSlots: [] });
    // The closed slot's end as it was (open-ended), so that the change can be undone from the trail.
    expect(was.closedEnds.map(([, end]) => end)).toEqual([null]);
    const after = JSON.parse(entry?.after ?? 'null') as { validFrom: string; slotCount: number; className: string };
    expect(after).toMatchObject({ className: '7-А', validFrom: '2025-10-13', slotCount: 2 });
  });

  it('accepts a split lesson: two subgroups of one subject in one cell, each in its room', () => {
    const { englishA7: eng } = s.load;
    const { first, second } = s.groups;
    const week = expectOk(
      t.call(
        'timetable.save',
        {
          classId: s.classes.a7,
          validFrom: '2025-09-01',
          slots: [
            { weekday: 2, lessonNumber: 4, classSubjectId: eng, subgroupId: first, room: '21' },
            { weekday: 2, lessonNumber: 4, classSubjectId: eng, subgroupId: second, room: ' 22 ' },
          ],
        },
        f.administrator.token,
      ),
    );
    expect(week.slots.map((x) => [x.subgroupName, x.teacher?.fullName, x.room])).toEqual([
      ['1-топ', 'Асанов Бакыт', '21'],
      ['2-топ', 'Бекова Жылдыз', '22'],
    ]);
  });
});
