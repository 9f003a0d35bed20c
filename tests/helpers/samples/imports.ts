import type { Samples } from './types';

export const importsSamples: Samples = () => ({});
