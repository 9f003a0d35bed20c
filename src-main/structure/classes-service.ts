import { and, count, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '../db/connection';
import { enrollment, schoolClass } from '../db/schema';
import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { ClassRow, InstructionLanguage } from '../api/contract/structure';
import { classTitle, findClassByName, insertClass, type ClassRecord } from '../roster/classes';
import { foldClassLetter, parseClassName } from '../text/class-names';
import { compareKyrgyz } from '../text/kyrgyz-order';
import { schoolDay } from '../calendar/school-day';
import { writableYear, yearOrCurrent } from '../calendar/year-guard';
import { peopleByIds, requireActiveStaff } from './staff-service';

/** Pupils per class on a day: enrolments open then (from ≤ day, and no end or an end on or after it). */
function pupilCounts(db: Database, day: string): Map<number, number> {
  return new Map(
    db.orm
      .select({ classId: enrollment.classId, n: count() })
      .from(enrollment)
      .where(and(lte(enrollment.fromDate, day), or(isNull(enrollment.toDate), gte(enrollment.toDate, day))))
      .groupBy(enrollment.classId)
      .all()
      .map((r) => [r.classId, r.n]),
  );
}

function toRows(db: Database, records: ClassRecord[], now: Date): ClassRow[] {
  const counts = pupilCounts(db, schoolDay(now));
  const teachers = peopleByIds(
    db,
    records.map((c) => c.classTeacherId),
  );
  return records
    .map((c) => ({
      id: c.id,
      yearId: c.yearId,
      name: classTitle(c),
      grade: c.grade,
      letter: c.letter,
      language: c.language,
      shift: c.shift,
      classTeacher: c.classTeacherId === null ? null : (teachers.get(c.classTeacherId) ?? null),
      pupilCount: counts.get(c.id) ?? 0,
    }))
    .sort((a, b) => a.grade - b.grade || compareKyrgyz(a.letter, b.letter));
}

export function findClass(db: Database, classId: number): ClassRecord {
  const row = db.orm.select().from(schoolClass).where(eq(schoolClass.id, classId)).get();
  if (!row) throw new ApiError('NOT_FOUND');
  return row;
}

function classRow(db: Database, classId: number, now: Date): ClassRow {
  const [row] = toRows(db, [findClass(db, classId)], now);
  if (!row) throw new ApiError('NOT_FOUND');
  return row;
}

/** The classes of a year (the current one unless asked), by grade then letter in Kyrgyz order. */
export function listClasses(db: Database, yearId: number | undefined, now: Date): ClassRow[] {
  const year = yearOrCurrent(db, yearId);
  return toRows(db, db.orm.select().from(schoolClass).where(eq(schoolClass.yearId, year.id)).all(), now);
}

export interface NewClassInput {
  yearId?: number | undefined;
  name: string;
  language: InstructionLanguage;
  shift: 1 | 2;
  classTeacherId: number | null;
}

function refuseTwin(db: Database, yearId: number, name: string, path: string, exceptId?: number): void {
  const twin = findClassByName(db, yearId, name);
  if (twin && twin.id !== exceptId) {
    throw new ApiError('CONFLICT', undefined, [
      { path, message: 'validation.class.exists', params: { name: classTitle(twin) } },
    ]);
  }
}

/** A class typed any way people write it ("7B", "7 в"), stored as 7-В; a twin under any spelling is refused. */
export function createClass(ctx: CallContext, input: NewClassInput): ClassRow {
  const db = ctx.app.db;
  const year = writableYear(db, yearOrCurrent(db, input.yearId).id);
  const parsed = parseClassName(input.name);
  if (!parsed) throw new ApiError('INVALID_INPUT', undefined, [{ path: 'name', message: 'validation.class.name' }]);
  refuseTwin(db, year.id, input.name, 'name');
  requireActiveStaff(db, input.classTeacherId, 'classTeacherId');
  const created = insertClass(db, year.id, {
    grade: parsed.grade,
    letter: parsed.letter,
    language: input.language,
    shift: input.shift,
    classTeacherId: input.classTeacherId,
  });
  const after = classRow(db, created.id, ctx.now);
  ctx.audit({ entity: 'class', entityId: created.id, after });
  return after;
}

export interface ClassChanges {
  letter?: string | undefined;
  language?: InstructionLanguage | undefined;
  shift?: 1 | 2 | undefined;
  classTeacherId?: number | null | undefined;
}

export function updateClass(ctx: CallContext, classId: number, changes: ClassChanges): ClassRow {
  const db = ctx.app.db;
  const record = findClass(db, classId);
  writableYear(db, record.yearId);
  const before = classRow(db, classId, ctx.now);
  let letter: string | undefined;
  if (changes.letter !== undefined) {
    const name = `${record.grade}-${changes.letter}`;
    if (!parseClassName(name)) {
      throw new ApiError('INVALID_INPUT', undefined, [{ path: 'letter', message: 'validation.class.letter' }]);
    }
    refuseTwin(db, record.yearId, name, 'letter', classId);
    letter = foldClassLetter(changes.letter);
  }
  requireActiveStaff(db, changes.classTeacherId, 'classTeacherId');
  db.orm
    .update(schoolClass)
    .set({
      ...(letter ? { letter, letterKey: letter } : {}),
      ...(changes.language ? { language: changes.language } : {}),
      ...(changes.shift ? { shift: changes.shift } : {}),
      ...(changes.classTeacherId !== undefined ? { classTeacherId: changes.classTeacherId } : {}),
      updatedAt: ctx.now.toISOString(),
    })
    .where(eq(schoolClass.id, classId))
    .run();
  const after = classRow(db, classId, ctx.now);
  ctx.audit({ entity: 'class', entityId: classId, before, after });
  return after;
}

/** A class whose year may still be written to (the load and subgroups of a closed year are archive). */
export function writableClass(db: Database, classId: number): ClassRecord {
  const record = findClass(db, classId);
  writableYear(db, record.yearId);
  return record;
}
