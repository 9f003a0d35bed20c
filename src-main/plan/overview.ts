import type { CallContext } from '../api/context';
import type { OverviewRow, PlanOverview, PlanStatus } from '../api/contract/plan';
import { yearOrCurrent } from '../calendar/year-guard';
import { planLineOf, planLines, visibleLines, type LineRecord } from './lines';
import { hoursCheck, readStudyWeeks, sumHours, weeksFor } from './study-weeks';

function statusOf(line: LineRecord, all: LineRecord[], difference: number): PlanStatus {
  if (line.topics.length) return difference === 0 ? 'ok' : 'mismatch';
  const groups = all.filter((l) => l.classSubjectId === line.classSubjectId && l.subgroupId !== null);
  if (line.subgroupId === null && line.split && groups.every((g) => g.own.length > 0)) return 'notNeeded';
  return 'missing';
}

/**
 * The deputy's list (SCENARIOS §3): every plan line of the year, whether it has a plan and how its
 * hours compare with the curriculum's. A teacher gets the lines of their own class subjects.
 */
export function planOverview(ctx: CallContext, input: { yearId?: number | undefined } | undefined): PlanOverview {
  const db = ctx.app.db;
  const year = yearOrCurrent(db, input?.yearId);
  const weeks = readStudyWeeks(db);
  const all = planLines(db, { yearId: year.id });
  const rows: OverviewRow[] = visibleLines(ctx, all).map((line) => {
    const hours = hoursCheck(sumHours(line.topics), line.hoursPerWeek, weeksFor(weeks, line.grade));
    return {
      ...planLineOf(line),
      topicCount: line.topics.length,
      shared: line.shared,
      hours,
      status: statusOf(line, all, hours.difference),
    };
  });
  return { year: { id: year.id, title: year.title, closed: year.state === 'closed' }, rows };
}
