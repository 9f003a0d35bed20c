import type { Samples } from './types';

/** The first weeks of the test school's year (setup makes 2025–2026 current). */
export const controlFillingSamples: Samples = () => ({
  'control.filling': { from: '2025-09-01', to: '2025-10-31' },
});
