import { statement, type Database } from '../db/connection';
import type { schoolClass } from '../db/schema';
import { foldClassLetter, formatClassName, parseClassName } from '../text/class-names';

export type ClassRecord = typeof schoolClass.$inferSelect;
export type InstructionLanguage = ClassRecord['language'];

/** The class's columns under the names drizzle gives them, for the statements prepared once below. */
const classColumns = `id, year_id as yearId, grade, letter, letter_key as letterKey, language, shift,
  class_teacher_id as classTeacherId, created_at as createdAt, updated_at as updatedAt`;

/**
 * The class of a year that a typed name ("7B", "7 В", "7-в") means, if it exists. Prepared once per
 * connection: an import asks for every class of the school (drizzle prepared its query on each call).
 */
export function findClassByName(db: Database, yearId: number, name: string): ClassRecord | null {
  const parsed = parseClassName(name);
  if (!parsed) return null;
  const found = statement(
    db.sqlite,
    `select ${classColumns} from class where year_id = ? and grade = ? and letter_key = ?`,
  ).get(yearId, parsed.grade, parsed.key);
  return (found as ClassRecord | undefined) ?? null;
}

export interface NewClass {
  grade: number;
  letter: string;
  language: InstructionLanguage;
  shift?: number;
  classTeacherId?: number | null;
}

/** Adds a class to a year. The caller checks it does not exist yet (the unique key refuses a twin). */
export function insertClass(db: Database, yearId: number, c: NewClass): ClassRecord {
  const letter = foldClassLetter(c.letter);
  return statement(
    db.sqlite,
    `insert into class (year_id, grade, letter, letter_key, language, shift, class_teacher_id)
     values (?, ?, ?, ?, ?, ?, ?) returning ${classColumns}`,
  ).get(yearId, c.grade, letter, letter, c.language, c.shift ?? 1, c.classTeacherId ?? null) as ClassRecord;
}

export function classTitle(c: Pick<ClassRecord, 'grade' | 'letter'>): string {
  return formatClassName(c.grade, c.letter);
}
