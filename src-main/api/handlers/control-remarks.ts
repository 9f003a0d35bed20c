import { addRemark, fixRemark, listRemarks, myRemarks } from '../../control/remarks/service';
import type { HandlerMap } from './types';

export const controlRemarkHandlers: HandlerMap<'remarks.add' | 'remarks.list' | 'remarks.mine' | 'remarks.fix'> = {
  'remarks.add': (ctx, input) => addRemark(ctx, input),
  'remarks.list': (ctx, input) => listRemarks(ctx, input),
  'remarks.mine': (ctx) => myRemarks(ctx),
  'remarks.fix': (ctx, input) => fixRemark(ctx, input),
};
