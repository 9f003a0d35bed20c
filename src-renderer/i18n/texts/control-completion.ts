import { defineTexts } from './define';

/** The programme completion tab. */
export const controlCompletionTexts = defineTexts({
  ky: {},
  ru: {},
});
