import type { Samples } from './types';

/* The results only read: the sample school's first quarter (a teacher gets her own classes, none here). */
export const controlResultsSamples: Samples = () => ({ 'control.results': { period: 'q1' } });
