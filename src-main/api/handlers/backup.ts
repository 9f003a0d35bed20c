import type { HandlerMap } from './types';

export const backupHandlers: HandlerMap<never> = {};
