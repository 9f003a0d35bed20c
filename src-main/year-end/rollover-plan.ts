import type { Database } from '../db/connection';
import { ApiError } from '../api/api-error';
import type { PupilFate, RepeatDecision, RollOverDecisions } from '../api/contract/year-end';
import type { YearRecord } from '../calendar/year-guard';
import type { ClassRecord } from '../roster/classes';
import { formatClassName } from '../text/class-names';
import { compareKyrgyz } from '../text/kyrgyz-order';
import { decisionIssues, type PupilAtEnd } from './rollover-decisions';
import { classesAtYearEnd, lastGradeOf, type EndClass, type EndPupil } from './year-classes';

/*
 * What a roll-over does, worked out before anything is written (the preview shows exactly this):
 * - every pupil on a class's list on the closed year's last day moves up to the class of the next
 *   grade with the same letter (5-А → 6-А), which keeps the old class's language, shift and class
 *   teacher, and gets its teaching load to review;
 * - the last grade graduates, and so do the pupils of grade 9 marked as leaving;
 * - a repeater stays in the grade: in the new class of that grade with the same letter and language,
 *   else one with the same language, else the same letter, else a class made for them;
 * - a pupil who left on the last day itself is the movement book's, and is not moved;
 * - an old class nobody moves on from (all graduate, leave or repeat) makes no new class.
 */

export interface PlannedPupil extends PupilAtEnd {
  fate: 'moves' | 'repeats';
  decision: RepeatDecision | null;
}

export interface PlannedClass {
  grade: number;
  letter: string;
  language: ClassRecord['language'];
  shift: number;
  classTeacherId: number | null;
  /** The class it continues, whose load is copied; null for a class made only for repeaters. */
  from: EndClass | null;
  pupils: PlannedPupil[];
}

export interface Leaving extends PupilAtEnd {
  fate: 'graduates' | 'leaves';
}

export interface RollOverPlan {
  lastGrade: number;
  classes: EndClass[];
  newClasses: PlannedClass[];
  leaving: Leaving[];
  /** Each pupil's fate and new class (null when leaving), by student id. */
  fates: Map<number, { fate: PupilFate; to: PlannedClass | null }>;
}

export const plannedName = (c: Pick<PlannedClass, 'grade' | 'letter'>) => formatClassName(c.grade, c.letter);

function continuing(from: EndClass): PlannedClass {
  const r = from.record;
  return {
    grade: r.grade + 1,
    letter: r.letter,
    language: r.language,
    shift: r.shift,
    classTeacherId: r.classTeacherId,
    from,
    pupils: [],
  };
}

function repeatersClass(newClasses: PlannedClass[], from: EndClass): PlannedClass {
  const r = from.record;
  const same = newClasses.filter((c) => c.grade === r.grade);
  const found =
    same.find((c) => c.letter === r.letter && c.language === r.language) ??
    same.find((c) => c.language === r.language) ??
    same.find((c) => c.letter === r.letter);
  if (found) return found;
  const made: PlannedClass = { ...continuing(from), grade: r.grade, classTeacherId: null, from: null };
  newClasses.push(made);
  return made;
}

/** The plan, or INVALID_INPUT / CONFLICT with field messages when the decisions do not fit the lists. */
export function planRollOver(db: Database, from: YearRecord, d: RollOverDecisions, today: string): RollOverPlan {
  const classes = classesAtYearEnd(db, from.id, from.endsOn);
  const lastGrade = lastGradeOf(classes);
  const onLists = new Map<number, PupilAtEnd>();
  for (const c of classes) for (const p of c.pupils) if (!p.departed) onLists.set(p.studentId, { pupil: p, from: c });
  const { issues, decided } = decisionIssues(onLists, d, { yearStartsOn: from.startsOn, today });
  if (issues.length) throw new ApiError('INVALID_INPUT', undefined, issues);

  const newClasses: PlannedClass[] = [];
  const leaving: Leaving[] = [];
  const fates: RollOverPlan['fates'] = new Map();
  const repeating: PupilAtEnd[] = [];
  for (const c of classes) {
    let next: PlannedClass | null = null;
    for (const p of c.pupils) {
      // A pupil on two lists on the same day (a slip the movement book refuses) moves once, with the first.
      if (p.departed || fates.has(p.studentId) || repeating.some((r) => r.pupil.studentId === p.studentId)) continue;
      const at = { pupil: p, from: c };
      if (decided.repeaters.has(p.studentId)) repeating.push(at);
      else if (c.record.grade >= lastGrade || decided.leavers.has(p.studentId)) {
        const fate = decided.leavers.has(p.studentId) ? 'leaves' : 'graduates';
        leaving.push({ ...at, fate });
        fates.set(p.studentId, { fate, to: null });
      } else {
        if (!next) newClasses.push((next = continuing(c)));
        next.pupils.push({ ...at, fate: 'moves', decision: null });
        fates.set(p.studentId, { fate: 'moves', to: next });
      }
    }
  }
  for (const at of repeating) {
    const to = repeatersClass(newClasses, at.from);
    to.pupils.push({ ...at, fate: 'repeats', decision: decided.repeaters.get(at.pupil.studentId) ?? null });
    fates.set(at.pupil.studentId, { fate: 'repeats', to });
  }
  refuseAlreadyPlaced(
    db,
    from,
    [...fates].filter(([, f]) => f.to !== null).map(([id]) => onLists.get(id)?.pupil),
  );
  newClasses.sort((a, b) => a.grade - b.grade || compareKyrgyz(a.letter, b.letter));
  return { lastGrade, classes, newClasses, leaving, fates };
}

/** A pupil already on a list after the closed year (entered by hand, imported) cannot be put on a second one. */
function refuseAlreadyPlaced(db: Database, from: YearRecord, staying: (EndPupil | undefined)[]): void {
  const later = new Set(
    (
      db.sqlite.prepare('select distinct student_id as id from enrollment where from_date > ?').all(from.endsOn) as {
        id: number;
      }[]
    ).map((r) => r.id),
  );
  const placed = staying.filter((p): p is EndPupil => p !== undefined && later.has(p.studentId));
  if (!placed.length) return;
  throw new ApiError(
    'CONFLICT',
    undefined,
    placed.slice(0, 20).map((p) => ({
      path: 'fromYearId',
      message: 'validation.yearEnd.alreadyPlaced',
      params: { name: p.fullName, count: placed.length },
    })),
  );
}
