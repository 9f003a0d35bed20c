import type { Database } from '../db/connection';
import type { MarkKind } from '../db/schema';
import type { PeriodMarkWarning } from '../api/contract/period-marks';
import { scaleOn } from '../journal/grading-scale';
import { minimumMarks, type PeriodMarkRules } from './rules';
import { proposeFinal, proposeFromMarks, proposeYear } from './propose';
import type { PeriodMarkScope } from './scope';

/** One pupil's proposal with the counts the column shows beside it. */
export interface PupilProposal {
  average: number | null;
  value: string | null;
  markCount: number;
  writtenCount: number | null;
  minimum: number | null;
  warnings: PeriodMarkWarning[];
}

const nothing: PupilProposal = {
  average: null,
  value: null,
  markCount: 0,
  writtenCount: null,
  minimum: null,
  warnings: [],
};

/**
 * The minimum marks of the period: the quarter's, twice over for a half-year (it spans two quarters).
 */
export function periodMinimum(scope: Pick<PeriodMarkScope, 'kind' | 'hoursPerWeek'>, rules: PeriodMarkRules): number {
  const quarter = minimumMarks(scope.hoursPerWeek, rules.minMarks);
  return scope.kind === 'half_year' ? quarter * 2 : quarter;
}

/**
 * A pupil's marks of the period: lessons of the whole class and of the subgroups the pupil belongs to,
 * whichever subgroup the sheet shows, so that a split subject still has all of a pupil's marks.
 */
function marksByPupil(db: Database, scope: PeriodMarkScope, ids: readonly number[]) {
  const rows = db.sqlite
    .prepare(
      `select m.student_id as studentId, m.kind, m.numeric from mark m join lesson l on l.id = m.lesson_id
        where l.class_subject_id = @cs and l.date between @from and @to
          and (l.subgroup_id is null or l.subgroup_id in
               (select subgroup_id from subgroup_member where student_id = m.student_id))
        order by m.id`,
    )
    .all({ cs: scope.classSubjectId, from: scope.period.startsOn, to: scope.period.endsOn }) as {
    studentId: number;
    kind: MarkKind;
    numeric: number | null;
  }[];
  const wanted = new Set(ids);
  const byPupil = new Map<number, { kind: MarkKind; numeric: number | null }[]>();
  for (const r of rows) {
    if (!wanted.has(r.studentId)) continue;
    const own = byPupil.get(r.studentId) ?? [];
    own.push({ kind: r.kind, numeric: r.numeric });
    byPupil.set(r.studentId, own);
  }
  return byPupil;
}

/** The class subject's period marks of some kinds: pupil → `kind:number` → value. */
function periodValues(db: Database, classSubjectId: number, kinds: string[]): Map<number, Map<string, string>> {
  const rows = db.sqlite
    .prepare(
      `select student_id as studentId, kind, number, value from period_mark
        where class_subject_id = ? and kind in (${kinds.map(() => '?').join(',')})`,
    )
    .all(classSubjectId, ...kinds) as { studentId: number; kind: string; number: number; value: string }[];
  const out = new Map<number, Map<string, string>>();
  for (const r of rows) {
    const own = out.get(r.studentId) ?? new Map<string, string>();
    own.set(`${r.kind}:${r.number}`, r.value);
    out.set(r.studentId, own);
  }
  return out;
}

/**
 * Year marks come from the quarter marks, or from the half-year marks where the class subject has no
 * quarter marks at all (classes graded by half-years). Expected: the periods of that kind whose scale
 * has marks (grade 2 has none in its first half-year).
 */
function yearProposals(db: Database, scope: PeriodMarkScope, ids: readonly number[], rules: PeriodMarkRules) {
  const values = periodValues(db, scope.classSubjectId, ['quarter', 'half_year']);
  const hasQuarters = [...values.values()].some((v) => [...v.keys()].some((k) => k.startsWith('quarter:')));
  const kind = hasQuarters ? 'quarter' : 'half_year';
  const periods = db.sqlite
    .prepare('select ends_on as endsOn from period where year_id = ? and kind = ?')
    .all(scope.yearId, kind) as { endsOn: string }[];
  const expected = periods.filter((p) => scaleOn(db, scope.yearId, scope.grade, p.endsOn) !== 'none').length;
  return new Map(
    ids.map((id) => {
      const own = [...(values.get(id) ?? new Map<string, string>()).entries()];
      const sources = own.filter(([k]) => k.startsWith(`${kind}:`)).map(([, v]) => v);
      const p = proposeYear(sources, expected, scope.scale, rules);
      return [id, { ...nothing, ...p, markCount: sources.length }];
    }),
  );
}

/** Each pupil's proposal for the scope's kind; the exam has none (its mark comes from the exam). */
export function proposalsFor(
  db: Database,
  scope: PeriodMarkScope,
  ids: readonly number[],
  rules: PeriodMarkRules,
): Map<number, PupilProposal> {
  if (scope.scale === 'none' || scope.kind === 'exam') return new Map(ids.map((id) => [id, nothing]));
  if (scope.kind === 'year') return yearProposals(db, scope, ids, rules);
  if (scope.kind === 'final') {
    const values = periodValues(db, scope.classSubjectId, ['year', 'exam']);
    return new Map(
      ids.map((id) => {
        const year = values.get(id)?.get('year:0') ?? null;
        const exam = values.get(id)?.get('exam:0') ?? null;
        const p = proposeFinal(year, exam, scope.scale, rules);
        return [id, { ...nothing, ...p, markCount: [year, exam].filter((v) => v !== null).length }];
      }),
    );
  }
  const minimum = periodMinimum(scope, rules);
  const marks = marksByPupil(db, scope, ids);
  return new Map(
    ids.map((id) => [id, { ...proposeFromMarks(marks.get(id) ?? [], scope.scale, minimum, rules), minimum }]),
  );
}
