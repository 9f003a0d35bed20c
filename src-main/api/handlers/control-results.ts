import { ApiError } from '../api-error';
import { signedInUser } from '../context';
import { periodResults } from '../../control/results/period-results';
import { resultsReach, yearIdOf } from '../../control/results/scope';
import { localMinute } from '../../journal/edit-policy';
import type { HandlerMap } from './types';

export const controlResultsHandlers: HandlerMap<'control.results'> = {
  'control.results': (ctx, input) => {
    const db = ctx.app.db;
    const yearId = yearIdOf(db, input.yearId);
    if (yearId === null) throw new ApiError(input.yearId === undefined ? 'SETUP_REQUIRED' : 'NOT_FOUND');
    const classIds = resultsReach(db, signedInUser(ctx), yearId);
    const today = localMinute(ctx.now).slice(0, 10);
    const results = periodResults(db, yearId, input.period, { classIds, today });
    if (!results)
      throw new ApiError('INVALID_INPUT', undefined, [{ path: 'period', message: 'validation.print.periodNotFound' }]);
    return results;
  },
};
