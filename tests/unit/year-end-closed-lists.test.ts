import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/app';
import { base64, closedSchool, outcomes, type ClosedSchool } from './year-end-closed';

const range = (startsOn: string, endsOn: string) => ({ startsOn, endsOn });

/**
 * The calendar, structure and class lists of a closed year: its dates and grading, its classes, load
 * and subgroups, its pupils' arrivals, transfers and departures, and imports into it are refused.
 */
describe('the lists and structure of a closed year refuse every write', () => {
  let s: ClosedSchool;
  beforeAll(() => {
    s = closedSchool();
  });
  afterAll(() => s.t.close());

  it('refuses the calendar, the classes, the load, the subgroups, the movement book and imports', () => {
    const deputy = s.f.deputy.token;
    const { classId, pupil, yearId } = s;
    const before = snapshot(s.t.db);
    const result = outcomes(s, [
      [
        'years.update',
        {
          yearId,
          title: '2025–2026',
          startsOn: '2025-09-01',
          endsOn: '2026-05-30',
          quarters: [
            range('2025-09-01', '2025-10-31'),
            range('2025-11-10', '2025-12-28'),
            range('2026-01-12', '2026-03-20'),
            range('2026-04-01', '2026-05-30'),
          ],
          halfYears: [range('2025-09-01', '2025-12-28'), range('2026-01-12', '2026-05-30')],
        },
        deputy,
      ],
      ['years.setCurrent', { yearId }, deputy],
      ['grading.set', { yearId, rules: [] }, deputy],
      ['classes.create', { yearId, name: '8-В', language: 'ky' }, deputy],
      ['classes.update', { classId: classId['8-А'], shift: 2 }, deputy],
      ['load.create', { classId: classId['9-А'], subjectId: 3, teacherId: null, hoursPerWeek: 1 }, deputy],
      ['load.update', { classSubjectId: s.cs['8-А math'], hoursPerWeek: 4 }, deputy],
      ['load.remove', { classSubjectId: s.emptyLine }, deputy],
      ['subgroups.set', { classSubjectId: s.cs['8-А kyrgyz'], groups: [] }, deputy],
      ['students.create', { classId: classId['8-А'], card: { surname: 'Жаңы', name: 'Окуучу' } }, deputy],
      ['movement.enrol', { studentId: pupil.Жылдыз, classId: classId['9-А'], date: '2026-05-04' }, deputy],
      ['movement.return', { studentId: pupil.Жылдыз, classId: classId['8-А'], date: '2026-05-04' }, deputy],
      ['movement.transfer', { studentId: pupil.Бекзат, toClassId: classId['9-А'], date: '2026-05-15' }, deputy],
      [
        'movement.depart',
        {
          studentId: pupil.Гүлзат,
          date: '2026-05-20',
          destination: 'school',
          departedTo: '№3 мектеп',
          orderNo: '15',
          reason: 'Көчүп кетти',
        },
        deputy,
      ],
      [
        'import.apply',
        {
          fileName: 'list.csv',
          contentBase64: base64('Фамилия;Имя;Класс\nЖаңы;Окуучу;8-А\n'),
          skipInvalid: false,
          createClasses: true,
        },
        s.f.administrator.token,
      ],
    ]);
    expect(Object.values(result)).not.toContain('WRITTEN');
    // Every refusal names the closed year, except where the book has nothing open to change any more:
    // the year's lines ended on its last day, so a transfer or a departure finds no open line.
    expect(Object.entries(result).filter(([, code]) => code !== 'YEAR_CLOSED')).toEqual([
      ['movement.transfer', 'CONFLICT'],
      ['movement.depart', 'CONFLICT'],
    ]);
    expect(snapshot(s.t.db)).toBe(before);
  });
});
