import { forecastClasses, forecastOfClass, forecastOfSchool } from '../../control/forecast/service';
import type { HandlerMap } from './types';

export const controlForecastHandlers: HandlerMap<'forecast.classes' | 'forecast.class' | 'forecast.school'> = {
  'forecast.classes': (ctx) => forecastClasses(ctx),
  'forecast.class': (ctx, input) => forecastOfClass(ctx, input),
  'forecast.school': (ctx, input) => forecastOfSchool(ctx, input),
};
