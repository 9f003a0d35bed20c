import { defineTexts } from './define';

/** The calendar-thematic plan (КТП): topics, hours check, import, copy, programme completion. */
export const planTexts = defineTexts({
  ky: { 'nav.plan': 'Календардык-тематикалык план' },
  ru: { 'nav.plan': 'Календарно-тематический план' },
});
