import type { Samples } from './types';

export const studentsSamples: Samples = () => ({});
