import { defineTexts } from './define';

/** Texts of the calendar screens. */
export const calendarTexts = defineTexts({
  ky: {
    'nav.calendar': 'Окуу жылы',
  },
  ru: {
    'nav.calendar': 'Учебный год',
  },
});
