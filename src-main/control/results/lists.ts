import type { MissingMarks, ResultListEntry, ResultListGroup } from '../../api/contract/control-results';
import { notCertified } from '../../period-marks/propose';
import { resultsOf } from '../../print/data/results';
import type { SchoolClassSubject, SchoolPeriodMarks } from './school-marks';

/*
 * The pupils behind the numbers, decided by the same `resultsOf` as the counts (so a list never
 * disagrees with its number), with the subjects that put each pupil there:
 * - with 2s, and not certified (н/а): the subjects with a 2, with н/а;
 * - one 3 away from "good": exactly one 3, the rest 4 and 5: the subject of the 3;
 * - one 4 away from "excellent": exactly one 4, the rest 5: the subject of the 4.
 * Only classes on the 5-point scale have groups (an н/а counts on any scale, as in the reports).
 */

const markOfGroup: Record<ResultListGroup, string> = { withTwos: '2', oneThree: '3', oneFour: '4', notCertified };

function subjectsOf(data: SchoolPeriodMarks) {
  const out = new Map<number, SchoolClassSubject[]>();
  for (const cs of data.classSubjects) out.set(cs.classId, [...(out.get(cs.classId) ?? []), cs]);
  return out;
}

export function resultLists(data: SchoolPeriodMarks): ResultListEntry[] {
  const bySubject = subjectsOf(data);
  const out: ResultListEntry[] = [];
  for (const c of data.classes) {
    const own = bySubject.get(c.id) ?? [];
    for (const p of c.counted) {
      const marks = own.flatMap((cs) => {
        const mark = data.markOf(p.id, cs.id);
        return mark === undefined ? [] : [{ cs, mark }];
      });
      const r = resultsOf([{ marks: marks.map((m) => m.mark), scale: c.scale }]);
      const groups: ResultListGroup[] = [];
      if (r.withTwos) groups.push('withTwos');
      if (r.oneThree) groups.push('oneThree');
      if (r.excellent === 0 && r.graded && r.counts.n4 === 1 && r.counts.n5 === marks.length - 1)
        groups.push('oneFour');
      if (r.notCertified) groups.push('notCertified');
      for (const group of groups) {
        out.push({
          group,
          pupilId: p.id,
          pupil: p.displayName,
          classId: c.id,
          classTitle: c.title,
          subjects: marks
            .filter((m) => m.mark === markOfGroup[group])
            .map(({ cs }) => ({
              subjectId: cs.subjectId,
              teacherId: data.teacherOf(p.id, cs),
              nameKy: cs.nameKy,
              nameRu: cs.nameRu,
            })),
        });
      }
    }
  }
  return out;
}

/**
 * The period marks not set yet: for every class subject, the counted pupils expected to have one
 * (members of its subgroups when it is split) who have none. Classes that get no marks in the
 * period (grade 1) expect none.
 */
export function missingMarks(data: SchoolPeriodMarks): MissingMarks[] {
  const classes = new Map(data.classes.map((c) => [c.id, c]));
  const out: MissingMarks[] = [];
  for (const cs of data.classSubjects) {
    const c = classes.get(cs.classId);
    if (!c || c.scale === 'none') continue;
    const pupils = c.counted.filter((p) => data.expects(p.id, cs) && data.markOf(p.id, cs.id) === undefined);
    if (!pupils.length) continue;
    out.push({
      classSubjectId: cs.id,
      classId: c.id,
      classTitle: c.title,
      subjectId: cs.subjectId,
      nameKy: cs.nameKy,
      nameRu: cs.nameRu,
      teacher: cs.teacherId === null ? '' : data.teacherName(cs.teacherId),
      pupils: pupils.map((p) => p.displayName),
    });
  }
  const order = new Map(data.classes.map((c, i) => [c.id, i]));
  return out.sort((a, b) => (order.get(a.classId) ?? 0) - (order.get(b.classId) ?? 0));
}

/** Pupils who left a class before the period's end: named, so the reader knows why they are not counted. */
export function leftPupils(data: SchoolPeriodMarks) {
  return data.classes.flatMap((c) =>
    c.pupils.flatMap((p) => (p.left === null ? [] : [{ pupil: p.displayName, classTitle: c.title, left: p.left }])),
  );
}
