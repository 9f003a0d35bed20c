import { and, between, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/connection';
import { attendance, lesson, mark } from '../../db/schema';
import { periodMarkKey, periodMarksOf, type ClassSubjectInfo } from './class-data';
import type { DocumentPeriod } from './periods';

/*
 * What each pupil did in the lessons of a class's subjects between two dates (both included): the
 * current marks (how many, and their average) and the absences. Keyed `studentId:classSubjectId`,
 * so one query serves a whole class of letters.
 */

export type PupilSubjectKey = `${number}:${number}`;

export function pupilSubjectKey(studentId: number, classSubjectId: number): PupilSubjectKey {
  return `${studentId}:${classSubjectId}`;
}

export interface CurrentMarks {
  /** Every mark given, whatever its scale. */
  count: number;
  /** The marks with a numeric value, and their sum: the average is over these only. */
  numericCount: number;
  sum: number;
}

export function currentMarksDuring(
  db: Database,
  classSubjectIds: number[],
  from: string,
  to: string,
): Map<PupilSubjectKey, CurrentMarks> {
  const out = new Map<PupilSubjectKey, CurrentMarks>();
  if (!classSubjectIds.length) return out;
  const rows = db.orm
    .select({ studentId: mark.studentId, classSubjectId: lesson.classSubjectId, numeric: mark.numeric })
    .from(mark)
    .innerJoin(lesson, eq(lesson.id, mark.lessonId))
    .where(and(inArray(lesson.classSubjectId, classSubjectIds), between(lesson.date, from, to)))
    .all();
  for (const r of rows) {
    const key = pupilSubjectKey(r.studentId, r.classSubjectId);
    const seen = out.get(key) ?? { count: 0, numericCount: 0, sum: 0 };
    seen.count += 1;
    if (r.numeric !== null) {
      seen.numericCount += 1;
      seen.sum += r.numeric;
    }
    out.set(key, seen);
  }
  return out;
}

/** The average of the numeric marks, or null when there are none. */
export function averageOf(marks: CurrentMarks | undefined): number | null {
  return marks && marks.numericCount ? marks.sum / marks.numericCount : null;
}

/** "4,25": two decimals and the comma both languages write; '' when there is no average. */
export const averageText = (n: number | null) => (n === null ? '' : n.toFixed(2).replace('.', ','));

export interface Absences {
  /** Lessons missed, whatever the reason. */
  missed: number;
  excused: number;
  ill: number;
  unexcused: number;
  late: number;
}

export const noAbsences = (): Absences => ({ missed: 0, excused: 0, ill: 0, unexcused: 0, late: 0 });

export function absencesDuring(
  db: Database,
  classSubjectIds: number[],
  from: string,
  to: string,
): Map<PupilSubjectKey, Absences> {
  const out = new Map<PupilSubjectKey, Absences>();
  if (!classSubjectIds.length) return out;
  const rows = db.orm
    .select({
      studentId: attendance.studentId,
      classSubjectId: lesson.classSubjectId,
      status: attendance.status,
      reasonKind: attendance.reasonKind,
    })
    .from(attendance)
    .innerJoin(lesson, eq(lesson.id, attendance.lessonId))
    .where(and(inArray(lesson.classSubjectId, classSubjectIds), between(lesson.date, from, to)))
    .all();
  for (const r of rows) {
    const key = pupilSubjectKey(r.studentId, r.classSubjectId);
    const seen = out.get(key) ?? noAbsences();
    if (r.status === 'late') seen.late += 1;
    else {
      seen.missed += 1;
      seen[r.reasonKind] += 1;
    }
    out.set(key, seen);
  }
  return out;
}

/** Adds absences up: a pupil's across all subjects. */
export function addAbsences(into: Absences, more: Absences | undefined): Absences {
  if (!more) return into;
  for (const k of Object.keys(into) as (keyof Absences)[]) into[k] += more[k];
  return into;
}

export interface SubjectResult {
  subject: ClassSubjectInfo;
  /** Current marks given in the period. */
  count: number;
  average: number | null;
  /** The mark set for the period ('' when none is set yet). */
  periodMark: string;
  missed: number;
}

export interface PupilResults {
  subjects: SubjectResult[];
  /** Across all subjects. */
  absences: Absences;
}

/** Each pupil's period in every subject of the class: what a letter home or a pupil's report shows. */
export function pupilResultsDuring(
  db: Database,
  pupils: readonly { id: number }[],
  subjects: ClassSubjectInfo[],
  period: Pick<DocumentPeriod, 'startsOn' | 'endsOn' | 'kind' | 'number'>,
): Map<number, PupilResults> {
  const ids = subjects.map((s) => s.id);
  const periodMarks = periodMarksOf(db, ids);
  const marks = currentMarksDuring(db, ids, period.startsOn, period.endsOn);
  const absences = absencesDuring(db, ids, period.startsOn, period.endsOn);
  const out = new Map<number, PupilResults>();
  for (const { id: pupilId } of pupils) {
    const total = noAbsences();
    const rows = subjects.map((subject) => {
      const key = pupilSubjectKey(pupilId, subject.id);
      const mine = marks.get(key);
      const missed = absences.get(key);
      addAbsences(total, missed);
      return {
        subject,
        count: mine?.count ?? 0,
        average: averageOf(mine),
        periodMark: periodMarks.get(periodMarkKey(pupilId, subject.id, period.kind, period.number)) ?? '',
        missed: missed?.missed ?? 0,
      };
    });
    out.set(pupilId, { subjects: rows, absences: total });
  }
  return out;
}
