import { addDays, dateOfDay, dayNumber, isoWeekday } from '../../timetable/dates';

/*
 * The audit trail keeps instants in UTC; the school counts days in Bishkek time (UTC+6 all year, see
 * `schoolDay`). A range of school days is the half-open range of instants from the first day's
 * midnight in Bishkek to the midnight after the last.
 */

const offsetMs = 6 * 3_600_000;

export function dayStartInstant(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - offsetMs).toISOString();
}

export function instantRange(from: string, to: string): { since: string; before: string } {
  return { since: dayStartInstant(from), before: dayStartInstant(addDays(to, 1)) };
}

/** The Monday of a day's week. */
export function mondayOf(date: string): string {
  const day = dayNumber(date);
  return dateOfDay(day - isoWeekday(day) + 1);
}

/** The Mondays of every week a range touches, in order. */
export function weeksOf(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

/**
 * SQL for the school day of an audit entry's instant, and for the Monday of its week: SQLite's
 * `weekday 1` moves forward to a Monday, so step back six days first.
 */
export const sqlSchoolDay = `date(at, '+6 hours')`;
export const sqlSchoolWeek = `date(at, '+6 hours', '-6 days', 'weekday 1')`;
