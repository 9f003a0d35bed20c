import { defineTexts } from './define';

/** Texts of the imports screens. */
export const importsTexts = defineTexts({
  ky: {
    'nav.imports': 'Тизмелерди жүктөө',
  },
  ru: {
    'nav.imports': 'Загрузка списков',
  },
});
