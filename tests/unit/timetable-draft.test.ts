import { describe, expect, it } from 'vitest';
import type { TimetableSlotRow } from '../../src-main/api/contract/timetable';
import { draftOf, lessonRows, payloadOf, shortName } from '../../src-renderer/pages/timetable/draft';

/** The screen's pure part: the grid it edits and the call it sends, and where a refusal points back to. */
describe('the timetable screen’s draft', () => {
  const slot = (
    weekday: number,
    lessonNumber: number,
    classSubjectId: number,
    subgroupId: number | null,
    room: string | null,
  ) => ({ weekday, lessonNumber, classSubjectId, subgroupId, room }) as TimetableSlotRow;

  it('turns saved slots into cells and back, in week order, skipping empty choices', () => {
    const draft = draftOf([slot(2, 3, 7, 1, '21'), slot(1, 1, 5, null, null), slot(2, 3, 7, 2, null)]);
    expect(draft).toEqual({
      '2.3': [
        { value: '7:1', room: '21' },
        { value: '7:2', room: '' },
      ],
      '1.1': [{ value: '5', room: '' }],
    });
    draft['1.2'] = [{ value: '', room: '5' }];
    draft['6.8'] = [{ value: '9', room: ' 104 ' }];
    const { slots, origin } = payloadOf(draft);
    expect(slots).toEqual([
      { weekday: 1, lessonNumber: 1, classSubjectId: 5 },
      { weekday: 2, lessonNumber: 3, classSubjectId: 7, subgroupId: 1, room: '21' },
      { weekday: 2, lessonNumber: 3, classSubjectId: 7, subgroupId: 2 },
      { weekday: 6, lessonNumber: 8, classSubjectId: 9, room: '104' },
    ]);
    // `slots.2.…` in a refusal is the second entry of Tuesday's 3rd lesson.
    expect(origin[2]).toEqual({ key: '2.3', entry: 1 });
    expect(origin[3]).toEqual({ key: '6.8', entry: 0 });
  });

  it('shows eight lessons, or as many as a saved week uses up to ten', () => {
    expect(lessonRows([])).toHaveLength(8);
    expect(lessonRows([{ lessonNumber: 9 }])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('writes a teacher with initials, leaving out уулу and кызы', () => {
    expect(shortName('Үсөнова Айгүл Бакытовна')).toBe('Үсөнова А. Б.');
    expect(shortName('Асанов Бакыт Эрмек уулу')).toBe('Асанов Б. Э.');
    expect(shortName('Ли')).toBe('Ли');
  });
});
