import type { Database } from '../../db/connection';
import { classPeriodMarksFor, classResults, marksOfPupil, type ClassPeriodMarks } from '../data/period-results';
import { classMetrics, metricText, metricValue, metricWords, resultsNotes } from '../data/results-columns';
import { averageText, resultsOf, rounded } from '../data/results';
import { yearLine } from '../data/school';
import { factLabel } from '../facts';
import type { DocumentKind, DocumentParams, SheetTable } from '../kinds';
import { num, spanned, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';
import { printedDate } from './summary-ledger';

/*
 * The quarter ledger (чейректик ведомость): a class's marks for one period, pupils × subjects, and
 * under it the class's results per subject and overall, in the same columns so that a subject's
 * numbers stand under its marks. A4 landscape; one table holds all the subjects of a class (up to
 * about eighteen), its header repeated on every page.
 */

const words = {
  ky: {
    title: { quarter: 'Чейректик ведомость', half_year: 'Жарым жылдык ведомость', year: 'Жылдык баалар ведомосту' },
    classLine: (c: string) => `${c} класс`,
    no: '№',
    pupil: 'Окуучунун аты-жөнү',
    average: 'Орточо баа',
    averageShort: 'Орточо',
    results: 'Класстын жыйынтыктары',
    overall: 'Класс боюнча',
    left: (d: string) => `чыкты ${d}, эсептелген жок`,
    arrived: (d: string) => `келди ${d}`,
  },
  ru: {
    title: { quarter: 'Четвертная ведомость', half_year: 'Полугодовая ведомость', year: 'Ведомость годовых оценок' },
    classLine: (c: string) => `${c} класс`,
    no: '№',
    pupil: 'Фамилия, имя обучающегося',
    average: 'Средний балл',
    averageShort: 'Средний',
    results: 'Итоги класса',
    overall: 'По классу',
    left: (d: string) => `выбыл(а) ${d}, не учитывается`,
    arrived: (d: string) => `прибыл(а) ${d}`,
  },
};

const pageWidth = 774;
/** What the 'ledger' layout adds to every column beyond its width: padding and the rule. */
const columnExtra = 3.5;
const numberWidth = 16;
const nameWidth = 118;
const lastWidth = 42;
const headerSize = 7;

/** The full name when its longest word fits the column at the header's size, else the short one. */
function headerName(s: { name: string; short: string }, width: number): string {
  const longest = Math.max(...s.name.split(/\s+/).map((word) => [...word].length));
  return longest * headerSize * 0.6 <= width - 3 ? s.name : s.short;
}

const small = (text: string): PdfNode => ({ text, style: 'tableHeader', fontSize: headerSize });

function pupilNote(p: { arrived: string | null; left: string | null }, language: DocumentLanguage): string {
  const w = words[language];
  return [p.arrived ? w.arrived(printedDate(p.arrived)) : '', p.left ? w.left(printedDate(p.left)) : '']
    .filter(Boolean)
    .join(', ');
}

/** A pupil's own average, on the 5-point scale only (as the class's). */
const pupilAverage = (data: ClassPeriodMarks, pupilId: number) =>
  resultsOf([{ marks: marksOfPupil(data, pupilId), scale: data.scale }]).average;

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const m = metricWords(language);
  const data = classPeriodMarksFor(db, params, language);
  const { c, pupils, subjects, period } = data;
  const results = classResults(data);
  const facts: Fact[] = [];
  pupils.forEach((p, i) => facts.push([factLabel(w.no, i + 1), p.displayName]));

  const free = pageWidth - numberWidth - nameWidth - lastWidth - (subjects.length + 3) * columnExtra;
  const markWidth = Math.min(44, Math.floor(free / subjects.length));
  const widths = [numberWidth, nameWidth, ...subjects.map(() => markWidth), lastWidth];
  const head = (first: PdfNode[]) => [...first, ...subjects.map((s) => small(headerName(s, markWidth)))];

  const body = pupils.map((p, i) => {
    const remark = pupilNote(p, language);
    const average = pupilAverage(data, p.id);
    if (average !== null) facts.push([factLabel(p.displayName, w.average), averageText(average)]);
    return [
      num(i + 1),
      remark ? { stack: [td(p.displayName), { text: remark, style: 'caption' }] } : td(p.displayName),
      ...subjects.map((s) => {
        const mark = data.markOf(p.id, s.id);
        if (mark !== undefined) facts.push([factLabel(p.displayName, s.name), mark]);
        return num(mark);
      }),
      num(average === null ? '' : averageText(average)),
    ];
  });

  const resultRows = classMetrics(data.scale).map((key) => {
    for (const { subject, results: r } of results.bySubject) {
      facts.push([factLabel(c.title, subject.name, m[key].label), metricText(key, r)]);
    }
    facts.push([factLabel(c.title, m[key].label), metricText(key, results.overall)]);
    return [
      ...spanned(td(m[key].label, { colSpan: 2 }), 2),
      ...results.bySubject.map(({ results: r }) => num(metricText(key, r))),
      num(metricText(key, results.overall), { bold: true }),
    ];
  });

  const content: PdfNode[] = [
    table({
      widths,
      header: [[...head([th(w.no), th(w.pupil)]), small(w.averageShort)]],
      body,
    }),
    {
      // The results are read as one block: moved whole to the next page rather than cut after a row.
      unbreakable: true,
      stack: [
        { text: w.results, style: 'section', margin: [0, 10, 0, 4] },
        table({ widths, header: [[...head(spanned(th('', { colSpan: 2 }), 2)), small(w.overall)]], body: resultRows }),
        ...resultsNotes(results.overall, data.scale, language).map((text) => ({
          text,
          style: 'caption',
          margin: [0, 3, 0, 0],
        })),
      ],
    },
  ];
  return {
    title: w.title[period.kind as keyof typeof w.title],
    heading: [w.classLine(c.title), `${period.label} · ${yearLine(db, c.yearId, language)}`],
    orientation: 'landscape',
    content,
    facts,
    signatories: ['director', 'deputy', 'classTeacher'],
    classId: c.id,
    fileStem: `${c.title} ${period.label}`,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = words[language];
  const m = metricWords(language);
  const data = classPeriodMarksFor(db, params, language);
  const { c, pupils, subjects } = data;
  const results = classResults(data);
  return [
    {
      name: c.title,
      header: [[w.no, w.pupil, ...subjects.map((s) => s.name), w.average]],
      rows: pupils.map((p, i) => {
        const average = pupilAverage(data, p.id);
        return [
          i + 1,
          p.displayName,
          ...subjects.map((s) => data.markOf(p.id, s.id) ?? null),
          average === null ? null : rounded(average, 2),
        ];
      }),
    },
    {
      name: w.results,
      header: [['', ...subjects.map((s) => s.name), w.overall]],
      rows: classMetrics(data.scale).map((key) => [
        m[key].label,
        ...results.bySubject.map(({ results: r }) => metricValue(key, r)),
        metricValue(key, results.overall),
      ]),
    },
  ];
}

export const quarterLedger: DocumentKind = { name: 'quarter-ledger', target: 'class', build, tables };
