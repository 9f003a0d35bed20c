import { printPeriods, type PrintPeriod } from '../api/contract/print';
import type { DocumentLanguage } from './types';

/**
 * The words every printed document shares, in the document's language (chosen at print time,
 * independent of the screen's). The kinds keep their own words beside their layouts.
 */
export interface FrameWords {
  page: string;
  printed: string;
  printedBy: string;
  seal: string;
  code: string;
  codeHint: string;
  positions: { director: string; deputy: string; classTeacher: string };
  signature: string;
  schoolYear: string;
  /** The year-end archive set's name, as its folder and combined file are called. */
  archive: string;
  periods: Record<PeriodCode, string>;
}

/** The periods a document covers, as the API and the CLI name them. */
export const periodCodes = printPeriods;
export type PeriodCode = PrintPeriod;

export const frameWords: Record<DocumentLanguage, FrameWords> = {
  ky: {
    page: 'Барак {page} / {pages}',
    printed: 'Басылды',
    printedBy: 'басып чыгарган',
    seal: 'М.П. (мөөрдүн орду)',
    code: 'Текшерүү коду',
    codeHint: 'Кагаз нуска электрондук журнал менен «Басылган документти текшерүү» аркылуу салыштырылат.',
    positions: {
      director: 'Мектептин мүдүрү',
      deputy: 'Окуу иштери боюнча мүдүрдүн орун басары',
      classTeacher: 'Класс жетекчи',
    },
    signature: 'кол коюу',
    schoolYear: 'окуу жылы',
    archive: 'Жылдык архивдик топтом',
    periods: {
      q1: 'I чейрек',
      q2: 'II чейрек',
      q3: 'III чейрек',
      q4: 'IV чейрек',
      h1: 'I жарым жылдык',
      h2: 'II жарым жылдык',
      year: 'Окуу жылы',
    },
  },
  ru: {
    page: 'Страница {page} / {pages}',
    printed: 'Напечатано',
    printedBy: 'напечатал(а)',
    seal: 'М.П. (место печати)',
    code: 'Код проверки',
    codeHint: 'Бумажная копия сверяется с электронным журналом через «Проверка напечатанного документа».',
    positions: {
      director: 'Директор',
      deputy: 'Заместитель директора по УВР',
      classTeacher: 'Классный руководитель',
    },
    signature: 'подпись',
    schoolYear: 'учебный год',
    archive: 'Годовой архивный комплект',
    periods: {
      q1: 'I четверть',
      q2: 'II четверть',
      q3: 'III четверть',
      q4: 'IV четверть',
      h1: 'I полугодие',
      h2: 'II полугодие',
      year: 'Учебный год',
    },
  },
};
