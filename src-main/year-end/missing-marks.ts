import type { Database } from '../db/connection';
import type { MissingClass, MissingSubject, YearEndMarkKind } from '../api/contract/year-end';
import { scaleOn } from '../journal/grading-scale';
import { classesAtYearEnd, lastGradeOf, type EndClass } from './year-classes';

/*
 * What must be set before a year is closed: for every subject of a class whose grade is marked at
 * the year's end (not grade 1, say), every pupil on the list that day needs a year mark ("н/а" counts:
 * it is a decision), and a final mark where one is due. A final mark is due
 * - in the certificate grades, 9 (basic school) and the last grade (11, or 12 after the reform), in
 *   every marked subject: the certificate lists them all;
 * - in any other class subject where an exam or a final mark was already set: the data shows the
 *   subject has finals that year, so the pupils without one are missing it.
 * Exam marks themselves are never required: not every subject has an exam.
 */

interface SubjectLine {
  classSubjectId: number;
  classId: number;
  nameKy: string;
  nameRu: string;
  sortOrder: number;
}

export interface MissingMarks {
  finalGrades: number[];
  missingCount: number;
  classes: MissingClass[];
}

export function finalGradesOf(classes: readonly EndClass[]): number[] {
  return [...new Set([9, lastGradeOf(classes)])].sort((a, b) => a - b);
}

export function missingMarks(db: Database, yearId: number, endsOn: string): MissingMarks {
  const classes = classesAtYearEnd(db, yearId, endsOn);
  const finalGrades = finalGradesOf(classes);
  const lines = db.sqlite
    .prepare(
      `select cs.id as classSubjectId, cs.class_id as classId, s.name_ky as nameKy, s.name_ru as nameRu,
              s.sort_order as sortOrder
         from class_subject cs join subject s on s.id = cs.subject_id join class c on c.id = cs.class_id
        where c.year_id = ?`,
    )
    .all(yearId) as SubjectLine[];
  const marks = db.sqlite
    .prepare(
      `select pm.class_subject_id as cs, pm.student_id as st, pm.kind from period_mark pm
         join class_subject cs on cs.id = pm.class_subject_id join class c on c.id = cs.class_id
        where c.year_id = ? and pm.kind in ('year', 'exam', 'final')`,
    )
    .all(yearId) as { cs: number; st: number; kind: 'year' | 'exam' | 'final' }[];
  const set = new Set(marks.map((m) => `${m.cs}:${m.st}:${m.kind}`));
  const withFinals = new Set(marks.filter((m) => m.kind !== 'year').map((m) => m.cs));

  let missingCount = 0;
  const out: MissingClass[] = [];
  for (const c of classes) {
    if (!c.pupils.length || scaleOn(db, yearId, c.record.grade, endsOn) === 'none') continue;
    const finalsForAll = finalGrades.includes(c.record.grade);
    const subjects: MissingSubject[] = [];
    const ofClass = lines
      .filter((l) => l.classId === c.record.id)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.classSubjectId - b.classSubjectId);
    for (const line of ofClass) {
      const wantFinal = finalsForAll || withFinals.has(line.classSubjectId);
      const pupils = c.pupils.flatMap((p) => {
        const has = (kind: string) => set.has(`${line.classSubjectId}:${p.studentId}:${kind}`);
        const kinds: YearEndMarkKind[] = [
          ...(has('year') ? [] : ['year' as const]),
          ...(wantFinal && !has('final') ? ['final' as const] : []),
        ];
        return kinds.length ? [{ studentId: p.studentId, fullName: p.fullName, kinds }] : [];
      });
      if (!pupils.length) continue;
      missingCount += pupils.reduce((n, p) => n + p.kinds.length, 0);
      subjects.push({
        classSubjectId: line.classSubjectId,
        subjectNameKy: line.nameKy,
        subjectNameRu: line.nameRu,
        pupils,
      });
    }
    if (subjects.length) out.push({ classId: c.record.id, className: c.name, subjects });
  }
  return { finalGrades, missingCount, classes: out };
}
