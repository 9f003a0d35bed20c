import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { markKinds, setting, type MarkKind } from '../db/schema';

/**
 * How the program proposes period marks and when a teacher may set them. Defaults follow the
 * regulations (004 §4.14.5: at least 3 marks a quarter at 1–2 hours a week, more for more hours,
 * written work taken into account); the school may change them in the `setting` table under
 * `journal.periodMarkRules`.
 */
export interface PeriodMarkRules {
  /** Weight of each mark kind in the mean: all 1 is a plain mean; a school may count control work twice. */
  weights: Record<MarkKind, number>;
  /** half_up: 4.5 → 5, 4.49 → 4. threshold: up when the fractional part is at least `fraction`. */
  rounding: { kind: 'half_up' } | { kind: 'threshold'; fraction: number };
  /** The minimum marks a quarter: `upToTwoHours` at 1–2 h a week, `perExtraHour` more for each further hour. */
  minMarks: { upToTwoHours: number; perExtraHour: number };
  /** Kinds that count as written work, for the "no written work" warning. */
  writtenKinds: MarkKind[];
  /** A teacher sets a quarter or half-year mark from this many days before the period ends… */
  openDaysBefore: number;
  /** …until this many days after it ends. */
  closeDaysAfter: number;
  /** Year, exam and final marks: until this many days after the year ends (exams come after it). */
  yearCloseDaysAfter: number;
}

export const defaultPeriodMarkRules: PeriodMarkRules = {
  weights: Object.fromEntries(markKinds.map((k) => [k, 1])) as Record<MarkKind, number>,
  rounding: { kind: 'half_up' },
  minMarks: { upToTwoHours: 3, perExtraHour: 1 },
  writtenKinds: ['write', 'control', 'test'],
  openDaysBefore: 14,
  closeDaysAfter: 7,
  yearCloseDaysAfter: 30,
};

export const periodMarkRulesKey = 'journal.periodMarkRules';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown, d: number) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : d);

function readWeights(v: unknown): Record<MarkKind, number> {
  const stored = isObject(v) ? v : {};
  const weight = (w: unknown) => (typeof w === 'number' && Number.isFinite(w) && w >= 0 && w <= 100 ? w : 1);
  return Object.fromEntries(markKinds.map((k) => [k, weight(stored[k])])) as Record<MarkKind, number>;
}

function readRounding(v: unknown): PeriodMarkRules['rounding'] {
  if (isObject(v) && v.kind === 'threshold') {
    const f = v.fraction;
    if (typeof f === 'number' && f > 0 && f <= 1) return { kind: 'threshold', fraction: f };
  }
  return { kind: 'half_up' };
}

function readKinds(v: unknown, d: MarkKind[]): MarkKind[] {
  if (!Array.isArray(v)) return d;
  return v.filter((k): k is MarkKind => (markKinds as readonly unknown[]).includes(k));
}

/**
 * The stored rules over the defaults. A stored field of the wrong shape falls back to its default
 * (as readEditPolicy does): the setting is edited by hand until it has a screen, and a typo must not
 * silently close or open the teachers' window. An unknown mark kind's weight is ignored.
 */
export function readPeriodMarkRules(db: Database): PeriodMarkRules {
  const row = db.orm.select({ value: setting.value }).from(setting).where(eq(setting.key, periodMarkRulesKey)).get();
  const stored = isObject(row?.value) ? row.value : {};
  const d = defaultPeriodMarkRules;
  const min = isObject(stored.minMarks) ? stored.minMarks : {};
  return {
    weights: readWeights(stored.weights),
    rounding: readRounding(stored.rounding),
    minMarks: {
      upToTwoHours: count(min.upToTwoHours, d.minMarks.upToTwoHours),
      perExtraHour: count(min.perExtraHour, d.minMarks.perExtraHour),
    },
    writtenKinds: readKinds(stored.writtenKinds, d.writtenKinds),
    openDaysBefore: count(stored.openDaysBefore, d.openDaysBefore),
    closeDaysAfter: count(stored.closeDaysAfter, d.closeDaysAfter),
    yearCloseDaysAfter: count(stored.yearCloseDaysAfter, d.yearCloseDaysAfter),
  };
}

/**
 * The minimum number of marks in a quarter for a subject of so many hours a week: 3 up to 2 hours,
 * one more for every further hour (3 h → 4, 4 h → 5). A part of an hour counts as an hour (2.5 h → 4):
 * more lessons give more chances to mark, and the warning only asks the teacher to look.
 */
export function minimumMarks(hoursPerWeek: number, rules: PeriodMarkRules['minMarks']): number {
  const extra = Math.max(0, Math.ceil(hoursPerWeek - 2 - 1e-9));
  return rules.upToTwoHours + extra * rules.perExtraHour;
}
