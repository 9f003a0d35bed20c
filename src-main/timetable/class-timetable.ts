import type { Database } from '../db/connection';
import type { ClassTimetable, TimetableVersion } from '../api/contract/timetable';
import { findYear } from '../calendar/year-guard';
import { classTitle } from '../roster/classes';
import { findClass } from '../structure/classes-service';
import { classLoad } from './class-load';
import { addDays } from './dates';
import { classSlotRecords, isValidOn, toSlotRows, type SlotRecord } from './slot-rows';
import { weekWarnings } from './warnings';

/**
 * The dates on which a class's week changed: every slot's first day and the day after its last. A day
 * after which nothing starts is a version too (the week was emptied from then), with no slots.
 */
export function versionsOf(records: SlotRecord[]): TimetableVersion[] {
  const starts = new Set<string>();
  for (const r of records) {
    starts.add(r.validFrom);
    if (r.validTo !== null) starts.add(addDays(r.validTo, 1));
  }
  const dates = [...starts].sort();
  return dates.map((from, i) => {
    const next = dates[i + 1];
    return {
      from,
      to: next === undefined ? null : addDays(next, -1),
      slotCount: records.filter((r) => isValidOn(r, from)).length,
    };
  });
}

/** A class's week in force on a day, its versions and what is wrong with that week. */
export function classTimetable(db: Database, classId: number, on: string): ClassTimetable {
  const cls = findClass(db, classId);
  const year = findYear(db, cls.yearId);
  const records = classSlotRecords(db, classId);
  const current = records.filter((r) => isValidOn(r, on));
  return {
    classId: cls.id,
    className: classTitle(cls),
    on,
    year: { startsOn: year.startsOn, endsOn: year.endsOn, closed: year.state === 'closed' },
    slots: toSlotRows(db, current),
    versions: versionsOf(records),
    warnings: weekWarnings(db, cls, classLoad(db, cls.id), current, on),
  };
}
