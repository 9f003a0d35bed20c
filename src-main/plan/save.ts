import type { CallContext } from '../api/context';
import type { PlanView, TopicInput } from '../api/contract/plan';
import { auditPlan, replaceTopics } from './replace';
import { assertCanReadPlan, assertCanWrite, planScope } from './scope';
import { planView } from './topics';

export interface PlanKey {
  classSubjectId: number;
  subgroupId?: number | undefined;
}

export function getPlan(ctx: CallContext, key: PlanKey): PlanView {
  const scope = planScope(ctx.app.db, key.classSubjectId, key.subgroupId);
  assertCanReadPlan(ctx, scope);
  return planView(ctx, scope);
}

/** The plan as the screen's table holds it, replacing what was stored (see replaceTopics). */
export function savePlan(ctx: CallContext, input: PlanKey & { topics: TopicInput[] }): PlanView {
  const scope = planScope(ctx.app.db, input.classSubjectId, input.subgroupId);
  assertCanWrite(ctx, scope);
  const outcome = replaceTopics(ctx.app.db, scope, input.topics);
  auditPlan(ctx, scope, outcome, 'save');
  return planView(ctx, scope);
}
