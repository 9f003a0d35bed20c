import { and, asc, between, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/connection';
import {
  attendance,
  classSubject,
  lesson,
  mark,
  planTopic,
  staff,
  subgroup,
  subgroupMember,
  subject,
  type MarkKind,
} from '../../db/schema';
import type { DocumentLanguage } from '../types';
import { signatureName } from './school';

/*
 * What a class subject's journal pages show: its lessons in a span of dates with their topics and
 * homework, the marks and the attendance written in them, and who teaches it. Each is one query over
 * the same lessons (the class subject's, every subgroup's included), so a page never mixes moments.
 */

export interface ClassSubjectHead {
  id: number;
  classId: number;
  name: string;
  /** "Асанова А. Б.": the class subject's teacher, or each subgroup's, "Асанова А. Б. (1-топ)". */
  teachers: string[];
}

export function classSubjectHead(
  db: Database,
  classSubjectId: number,
  language: DocumentLanguage,
): ClassSubjectHead | null {
  const row = db.orm
    .select({ cs: classSubject, s: subject })
    .from(classSubject)
    .innerJoin(subject, eq(subject.id, classSubject.subjectId))
    .where(eq(classSubject.id, classSubjectId))
    .get();
  if (!row) return null;
  const own =
    row.cs.teacherId === null ? undefined : db.orm.select().from(staff).where(eq(staff.id, row.cs.teacherId)).get();
  const groups = db.orm
    .select({ name: subgroup.name, surname: staff.surname, first: staff.name, patronymic: staff.patronymic })
    .from(subgroup)
    .innerJoin(staff, eq(staff.id, subgroup.teacherId))
    .where(eq(subgroup.classSubjectId, classSubjectId))
    .orderBy(asc(subgroup.name), asc(subgroup.id))
    .all();
  const teachers = groups.length
    ? groups.map((g) => `${signatureName({ ...g, name: g.first })} (${g.name})`)
    : own
      ? [signatureName(own)]
      : [];
  return { id: row.cs.id, classId: row.cs.classId, name: language === 'ky' ? row.s.nameKy : row.s.nameRu, teachers };
}

export interface JournalLesson {
  id: number;
  date: string;
  lessonNumber: number | null;
  subgroupId: number | null;
  subgroupName: string | null;
  /** The topic as written, or the plan's topic when the lesson only points at it. */
  topic: string;
  homework: string;
}

const inSpan = (classSubjectId: number, from: string, to: string) =>
  and(eq(lesson.classSubjectId, classSubjectId), between(lesson.date, from, to));

/** The class subject's lessons in a span, in the order they were given. */
export function lessonsOf(db: Database, classSubjectId: number, from: string, to: string): JournalLesson[] {
  return db.orm
    .select({ l: lesson, group: subgroup.name, planned: planTopic.title })
    .from(lesson)
    .leftJoin(subgroup, eq(subgroup.id, lesson.subgroupId))
    .leftJoin(planTopic, eq(planTopic.id, lesson.planTopicId))
    .where(inSpan(classSubjectId, from, to))
    .orderBy(asc(lesson.date), asc(lesson.lessonNumber), asc(subgroup.name), asc(lesson.id))
    .all()
    .map(({ l, group, planned }) => ({
      id: l.id,
      date: l.date,
      lessonNumber: l.lessonNumber,
      subgroupId: l.subgroupId,
      subgroupName: group,
      topic: (l.topic ?? planned ?? '').trim(),
      homework: (l.homework ?? '').trim(),
    }));
}

export interface LessonMark {
  lessonId: number;
  studentId: number;
  value: string;
  kind: MarkKind;
}

/** The marks written in the class subject's lessons of a span, in the order they were entered. */
export function marksOf(db: Database, classSubjectId: number, from: string, to: string): LessonMark[] {
  return db.orm
    .select({ lessonId: mark.lessonId, studentId: mark.studentId, value: mark.value, kind: mark.kind })
    .from(mark)
    .innerJoin(lesson, eq(lesson.id, mark.lessonId))
    .where(inSpan(classSubjectId, from, to))
    .orderBy(asc(mark.id))
    .all();
}

export interface LessonAttendance {
  lessonId: number;
  studentId: number;
  status: 'absent' | 'late';
  reasonKind: 'unexcused' | 'excused' | 'ill';
}

/** Absences and late arrivals in the class subject's lessons of a span (a pupil with none was there). */
export function attendanceOf(db: Database, classSubjectId: number, from: string, to: string): LessonAttendance[] {
  return db.orm
    .select({
      lessonId: attendance.lessonId,
      studentId: attendance.studentId,
      status: attendance.status,
      reasonKind: attendance.reasonKind,
    })
    .from(attendance)
    .innerJoin(lesson, eq(lesson.id, attendance.lessonId))
    .where(inSpan(classSubjectId, from, to))
    .all();
}

/** Subgroup → its pupils, for the subgroups of some class subjects. */
export function subgroupMembers(db: Database, classSubjectIds: number[]): Map<number, Set<number>> {
  const members = new Map<number, Set<number>>();
  if (!classSubjectIds.length) return members;
  const rows = db.orm
    .select({ subgroupId: subgroupMember.subgroupId, studentId: subgroupMember.studentId })
    .from(subgroupMember)
    .innerJoin(subgroup, eq(subgroup.id, subgroupMember.subgroupId))
    .where(inArray(subgroup.classSubjectId, classSubjectIds))
    .all();
  for (const r of rows) members.set(r.subgroupId, (members.get(r.subgroupId) ?? new Set()).add(r.studentId));
  return members;
}
