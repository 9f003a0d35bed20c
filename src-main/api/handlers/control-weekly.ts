import { weeklyAnalysis } from '../../control/weekly/analysis';
import type { HandlerMap } from './types';

export const controlWeeklyHandlers: HandlerMap<'control.weekly'> = {
  'control.weekly': (ctx, { weekOf }) => weeklyAnalysis(ctx.app.db, weekOf),
};
