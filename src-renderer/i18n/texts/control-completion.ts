import { defineTexts } from './define';

/** The programme completion tab. */
export const controlCompletionTexts = defineTexts({
  ky: {
    'print.kind.completion': 'Окуу программасынын аткарылышы',
  },
  ru: {
    'print.kind.completion': 'Выполнение учебной программы',
  },
});
