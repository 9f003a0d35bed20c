import type { HandlerMap } from './types';

export const studentsHandlers: HandlerMap<never> = {};
