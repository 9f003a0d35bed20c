import { fillingReport } from '../../control/filling/service';
import type { HandlerMap } from './types';

export const controlFillingHandlers: HandlerMap<'control.filling'> = {
  'control.filling': (ctx, input) => fillingReport(ctx, input),
};
