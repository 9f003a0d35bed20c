import type { GradingScale } from '../../db/schema';
import type { DocumentLanguage } from '../types';
import { averageText, percentText, rounded, type Results } from './results';

/*
 * The metrics as the documents print them: one list of columns (or rows, in the ledger) with the
 * words in both languages and the text shown, so the ledger, the class report and the school report
 * name and format every number alike, and their facts read the same in "verify a paper copy".
 */

export const metricKeys = [
  'pupils',
  'graded',
  'excellent',
  'good',
  'oneThree',
  'withTwos',
  'notCertified',
  'success',
  'quality',
  'sou',
  'average',
] as const;
export type MetricKey = (typeof metricKeys)[number];

/**
 * The metrics a class's own document prints: its pupils are all on one scale, so "graded" adds
 * nothing, and a class off the 5-point scale has only its pupils and н/а to count.
 */
export function classMetrics(scale: GradingScale): MetricKey[] {
  return scale === 'five_point' ? metricKeys.filter((k) => k !== 'graded') : ['pupils', 'notCertified'];
}

type Words = Record<MetricKey, { header: string; label: string }>;

/** `header` fits a narrow column (breaks only at spaces); `label` is the full name, for rows and facts. */
const words: Record<DocumentLanguage, Words> = {
  ky: {
    pupils: { header: 'Окуучу саны', label: 'Окуучулар' },
    graded: { header: 'Баа алат', label: 'Баа алат' },
    excellent: { header: 'Баары «5»', label: 'Бардыгы «5»' },
    good: { header: '«4» жана «5»', label: '«4» жана «5»' },
    oneThree: { header: 'Бир «3» менен', label: 'Бир «3» менен' },
    withTwos: { header: '«2» менен', label: '«2» менен' },
    notCertified: { header: 'н/а', label: 'Аттестацияланган жок (н/а)' },
    success: { header: 'Жетишүү %', label: 'Жетишүү %' },
    quality: { header: 'Сапат %', label: 'Сапат %' },
    sou: { header: 'СОУ %', label: 'СОУ %' },
    average: { header: 'Орточо баа', label: 'Орточо баа' },
  },
  ru: {
    pupils: { header: 'Учащихся', label: 'Учащихся' },
    graded: { header: 'Аттест.', label: 'Аттестуются' },
    excellent: { header: 'Только «5»', label: 'Только «5»' },
    good: { header: 'На «4» и «5»', label: 'На «4» и «5»' },
    oneThree: { header: 'С одной «3»', label: 'С одной «3»' },
    withTwos: { header: 'С «2»', label: 'С «2»' },
    notCertified: { header: 'н/а', label: 'Не аттестованы (н/а)' },
    success: { header: 'Успев. %', label: 'Успеваемость %' },
    quality: { header: 'Качество %', label: 'Качество %' },
    sou: { header: 'СОУ %', label: 'СОУ %' },
    average: { header: 'Средний балл', label: 'Средний балл' },
  },
};

export function metricWords(language: DocumentLanguage): Words {
  return words[language];
}

const groups: ReadonlySet<MetricKey> = new Set(['excellent', 'good', 'oneThree', 'withTwos']);

/** The metric as printed: counts as numbers, rates with one decimal, "—" where it does not apply. */
export function metricText(key: MetricKey, r: Results): string {
  switch (key) {
    case 'success':
    case 'quality':
    case 'sou':
      return percentText(r[key]);
    case 'average':
      return averageText(r.average);
    default:
      // Pupils on no 5-point scale have no groups: a dash, not a misleading 0.
      return groups.has(key) && r.graded === 0 ? '—' : String(r[key]);
  }
}

/** The metric for a spreadsheet: the printed number, as a number. */
export function metricValue(key: MetricKey, r: Results): number | null {
  switch (key) {
    case 'success':
    case 'quality':
    case 'sou':
      return r[key] === null ? null : rounded(r[key], 1);
    case 'average':
      return r.average === null ? null : rounded(r.average, 2);
    default:
      return groups.has(key) && r.graded === 0 ? null : r[key];
  }
}

const notes = {
  ky: {
    scale: (scale: GradingScale) =>
      scale === 'none'
        ? 'Бул мезгилде класска баа коюлбайт: топтор, пайыздар, СОУ жана орточо баа эсептелбейт.'
        : 'Класс 5 баллдык эмес системада бааланат: топтор, пайыздар, СОУ жана орточо баа эсептелбейт.',
    unmarked: (n: number) =>
      `${n} окуучунун бул мезгилге баасы жок: алар окуучулардын санында, бирок эч бир топто жок.`,
    formula: 'СОУ = (100·«5» + 64·«4» + 36·«3» + 16·«2» + 7·н/а) / бардык баалар.',
  },
  ru: {
    scale: (scale: GradingScale) =>
      scale === 'none'
        ? 'В этом периоде класс не оценивается: группы, проценты, СОУ и средний балл не считаются.'
        : 'Класс оценивается не по 5-балльной шкале: группы, проценты, СОУ и средний балл не считаются.',
    unmarked: (n: number) => `У ${n} учащихся нет отметок за период: они входят в число учащихся, но ни в одну группу.`,
    formula: 'СОУ = (100·«5» + 64·«4» + 36·«3» + 16·«2» + 7·н/а) / все отметки.',
  },
};

/** The lines under a class's results that explain a dash or a gap. */
export function resultsNotes(r: Results, scale: GradingScale, language: DocumentLanguage): string[] {
  const w = notes[language];
  return [
    ...(scale !== 'five_point' ? [w.scale(scale)] : []),
    ...(r.unmarked > 0 ? [w.unmarked(r.unmarked)] : []),
    ...(scale === 'five_point' ? [w.formula] : []),
  ];
}
