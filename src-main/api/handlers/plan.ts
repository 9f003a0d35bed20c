import { copyPlan } from '../../plan/copy';
import { planCompletion } from '../../plan/completion';
import { importPlan } from '../../plan/import';
import { planOverview } from '../../plan/overview';
import { getPlan, savePlan } from '../../plan/save';
import type { HandlerMap } from './types';

export const planHandlers: HandlerMap<
  'plan.get' | 'plan.save' | 'plan.import' | 'plan.copy' | 'plan.completion' | 'plan.overview'
> = {
  'plan.get': (ctx, input) => getPlan(ctx, input),
  'plan.save': (ctx, input) => savePlan(ctx, input),
  'plan.import': (ctx, input) => importPlan(ctx, input),
  'plan.copy': (ctx, input) => copyPlan(ctx, input),
  'plan.completion': (ctx, input) => planCompletion(ctx, input),
  'plan.overview': (ctx, input) => planOverview(ctx, input),
};
