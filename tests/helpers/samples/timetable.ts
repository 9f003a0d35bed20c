import type { Samples } from './types';

export const timetableSamples: Samples = () => ({});
