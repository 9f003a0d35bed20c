import type { FieldIssue } from '../api/contract/errors';
import type { DateRange, YearDates } from '../api/contract/calendar';

/**
 * What makes a year's dates consistent, as field messages the form shows beside each date. Pure, so
 * every refusal is tested without a database. Dates are `YYYY-MM-DD` text, which compares as dates.
 *
 * Half-years must cover their quarters (refused, not merely warned about): half-year and year marks
 * are computed from the lessons inside their dates, and a half-year that misses some days of its
 * quarters would silently drop those marks.
 */
export function yearIssues(plan: YearDates): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string, params?: Record<string, string | number>) =>
    issues.push({ path, message, ...(params ? { params } : {}) });

  if (plan.startsOn >= plan.endsOn) {
    add('endsOn', 'validation.year.endBeforeStart');
    // Nothing can be "inside" a year whose dates are reversed: the messages below would only confuse.
    return issues;
  }
  const year = { from: plan.startsOn, to: plan.endsOn };

  const range = (base: string, r: DateRange) => {
    if (r.startsOn > r.endsOn) {
      add(`${base}.endsOn`, 'validation.period.endBeforeStart');
      return false;
    }
    let inside = true;
    if (r.startsOn < plan.startsOn || r.startsOn > plan.endsOn) {
      add(`${base}.startsOn`, 'validation.period.outsideYear', year);
      inside = false;
    }
    if (r.endsOn > plan.endsOn || r.endsOn < plan.startsOn) {
      add(`${base}.endsOn`, 'validation.period.outsideYear', year);
      inside = false;
    }
    return inside;
  };

  const quartersOk = plan.quarters.map((q, i) => range(`quarters.${i}`, q));
  plan.quarters.forEach((q, i) => {
    const before = plan.quarters[i - 1];
    if (i > 0 && before && quartersOk[i - 1] && quartersOk[i] && q.startsOn <= before.endsOn) {
      add(`quarters.${i}.startsOn`, 'validation.period.afterPrevious', { number: i, end: before.endsOn });
    }
  });

  const halvesOk = plan.halfYears.map((h, i) => range(`halfYears.${i}`, h));
  plan.halfYears.forEach((h, i) => {
    if (!halvesOk[i]) return;
    const first = plan.quarters[i * 2];
    const last = plan.quarters[i * 2 + 1];
    const params = { first: i * 2 + 1, last: i * 2 + 2 };
    if (first && quartersOk[i * 2] && h.startsOn > first.startsOn) {
      add(`halfYears.${i}.startsOn`, 'validation.halfYear.mustCover', { ...params, date: first.startsOn });
    }
    if (last && quartersOk[i * 2 + 1] && h.endsOn < last.endsOn) {
      add(`halfYears.${i}.endsOn`, 'validation.halfYear.mustCover', { ...params, date: last.endsOn });
    }
  });
  const [h1, h2] = plan.halfYears;
  if (h1 && h2 && halvesOk[0] && halvesOk[1] && h2.startsOn <= h1.endsOn) {
    add('halfYears.1.startsOn', 'validation.period.afterPrevious', { number: 1, end: h1.endsOn });
  }

  plan.holidays.forEach((h, i) => range(`holidays.${i}`, h));
  return issues;
}
