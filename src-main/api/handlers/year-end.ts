import { yearEndCheck } from '../../year-end/check';
import { closeYear } from '../../year-end/close-year';
import { rollOver } from '../../year-end/rollover-apply';
import { rollOverPreview } from '../../year-end/rollover-preview';
import type { HandlerMap } from './types';

export const yearEndHandlers: HandlerMap<
  'yearEnd.check' | 'yearEnd.close' | 'yearEnd.rollOverPreview' | 'yearEnd.rollOver'
> = {
  'yearEnd.check': (ctx, input) => yearEndCheck(ctx.app.db, input?.yearId, ctx.now),
  'yearEnd.close': (ctx, input) => closeYear(ctx, input),
  'yearEnd.rollOverPreview': (ctx, input) => rollOverPreview(ctx.app.db, input, ctx.now),
  'yearEnd.rollOver': (ctx, input) => rollOver(ctx, input),
};
