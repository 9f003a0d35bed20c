import type { HandlerMap } from './types';

export const settingsHandlers: HandlerMap<never> = {};
