import type { Database } from '../db/connection';
import type { YearEndCheck } from '../api/contract/year-end';
import { schoolDay } from '../calendar/school-day';
import { yearOrCurrent } from '../calendar/year-guard';
import { missingMarks } from './missing-marks';
import { rolledOverInto } from './rollover-record';

/** The check the deputy reads before closing: what is missing, and whether the year may close yet. */
export function yearEndCheck(db: Database, yearId: number | undefined, now: Date): YearEndCheck {
  const year = yearOrCurrent(db, yearId);
  const missing = missingMarks(db, year.id, year.endsOn);
  return {
    year: {
      id: year.id,
      title: year.title,
      startsOn: year.startsOn,
      endsOn: year.endsOn,
      state: year.state,
      closedAt: year.closedAt,
    },
    ended: schoolDay(now) >= year.endsOn,
    ...missing,
    rolledOverInto: rolledOverInto(db, year.id),
  };
}
