import { ApiError } from '../api/api-error';
import type { CallContext } from '../api/context';
import type { PlanView } from '../api/contract/plan';
import { auditPlan, replaceTopics } from './replace';
import { assertCanWrite, planScope } from './scope';
import { planTopics, planView } from './topics';

export interface CopyInput {
  fromClassSubjectId: number;
  toClassSubjectId: number;
  replace: boolean;
}

const refuse = (path: string, message: string, params?: Record<string, string | number>) =>
  new ApiError('INVALID_INPUT', undefined, [{ path, message, ...(params ? { params } : {}) }]);

/**
 * Copies the class plan of another class of the same parallel: titles, hours, sections and planned
 * dates (one plan base for all parallels, 001 §2.2). The source is not checked for ownership: a plan
 * of the same subject in the same grade is the school's shared material, and the copy only writes to
 * the target, which must be the caller's. A target that has topics is replaced only when asked, and
 * then by the same rule as a save: a topic a lesson names keeps its id when the copy has its title,
 * and otherwise refuses the copy.
 */
export function copyPlan(ctx: CallContext, input: CopyInput): PlanView {
  const db = ctx.app.db;
  const from = planScope(db, input.fromClassSubjectId, null, 'fromClassSubjectId');
  const to = planScope(db, input.toClassSubjectId, null, 'toClassSubjectId');
  assertCanWrite(ctx, to);
  if (from.classSubjectId === to.classSubjectId) throw refuse('fromClassSubjectId', 'validation.plan.copySame');
  if (from.subjectId !== to.subjectId) throw refuse('fromClassSubjectId', 'validation.plan.copyOtherSubject');
  if (from.yearId !== to.yearId) throw refuse('fromClassSubjectId', 'validation.plan.copyOtherYear');
  if (from.grade !== to.grade)
    throw refuse('fromClassSubjectId', 'validation.plan.copyOtherGrade', { from: from.grade, to: to.grade });
  const source = planTopics(db, from.classSubjectId, null);
  if (!source.length) throw refuse('fromClassSubjectId', 'validation.plan.copyEmpty', { className: from.className });
  const present = planTopics(db, to.classSubjectId, null).length;
  if (present && !input.replace) {
    throw new ApiError('CONFLICT', undefined, [
      { path: 'replace', message: 'validation.plan.targetHasTopics', params: { count: present } },
    ]);
  }
  const outcome = replaceTopics(
    db,
    to,
    source.map(({ title, hours, plannedDate, section }) => ({ title, hours, plannedDate, section })),
    { path: 'replace', matchTitles: true },
  );
  auditPlan(ctx, to, outcome, 'copy', { fromClassSubjectId: from.classSubjectId, fromClass: from.className });
  return planView(ctx, to);
}
