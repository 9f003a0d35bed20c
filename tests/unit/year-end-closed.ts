/**
 * The hand-made school (year-end-school.ts) with a little journal in May, then closed: something of
 * every kind for a write to aim at once the year is the archive's.
 */
import { attendance, classSubject, lesson, mark, planTopic, subject, substitution } from '../../src-main/db/schema';
import { insertClass } from '../../src-main/roster/classes';
import type { ErrorCode } from '../../src-main/api/contract';
import { expectOk } from '../helpers/app';
import { afterYearEnd, moveTo, smallSchool, type SmallSchool } from './year-end-school';

export interface ClosedSchool extends SmallSchool {
  lessonId: number;
  markId: number;
  substitutionId: number;
  /** 8-А's art: a load line with nothing hanging on it, which only the year guard keeps. */
  emptyLine: number;
  /** 8-Б's math, with a plan to copy from. */
  parallelLine: number;
}

export function closedSchool(): ClosedSchool {
  const s = smallSchool();
  const db = s.t.db;
  const math = s.cs['8-А math'] ?? 0;
  const id = <T extends { id: number }>(row: T) => row.id;
  const lessonId = id(db.orm.insert(lesson).values({ classSubjectId: math, date: '2026-05-20' }).returning().get());
  const markId = id(
    db.orm.insert(mark).values({ lessonId, studentId: s.pupil.Бекзат, value: '5', numeric: 5 }).returning().get(),
  );
  db.orm.insert(attendance).values({ lessonId, studentId: s.pupil.Гүлзат, status: 'absent' }).run();
  db.orm.insert(planTopic).values({ classSubjectId: math, position: 1, title: 'Бөлчөктөр' }).run();
  const substitutionId = id(
    db.orm
      .insert(substitution)
      .values({ classSubjectId: math, date: '2026-05-22', substituteId: s.f.administrator.user.staffId })
      .returning()
      .get(),
  );
  const art = id(db.orm.insert(subject).values({ nameKy: 'Сүрөт', nameRu: 'ИЗО' }).returning().get());
  const emptyLine = id(
    db.orm
      .insert(classSubject)
      .values({ classId: s.classId['8-А'], subjectId: art, hoursPerWeek: 1 })
      .returning()
      .get(),
  );
  const b = insertClass(db, s.yearId, { grade: 8, letter: 'Б', language: 'ky' }).id;
  const mathSubject =
    db.orm
      .select()
      .from(classSubject)
      .all()
      .find((l) => l.id === math)?.subjectId ?? 0;
  const parallelLine = id(
    db.orm.insert(classSubject).values({ classId: b, subjectId: mathSubject, hoursPerWeek: 5 }).returning().get(),
  );
  db.orm.insert(planTopic).values({ classSubjectId: parallelLine, position: 1, title: 'Теңдемелер' }).run();
  moveTo(s, afterYearEnd);
  // The eight of the hand-made school, and the art lesson's year marks of 8-А's two pupils.
  expectOk(s.t.call('yearEnd.close', { yearId: s.yearId, confirmMissing: 10, reason: 'Жыл бүттү' }, s.f.deputy.token));
  return { ...s, lessonId, markId, substitutionId, emptyLine, parallelLine };
}

/** Each call's outcome by name: its error code, or WRITTEN when it went through. */
export function outcomes(s: SmallSchool, tries: [string, unknown, string][]): Record<string, ErrorCode | 'WRITTEN'> {
  return Object.fromEntries(
    tries.map(([name, input, token]) => {
      const { result } = s.t.dispatch(name, input, token);
      return [name, result.ok ? 'WRITTEN' : result.error.code];
    }),
  );
}

export const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
