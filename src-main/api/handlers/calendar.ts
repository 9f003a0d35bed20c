import { proposeNewYear } from '../../calendar/propose';
import { listGrading, setGrading } from '../../calendar/grading-service';
import { createYear, listYears, setCurrentYear, updateYear } from '../../calendar/years-service';
import type { HandlerMap } from './types';

export const calendarHandlers: HandlerMap<
  'years.list' | 'years.propose' | 'years.create' | 'years.update' | 'years.setCurrent' | 'grading.list' | 'grading.set'
> = {
  'years.list': (ctx) => listYears(ctx.app.db),
  'years.propose': (ctx) => proposeNewYear(ctx.app.db, ctx.now),
  'years.create': (ctx, input) => createYear(ctx, input),
  'years.update': (ctx, { yearId, ...plan }) => updateYear(ctx, yearId, plan),
  'years.setCurrent': (ctx, { yearId }) => setCurrentYear(ctx, yearId),
  'grading.list': (ctx, { yearId }) => listGrading(ctx.app.db, yearId),
  'grading.set': (ctx, { yearId, rules }) => setGrading(ctx, yearId, rules),
};
