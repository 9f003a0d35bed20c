import type { HandlerMap } from './types';

export const importsHandlers: HandlerMap<never> = {};
