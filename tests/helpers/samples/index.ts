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
import { networkSamples } from './network';
import { updateSamples } from './updates';
import { controlCompletionSamples } from './control-completion';
import { controlUsageSamples } from './control-usage';
import { controlResultsSamples } from './control-results';
import { controlWeeklySamples } from './control-weekly';
import { controlForecastSamples } from './control-forecast';
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
    ...networkSamples(ctx),
    ...updateSamples(ctx),
    ...controlCompletionSamples(ctx),
    ...controlUsageSamples(ctx),
    ...controlResultsSamples(ctx),
    ...controlWeeklySamples(ctx),
    ...controlForecastSamples(ctx),
    ...controlFillingSamples(ctx),
    ...controlRemarkSamples(ctx),
  };
}

export type { SampleContext, SampleMap, Samples } from './types';
