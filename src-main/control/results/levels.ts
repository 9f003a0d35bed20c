import type { ResultCounts, ResultMetrics, ResultRow } from '../../api/contract/control-results';
import { resultsOf, type PupilMarks, type Results } from '../../print/data/results';
import { compareKyrgyz } from '../../text/kyrgyz-order';
import type { SchoolClassSubject, SchoolPeriodMarks } from './school-marks';

/*
 * The results at every level, each recomputed from its pupils with the documents' `resultsOf` (never
 * averaged from percentages):
 * - a class, a parallel (all classes of a grade) and the school count each pupil once, with all of
 *   the pupil's period marks, as the class and school reports do;
 * - a subject and a teacher count each pupil once per class subject, with that one mark, as the
 *   class report's subject rows do: a teacher's quality is the share of her pupils with 4 or 5 from
 *   her. A pupil of a split class subject belongs to the subgroup's teacher.
 */

export type RowWithoutComparison = Omit<ResultRow, 'previous'>;

export function countsOf(r: Results): ResultCounts {
  const { pupils, graded, excellent, good, oneThree, withTwos, notCertified, unmarked, counts } = r;
  return { pupils, graded, excellent, good, oneThree, withTwos, notCertified, unmarked, marks: { ...counts } };
}

export function metricsOf(r: Results): ResultMetrics {
  return { success: r.success, quality: r.quality, sou: r.sou, average: r.average };
}

interface Bucket {
  row: Omit<RowWithoutComparison, 'counts' | 'metrics'>;
  pupils: PupilMarks[];
}

function finish(bucket: Bucket): RowWithoutComparison {
  const r = resultsOf(bucket.pupils);
  return { ...bucket.row, counts: countsOf(r), metrics: metricsOf(r) };
}

function bucketIn(map: Map<number, Bucket>, id: number, make: () => Bucket['row']): Bucket {
  let bucket = map.get(id);
  if (!bucket) {
    bucket = { row: make(), pupils: [] };
    map.set(id, bucket);
  }
  return bucket;
}

const addClass = (row: Bucket['row'], classId: number) => {
  if (!row.classIds.includes(classId)) row.classIds.push(classId);
};

export function resultRows(data: SchoolPeriodMarks, withWholeSchool: boolean): RowWithoutComparison[] {
  const subjectsOf = new Map<number, SchoolClassSubject[]>();
  for (const cs of data.classSubjects) subjectsOf.set(cs.classId, [...(subjectsOf.get(cs.classId) ?? []), cs]);

  const classRows: RowWithoutComparison[] = [];
  const parallels = new Map<number, Bucket>();
  const subjects = new Map<number, Bucket>();
  const teachers = new Map<number, Bucket>();
  const school: PupilMarks[] = [];

  for (const c of data.classes) {
    const own = subjectsOf.get(c.id) ?? [];
    const pupils = c.counted.map((p) => ({
      marks: own.flatMap((cs) => data.markOf(p.id, cs.id) ?? []),
      scale: c.scale,
    }));
    const name = { ky: c.title, ru: c.title };
    classRows.push(
      finish({
        row: {
          key: `class:${c.id}`,
          level: 'class',
          name,
          grade: c.grade,
          classIds: [c.id],
          subjectId: null,
          teacherId: null,
        },
        pupils,
      }),
    );
    const parallel = bucketIn(parallels, c.grade, () => ({
      key: `parallel:${c.grade}`,
      level: 'parallel',
      name: { ky: String(c.grade), ru: String(c.grade) },
      grade: c.grade,
      classIds: [],
      subjectId: null,
      teacherId: null,
    }));
    addClass(parallel.row, c.id);
    parallel.pupils.push(...pupils);
    school.push(...pupils);

    for (const cs of own) {
      const subject = bucketIn(subjects, cs.subjectId, () => ({
        key: `subject:${cs.subjectId}`,
        level: 'subject',
        name: { ky: cs.nameKy, ru: cs.nameRu },
        grade: null,
        classIds: [],
        subjectId: cs.subjectId,
        teacherId: null,
      }));
      addClass(subject.row, c.id);
      for (const p of c.counted) {
        const mark = data.markOf(p.id, cs.id);
        const entry = { marks: mark === undefined ? [] : [mark], scale: c.scale };
        subject.pupils.push(entry);
        const teacherId = data.teacherOf(p.id, cs);
        if (teacherId === null) continue;
        const teacher = bucketIn(teachers, teacherId, () => {
          const n = data.teacherName(teacherId);
          return {
            key: `teacher:${teacherId}`,
            level: 'teacher',
            name: { ky: n, ru: n },
            grade: null,
            classIds: [],
            subjectId: null,
            teacherId,
          };
        });
        addClass(teacher.row, c.id);
        teacher.pupils.push(entry);
      }
    }
  }

  const byName = (a: RowWithoutComparison, b: RowWithoutComparison) => compareKyrgyz(a.name.ru, b.name.ru);
  const teacherRows = [...teachers.values()].map(finish).sort(byName);
  const out: RowWithoutComparison[] = [...classRows];
  if (withWholeSchool) out.push(...[...parallels.values()].map(finish));
  // Subjects keep the curriculum's order (the class subjects come sorted).
  out.push(...[...subjects.values()].map(finish));
  if (withWholeSchool) {
    out.push(...teacherRows);
    out.push(
      finish({
        row: {
          key: 'school',
          level: 'school',
          name: { ky: '', ru: '' },
          grade: null,
          classIds: data.classes.map((c) => c.id),
          subjectId: null,
          teacherId: null,
        },
        pupils: school,
      }),
    );
  }
  return out;
}
