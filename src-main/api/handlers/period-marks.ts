import { periodMarkHistory } from '../../period-marks/history';
import { periodMarkSheet } from '../../period-marks/sheet';
import { clearPeriodMark, setPeriodMark } from '../../period-marks/write';
import type { HandlerMap } from './types';

export const periodMarkHandlers: HandlerMap<
  'periodMarks.sheet' | 'periodMarks.set' | 'periodMarks.clear' | 'periodMarks.history'
> = {
  'periodMarks.sheet': (ctx, input) => periodMarkSheet(ctx, input),
  'periodMarks.set': (ctx, input) => setPeriodMark(ctx, input),
  'periodMarks.clear': (ctx, input) => clearPeriodMark(ctx, input),
  'periodMarks.history': (ctx, input) => periodMarkHistory(ctx, input),
};
