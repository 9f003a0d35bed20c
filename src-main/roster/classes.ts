import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { schoolClass } from '../db/schema';
import { foldClassLetter, formatClassName, parseClassName } from '../text/class-names';

export type ClassRecord = typeof schoolClass.$inferSelect;
export type InstructionLanguage = ClassRecord['language'];

/** The class of a year that a typed name ("7B", "7 В", "7-в") means, if it exists. */
export function findClassByName(db: Database, yearId: number, name: string): ClassRecord | null {
  const parsed = parseClassName(name);
  if (!parsed) return null;
  return (
    db.orm
      .select()
      .from(schoolClass)
      .where(
        and(eq(schoolClass.yearId, yearId), eq(schoolClass.grade, parsed.grade), eq(schoolClass.letterKey, parsed.key)),
      )
      .get() ?? null
  );
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
  return db.orm
    .insert(schoolClass)
    .values({
      yearId,
      grade: c.grade,
      letter,
      letterKey: letter,
      language: c.language,
      shift: c.shift ?? 1,
      classTeacherId: c.classTeacherId ?? null,
    })
    .returning()
    .get();
}

export function classTitle(c: Pick<ClassRecord, 'grade' | 'letter'>): string {
  return formatClassName(c.grade, c.letter);
}
