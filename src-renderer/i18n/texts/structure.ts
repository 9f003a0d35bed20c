import { defineTexts } from './define';

/** Texts of the structure screens. */
export const structureTexts = defineTexts({
  ky: {
    'nav.structure': 'Класстар жана предметтер',
  },
  ru: {
    'nav.structure': 'Классы и предметы',
  },
});
