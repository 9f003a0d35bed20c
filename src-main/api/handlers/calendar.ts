import type { HandlerMap } from './types';

export const calendarHandlers: HandlerMap<never> = {};
