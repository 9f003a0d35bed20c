import { ApiError } from '../api/api-error';
import type { FieldIssue } from '../api/contract/errors';
import type { TimetableInput } from '../api/contract/timetable';
import type { Database } from '../db/connection';
import type { ClassRecord } from '../roster/classes';
import { writableYear } from '../calendar/year-guard';
import { findClass } from '../structure/classes-service';
import { classLoad, type LoadLine } from './class-load';
import type { WeekSlot } from './warnings';

export interface CheckedWeek {
  cls: ClassRecord;
  load: Map<number, LoadLine>;
  slots: (WeekSlot & { room: string | null })[];
}

/**
 * Two slots may share a weekday and lesson only as a split lesson: different subgroups of one class
 * subject, each in its own room. Anything else in one cell is a typing slip.
 */
function canShareCell(a: WeekSlot, b: WeekSlot): boolean {
  return (
    a.classSubjectId === b.classSubjectId &&
    a.subgroupId !== null &&
    b.subgroupId !== null &&
    a.subgroupId !== b.subgroupId
  );
}

/**
 * Everything `timetable.save` refuses, checked before anything is written: a class of an open year,
 * a start inside that year, the class's own subjects and subgroups, one lesson per cell. Every wrong
 * slot is named at once, so the deputy fixes the week in one go.
 */
export function checkWeek(db: Database, input: TimetableInput): CheckedWeek {
  const cls = findClass(db, input.classId);
  const year = writableYear(db, cls.yearId);
  if (input.validFrom < year.startsOn || input.validFrom > year.endsOn) {
    throw new ApiError('INVALID_INPUT', undefined, [
      {
        path: 'validFrom',
        message: 'validation.timetable.outsideYear',
        params: { startsOn: year.startsOn, endsOn: year.endsOn },
      },
    ]);
  }
  const load = classLoad(db, cls.id);
  const issues: FieldIssue[] = [];
  const slots: CheckedWeek['slots'] = [];
  input.slots.forEach((s, i) => {
    const slot = {
      weekday: s.weekday,
      lessonNumber: s.lessonNumber,
      classSubjectId: s.classSubjectId,
      subgroupId: s.subgroupId ?? null,
      room: s.room ?? null,
    };
    const line = load.get(slot.classSubjectId);
    if (!line) {
      issues.push({ path: `slots.${i}.classSubjectId`, message: 'validation.timetable.notOfClass' });
      return;
    }
    if (slot.subgroupId !== null && !line.subgroups.has(slot.subgroupId)) {
      issues.push({ path: `slots.${i}.subgroupId`, message: 'validation.timetable.notOfSubject' });
      return;
    }
    const taken = slots.find(
      (o) => o.weekday === slot.weekday && o.lessonNumber === slot.lessonNumber && !canShareCell(o, slot),
    );
    if (taken) {
      issues.push({
        path: `slots.${i}.classSubjectId`,
        message: 'validation.timetable.cellTaken',
        params: { weekday: slot.weekday, lessonNumber: slot.lessonNumber },
      });
      return;
    }
    slots.push(slot);
  });
  if (issues.length) throw new ApiError('INVALID_INPUT', undefined, issues);
  return { cls, load, slots };
}
