import type { Database } from '../../db/connection';
import type { GradingScale } from '../../db/schema';
import { scaleOn } from '../../journal/grading-scale';
import { PrintError } from '../kinds';
import type { DocumentLanguage } from '../types';
import type { PeriodCode } from '../words';
import {
  classInfo,
  periodMarkKey,
  periodMarksOf,
  pupilsDuring,
  subjectsOfClass,
  type ClassInfo,
  type ClassPupil,
  type ClassSubjectInfo,
} from './class-data';
import { documentPeriod, type DocumentPeriod } from './periods';
import { countedPupils, resultsOf, type Results } from './results';

/*
 * One class's marks for one period (the quarter, half-year or year marks, by the period's code) and
 * the results computed from them: what the quarter ledger, the class report and the school report
 * all read, so that the three never disagree about a number.
 */

export interface ClassPeriodMarks {
  c: ClassInfo;
  period: DocumentPeriod;
  /** The grade's scale on the period's last day: a year mark is on the scale the year ends with. */
  scale: GradingScale;
  /** Every pupil of the class during the period, each once: the ledger's rows. */
  pupils: ClassPupil[];
  /** Those still in the class on the period's last day: the reports' pupils. */
  counted: ClassPupil[];
  subjects: ClassSubjectInfo[];
  markOf(pupilId: number, classSubjectId: number): string | undefined;
}

export function periodOf(db: Database, yearId: number, code: PeriodCode, language: DocumentLanguage): DocumentPeriod {
  const period = documentPeriod(db, yearId, code, language);
  if (!period) throw new PrintError('print.periodNotFound');
  return period;
}

export function classPeriodMarks(db: Database, c: ClassInfo, period: DocumentPeriod, language: DocumentLanguage) {
  const pupils = pupilsDuring(db, c.id, period.startsOn, period.endsOn);
  const subjects = subjectsOfClass(db, c.id, language);
  const marks = periodMarksOf(
    db,
    subjects.map((s) => s.id),
  );
  const data: ClassPeriodMarks = {
    c,
    period,
    scale: scaleOn(db, c.yearId, c.grade, period.endsOn),
    pupils,
    counted: countedPupils(pupils),
    subjects,
    markOf: (pupilId, classSubjectId) => marks.get(periodMarkKey(pupilId, classSubjectId, period.kind, period.number)),
  };
  return data;
}

/** A class's period marks for a document's parameters; refuses a class without pupils in the period. */
export function classPeriodMarksFor(
  db: Database,
  params: { classId?: number; period: PeriodCode },
  language: DocumentLanguage,
): ClassPeriodMarks {
  if (params.classId === undefined) throw new PrintError('print.classRequired');
  const c = classInfo(db, params.classId);
  if (!c) throw new PrintError('print.classNotFound');
  const data = classPeriodMarks(db, c, periodOf(db, c.yearId, params.period, language), language);
  if (!data.pupils.length) throw new PrintError('print.noPupils', { className: c.title });
  return data;
}

/** A pupil's marks in the class's subjects (or in one of them), as the metrics read them. */
export function marksOfPupil(data: ClassPeriodMarks, pupilId: number, subjects = data.subjects): string[] {
  return subjects.map((s) => data.markOf(pupilId, s.id)).filter((m): m is string => m !== undefined);
}

/** The class's counted pupils with their marks: joined across classes for a parallel or the school. */
export function pupilMarksOf(data: ClassPeriodMarks, subjects = data.subjects) {
  return data.counted.map((p) => ({ marks: marksOfPupil(data, p.id, subjects), scale: data.scale }));
}

export interface ClassResults {
  bySubject: { subject: ClassSubjectInfo; results: Results }[];
  overall: Results;
}

export function classResults(data: ClassPeriodMarks): ClassResults {
  return {
    bySubject: data.subjects.map((subject) => ({ subject, results: resultsOf(pupilMarksOf(data, [subject])) })),
    overall: resultsOf(pupilMarksOf(data)),
  };
}
