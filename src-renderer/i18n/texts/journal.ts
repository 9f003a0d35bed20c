import { defineTexts } from './define';

/** The journal page: lessons, marks, attendance, the cell detail, the history. */
export const journalTexts = defineTexts({ ky: { 'nav.journal': 'Журнал' }, ru: { 'nav.journal': 'Журнал' } });
