import { classSubject, planTopic, subgroup, subject, timetableSlot } from '../../../src-main/db/schema';
import { insertClass } from '../../../src-main/roster/classes';
import { currentYear } from '../../../src-main/school/academic-year';
import { addAccount, knownPassword, signIn, type Staffed, type TestApp } from '../app';
import { addLesson } from './plan';
import type { Samples } from './types';

export const controlCompletionSamples: Samples = ({ t }) => ({
  'control.completion': {
    get periodId() {
      return t.db.sqlite
        .prepare(`select id from period where kind = 'quarter' order by id limit 1`)
        .pluck()
        .get() as number;
    },
  },
});

/*
 * The completion tests' school, 7-А in the first quarter (2025-09-01 – 2025-10-31), today Monday
 * 2025-10-06:
 * - mathematics (the sample teacher, 2 h a week), a plan with dates: T1 2 h 09-02, T2 2 h 09-09,
 *   T3 1 h 09-16, T4 2 h 09-23, T5 2 h 10-14; lessons 09-02 T1, 09-04 T1, 09-09 T2, 09-23 (no topic),
 *   10-02 T4, and 10-14 T5 entered ahead;
 * - physics (a second teacher), a plan without dates P1–P4 of 2 h each, on the timetable every Monday
 *   from 09-01; lessons 09-01 P1, 09-08 P1, 09-15 P2, 09-22 (no topic);
 * - English in two groups: group 1 the second teacher's, group 2 the sample teacher's; no plan, no
 *   timetable; one lesson of group 1 on 09-03.
 */
export interface CompletionSchool {
  classId: number;
  math: number;
  physics: number;
  english: number;
  group1: number;
  group2: number;
  topics: Record<string, number>;
  other: { token: string; staffId: number; userId: number };
}

export function completionSchool(t: TestApp, f: Staffed): CompletionSchool {
  const year = currentYear(t.db);
  if (!year) throw new Error('The completion tests need a school with a current year');
  const row = addAccount(t, 'teacher', { login: 'teacher2', surname: 'Жумабаев', name: 'Талант' });
  const other = { token: signIn(t, 'teacher2', knownPassword), staffId: row.staffId, userId: row.userId };
  const classId = insertClass(t.db, year.id, { grade: 7, letter: 'А', language: 'ky' }).id;
  const load = (nameKy: string, nameRu: string, teacherId: number, hoursPerWeek: number) => {
    const subjectId = t.db.orm.insert(subject).values({ nameKy, nameRu }).returning().get().id;
    return t.db.orm
      .insert(classSubject)
      .values({ classId, subjectId, teacherId, hoursPerWeek })
      .returning({ id: classSubject.id })
      .get().id;
  };
  const math = load('Математика', 'Математика', f.teacher.user.staffId, 2);
  const physics = load('Физика', 'Физика', other.staffId, 1);
  const english = load('Англис тили', 'Английский язык', f.teacher.user.staffId, 2);
  const group = (name: string, teacherId: number) =>
    t.db.orm.insert(subgroup).values({ classSubjectId: english, name, teacherId }).returning().get().id;
  const group1 = group('1-топ', other.staffId);
  const group2 = group('2-топ', f.teacher.user.staffId);
  const topics: Record<string, number> = {};
  const plan = (classSubjectId: number, list: [string, number, string | null][]) =>
    list.forEach(([title, hours, plannedDate], i) => {
      topics[title] = t.db.orm
        .insert(planTopic)
        .values({ classSubjectId, position: i + 1, title, hours, plannedDate })
        .returning()
        .get().id;
    });
  plan(math, [
    ['T1', 2, '2025-09-02'],
    ['T2', 2, '2025-09-09'],
    ['T3', 1, '2025-09-16'],
    ['T4', 2, '2025-09-23'],
    ['T5', 2, '2025-10-14'],
  ]);
  plan(physics, [
    ['P1', 2, null],
    ['P2', 2, null],
    ['P3', 2, null],
    ['P4', 2, null],
  ]);
  t.db.orm
    .insert(timetableSlot)
    .values({ classSubjectId: physics, weekday: 1, lessonNumber: 2, validFrom: '2025-09-01' })
    .run();
  const lesson = (classSubjectId: number, date: string, topic: string | null, subgroupId?: number) =>
    addLesson(t, { classSubjectId, date, planTopicId: topic ? topics[topic] : null, subgroupId: subgroupId ?? null });
  lesson(math, '2025-09-02', 'T1');
  lesson(math, '2025-09-04', 'T1');
  lesson(math, '2025-09-09', 'T2');
  lesson(math, '2025-09-23', null);
  lesson(math, '2025-10-02', 'T4');
  lesson(math, '2025-10-14', 'T5');
  lesson(physics, '2025-09-01', 'P1');
  lesson(physics, '2025-09-08', 'P1');
  lesson(physics, '2025-09-15', 'P2');
  lesson(physics, '2025-09-22', null);
  lesson(english, '2025-09-03', null, group1);
  return { classId, math, physics, english, group1, group2, topics, other };
}
