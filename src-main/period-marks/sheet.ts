import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { PeriodMarkKindCode, PeriodMarkSheet, PeriodMarkSheetPupil } from '../api/contract/period-marks';
import { assertCanRead } from '../journal/read-access';
import { comparePeople } from '../text/kyrgyz-order';
import { editStateFor } from './access';
import { proposalsFor } from './proposals';
import { readPeriodMarkRules } from './rules';
import { requirePeriodMarkScope } from './scope';

export interface SheetInput {
  classSubjectId: number;
  subgroupId?: number;
  kind: PeriodMarkKindCode;
  number: number;
}

interface Pupil {
  studentId: number;
  surname: string;
  name: string;
  patronymic: string | null;
}

/**
 * The period-mark column of one class subject (or subgroup): every pupil who belonged to the class on
 * any day of the period, as journal.page lists them (a pupil who left still gets the mark of the
 * weeks they were there), with their mark, the proposal and its warnings, in a fixed number of queries.
 */
export function periodMarkSheet(ctx: CallContext, input: SheetInput): PeriodMarkSheet {
  const db = ctx.app.db;
  const scope = requirePeriodMarkScope(db, input);
  assertCanRead(ctx, input.classSubjectId, { subgroupId: input.subgroupId ?? null });
  const subgroupId = input.subgroupId ?? null;
  if (subgroupId !== null) {
    const group = db.sqlite
      .prepare('select 1 from subgroup where id = ? and class_subject_id = ?')
      .get(subgroupId, input.classSubjectId);
    if (!group) {
      throw new ApiError('NOT_FOUND', undefined, [
        { path: 'subgroupId', message: 'validation.periodMarks.subgroupNotFound' },
      ]);
    }
  }
  const pupils = db.sqlite
    .prepare(
      `select distinct st.id as studentId, st.surname, st.name, st.patronymic
         from enrollment e join student st on st.id = e.student_id
        where e.class_id = @classId and e.from_date <= @endsOn and (e.to_date is null or e.to_date >= @startsOn)
          and (@subgroupId is null or e.student_id in
               (select student_id from subgroup_member where subgroup_id = @subgroupId))`,
    )
    .all({
      classId: scope.classId,
      subgroupId,
      startsOn: scope.period.startsOn,
      endsOn: scope.period.endsOn,
    }) as Pupil[];
  pupils.sort(comparePeople);

  const marks = new Map(
    (
      db.sqlite
        .prepare(
          `select student_id as studentId, value, set_at as setAt, updated_at as updatedAt from period_mark
            where class_subject_id = ? and kind = ? and number = ?`,
        )
        .all(input.classSubjectId, input.kind, input.number) as {
        studentId: number;
        value: string;
        setAt: string;
        updatedAt: string | null;
      }[]
    ).map(({ studentId, ...mark }) => [studentId, mark]),
  );
  const ids = pupils.map((p) => p.studentId);
  const proposals = proposalsFor(db, scope, ids, readPeriodMarkRules(db));
  const rows: PeriodMarkSheetPupil[] = pupils.map((p) => {
    const { average, value, markCount, writtenCount, minimum, warnings } = proposals.get(p.studentId) ?? {
      average: null,
      value: null,
      markCount: 0,
      writtenCount: null,
      minimum: null,
      warnings: [],
    };
    return {
      ...p,
      mark: marks.get(p.studentId) ?? null,
      proposal: { average, value },
      markCount,
      writtenCount,
      minimum,
      warnings,
    };
  });
  return {
    classSubjectId: input.classSubjectId,
    subgroupId,
    kind: input.kind,
    number: input.number,
    period: scope.period,
    scale: scope.scale,
    edit: editStateFor(ctx, scope, subgroupId),
    pupils: rows,
  };
}
