import { ApiError } from '../api-error';
import { recentAudit, schoolInfo } from '../../school/school-info';
import type { HandlerMap } from './types';

export const schoolHandlers: HandlerMap<'school.info' | 'audit.recent'> = {
  'school.info': (ctx) => {
    const info = schoolInfo(ctx.app.db);
    if (!info) throw new ApiError('SETUP_REQUIRED');
    return info;
  },
  'audit.recent': (ctx, { limit }) => recentAudit(ctx.app.db, limit),
};
