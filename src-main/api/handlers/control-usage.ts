import { journalWorkForCaller } from '../../control/usage/service';
import { journalUsage } from '../../control/usage/usage';
import type { HandlerMap } from './types';

export const controlUsageHandlers: HandlerMap<'control.usage' | 'control.journalWork'> = {
  'control.usage': (ctx, input) => journalUsage(ctx.app.db, input),
  'control.journalWork': (ctx, { month }) => journalWorkForCaller(ctx, month),
};
