import type { Database } from '../db/connection';
import { eq } from 'drizzle-orm';
import { guardian, student } from '../db/schema';
import type { ImportResult } from '../api/contract/imports';
import type { AuditDetail } from '../api/context';
import { ApiError } from '../api/api-error';
import { insertClass, type ClassRecord, type InstructionLanguage } from '../roster/classes';
import { addPupil, enrol, guardiansOf, updatePupil, type PupilFields } from '../roster/pupils';
import { formatClassName } from '../text/class-names';
import { closePastLines } from './match';
import type { Plan } from './plan';

export interface ApplyOptions {
  yearId: number;
  fromDate: string;
  skipInvalid: boolean;
  language: InstructionLanguage;
  now: Date;
  /** One entry per pupil created or changed, as the card editor writes them. */
  audit?: (detail: AuditDetail) => void;
}

const cardOf = (p: PupilFields): PupilFields => ({
  surname: p.surname,
  name: p.name,
  patronymic: p.patronymic,
  birthDate: p.birthDate,
  sex: p.sex,
  pin: p.pin,
  address: p.address,
});

function cardById(db: Database, id: number): PupilFields {
  const found = db.orm.select().from(student).where(eq(student.id, id)).get();
  if (!found) throw new ApiError('NOT_FOUND');
  return cardOf(found);
}

/**
 * Writes a plan made with the same database state; the caller holds the transaction. Any error row
 * refuses the whole file unless `skipInvalid`. Only what differs is written, so importing the same
 * file again writes nothing; guardians are only ever added.
 */
export function applyPlan(db: Database, plan: Plan, o: ApplyOptions): ImportResult {
  const invalid = plan.rows.filter((r) => r.outcome === 'error');
  if (invalid.length && !o.skipInvalid) throw new ApiError('IMPORT_HAS_ERRORS', { count: invalid.length });

  const created = new Map<string, ClassRecord>();
  const result: ImportResult = {
    students: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    createdClasses: [],
    errors: invalid.flatMap((r) => r.errors.map((e) => ({ sheet: r.sheet, row: r.row, ...e }))),
  };
  for (const row of plan.rows) {
    if (row.outcome === 'error' || !row.target) continue;
    if (row.outcome === 'unchanged') {
      result.unchanged += 1;
      continue;
    }
    const { name, existing } = row.target;
    let target = existing ?? created.get(name.key + name.grade);
    if (!target) {
      target = insertClass(db, o.yearId, { grade: name.grade, letter: name.letter, language: o.language });
      created.set(name.key + name.grade, target);
      result.createdClasses.push(formatClassName(target.grade, target.letter));
    }
    const line = { classId: target.id, className: formatClassName(target.grade, target.letter), fromDate: o.fromDate };
    if (row.studentId === null) {
      const id = addPupil(db, row.card, row.guardians ?? []);
      enrol(db, id, { classId: target.id, fromDate: o.fromDate });
      // The card as written is the card as stored (text columns keep what they are given): only
      // guardians, when there are any, are read back.
      o.audit?.({
        entity: 'student',
        entityId: id,
        after: { card: cardOf(row.card), guardians: row.guardians?.length ? guardiansOf(db, id) : [], enrolment: line },
      });
      result.created += 1;
    } else {
      const id = row.studentId;
      const before = { card: cardById(db, id), guardians: guardiansOf(db, id) };
      if (row.cardChanged) updatePupil(db, id, row.card, o.now);
      if (row.guardians?.length)
        db.orm
          .insert(guardian)
          .values(row.guardians.map((g) => ({ ...g, studentId: id })))
          .run();
      if (row.enrol) {
        closePastLines(db, row.closePast);
        enrol(db, id, { classId: target.id, fromDate: o.fromDate });
      }
      o.audit?.({
        entity: 'student',
        entityId: id,
        before,
        after: {
          card: cardById(db, id),
          guardians: guardiansOf(db, id),
          ...(row.enrol ? { enrolment: line, closedLines: row.closePast } : {}),
        },
      });
      result.updated += 1;
    }
  }
  result.students = result.created + result.updated;
  return result;
}
