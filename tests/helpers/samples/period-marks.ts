import type { Samples } from './types';

export const periodMarkSamples: Samples = () => ({});
