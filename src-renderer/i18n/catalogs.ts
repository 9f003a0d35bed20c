import { ky } from './ky';
import { ru } from './ru';
import { calendarTexts } from './texts/calendar';
import { structureTexts } from './texts/structure';
import { studentsTexts } from './texts/students';
import { importsTexts } from './texts/imports';
import { journalTexts } from './texts/journal';
import { periodMarkTexts } from './texts/period-marks';
import { planTexts } from './texts/plan';
import { settingsTexts } from './texts/settings';
import { timetableTexts } from './texts/timetable';
import { printTexts } from './texts/print';
import { backupTexts } from './texts/backup';
import { yearEndTexts } from './texts/year-end';
import { driveTexts } from './texts/drives';
import { controlTexts } from './texts/control';
import { todayTexts } from './texts/today';
import { networkTexts } from './texts/network';
import { updateTexts } from './texts/updates';
import { controlCompletionTexts } from './texts/control-completion';
import { controlUsageTexts } from './texts/control-usage';
import { controlResultsTexts } from './texts/control-results';
import { controlWeeklyTexts } from './texts/control-weekly';
import { controlForecastTexts } from './texts/control-forecast';
import { controlFillingTexts } from './texts/control-filling';
import { controlRemarkTexts } from './texts/control-remarks';

/** Every text of the program: the shared catalogue (ky.ts, ru.ts) and each domain's own. */
export const catalogs = {
  ky: {
    ...ky,
    ...calendarTexts.ky,
    ...structureTexts.ky,
    ...studentsTexts.ky,
    ...importsTexts.ky,
    ...journalTexts.ky,
    ...periodMarkTexts.ky,
    ...planTexts.ky,
    ...settingsTexts.ky,
    ...timetableTexts.ky,
    ...printTexts.ky,
    ...backupTexts.ky,
    ...yearEndTexts.ky,
    ...driveTexts.ky,
    ...controlTexts.ky,
    ...todayTexts.ky,
    ...networkTexts.ky,
    ...updateTexts.ky,
    ...controlCompletionTexts.ky,
    ...controlUsageTexts.ky,
    ...controlResultsTexts.ky,
    ...controlWeeklyTexts.ky,
    ...controlForecastTexts.ky,
    ...controlFillingTexts.ky,
    ...controlRemarkTexts.ky,
  },
  ru: {
    ...ru,
    ...calendarTexts.ru,
    ...structureTexts.ru,
    ...studentsTexts.ru,
    ...importsTexts.ru,
    ...journalTexts.ru,
    ...periodMarkTexts.ru,
    ...planTexts.ru,
    ...settingsTexts.ru,
    ...timetableTexts.ru,
    ...printTexts.ru,
    ...backupTexts.ru,
    ...yearEndTexts.ru,
    ...driveTexts.ru,
    ...controlTexts.ru,
    ...todayTexts.ru,
    ...networkTexts.ru,
    ...updateTexts.ru,
    ...controlCompletionTexts.ru,
    ...controlUsageTexts.ru,
    ...controlResultsTexts.ru,
    ...controlWeeklyTexts.ru,
    ...controlForecastTexts.ru,
    ...controlFillingTexts.ru,
    ...controlRemarkTexts.ru,
  },
};

export type MessageKey = keyof typeof catalogs.ky;
