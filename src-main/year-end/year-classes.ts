import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { schoolClass } from '../db/schema';
import { classTitle, type ClassRecord } from '../roster/classes';
import { comparePeople, compareKyrgyz } from '../text/kyrgyz-order';

/** A pupil on a class's list on the year's last day. */
export interface EndPupil {
  studentId: number;
  surname: string;
  name: string;
  patronymic: string | null;
  fullName: string;
  /** The line of the movement book that holds the pupil in the class that day. */
  enrollmentId: number;
  /** The line records a departure dated that very day: on the year's lists, but gone from the school. */
  departed: boolean;
}

export interface EndClass {
  record: ClassRecord;
  name: string;
  pupils: EndPupil[];
}

/**
 * The year's classes by grade and letter (Kyrgyz order), each with the pupils on its list on the
 * year's last day: those who left before are the movement book's, not the year end's.
 */
export function classesAtYearEnd(db: Database, yearId: number, endsOn: string): EndClass[] {
  const classes = db.orm.select().from(schoolClass).where(eq(schoolClass.yearId, yearId)).all();
  const lines = db.sqlite
    .prepare(
      `select e.id as enrollmentId, e.class_id as classId, s.id as studentId, s.surname, s.name, s.patronymic,
              (e.departure_kind is not null or e.departed_to is not null or e.departure_order_no is not null) as departed
         from enrollment e join student s on s.id = e.student_id join class c on c.id = e.class_id
        where c.year_id = ? and e.from_date <= ? and (e.to_date is null or e.to_date >= ?)`,
    )
    .all(yearId, endsOn, endsOn) as (Omit<EndPupil, 'fullName' | 'departed'> & { classId: number; departed: number })[];
  return classes
    .sort((a, b) => a.grade - b.grade || compareKyrgyz(a.letter, b.letter))
    .map((record) => ({
      record,
      name: classTitle(record),
      pupils: lines
        .filter((l) => l.classId === record.id)
        .map(({ classId: _c, departed, ...p }) => ({ ...p, departed: departed === 1, fullName: personName(p) }))
        .sort(comparePeople),
    }));
}

export function personName(p: { surname: string; name: string; patronymic: string | null }): string {
  return [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
}

/**
 * The grade whose pupils finish school: 11, or 12 where the school already has twelfth grades (the
 * reform). A school's lower classes never make it smaller: a basic school marks its ninth grade as
 * leaving instead.
 */
export function lastGradeOf(classes: readonly { record: { grade: number } }[]): number {
  return Math.max(11, ...classes.map((c) => c.record.grade));
}
