import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { YearDates } from '../api/contract/calendar';
import type { RollOverDecisions, RollOverResult } from '../api/contract/year-end';
import { listGrading, setGrading } from '../calendar/grading-service';
import { schoolDay } from '../calendar/school-day';
import { createYear } from '../calendar/years-service';
import { yearIssues } from '../calendar/year-rules';
import { transaction, type Database } from '../db/connection';
import { insertClass } from '../roster/classes';
import { enrol } from '../roster/pupils';
import { activeStaffIds, copyLoad, loadOfClasses } from './copy-load';
import { graduatedReason, movedUpReason, repeatReason } from './movement-texts';
import { plannedName, planRollOver, type Leaving, type RollOverPlan } from './rollover-plan';
import { closedYearToRoll } from './rollover-preview';
import { endOpenLines } from './close-year';
import { recordRollOver } from './rollover-record';
import { auditingNow, backupFirst } from './risky-call';

/*
 * The roll-over itself, in one transaction after a backup: the new year (made current, with the
 * closed year's grading rules), its classes, each pupil's first line in it, the load copied for
 * review, and the graduates' lines marked. The closed year keeps every row it had, as it was, but for
 * two things: it is no longer the current year (`is_current`, the program's pointer to the year the
 * screens work in), and its graduates' and leavers' last lines, which already end on its last day,
 * say why in `departure_reason`. No destination is set, so the movement book, its counts and every
 * printed document of the closed year still read "the year ended", exactly as before.
 */

function refuseDates(db: Database, dates: YearDates, fromEndsOn: string): void {
  const issues = yearIssues(dates);
  if (dates.startsOn <= fromEndsOn) {
    issues.push({ path: 'startsOn', message: 'validation.yearEnd.startsBeforeEnd', params: { endsOn: fromEndsOn } });
  }
  if (issues.length) throw new ApiError('INVALID_INPUT', undefined, issues);
  const taken = db.sqlite.prepare('select 1 from academic_year where lower(title) = lower(?)').get(dates.title);
  if (taken) {
    throw new ApiError('CONFLICT', undefined, [
      { path: 'title', message: 'validation.year.titleTaken', params: { title: dates.title } },
    ]);
  }
}

function markGraduates(db: Database, leaving: readonly Leaving[]): number[] {
  const mark = db.sqlite.prepare(
    'update enrollment set departure_reason = ? where id = ? and departure_reason is null',
  );
  return leaving.flatMap((l) =>
    mark.run(graduatedReason(l.from.record.grade), l.pupil.enrollmentId).changes ? [l.pupil.enrollmentId] : [],
  );
}

function writeClasses(ctx: CallContext, yearId: number, startsOn: string, plan: RollOverPlan) {
  const db = ctx.app.db;
  const load = loadOfClasses(
    db,
    plan.newClasses.flatMap((c) => (c.from ? [c.from.record.id] : [])),
  );
  const active = activeStaffIds(db);
  let lines = 0;
  let subgroups = 0;
  for (const c of plan.newClasses) {
    const teacher = c.classTeacherId !== null && active.has(c.classTeacherId) ? c.classTeacherId : null;
    const made = insertClass(db, yearId, { ...c, classTeacherId: teacher });
    for (const p of c.pupils) {
      enrol(db, p.pupil.studentId, {
        classId: made.id,
        fromDate: startsOn,
        arrivedFrom: p.from.name,
        arrivalReason: p.decision ? repeatReason(p.decision) : movedUpReason(p.from.name),
        orderNo: p.decision?.decisionNo ?? null,
      });
    }
    const copied = c.from
      ? copyLoad(db, made.id, load.get(c.from.record.id) ?? [], new Set(c.pupils.map((p) => p.pupil.studentId)), active)
      : { lines: 0, subgroups: 0 };
    lines += copied.lines;
    subgroups += copied.subgroups;
    ctx.audit({
      entity: 'class',
      entityId: made.id,
      after: {
        name: plannedName(c),
        from: c.from?.name ?? null,
        classTeacherId: teacher,
        pupils: c.pupils.map((p) => ({ studentId: p.pupil.studentId, fate: p.fate })),
        loadLines: copied.lines,
        subgroups: copied.subgroups,
      },
    });
  }
  return { lines, subgroups };
}

export function rollOver(ctx: CallContext, input: RollOverDecisions & YearDates): RollOverResult {
  const db = ctx.app.db;
  const { fromYearId, leavers, repeaters, ...dates } = input;
  const from = closedYearToRoll(db, fromYearId);
  refuseDates(db, dates, from.endsOn);
  const plan = planRollOver(db, from, { fromYearId, leavers, repeaters }, schoolDay(ctx.now));

  backupFirst(ctx, 'rollOver');
  const audited = auditingNow(ctx, 'yearEnd.rollOver');
  return transaction(db, () => {
    const year = createYear(audited, { ...dates, makeCurrent: true });
    setGrading(audited, year.id, listGrading(db, from.id));
    const copied = writeClasses(audited, year.id, year.startsOn, plan);
    // A year closed by yearEnd.close has no open line left; one closed otherwise might.
    const ended = endOpenLines(db, from.id, from.endsOn);
    const graduated = markGraduates(db, plan.leaving);
    recordRollOver(db, from.id, year.id, ctx.now, ctx.user?.userId ?? null);
    const repeatersCount = [...plan.fates.values()].filter((f) => f.fate === 'repeats').length;
    audited.audit({
      entity: 'academic_year',
      entityId: from.id,
      after: {
        rolledOverInto: year.id,
        graduates: plan.leaving.filter((l) => l.fate === 'graduates').map((l) => l.pupil.studentId),
        leavers: plan.leaving.filter((l) => l.fate === 'leaves').map((l) => l.pupil.studentId),
        repeaters,
        graduatedLines: graduated,
        endedLines: ended,
      },
    });
    return {
      yearId: year.id,
      title: year.title,
      classes: plan.newClasses.length,
      enrolled: plan.newClasses.reduce((n, c) => n + c.pupils.length, 0),
      graduates: plan.leaving.length,
      repeaters: repeatersCount,
      loadLines: copied.lines,
      subgroups: copied.subgroups,
    };
  });
}
