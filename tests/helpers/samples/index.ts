import type { SampleContext, SampleMap } from './types';
import { accountsSamples } from './accounts';
import { calendarSamples } from './calendar';
import { structureSamples } from './structure';
import { studentsSamples } from './students';
import { importsSamples } from './imports';
import { journalSamples } from './journal';
import { periodMarkSamples } from './period-marks';
import { planSamples } from './plan';
import { settingsSamples } from './settings';
import { timetableSamples } from './timetable';
import { printSamples } from './print';
import { backupSamples } from './backup';
import { yearEndSamples } from './year-end';
import { controlFillingSamples } from './control-filling';
import { controlRemarkSamples } from './control-remarks';

/** Every domain's sample inputs, for the router's generated tests. */
export function sampleInputs(ctx: SampleContext): SampleMap {
  return {
    ...accountsSamples(ctx),
    ...calendarSamples(ctx),
    ...structureSamples(ctx),
    ...studentsSamples(ctx),
    ...importsSamples(ctx),
    ...journalSamples(ctx),
    ...periodMarkSamples(ctx),
    ...planSamples(ctx),
    ...settingsSamples(ctx),
    ...timetableSamples(ctx),
    ...printSamples(ctx),
    ...backupSamples(ctx),
    ...yearEndSamples(ctx),
    ...controlFillingSamples(ctx),
    ...controlRemarkSamples(ctx),
  };
}

export type { SampleContext, SampleMap, Samples } from './types';
