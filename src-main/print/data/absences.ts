import { and, between, eq } from 'drizzle-orm';
import type { Database } from '../../db/connection';
import { attendance, classSubject, lesson } from '../../db/schema';
import { subgroupMembers } from './lessons';

/*
 * A class's absences counted for the attendance ledger: lessons missed (of them excused, of them
 * ill) and days missed, per pupil and month. A late arrival is not an absence. A day is missed when
 * the pupil missed every lesson of that day that was theirs (the whole class's lessons and their own
 * subgroup's), as the regulations count days off school; missing one lesson is not a day missed.
 */

export interface AbsenceCounts {
  lessons: number;
  /** Absences for a valid reason other than illness (the journal keeps illness apart). */
  excused: number;
  ill: number;
  days: number;
}

export const noAbsences = (): AbsenceCounts => ({ lessons: 0, excused: 0, ill: 0, days: 0 });

export function addCounts(into: AbsenceCounts, more: AbsenceCounts): AbsenceCounts {
  into.lessons += more.lessons;
  into.excused += more.excused;
  into.ill += more.ill;
  into.days += more.days;
  return into;
}

const monthNames = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
];

/** "Сентябрь" for "2026-09": the months are written alike in Kyrgyz and Russian documents. */
export const monthName = (month: string) => monthNames[Number(month.slice(5, 7)) - 1] ?? month;

/** "2026-09" for each month the span touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return months;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/** studentId → month ("2026-09") → what the pupil missed that month, for a class in a span. */
export function classAbsences(
  db: Database,
  classId: number,
  from: string,
  to: string,
): Map<number, Map<string, AbsenceCounts>> {
  const ofClass = and(eq(classSubject.classId, classId), between(lesson.date, from, to));
  const lessons = db.orm
    .select({ id: lesson.id, date: lesson.date, subgroupId: lesson.subgroupId })
    .from(lesson)
    .innerJoin(classSubject, eq(classSubject.id, lesson.classSubjectId))
    .where(ofClass)
    .all();
  const absences = db.orm
    .select({ lessonId: attendance.lessonId, studentId: attendance.studentId, reasonKind: attendance.reasonKind })
    .from(attendance)
    .innerJoin(lesson, eq(lesson.id, attendance.lessonId))
    .innerJoin(classSubject, eq(classSubject.id, lesson.classSubjectId))
    .where(and(ofClass, eq(attendance.status, 'absent')))
    .all();
  const classSubjectIds = db.orm
    .select({ id: classSubject.id })
    .from(classSubject)
    .where(eq(classSubject.classId, classId))
    .all()
    .map((r) => r.id);
  const members = subgroupMembers(db, classSubjectIds);

  const byDate = new Map<string, { id: number; subgroupId: number | null }[]>();
  const dateOf = new Map<number, string>();
  for (const l of lessons) {
    byDate.set(l.date, [...(byDate.get(l.date) ?? []), l]);
    dateOf.set(l.id, l.date);
  }
  // studentId → date → the lessons missed that day, and why.
  const missed = new Map<number, Map<string, { lessonIds: Set<number>; excused: number; ill: number }>>();
  for (const a of absences) {
    const date = dateOf.get(a.lessonId);
    if (date === undefined) continue;
    const days = missed.get(a.studentId) ?? new Map();
    missed.set(a.studentId, days);
    const day = days.get(date) ?? { lessonIds: new Set<number>(), excused: 0, ill: 0 };
    days.set(date, day);
    day.lessonIds.add(a.lessonId);
    if (a.reasonKind === 'excused') day.excused += 1;
    if (a.reasonKind === 'ill') day.ill += 1;
  }

  const result = new Map<number, Map<string, AbsenceCounts>>();
  for (const [studentId, days] of missed) {
    const months = new Map<string, AbsenceCounts>();
    result.set(studentId, months);
    for (const [date, day] of days) {
      // A subgroup with nobody listed in it counts as everyone's lesson.
      const theirs = (byDate.get(date) ?? []).filter((l) => {
        const group = l.subgroupId === null ? undefined : members.get(l.subgroupId);
        return !group?.size || group.has(studentId) || day.lessonIds.has(l.id);
      });
      const month = date.slice(0, 7);
      const counts = months.get(month) ?? noAbsences();
      months.set(month, counts);
      addCounts(counts, {
        lessons: day.lessonIds.size,
        excused: day.excused,
        ill: day.ill,
        days: day.lessonIds.size >= theirs.length ? 1 : 0,
      });
    }
  }
  return result;
}
