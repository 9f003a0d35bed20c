import type { HandlerMap } from './types';

export const timetableHandlers: HandlerMap<never> = {};
