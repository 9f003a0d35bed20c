import type { Database } from '../../db/connection';
import type { GradingScale, MarkKind } from '../../db/schema';
import { scaleOn } from '../../journal/grading-scale';
import { pupilsDuring, type ClassInfo, type ClassPupil } from '../../print/data/class-data';
import { countedPupils } from '../../print/data/results';
import { plannedLessonDates } from '../../timetable/lesson-dates';
import { addDays } from '../../timetable/dates';
import type { ForecastEvidence } from './method';

/*
 * What the journal holds about one class up to the forecast day, read in a handful of queries for the
 * whole class: its pupils, subjects, lessons held, marks and absences, and the lessons the timetable
 * still plans until the period's end.
 */

export interface ForecastSpan {
  startsOn: string;
  endsOn: string;
  /** The last day whose lessons count: a day inside the period (or the day before it starts). */
  asOf: string;
}

export interface ForecastSubject {
  id: number;
  ky: string;
  ru: string;
  hoursPerWeek: number;
}

export interface ClassEvidence {
  scale: GradingScale;
  /** Pupils in the class on the forecast day (those who left before it are not counted). */
  pupils: ClassPupil[];
  subjects: ForecastSubject[];
  evidence(pupilId: number, classSubjectId: number): ForecastEvidence;
}

interface LessonRow {
  id: number;
  cs: number;
  subgroupId: number | null;
  date: string;
}

const inList = (ids: readonly number[]) => ids.map(() => '?').join(',') || 'null';

function rows<T>(db: Database, sql: string, ...params: unknown[]): T[] {
  return db.sqlite.prepare(sql).all(...params) as T[];
}

export function classEvidence(db: Database, c: ClassInfo, span: ForecastSpan): ClassEvidence {
  const upTo = span.asOf < span.startsOn ? span.startsOn : span.asOf;
  const pupils = countedPupils(pupilsDuring(db, c.id, span.startsOn, upTo));
  const subjects = rows<ForecastSubject>(
    db,
    `select cs.id, s.name_ky as ky, s.name_ru as ru, cs.hours_per_week as hoursPerWeek
       from class_subject cs join subject s on s.id = cs.subject_id
      where cs.class_id = ? order by s.sort_order, s.id, cs.id`,
    c.id,
  );
  const csIds = subjects.map((s) => s.id);
  const held = rows<LessonRow>(
    db,
    `select id, class_subject_id as cs, subgroup_id as subgroupId, date from lesson
      where class_subject_id in (${inList(csIds)}) and date between ? and ?`,
    ...csIds,
    span.startsOn,
    span.asOf,
  );
  const lessonById = new Map(held.map((l) => [l.id, l]));
  const groups = new Map<string, number>();
  for (const g of rows<{ studentId: number; subgroupId: number; cs: number }>(
    db,
    `select sm.student_id as studentId, sm.subgroup_id as subgroupId, sg.class_subject_id as cs
       from subgroup_member sm join subgroup sg on sg.id = sm.subgroup_id
      where sg.class_subject_id in (${inList(csIds)})`,
    ...csIds,
  )) {
    groups.set(`${g.studentId}:${g.cs}`, g.subgroupId);
  }
  const key = (pupilId: number, cs: number) => `${pupilId}:${cs}`;
  const pupilById = new Map(pupils.map((p) => [p.id, p]));
  // A lesson is the pupil's when it is the whole class's or their subgroup's, on a day they were in the class.
  const isOwn = (pupilId: number, l: LessonRow) => {
    const p = pupilById.get(pupilId);
    if (!p || (p.arrived !== null && l.date < p.arrived)) return false;
    return l.subgroupId === null || groups.get(key(pupilId, l.cs)) === l.subgroupId;
  };

  const marks = new Map<string, { kind: MarkKind; numeric: number | null }[]>();
  for (const m of rows<{ studentId: number; lessonId: number; kind: MarkKind; numeric: number | null }>(
    db,
    `select m.student_id as studentId, m.lesson_id as lessonId, m.kind, m.numeric
       from mark m join lesson l on l.id = m.lesson_id
      where l.class_subject_id in (${inList(csIds)}) and l.date between ? and ?
      order by l.date, l.lesson_number, m.id`,
    ...csIds,
    span.startsOn,
    span.asOf,
  )) {
    const l = lessonById.get(m.lessonId);
    if (!l || !pupilById.has(m.studentId) || !(l.subgroupId === null || isOwn(m.studentId, l))) continue;
    const k = key(m.studentId, l.cs);
    const own = marks.get(k) ?? [];
    own.push({ kind: m.kind, numeric: m.numeric });
    marks.set(k, own);
  }
  const absences = new Map<string, number>();
  for (const a of rows<{ studentId: number; lessonId: number }>(
    db,
    `select a.student_id as studentId, a.lesson_id as lessonId from attendance a join lesson l on l.id = a.lesson_id
      where a.status = 'absent' and l.class_subject_id in (${inList(csIds)}) and l.date between ? and ?`,
    ...csIds,
    span.startsOn,
    span.asOf,
  )) {
    const l = lessonById.get(a.lessonId);
    if (!l || !isOwn(a.studentId, l)) continue;
    const k = key(a.studentId, l.cs);
    absences.set(k, (absences.get(k) ?? 0) + 1);
  }
  const heldBy = new Map<string, number>();
  for (const p of pupils) {
    for (const l of held) if (isOwn(p.id, l)) heldBy.set(key(p.id, l.cs), (heldBy.get(key(p.id, l.cs)) ?? 0) + 1);
  }

  // The class subject's usual marks per pupil present per lesson, over the counted pupils.
  const rate = new Map<number, number | null>();
  for (const cs of csIds) {
    let given = 0;
    let present = 0;
    for (const p of pupils) {
      given += marks.get(key(p.id, cs))?.length ?? 0;
      present += (heldBy.get(key(p.id, cs)) ?? 0) - (absences.get(key(p.id, cs)) ?? 0);
    }
    rate.set(cs, present > 0 ? given / present : null);
  }
  const planned = new Map<string, number>();
  const ahead = (cs: number, subgroupId: number | null) => {
    const k = `${cs}:${subgroupId}`;
    let n = planned.get(k);
    if (n === undefined) {
      const from = addDays(span.asOf, 1);
      n =
        from > span.endsOn
          ? 0
          : plannedLessonDates(db, { classSubjectId: cs, subgroupId, from, to: span.endsOn }).length;
      planned.set(k, n);
    }
    return n;
  };

  return {
    scale: scaleOn(db, c.yearId, c.grade, span.endsOn),
    pupils,
    subjects,
    evidence: (pupilId, cs) => ({
      marks: marks.get(key(pupilId, cs)) ?? [],
      held: heldBy.get(key(pupilId, cs)) ?? 0,
      absent: absences.get(key(pupilId, cs)) ?? 0,
      ahead: ahead(cs, groups.get(key(pupilId, cs)) ?? null),
      marksPerLesson: rate.get(cs) ?? null,
    }),
  };
}
