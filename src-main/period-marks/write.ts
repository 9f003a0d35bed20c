import { and, eq } from 'drizzle-orm';
import { periodMark } from '../db/schema';
import type { Database } from '../db/connection';
import { ApiError } from '../api/api-error';
import { assertUnchanged } from '../journal/stale-write';
import type { CallContext } from '../api/context';
import { signedInUser } from '../api/context';
import type { PeriodMarkKindCode, PeriodMarkRow } from '../api/contract/period-marks';
import { assertCanSetFor } from './access';
import { proposalsFor } from './proposals';
import { readPeriodMarkRules } from './rules';
import { assertPupilInPeriod, requirePeriodMarkScope } from './scope';
import { readPeriodMarkValue } from './value';

export interface PeriodMarkKey {
  classSubjectId: number;
  studentId: number;
  kind: PeriodMarkKindCode;
  number: number;
}

type PeriodMarkRecord = typeof periodMark.$inferSelect;

/**
 * The audit key of one period mark: a pupil has one mark of a kind and number per class subject (the
 * `period_mark_unique` index), so the key names it across set, change and clear.
 */
export function periodMarkAuditId(k: PeriodMarkKey): string {
  return `${k.classSubjectId}:${k.studentId}:${k.kind}:${k.number}`;
}

export function periodMarkRow(r: PeriodMarkRecord): PeriodMarkRow {
  return {
    classSubjectId: r.classSubjectId,
    studentId: r.studentId,
    kind: r.kind,
    number: r.number,
    value: r.value,
    proposedAverage: r.proposedAverage,
    proposedValue: r.proposedValue,
    setAt: r.setAt,
    updatedAt: r.updatedAt,
  };
}

function findMark(db: Database, k: PeriodMarkKey): PeriodMarkRecord | undefined {
  return db.orm
    .select()
    .from(periodMark)
    .where(
      and(
        eq(periodMark.classSubjectId, k.classSubjectId),
        eq(periodMark.studentId, k.studentId),
        eq(periodMark.kind, k.kind),
        eq(periodMark.number, k.number),
      ),
    )
    .get();
}

/**
 * Sets one pupil's period mark. The proposal of this moment is stored beside it, so that a later
 * check sees what the program proposed when the teacher decided, even after marks change.
 */
export function setPeriodMark(
  ctx: CallContext,
  input: PeriodMarkKey & { value: string; reason?: string; expected?: string | null },
): PeriodMarkRow {
  const db = ctx.app.db;
  const scope = requirePeriodMarkScope(db, input);
  const reason = assertCanSetFor(ctx, scope, input.studentId, input.reason);
  assertPupilInPeriod(db, scope, input.studentId);
  const value = readPeriodMarkValue(scope.scale, input.value);
  const proposal = proposalsFor(db, scope, [input.studentId], readPeriodMarkRules(db)).get(input.studentId);

  const existing = findMark(db, input);
  assertUnchanged(input.expected, existing?.value ?? null);
  const userId = signedInUser(ctx).userId;
  const at = ctx.now.toISOString();
  const fields = {
    value,
    periodId: scope.period.periodId,
    proposedAverage: proposal?.average ?? null,
    proposedValue: proposal?.value ?? null,
  };
  const saved = existing
    ? db.orm
        .update(periodMark)
        .set({ ...fields, updatedAt: at, updatedBy: userId })
        .where(eq(periodMark.id, existing.id))
        .returning()
        .get()
    : db.orm
        .insert(periodMark)
        .values({
          ...fields,
          classSubjectId: input.classSubjectId,
          studentId: input.studentId,
          kind: input.kind,
          number: input.number,
          setBy: userId,
          setAt: at,
        })
        .returning()
        .get();
  const after = periodMarkRow(saved);
  ctx.audit({
    entity: 'periodMark',
    entityId: periodMarkAuditId(input),
    before: existing ? periodMarkRow(existing) : null,
    after,
    reason,
  });
  return after;
}

/** Removes one pupil's period mark, under the same rule as setting it. */
export function clearPeriodMark(ctx: CallContext, input: PeriodMarkKey & { reason?: string; expected?: string }): null {
  const db = ctx.app.db;
  const scope = requirePeriodMarkScope(db, input);
  const reason = assertCanSetFor(ctx, scope, input.studentId, input.reason);
  const existing = findMark(db, input);
  assertUnchanged(input.expected, existing?.value ?? null);
  if (!existing) {
    throw new ApiError('NOT_FOUND', undefined, [{ path: 'studentId', message: 'validation.periodMarks.markNotFound' }]);
  }
  db.orm.delete(periodMark).where(eq(periodMark.id, existing.id)).run();
  ctx.audit({
    entity: 'periodMark',
    entityId: periodMarkAuditId(input),
    before: periodMarkRow(existing),
    after: null,
    reason,
  });
  return null;
}
