import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/connection';
import type { GradingScale } from '../../db/schema';
import { classSubject, schoolClass, staff, subgroup, subgroupMember, subject } from '../../db/schema';
import { scaleOn } from '../../journal/grading-scale';
import { classesOfYear, pupilsOfClassesDuring, type ClassInfo, type ClassPupil } from '../../print/data/class-data';
import type { DocumentPeriod } from '../../print/data/periods';
import { countedPupils } from '../../print/data/results';
import { signatureName } from '../../print/data/school';

/*
 * One period's marks for a whole school (or the classes a caller may see), read with a handful of
 * grouped queries, never one per class or pupil: the deputy's results screen opens on a school of
 * 3,000 pupils. The reading is the documents' (`print/data/period-results.ts`): the same pupils
 * (those still in the class on the period's last day), the same period marks, the scale of the
 * grade on the period's last day.
 */

export interface SchoolClass extends ClassInfo {
  scale: GradingScale;
  /** Every pupil of the class during the period; `counted` are those the results count. */
  pupils: ClassPupil[];
  counted: ClassPupil[];
}

export interface SchoolClassSubject {
  id: number;
  classId: number;
  subjectId: number;
  nameKy: string;
  nameRu: string;
  sortOrder: number;
  teacherId: number | null;
  /** Split into subgroups: only the subgroups' members are expected to have a mark. */
  split: boolean;
}

export interface SchoolPeriodMarks {
  period: DocumentPeriod;
  classes: SchoolClass[];
  classSubjects: SchoolClassSubject[];
  markOf(pupilId: number, classSubjectId: number): string | undefined;
  /**
   * Who teaches the pupil the subject: the subgroup's teacher, else the class subject's; nobody for a
   * pupil in none of the subgroups of a split subject (nobody teaches them it).
   */
  teacherOf(pupilId: number, cs: SchoolClassSubject): number | null;
  /** Whether a mark is expected of the pupil in the class subject (a member, when it is split). */
  expects(pupilId: number, cs: SchoolClassSubject): boolean;
  teacherName(staffId: number): string;
}

const pairKey = (pupilId: number, classSubjectId: number) => `${pupilId}:${classSubjectId}`;

export function schoolPeriodMarks(
  db: Database,
  yearId: number,
  period: DocumentPeriod,
  onlyClasses: readonly number[] | null,
): SchoolPeriodMarks {
  const infos = classesOfYear(db, yearId).filter((c) => onlyClasses === null || onlyClasses.includes(c.id));
  const classIds = infos.map((c) => c.id);
  const pupils = pupilsOfClassesDuring(db, classIds, period.startsOn, period.endsOn);
  const scales = new Map<number, GradingScale>();
  const classes = infos.map((c) => {
    if (!scales.has(c.grade)) scales.set(c.grade, scaleOn(db, yearId, c.grade, period.endsOn));
    const all = pupils.get(c.id) ?? [];
    return { ...c, scale: scales.get(c.grade) ?? 'five_point', pupils: all, counted: countedPupils(all) };
  });

  const subjectRows = classIds.length
    ? db.orm
        .select({ cs: classSubject, s: subject })
        .from(classSubject)
        .innerJoin(subject, eq(subject.id, classSubject.subjectId))
        .where(inArray(classSubject.classId, classIds))
        .all()
    : [];
  const csIds = subjectRows.map((r) => r.cs.id);

  const marks = new Map<string, string>();
  const groupTeacher = new Map<string, number | null>();
  const splitIds = new Set<number>();
  if (csIds.length) {
    // The school's biggest read (a mark per pupil and subject): plain rows, without the builder's mapping.
    const markRows = db.sqlite
      .prepare(
        `select pm.student_id, pm.class_subject_id, pm.value
           from period_mark pm join class_subject cs on cs.id = pm.class_subject_id join class c on c.id = cs.class_id
          where c.year_id = ? and pm.kind = ? and pm.number = ?`,
      )
      .raw()
      .all(yearId, period.kind, period.number) as [number, number, string][];
    for (const [studentId, classSubjectId, value] of markRows) marks.set(pairKey(studentId, classSubjectId), value);

    const groups = db.orm
      .select({
        classSubjectId: subgroup.classSubjectId,
        teacherId: subgroup.teacherId,
        studentId: subgroupMember.studentId,
      })
      .from(subgroup)
      .innerJoin(classSubject, eq(classSubject.id, subgroup.classSubjectId))
      .innerJoin(schoolClass, eq(schoolClass.id, classSubject.classId))
      .leftJoin(subgroupMember, eq(subgroupMember.subgroupId, subgroup.id))
      .where(eq(schoolClass.yearId, yearId))
      .all();
    for (const g of groups) {
      splitIds.add(g.classSubjectId);
      if (g.studentId !== null) groupTeacher.set(pairKey(g.studentId, g.classSubjectId), g.teacherId);
    }
  }

  const classSubjects = subjectRows
    .map(({ cs, s }) => ({
      id: cs.id,
      classId: cs.classId,
      subjectId: s.id,
      nameKy: s.nameKy,
      nameRu: s.nameRu,
      sortOrder: s.sortOrder,
      teacherId: cs.teacherId,
      split: splitIds.has(cs.id),
    }))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.subjectId - b.subjectId || a.id - b.id);

  const names = new Map(
    db.orm
      .select()
      .from(staff)
      .all()
      .map((s) => [s.id, signatureName(s)]),
  );

  return {
    period,
    classes,
    classSubjects,
    markOf: (pupilId, classSubjectId) => marks.get(pairKey(pupilId, classSubjectId)),
    teacherOf: (pupilId, cs) => {
      const key = pairKey(pupilId, cs.id);
      if (groupTeacher.has(key)) return groupTeacher.get(key) ?? cs.teacherId;
      return cs.split ? null : cs.teacherId;
    },
    expects: (pupilId, cs) => !cs.split || groupTeacher.has(pairKey(pupilId, cs.id)),
    teacherName: (staffId) => names.get(staffId) ?? '',
  };
}
