import type { SampleContext, SampleMap } from './types';
import { accountsSamples } from './accounts';
import { calendarSamples } from './calendar';
import { structureSamples } from './structure';
import { studentsSamples } from './students';
import { importsSamples } from './imports';
import { journalSamples } from './journal';

/** Every domain's sample inputs, for the router's generated tests. */
export function sampleInputs(ctx: SampleContext): SampleMap {
  return {
    ...accountsSamples(ctx),
    ...calendarSamples(ctx),
    ...structureSamples(ctx),
    ...studentsSamples(ctx),
    ...importsSamples(ctx),
    ...journalSamples(ctx),
  };
}

export type { SampleContext, SampleMap, Samples } from './types';
