import type { CallName } from '../contract';
import type { Handler } from './types';
import { sessionHandlers } from './session';
import { setupHandlers } from './setup';
import { usersHandlers } from './users';
import { schoolHandlers } from './school';
import { calendarHandlers } from './calendar';
import { structureHandlers } from './structure';
import { studentsHandlers } from './students';
import { importsHandlers } from './imports';
import { journalHandlers } from './journal';
import { periodMarkHandlers } from './period-marks';
import { planHandlers } from './plan';
import { settingsHandlers } from './settings';
import { timetableHandlers } from './timetable';
import { printHandlers } from './print';
import { backupHandlers } from './backup';
import { yearEndHandlers } from './year-end';
import { networkHandlers } from './network';
import { updateHandlers } from './updates';
import { controlCompletionHandlers } from './control-completion';
import { controlUsageHandlers } from './control-usage';
import { controlResultsHandlers } from './control-results';
import { controlWeeklyHandlers } from './control-weekly';
import { controlForecastHandlers } from './control-forecast';
import { controlFillingHandlers } from './control-filling';
import { controlRemarkHandlers } from './control-remarks';

/** Every call's handler; the type makes a call without a handler a compile error. */
export const handlers: { [K in CallName]: Handler<K> } = {
  ...setupHandlers,
  ...sessionHandlers,
  ...usersHandlers,
  ...schoolHandlers,
  ...calendarHandlers,
  ...structureHandlers,
  ...studentsHandlers,
  ...importsHandlers,
  ...journalHandlers,
  ...periodMarkHandlers,
  ...planHandlers,
  ...settingsHandlers,
  ...timetableHandlers,
  ...printHandlers,
  ...backupHandlers,
  ...yearEndHandlers,
  ...networkHandlers,
  ...updateHandlers,
  ...controlCompletionHandlers,
  ...controlUsageHandlers,
  ...controlResultsHandlers,
  ...controlWeeklyHandlers,
  ...controlForecastHandlers,
  ...controlFillingHandlers,
  ...controlRemarkHandlers,
};
