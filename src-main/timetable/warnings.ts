import type { Database } from '../db/connection';
import type { HoursMismatch, TeacherClash, TimetableWarnings } from '../api/contract/timetable';
import { formatClassName } from '../text/class-names';
import { peopleByIds } from '../structure/staff-service';
import { teacherOfSlot, type LoadLine } from './class-load';
import { otherClassSlotRecords } from './slot-rows';

/** A slot as the checks see it, whether saved or only drafted on the screen. */
export interface WeekSlot {
  weekday: number;
  lessonNumber: number;
  classSubjectId: number;
  subgroupId: number | null;
}

/**
 * Whether a week's lessons match the load's hours. A half hour (a subject every other week) cannot be
 * written as a weekly slot, so 1.5 hours is met by one slot or by two.
 */
function fits(slots: number, hours: number): boolean {
  if (Number.isInteger(hours)) return slots === hours;
  return slots === Math.floor(hours) || slots === Math.ceil(hours);
}

/**
 * Each class subject's lessons a week against its hours. A subgroup has the whole class's lessons of
 * the subject plus its own; when every subgroup has as many, the subject is reported once.
 */
export function hoursMismatches(load: Map<number, LoadLine>, slots: WeekSlot[]): HoursMismatch[] {
  const out: HoursMismatch[] = [];
  for (const line of load.values()) {
    const mine = slots.filter((s) => s.classSubjectId === line.classSubjectId);
    const whole = mine.filter((s) => s.subgroupId === null).length;
    const counts = [...line.subgroups.entries()].map(([id, g]) => ({
      subgroupId: id as number | null,
      subgroupName: g.name as string | null,
      n: whole + mine.filter((s) => s.subgroupId === id).length,
    }));
    const alike = counts.every((c) => c.n === counts[0]?.n);
    const rows = alike ? [{ subgroupId: null, subgroupName: null, n: counts[0]?.n ?? whole }] : counts;
    for (const row of rows) {
      if (fits(row.n, line.hoursPerWeek)) continue;
      out.push({
        classSubjectId: line.classSubjectId,
        subgroupId: row.subgroupId,
        subgroupName: row.subgroupName,
        subjectNameKy: line.subjectNameKy,
        subjectNameRu: line.subjectNameRu,
        hoursPerWeek: line.hoursPerWeek,
        slotsPerWeek: row.n,
      });
    }
  }
  return out;
}

/**
 * Teachers due in this class and in another class at the same weekday and lesson on a day. Only
 * classes of the same shift count: lesson 1 of the second shift is in the afternoon.
 */
export function teacherClashes(
  db: Database,
  cls: { id: number; yearId: number; shift: number },
  load: Map<number, LoadLine>,
  slots: WeekSlot[],
  on: string,
): TeacherClash[] {
  const busy = new Map<string, ReturnType<typeof otherClassSlotRecords>>();
  for (const other of otherClassSlotRecords(db, { classId: cls.id, yearId: cls.yearId, shift: cls.shift, on })) {
    const key = `${other.teacherId}:${other.weekday}:${other.lessonNumber}`;
    busy.set(key, [...(busy.get(key) ?? []), other]);
  }
  const found = new Map<string, Omit<TeacherClash, 'teacher'> & { teacherId: number }>();
  for (const slot of slots) {
    const line = load.get(slot.classSubjectId);
    const teacherId = line ? teacherOfSlot(line, slot.subgroupId) : null;
    if (!line || teacherId === null) continue;
    for (const other of busy.get(`${teacherId}:${slot.weekday}:${slot.lessonNumber}`) ?? []) {
      const key = `${teacherId}:${slot.weekday}:${slot.lessonNumber}:${line.classSubjectId}:${other.classSubjectId}`;
      found.set(key, {
        teacherId,
        weekday: slot.weekday,
        lessonNumber: slot.lessonNumber,
        classSubjectId: line.classSubjectId,
        subjectNameKy: line.subjectNameKy,
        subjectNameRu: line.subjectNameRu,
        other: {
          classId: other.classId,
          className: formatClassName(other.grade, other.letter),
          classSubjectId: other.classSubjectId,
          subjectNameKy: other.subjectNameKy,
          subjectNameRu: other.subjectNameRu,
        },
      });
    }
  }
  const people = peopleByIds(
    db,
    [...found.values()].map((c) => c.teacherId),
  );
  return [...found.values()]
    .sort((a, b) => a.weekday - b.weekday || a.lessonNumber - b.lessonNumber || a.teacherId - b.teacherId)
    .map(({ teacherId, ...rest }) => ({
      teacher: people.get(teacherId) ?? { staffId: teacherId, fullName: '' },
      ...rest,
    }));
}

export function weekWarnings(
  db: Database,
  cls: { id: number; yearId: number; shift: number },
  load: Map<number, LoadLine>,
  slots: WeekSlot[],
  on: string,
): TimetableWarnings {
  return { hours: hoursMismatches(load, slots), clashes: teacherClashes(db, cls, load, slots, on) };
}
