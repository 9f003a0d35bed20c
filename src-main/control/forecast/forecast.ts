import type { Database } from '../../db/connection';
import type {
  ClassForecast,
  ForecastPeriod,
  ForecastPeriodInfo,
  ForecastPupil,
  ForecastRollup,
  SchoolForecast,
} from '../../api/contract/control-forecast';
import { forecastRisks } from '../../api/contract/control-forecast';
import { periodMinimum } from '../../period-marks/proposals';
import { readPeriodMarkRules, type PeriodMarkRules } from '../../period-marks/rules';
import { classesOfYear, type ClassInfo } from '../../print/data/class-data';
import { documentPeriod } from '../../print/data/periods';
import { resultsOf, type PupilMarks } from '../../print/data/results';
import { classEvidence, type ForecastSpan } from './evidence';
import { forecastPupil } from './method';

/*
 * Forecasts for a class and for the whole school, from the evidence the journal holds on the
 * forecast day. The rollups count pupils the way the results do (print/data/results.ts), on the
 * forecast marks instead of the set ones, so a forecast success rate reads like the real one.
 */

/** The period's dates and the forecast day: the given one (or today) kept inside the period. */
export function forecastSpan(
  db: Database,
  yearId: number,
  code: ForecastPeriod,
  day: string,
): ForecastPeriodInfo | null {
  const p = documentPeriod(db, yearId, code, 'ru');
  if (!p) return null;
  const asOf = day > p.endsOn ? p.endsOn : day;
  return { code, startsOn: p.startsOn, endsOn: p.endsOn, asOf };
}

export function forecastClass(
  db: Database,
  c: ClassInfo,
  span: ForecastSpan & { code: ForecastPeriod },
  rules: PeriodMarkRules = readPeriodMarkRules(db),
): ClassForecast {
  const data = classEvidence(db, c, span);
  const kind = span.code.startsWith('h') ? 'half_year' : 'quarter';
  const pupils: ForecastPupil[] = data.pupils.map((p) => {
    const lines = data.subjects.map((s) => {
      const e = data.evidence(p.id, s.id);
      const minimum = periodMinimum({ kind, hoursPerWeek: s.hoursPerWeek }, rules);
      const f = forecastPupil(e, { scale: data.scale, minimum, rules });
      return {
        classSubjectId: s.id,
        subject: { ky: s.ky, ru: s.ru },
        ...f,
        held: e.held,
        absent: e.absent,
        ahead: e.ahead,
      };
    });
    return {
      studentId: p.id,
      name: p.displayName,
      lines: data.scale === 'none' ? [] : lines,
      atRisk: data.scale !== 'none' && lines.some((l) => l.risks.length > 0),
    };
  });
  return {
    classId: c.id,
    title: c.title,
    scale: data.scale,
    rollup: rollupOf([{ scale: data.scale, pupils }]),
    pupils,
  };
}

/**
 * Pupils at risk and the forecast results of one or more classes, recomputed from the pupils (never
 * averaged from the classes' percentages), with the results' own rules on the forecast marks.
 */
export function rollupOf(classes: readonly { scale: string; pupils: readonly ForecastPupil[] }[]): ForecastRollup {
  const all = classes.flatMap((c) => c.pupils.map((p) => ({ p, scale: c.scale })));
  const byRisk = Object.fromEntries(
    forecastRisks.map((r) => [r, all.filter(({ p }) => p.lines.some((l) => l.risks.includes(r))).length]),
  ) as ForecastRollup['byRisk'];
  const marks: PupilMarks[] = all.map(({ p, scale }) => ({
    marks: p.lines.flatMap((l) => (l.value === null ? [] : [l.value])),
    scale: scale as PupilMarks['scale'],
  }));
  // Early in a period some pupils have no forecast in any subject yet: left out of the rates (the
  // results would count them as failing), and counted apart so the screen can say so.
  const forecast = marks.filter((m) => m.marks.length > 0);
  const results = resultsOf(forecast);
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return {
    pupils: all.length,
    atRisk: all.filter(({ p }) => p.atRisk).length,
    withoutForecast: marks.length - forecast.length,
    byRisk,
    success: round(results.success),
    quality: round(results.quality),
    average: results.average === null ? null : Math.round(results.average * 100) / 100,
  };
}

/**
 * The whole school's forecast for a period on a day: every class of the year, then the school's
 * rollup over all their pupils. The plain function the benchmark and the back-test call.
 */
export function forecastSchool(
  db: Database,
  q: { yearId: number; period: ForecastPeriod; asOf: string },
): { period: ForecastPeriodInfo; classes: ClassForecast[] } | null {
  const period = forecastSpan(db, q.yearId, q.period, q.asOf);
  if (!period) return null;
  const rules = readPeriodMarkRules(db);
  const classes = classesOfYear(db, q.yearId).map((c) => forecastClass(db, c, period, rules));
  return { period, classes };
}

export function schoolSummary(f: { period: ForecastPeriodInfo; classes: ClassForecast[] }): SchoolForecast {
  return {
    period: f.period,
    classes: f.classes.map((c) => ({ classId: c.classId, title: c.title, rollup: c.rollup })),
    school: rollupOf(f.classes),
  };
}
