import type { Samples } from './types';

export const planSamples: Samples = () => ({});
