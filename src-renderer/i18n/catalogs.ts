import { ky } from './ky';
import { ru } from './ru';
import { calendarTexts } from './texts/calendar';
import { structureTexts } from './texts/structure';
import { studentsTexts } from './texts/students';
import { importsTexts } from './texts/imports';

/** Every text of the program: the shared catalogue (ky.ts, ru.ts) and each domain's own. */
export const catalogs = {
  ky: { ...ky, ...calendarTexts.ky, ...structureTexts.ky, ...studentsTexts.ky, ...importsTexts.ky },
  ru: { ...ru, ...calendarTexts.ru, ...structureTexts.ru, ...studentsTexts.ru, ...importsTexts.ru },
};

export type MessageKey = keyof typeof catalogs.ky;
