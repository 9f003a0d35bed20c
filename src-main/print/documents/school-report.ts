import type { Database } from '../../db/connection';
import { classesOfYear } from '../data/class-data';
import { classPeriodMarks, periodOf, pupilMarksOf } from '../data/period-results';
import { metricKeys, metricText, metricValue, metricWords } from '../data/results-columns';
import { resultsOf, type PupilMarks, type Results } from '../data/results';
import { yearLine } from '../data/school';
import { factLabel } from '../facts';
import { PrintError, type DocumentKind, type DocumentParams, type SheetTable } from '../kinds';
import { num, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';

/*
 * The school's results for a period (the deputy's report): the metrics for every class, a subtotal
 * for every parallel and the whole school. Subtotals are computed from the pupils of the parallel,
 * not averaged from the classes' percentages, so a small class does not weigh as much as a big one.
 * A4 portrait: one row per class; thirty classes fill the first page, the signatures go to the second.
 */

const words = {
  ky: {
    title: 'Мектептин окуу жетишкендиги боюнча отчет',
    cls: 'Класс',
    parallel: (grade: number) => `${grade}-класстар`,
    school: 'Мектеп боюнча',
    ungraded: 'Беш баллдык системада бааланбаган класстар (топтор, пайыздар, СОУ жана орточо баа эсептелбейт)',
    unmarked: (n: number) => `Бул мезгилге бир да баасы жок окуучулар: ${n} (алар эсептелет, бирок эч бир топто жок).`,
    formula: 'СОУ = (100·«5» + 64·«4» + 36·«3» + 16·«2» + 7·н/а) / бардык баалар.',
  },
  ru: {
    title: 'Отчёт об успеваемости школы',
    cls: 'Класс',
    parallel: (grade: number) => `${grade}-е классы`,
    school: 'По школе',
    ungraded: 'Классы, не оцениваемые по 5-балльной шкале (группы, проценты, СОУ и средний балл не считаются)',
    unmarked: (n: number) =>
      `Учащихся без единой отметки за период: ${n} (учитываются, но не входят ни в одну группу).`,
    formula: 'СОУ = (100·«5» + 64·«4» + 36·«3» + 16·«2» + 7·н/а) / все отметки.',
  },
};

type RowKind = 'class' | 'parallel' | 'school';

interface ReportRow {
  name: string;
  kind: RowKind;
  results: Results;
}

function read(db: Database, params: DocumentParams, language: DocumentLanguage) {
  const w = words[language];
  const classes = classesOfYear(db, params.yearId);
  if (!classes.length) throw new PrintError('print.nothingToPrint');
  const period = periodOf(db, params.yearId, params.period, language);
  const rows: ReportRow[] = [];
  const ungraded: string[] = [];
  const all: PupilMarks[] = [];
  let parallel: PupilMarks[] = [];
  classes.forEach((c, i) => {
    const data = classPeriodMarks(db, c, period, language);
    const pupils = pupilMarksOf(data);
    if (data.scale !== 'five_point') ungraded.push(c.title);
    rows.push({ name: c.title, kind: 'class', results: resultsOf(pupils) });
    parallel.push(...pupils);
    all.push(...pupils);
    if (classes[i + 1]?.grade !== c.grade) {
      rows.push({ name: w.parallel(c.grade), kind: 'parallel', results: resultsOf(parallel) });
      parallel = [];
    }
  });
  const school = resultsOf(all);
  rows.push({ name: w.school, kind: 'school', results: school });
  return { period, rows, ungraded, school };
}

/**
 * A little under the ledgers' size: about 37 rows (some 26 classes with their parallels) fit one page
 * with the signatures; a bigger school's table fills the first page and the signatures follow.
 */
const rowSize = 7.5;

const fill: Record<RowKind, string | undefined> = { class: undefined, parallel: '#eeeeee', school: '#d9d9d9' };

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const m = metricWords(language);
  const { period, rows, ungraded, school } = read(db, params, language);
  const facts: Fact[] = [];
  const body = rows.map((row) => {
    const fillColor = fill[row.kind];
    const options = { fontSize: rowSize, ...(fillColor ? { bold: true, fillColor } : {}) };
    return [
      { ...(td(row.name) as object), ...options },
      ...metricKeys.map((key) => {
        const text = metricText(key, row.results);
        facts.push([factLabel(row.name, m[key].label), text]);
        return { ...(num(text) as object), ...options };
      }),
    ];
  });
  const notes = [
    ...(ungraded.length ? [`${w.ungraded}: ${ungraded.join(', ')}.`] : []),
    ...(school.unmarked > 0 ? [w.unmarked(school.unmarked)] : []),
    w.formula,
  ];
  const content: PdfNode[] = [
    table({
      widths: ['*', ...metricKeys.map(() => 37)],
      header: [[th(w.cls), ...metricKeys.map((key) => ({ text: m[key].header, style: 'tableHeader', fontSize: 7 }))]],
      body,
    }),
    ...notes.map((text) => ({ text, style: 'caption', margin: [0, 3, 0, 0] })),
  ];
  return {
    title: w.title,
    heading: [`${period.label} · ${yearLine(db, params.yearId, language)}`],
    orientation: 'portrait',
    content,
    facts,
    signatories: ['director', 'deputy'],
    fileStem: `${w.title}, ${period.label}`,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = words[language];
  const m = metricWords(language);
  const { period, rows } = read(db, params, language);
  return [
    {
      name: period.label,
      header: [[w.cls, ...metricKeys.map((key) => m[key].label)]],
      rows: rows.map((row) => [row.name, ...metricKeys.map((key) => metricValue(key, row.results))]),
    },
  ];
}

export const schoolReport: DocumentKind = { name: 'school-report', target: 'school', build, tables };
