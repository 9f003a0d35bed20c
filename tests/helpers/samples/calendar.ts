import type { Samples } from './types';

export const calendarSamples: Samples = () => ({});
