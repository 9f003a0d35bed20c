import type { Samples } from './types';

/* The weekly analysis only reads: the test clock's week. */
export const controlWeeklySamples: Samples = () => ({ 'control.weekly': { weekOf: '2025-10-06' } });
