import type { HandlerMap } from './types';

export const structureHandlers: HandlerMap<never> = {};
