import { ApiError } from '../api-error';
import { schoolDay } from '../../calendar/school-day';
import { mondayOf } from '../../control/usage/days';
import { journalWorkForCaller } from '../../control/usage/service';
import { journalUsage } from '../../control/usage/usage';
import { addDays, dayNumber } from '../../timetable/dates';
import { maxUsageDays } from '../contract/control-usage';
import type { HandlerMap } from './types';

export const controlUsageHandlers: HandlerMap<'control.usage' | 'control.journalWork'> = {
  'control.usage': (ctx, input) => {
    const to = input?.to ?? schoolDay(ctx.now);
    const from = input?.from ?? addDays(mondayOf(to), -21);
    // One date given, the other defaulted: the same checks as for two.
    const refuse = (message: string) => new ApiError('INVALID_INPUT', undefined, [{ path: 'to', message }]);
    if (from > to) throw refuse('validation.usage.range');
    if (dayNumber(to) - dayNumber(from) > maxUsageDays) throw refuse('validation.usage.tooLong');
    return journalUsage(ctx.app.db, { from, to });
  },
  'control.journalWork': (ctx, input) => journalWorkForCaller(ctx, input?.month ?? schoolDay(ctx.now).slice(0, 7)),
};
