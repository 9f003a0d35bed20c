import type { HandlerMap } from './types';

export const periodMarkHandlers: HandlerMap<never> = {};
