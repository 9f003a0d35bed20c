import type { Database } from '../db/connection';
import type { TeacherSlotRow } from '../api/contract/timetable';
import { formatClassName } from '../text/class-names';
import { peopleByIds } from '../structure/staff-service';

/*
 * Slots as the screens show them: with the subject's names, the subgroup's name and the teacher who
 * gives the lesson (the subgroup's teacher where it has one, else the class subject's). Every read of
 * the timetable goes through the one query below with a different condition.
 */

export interface SlotRecord {
  slotId: number;
  weekday: number;
  lessonNumber: number;
  classSubjectId: number;
  subgroupId: number | null;
  subgroupName: string | null;
  subjectNameKy: string;
  subjectNameRu: string;
  teacherId: number | null;
  room: string | null;
  validFrom: string;
  validTo: string | null;
  classId: number;
  grade: number;
  letter: string;
  shift: number;
}

const select = `
  select ts.id as slotId, ts.weekday, ts.lesson_number as lessonNumber, ts.class_subject_id as classSubjectId,
         ts.subgroup_id as subgroupId, sg.name as subgroupName, s.name_ky as subjectNameKy,
         s.name_ru as subjectNameRu, coalesce(sg.teacher_id, cs.teacher_id) as teacherId, ts.room,
         ts.valid_from as validFrom, ts.valid_to as validTo, c.id as classId, c.grade, c.letter, c.shift
    from timetable_slot ts
    join class_subject cs on cs.id = ts.class_subject_id
    join class c on c.id = cs.class_id
    join subject s on s.id = cs.subject_id
    left join subgroup sg on sg.id = ts.subgroup_id`;

/** In force on a day: started on or before it and not ended before it. */
export const validOnSql = `ts.valid_from <= @on and (ts.valid_to is null or ts.valid_to >= @on)`;

export function isValidOn(slot: { validFrom: string; validTo: string | null }, on: string): boolean {
  return slot.validFrom <= on && (slot.validTo === null || slot.validTo >= on);
}

/** Every slot of a class, of every version. A class has a few dozen a week and a few versions a year. */
export function classSlotRecords(db: Database, classId: number): SlotRecord[] {
  return db.sqlite.prepare(`${select} where cs.class_id = ?`).all(classId) as SlotRecord[];
}

/** The slots in force on a day of the given teacher's lessons, in classes whose year holds that day. */
export function teacherSlotRecords(db: Database, staffId: number, on: string): SlotRecord[] {
  return db.sqlite
    .prepare(
      `${select} join academic_year y on y.id = c.year_id
        where ${validOnSql} and coalesce(sg.teacher_id, cs.teacher_id) = @staffId
          and y.starts_on <= @on and y.ends_on >= @on`,
    )
    .all({ on, staffId }) as SlotRecord[];
}

/** The slots in force on a day in the other classes of a year's shift: where a teacher may be busy. */
export function otherClassSlotRecords(
  db: Database,
  q: { classId: number; yearId: number; shift: number; on: string },
): SlotRecord[] {
  return db.sqlite
    .prepare(
      `${select} where ${validOnSql} and c.year_id = @yearId and c.shift = @shift and c.id <> @classId
         and coalesce(sg.teacher_id, cs.teacher_id) is not null`,
    )
    .all(q) as SlotRecord[];
}

export function bySlotOrder(a: SlotRecord, b: SlotRecord): number {
  return (
    a.weekday - b.weekday ||
    a.lessonNumber - b.lessonNumber ||
    a.grade - b.grade ||
    a.classSubjectId - b.classSubjectId ||
    (a.subgroupId ?? 0) - (b.subgroupId ?? 0)
  );
}

/** The rows for the API, in week order, with the teachers' names. */
export function toSlotRows(db: Database, records: SlotRecord[]): TeacherSlotRow[] {
  const people = peopleByIds(
    db,
    records.map((r) => r.teacherId),
  );
  return [...records].sort(bySlotOrder).map((r) => ({
    slotId: r.slotId,
    weekday: r.weekday,
    lessonNumber: r.lessonNumber,
    classSubjectId: r.classSubjectId,
    subgroupId: r.subgroupId,
    subgroupName: r.subgroupName,
    subjectNameKy: r.subjectNameKy,
    subjectNameRu: r.subjectNameRu,
    teacher: r.teacherId === null ? null : (people.get(r.teacherId) ?? null),
    room: r.room,
    validFrom: r.validFrom,
    validTo: r.validTo,
    classId: r.classId,
    className: formatClassName(r.grade, r.letter),
    shift: r.shift,
  }));
}
