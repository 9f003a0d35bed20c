import type { Samples } from './types';

export const controlUsageSamples: Samples = () => ({
  'control.usage': { from: '2025-09-01', to: '2025-10-31' },
  'control.journalWork': { month: '2025-09' },
});
