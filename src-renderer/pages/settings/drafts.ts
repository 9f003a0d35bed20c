import type { MarkKindCode } from '../../../src-main/api/contract/journal';
import type {
  EditPolicySettings,
  PeriodMarkRulesSettings,
  StudyWeeksSettings,
} from '../../../src-main/api/contract/settings';
import { maxGrade, minGrade } from '../../../src-main/api/contract/settings';
import { numberText, parseNumber } from './numbers';

/*
 * What each fieldset holds while the deputy types: numbers as text (so "0," can be typed on the way
 * to "0,6"), and the conversions from and to the values the API reads and takes.
 */

export const grades = Array.from({ length: maxGrade - minGrade + 1 }, (_, i) => minGrade + i);

export interface EditPolicyDraft {
  dayEndsAt: string;
  homeworkEndsAt: string;
  writtenMarkDays: string;
  writtenMarkKinds: MarkKindCode[];
  excuseDays: string;
  reasonMinLength: string;
}

export function editPolicyDraft(p: EditPolicySettings): EditPolicyDraft {
  return {
    ...p,
    writtenMarkDays: numberText(p.writtenMarkDays),
    excuseDays: numberText(p.excuseDays),
    reasonMinLength: numberText(p.reasonMinLength),
  };
}

export function editPolicyValue(d: EditPolicyDraft): EditPolicySettings {
  return {
    dayEndsAt: d.dayEndsAt.trim(),
    homeworkEndsAt: d.homeworkEndsAt.trim(),
    writtenMarkDays: parseNumber(d.writtenMarkDays),
    writtenMarkKinds: d.writtenMarkKinds,
    excuseDays: parseNumber(d.excuseDays),
    reasonMinLength: parseNumber(d.reasonMinLength),
  };
}

export interface PeriodRulesDraft {
  weights: Record<MarkKindCode, string>;
  rounding: 'half_up' | 'threshold';
  fraction: string;
  upToTwoHours: string;
  perExtraHour: string;
  writtenKinds: MarkKindCode[];
  openDaysBefore: string;
  closeDaysAfter: string;
  yearCloseDaysAfter: string;
}

export function periodRulesDraft(r: PeriodMarkRulesSettings): PeriodRulesDraft {
  return {
    weights: Object.fromEntries(Object.entries(r.weights).map(([k, w]) => [k, numberText(w)])) as Record<
      MarkKindCode,
      string
    >,
    rounding: r.rounding.kind,
    // A threshold offered when switching from half_up: the common school choice.
    fraction: numberText(r.rounding.kind === 'threshold' ? r.rounding.fraction : 0.6),
    upToTwoHours: numberText(r.minMarks.upToTwoHours),
    perExtraHour: numberText(r.minMarks.perExtraHour),
    writtenKinds: r.writtenKinds,
    openDaysBefore: numberText(r.openDaysBefore),
    closeDaysAfter: numberText(r.closeDaysAfter),
    yearCloseDaysAfter: numberText(r.yearCloseDaysAfter),
  };
}

export function periodRulesValue(d: PeriodRulesDraft): PeriodMarkRulesSettings {
  return {
    weights: Object.fromEntries(Object.entries(d.weights).map(([k, w]) => [k, parseNumber(w)])) as Record<
      MarkKindCode,
      number
    >,
    rounding: d.rounding === 'half_up' ? { kind: 'half_up' } : { kind: 'threshold', fraction: parseNumber(d.fraction) },
    minMarks: { upToTwoHours: parseNumber(d.upToTwoHours), perExtraHour: parseNumber(d.perExtraHour) },
    writtenKinds: d.writtenKinds,
    openDaysBefore: parseNumber(d.openDaysBefore),
    closeDaysAfter: parseNumber(d.closeDaysAfter),
    yearCloseDaysAfter: parseNumber(d.yearCloseDaysAfter),
  };
}

export interface StudyWeeksDraft {
  default: string;
  /** Grade → weeks as typed; empty: the grade takes the default. */
  byGrade: Record<number, string>;
}

export function studyWeeksDraft(w: StudyWeeksSettings): StudyWeeksDraft {
  const byGrade: Record<number, string> = {};
  for (const g of grades) {
    const weeks = w.byGrade[g];
    byGrade[g] = weeks === undefined ? '' : numberText(weeks);
  }
  return { default: numberText(w.default), byGrade };
}

/** The API's form: `{ default, byGrade: { "1": 33 } }`, only the grades given a number. */
export function studyWeeksValue(d: StudyWeeksDraft): { default: number; byGrade: Record<string, number> } {
  const byGrade: Record<string, number> = {};
  for (const g of grades) {
    const text = d.byGrade[g] ?? '';
    if (text.trim() !== '') byGrade[String(g)] = parseNumber(text);
  }
  return { default: parseNumber(d.default), byGrade };
}
