import type { Samples } from './types';

export const settingsSamples: Samples = () => ({});
