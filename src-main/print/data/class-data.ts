import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { statement, type Database } from '../../db/connection';
import { classSubject, enrollment, schoolClass, student, subject } from '../../db/schema';
import { classTitle } from '../../roster/classes';
import { comparePeople } from '../../text/kyrgyz-order';
import type { DocumentLanguage } from '../types';

export interface ClassInfo {
  id: number;
  yearId: number;
  grade: number;
  title: string;
  classTeacherId: number | null;
}

export function classInfo(db: Database, classId: number): ClassInfo | null {
  const c = db.orm.select().from(schoolClass).where(eq(schoolClass.id, classId)).get();
  if (!c) return null;
  return { id: c.id, yearId: c.yearId, grade: c.grade, title: classTitle(c), classTeacherId: c.classTeacherId };
}

/** The classes of a year in the order a ledger set is filed: by grade, then letter. */
export function classesOfYear(db: Database, yearId: number): ClassInfo[] {
  return db.orm
    .select()
    .from(schoolClass)
    .where(eq(schoolClass.yearId, yearId))
    .all()
    .sort((a, b) => a.grade - b.grade || a.letter.localeCompare(b.letter, 'ru'))
    .map((c) => ({
      id: c.id,
      yearId: c.yearId,
      grade: c.grade,
      title: classTitle(c),
      classTeacherId: c.classTeacherId,
    }));
}

/** A pupil of a class in a span of dates: enrolled on at least one of its days. */
export interface ClassPupil {
  id: number;
  surname: string;
  name: string;
  patronymic: string | null;
  /** "Асанов Айбек" as printed in a ledger. */
  displayName: string;
  /** The first day in the class within the span, when later than the span's start (arrived). */
  arrived: string | null;
  /** The last day in the class within the span, when earlier than the span's end (left). */
  left: string | null;
}

/**
 * The pupils of a class during a span, each once (a pupil who left and came back has one row, from
 * the first arrival to the last day), in Kyrgyz alphabetical order.
 */
export function pupilsDuring(db: Database, classId: number, from: string, to: string): ClassPupil[] {
  return pupilsOfClassesDuring(db, [classId], from, to).get(classId) ?? [];
}

/**
 * The same for many classes in one query (a whole school's results): class id → its pupils, each
 * class's list built by the same rule as `pupilsDuring`.
 */
export function pupilsOfClassesDuring(
  db: Database,
  classIds: readonly number[],
  from: string,
  to: string,
): Map<number, ClassPupil[]> {
  const out = new Map<number, ClassPupil[]>();
  if (!classIds.length) return out;
  const rows = db.orm
    .select({
      student: { id: student.id, surname: student.surname, name: student.name, patronymic: student.patronymic },
      classId: enrollment.classId,
      fromDate: enrollment.fromDate,
      toDate: enrollment.toDate,
    })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .where(
      and(
        inArray(enrollment.classId, [...classIds]),
        lte(enrollment.fromDate, to),
        or(isNull(enrollment.toDate), gte(enrollment.toDate, from)),
      ),
    )
    .all();
  type Seen = { s: (typeof rows)[number]['student']; first: string; last: string | null };
  const byClass = new Map<number, Map<number, Seen>>();
  for (const r of rows) {
    const byId = byClass.get(r.classId) ?? new Map<number, Seen>();
    byClass.set(r.classId, byId);
    const seen = byId.get(r.student.id);
    const last = r.toDate;
    if (!seen) byId.set(r.student.id, { s: r.student, first: r.fromDate, last });
    else {
      if (r.fromDate < seen.first) seen.first = r.fromDate;
      seen.last = seen.last === null || last === null ? null : last > seen.last ? last : seen.last;
    }
  }
  for (const [classId, byId] of byClass) {
    out.set(
      classId,
      [...byId.values()]
        .map(({ s, first, last }) => ({
          id: s.id,
          surname: s.surname,
          name: s.name,
          patronymic: s.patronymic,
          displayName: `${s.surname} ${s.name}`,
          arrived: first > from ? first : null,
          left: last !== null && last < to ? last : null,
        }))
        .sort(comparePeople),
    );
  }
  return out;
}

export interface ClassSubjectInfo {
  id: number;
  subjectId: number;
  name: string;
  short: string;
  hoursPerWeek: number;
  teacherId: number | null;
}

/** The subjects taught in a class, in the curriculum's order, named in the document's language. */
export function subjectsOfClass(db: Database, classId: number, language: DocumentLanguage): ClassSubjectInfo[] {
  return db.orm
    .select({ cs: classSubject, s: subject })
    .from(classSubject)
    .innerJoin(subject, eq(subject.id, classSubject.subjectId))
    .where(eq(classSubject.classId, classId))
    .orderBy(asc(subject.sortOrder), asc(subject.id), asc(classSubject.id))
    .all()
    .map(({ cs, s }) => {
      const name = language === 'ky' ? s.nameKy : s.nameRu;
      const short = (language === 'ky' ? s.shortKy : s.shortRu) ?? name;
      return { id: cs.id, subjectId: s.id, name, short, hoursPerWeek: cs.hoursPerWeek, teacherId: cs.teacherId };
    });
}

export type PeriodMarkKey = `${number}:${number}:${string}:${number}`;

/** `studentId:classSubjectId:kind:number` → value, for every period mark of the class subjects. */
export function periodMarksOf(db: Database, classSubjectIds: number[]): Map<PeriodMarkKey, string> {
  const marks = new Map<PeriodMarkKey, string>();
  if (!classSubjectIds.length) return marks;
  // Prepared once per connection and read as plain rows: a whole school's ledgers read every period
  // mark of the year through here, one class at a time.
  const rows = statement(
    db.sqlite,
    `select student_id, class_subject_id, kind, number, value from period_mark
      where class_subject_id in (select value from json_each(?))`,
  )
    .raw()
    .all(JSON.stringify(classSubjectIds)) as [number, number, string, number, string][];
  for (const [studentId, classSubjectId, kind, number, value] of rows) {
    marks.set(`${studentId}:${classSubjectId}:${kind}:${number}`, value);
  }
  return marks;
}

export function periodMarkKey(studentId: number, classSubjectId: number, kind: string, number: number): PeriodMarkKey {
  return `${studentId}:${classSubjectId}:${kind}:${number}`;
}
