import { periodMark } from '../db/schema';
import { prepareInsert } from './insert';
import type { MarkBook } from './journal';
import { roundMark } from './marks';
import type { DemoContext } from './model';
import { bishkekTime } from './dates';

/**
 * Quarter marks, once the quarter is over: the average of the pupil's marks is the proposal and the
 * teacher set it as proposed. A pupil with no mark at all is not certified ("н/а").
 */
export function createQuarterMarks(ctx: DemoContext, book: MarkBook): void {
  if (ctx.today <= ctx.quarter.endsOn) return;
  const insert = prepareInsert(ctx.db, periodMark, [
    'classSubjectId',
    'studentId',
    'kind',
    'number',
    'periodId',
    'proposedAverage',
    'proposedValue',
    'value',
    'setBy',
    'setAt',
  ]);
  const setAt = bishkekTime(ctx.quarter.endsOn, 15 * 60);
  for (const [load, marks] of book) {
    if (ctx.scales.get(load.cls.grade) !== 'five_point') continue;
    for (const section of load.sections) {
      for (const pupil of section.pupils) {
        const record = marks.get(pupil);
        const values = record?.values ?? [];
        const average = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
        const proposed = average === null ? null : String(roundMark(average));
        insert.run(
          load.id,
          pupil.id,
          'quarter',
          ctx.quarter.number,
          ctx.quarter.id,
          average === null ? null : Math.round(average * 100) / 100,
          proposed,
          proposed ?? 'н/а',
          section.teacher.userId,
          setAt,
        );
      }
    }
  }
}
