import { defineTexts } from './define';

/** The deputy director's desk: its place in the navigation and its title. Each tab has its own texts. */
export const controlTexts = defineTexts({
  ky: {
    'nav.control': 'Көзөмөл',
    'control.title': 'Журналды көзөмөлдөө жана талдоо',
  },
  ru: {
    'nav.control': 'Контроль',
    'control.title': 'Контроль ведения журнала и анализ',
  },
});
