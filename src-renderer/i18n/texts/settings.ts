import { defineTexts } from './define';

/** The journal settings screen. */
export const settingsTexts = defineTexts({
  ky: { 'nav.settings': 'Журналдын жөндөөлөрү' },
  ru: { 'nav.settings': 'Настройки журнала' },
});
