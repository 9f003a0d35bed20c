import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/app';
import { base64, closedSchool, outcomes, type ClosedSchool } from './year-end-closed';

/**
 * The journal of a closed year: lessons, marks, attendance, substitutions, period marks, the plan and
 * the timetable refuse every write, the deputy's corrections with a reason included, changing nothing.
 */
describe('the journal of a closed year refuses every write', () => {
  let s: ClosedSchool;
  beforeAll(() => {
    s = closedSchool();
  });
  afterAll(() => s.t.close());

  it('refuses lessons, marks, attendance, substitutions, period marks, plan and timetable', () => {
    const deputy = s.f.deputy.token;
    const reason = 'Ата-энесинин арызы боюнча';
    const math = s.cs['8-А math'];
    const { lessonId, markId } = s;
    const before = snapshot(s.t.db);
    const result = outcomes(s, [
      ['journal.lessonSave', { classSubjectId: math, date: '2026-05-25', lessonNumber: 2, reason }, deputy],
      ['journal.markSet', { lessonId, studentId: s.pupil.Гүлзат, value: '4', reason }, deputy],
      ['journal.markClear', { markId, reason }, deputy],
      [
        'journal.attendanceSet',
        { lessonId, studentId: s.pupil.Бекзат, status: 'late', lateMinutes: 5, correctionReason: reason },
        deputy,
      ],
      [
        'journal.substitutionSet',
        { classSubjectId: math, date: '2026-05-26', substituteId: s.f.administrator.user.staffId },
        deputy,
      ],
      ['journal.substitutionRemove', { substitutionId: s.substitutionId }, deputy],
      [
        'periodMarks.set',
        { classSubjectId: s.cs['9-А kyrgyz'], kind: 'year', studentId: s.pupil.Нурлан, value: '4', reason },
        deputy,
      ],
      ['periodMarks.clear', { classSubjectId: math, kind: 'year', studentId: s.pupil.Бекзат, reason }, deputy],
      ['plan.save', { classSubjectId: math, topics: [{ title: 'Жаңы тема', hours: 1 }] }, deputy],
      ['plan.copy', { fromClassSubjectId: s.parallelLine, toClassSubjectId: math, replace: true }, deputy],
      [
        'plan.import',
        { classSubjectId: math, fileName: 'plan.csv', contentBase64: base64('Тема;Саат\nЖаңы тема;1\n'), apply: true },
        deputy,
      ],
      [
        'timetable.save',
        {
          classId: s.classId['8-А'],
          validFrom: '2026-05-18',
          slots: [{ weekday: 1, lessonNumber: 1, classSubjectId: math }],
        },
        deputy,
      ],
    ]);
    expect(Object.entries(result).filter(([, code]) => code !== 'YEAR_CLOSED')).toEqual([]);
    expect(snapshot(s.t.db)).toBe(before);
  });
});
