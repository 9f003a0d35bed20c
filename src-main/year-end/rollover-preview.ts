import type { Database } from '../db/connection';
import { ApiError } from '../api/api-error';
import type { PupilFate, RollOverDecisions, RollOverPreview } from '../api/contract/year-end';
import { schoolDay } from '../calendar/school-day';
import { findYear, type YearRecord } from '../calendar/year-guard';
import { peopleByIds } from '../structure/staff-service';
import { loadOfClasses } from './copy-load';
import { nextYearDates } from './next-dates';
import { plannedName, planRollOver, type RollOverPlan } from './rollover-plan';
import { rolledOverInto } from './rollover-record';

/** The closed year a roll-over starts from, not yet rolled over; refused otherwise, naming why. */
export function closedYearToRoll(db: Database, fromYearId: number): YearRecord {
  const from = findYear(db, fromYearId);
  if (from.state !== 'closed') {
    throw new ApiError('CONFLICT', undefined, [
      { path: 'fromYearId', message: 'validation.yearEnd.notClosed', params: { title: from.title } },
    ]);
  }
  const done = rolledOverInto(db, from.id);
  if (done) {
    throw new ApiError('CONFLICT', undefined, [
      { path: 'fromYearId', message: 'validation.yearEnd.alreadyRolledOver', params: { title: done.title } },
    ]);
  }
  return from;
}

export function previewOf(db: Database, from: YearRecord, plan: RollOverPlan): RollOverPreview {
  const counts: Record<PupilFate, number> = { moves: 0, graduates: 0, leaves: 0, repeats: 0 };
  for (const f of plan.fates.values()) counts[f.fate] += 1;
  const load = loadOfClasses(
    db,
    plan.newClasses.flatMap((c) => (c.from ? [c.from.record.id] : [])),
  );
  const teachers = peopleByIds(
    db,
    plan.newClasses.map((c) => c.classTeacherId),
  );
  return {
    fromYear: { id: from.id, title: from.title, endsOn: from.endsOn },
    proposed: nextYearDates(db, from.id),
    lastGrade: plan.lastGrade,
    classes: plan.classes.map((c) => {
      const movesTo = plan.newClasses.find((n) => n.from?.record.id === c.record.id);
      return {
        fromClassId: c.record.id,
        fromName: c.name,
        grade: c.record.grade,
        toName: movesTo ? plannedName(movesTo) : null,
        pupils: c.pupils.flatMap((p) => {
          const f = plan.fates.get(p.studentId);
          if (!f) return [];
          return [
            { studentId: p.studentId, fullName: p.fullName, fate: f.fate, toClass: f.to ? plannedName(f.to) : null },
          ];
        }),
      };
    }),
    newClasses: plan.newClasses.map((c) => {
      const lines = c.from ? (load.get(c.from.record.id) ?? []) : [];
      return {
        name: plannedName(c),
        fromName: c.from?.name ?? null,
        classTeacher: c.classTeacherId === null ? null : (teachers.get(c.classTeacherId)?.fullName ?? null),
        pupils: c.pupils.length,
        loadLines: lines.length,
        subgroups: lines.reduce((n, l) => n + l.groups.length, 0),
      };
    }),
    counts,
  };
}

/** What a roll-over with these decisions would do; reads only. */
export function rollOverPreview(db: Database, d: RollOverDecisions, now: Date): RollOverPreview {
  const from = closedYearToRoll(db, d.fromYearId);
  return previewOf(db, from, planRollOver(db, from, d, schoolDay(now)));
}
