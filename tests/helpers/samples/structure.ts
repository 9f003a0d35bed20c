import type { Samples } from './types';

export const structureSamples: Samples = () => ({});
