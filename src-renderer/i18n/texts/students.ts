import { defineTexts } from './define';

/** Texts of the students screens. */
export const studentsTexts = defineTexts({
  ky: {
    'nav.students': 'Окуучулар',
  },
  ru: {
    'nav.students': 'Ученики',
  },
});
