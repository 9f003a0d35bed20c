import { defineTexts } from './define';

/** The timetable of each class, with changes from a date. */
export const timetableTexts = defineTexts({
  ky: { 'nav.timetable': 'Сабактардын жүгүртмөсү' },
  ru: { 'nav.timetable': 'Расписание' },
});
