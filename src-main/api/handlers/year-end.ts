import type { HandlerMap } from './types';

export const yearEndHandlers: HandlerMap<never> = {};
