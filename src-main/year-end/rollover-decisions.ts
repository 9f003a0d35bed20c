import type { FieldIssue } from '../api/contract/errors';
import type { RepeatDecision, RollOverDecisions } from '../api/contract/year-end';
import type { EndClass, EndPupil } from './year-classes';

/** Where a pupil stands on the closed year's last day. */
export interface PupilAtEnd {
  pupil: EndPupil;
  from: EndClass;
}

export interface Decided {
  leavers: Set<number>;
  /** Each repeater's decision. */
  repeaters: Map<number, RepeatDecision>;
}

/**
 * The deputy's decisions against the closed year's lists, as field messages (pointing at the pupil
 * in the input): a leaver is a pupil of grade 9 on its last day; a repeater is on a list that day,
 * named in one decision only, and not also leaving; a decision is dated within the closed year or
 * since, never in the future. Pure, so every refusal is tested without a database.
 */
export function decisionIssues(
  onLists: ReadonlyMap<number, PupilAtEnd>,
  d: RollOverDecisions,
  dates: { yearStartsOn: string; today: string },
): { issues: FieldIssue[]; decided: Decided } {
  const issues: FieldIssue[] = [];
  const leavers = new Set<number>();
  d.leavers.forEach((studentId, i) => {
    const at = onLists.get(studentId);
    const path = `leavers.${i}`;
    if (!at) issues.push({ path, message: 'validation.yearEnd.notAtYearEnd', params: { studentId } });
    else if (at.from.record.grade !== 9) {
      issues.push({
        path,
        message: 'validation.yearEnd.leaverNotNinth',
        params: { name: at.pupil.fullName, className: at.from.name },
      });
    } else leavers.add(studentId);
  });

  const repeaters = new Map<number, RepeatDecision>();
  d.repeaters.forEach((decision, i) => {
    if (decision.decisionDate < dates.yearStartsOn || decision.decisionDate > dates.today) {
      issues.push({
        path: `repeaters.${i}.decisionDate`,
        message: 'validation.yearEnd.decisionDate',
        params: { from: dates.yearStartsOn, to: dates.today },
      });
    }
    decision.studentIds.forEach((studentId, j) => {
      const path = `repeaters.${i}.studentIds.${j}`;
      const at = onLists.get(studentId);
      if (!at) issues.push({ path, message: 'validation.yearEnd.notAtYearEnd', params: { studentId } });
      else if (repeaters.has(studentId)) {
        issues.push({ path, message: 'validation.yearEnd.repeaterTwice', params: { name: at.pupil.fullName } });
      } else if (leavers.has(studentId)) {
        issues.push({ path, message: 'validation.yearEnd.leaverAndRepeater', params: { name: at.pupil.fullName } });
      } else repeaters.set(studentId, decision);
    });
  });
  return { issues, decided: { leavers, repeaters } };
}
