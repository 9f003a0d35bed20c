import type { HandlerMap } from './types';

export const planHandlers: HandlerMap<never> = {};
