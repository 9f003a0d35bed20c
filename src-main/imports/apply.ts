import type { Database } from '../db/connection';
import type { ImportResult } from '../api/contract/imports';
import { ApiError } from '../api/api-error';
import { insertClass, type ClassRecord, type InstructionLanguage } from '../roster/classes';
import { enrol, insertPupil, updatePupil } from '../roster/pupils';
import { formatClassName } from '../text/class-names';
import type { Plan } from './plan';

export interface ApplyOptions {
  yearId: number;
  fromDate: string;
  skipInvalid: boolean;
  language: InstructionLanguage;
  now: Date;
}

/**
 * Writes a plan made with the same database state; the caller holds the transaction. Any error row
 * refuses the whole file unless `skipInvalid`. Only what differs is written, so importing the same
 * file again writes nothing.
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
    if (row.studentId === null) {
      const pupil = insertPupil(db, row.card, row.guardians ?? []);
      enrol(db, pupil.id, { classId: target.id, fromDate: o.fromDate });
      result.created += 1;
    } else {
      if (row.cardChanged || row.guardians) updatePupil(db, row.studentId, row.card, o.now, row.guardians ?? undefined);
      if (row.enrol) enrol(db, row.studentId, { classId: target.id, fromDate: o.fromDate });
      result.updated += 1;
    }
  }
  result.students = result.created + result.updated;
  return result;
}
