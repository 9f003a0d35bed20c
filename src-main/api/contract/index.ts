import type { ApiResult } from './errors';
import type { CallSpec, InputOf, ResultOf } from './define';
import { sessionCalls } from './session';
import { setupCalls } from './setup';
import { usersCalls } from './users';
import { schoolCalls } from './school';
import { calendarCalls } from './calendar';
import { structureCalls } from './structure';
import { studentsCalls } from './students';
import { importsCalls } from './imports';
import { journalCalls } from './journal';
import { periodMarkCalls } from './period-marks';
import { planCalls } from './plan';
import { settingsCalls } from './settings';
import { timetableCalls } from './timetable';
import { printCalls } from './print';
import { backupCalls } from './backup';
import { yearEndCalls } from './year-end';
import { networkCalls } from './network';
import { updateCalls } from './updates';
import { controlCompletionCalls } from './control-completion';
import { controlUsageCalls } from './control-usage';
import { controlResultsCalls } from './control-results';
import { controlWeeklyCalls } from './control-weekly';
import { controlForecastCalls } from './control-forecast';
import { controlFillingCalls } from './control-filling';
import { controlRemarkCalls } from './control-remarks';

const groups: Record<string, CallSpec>[] = [
  setupCalls,
  sessionCalls,
  usersCalls,
  schoolCalls,
  calendarCalls,
  structureCalls,
  studentsCalls,
  importsCalls,
  journalCalls,
  periodMarkCalls,
  planCalls,
  settingsCalls,
  timetableCalls,
  printCalls,
  backupCalls,
  yearEndCalls,
  networkCalls,
  updateCalls,
  controlCompletionCalls,
  controlUsageCalls,
  controlResultsCalls,
  controlWeeklyCalls,
  controlForecastCalls,
  controlFillingCalls,
  controlRemarkCalls,
];

/** Every call of the API: name → input schema, access, result type. Both transports carry exactly these. */
export const contract = {
  ...setupCalls,
  ...sessionCalls,
  ...usersCalls,
  ...schoolCalls,
  ...calendarCalls,
  ...structureCalls,
  ...studentsCalls,
  ...importsCalls,
  ...journalCalls,
  ...periodMarkCalls,
  ...planCalls,
  ...settingsCalls,
  ...timetableCalls,
  ...printCalls,
  ...backupCalls,
  ...yearEndCalls,
  ...networkCalls,
  ...updateCalls,
  ...controlCompletionCalls,
  ...controlUsageCalls,
  ...controlResultsCalls,
  ...controlWeeklyCalls,
  ...controlForecastCalls,
  ...controlFillingCalls,
  ...controlRemarkCalls,
} satisfies Record<string, CallSpec>;

// A spread silently keeps the last of two equal names: refuse that at load time instead.
if (Object.keys(contract).length !== groups.reduce<number>((n, g) => n + Object.keys(g).length, 0)) {
  throw new Error('Two API calls share one name');
}

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const callNames = Object.keys(contract) as CallName[];

/** What `window.api` is, in Electron and in the browser alike: one named function per call. */
export type Api = {
  [K in CallName]: undefined extends InputOf<Contract[K]>
    ? (input?: InputOf<Contract[K]>) => Promise<ApiResult<ResultOf<Contract[K]>>>
    : (input: InputOf<Contract[K]>) => Promise<ApiResult<ResultOf<Contract[K]>>>;
};

export * from './errors';
export * from './permissions';
export type { SessionUser } from './session';
export type { SetupResult, SetupStatus } from './setup';
export type { UserRow, IssuedCredentials } from './users';
export type { SchoolInfo, AuditRow } from './school';
