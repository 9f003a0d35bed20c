import type { Database } from '../../db/connection';
import { classPeriodMarksFor, classResults, type ClassPeriodMarks } from '../data/period-results';
import { classMetrics, metricText, metricValue, metricWords, resultsNotes } from '../data/results-columns';
import { resultsOf, type Results } from '../data/results';
import { notCertified } from '../../period-marks/propose';
import { yearLine } from '../data/school';
import { factLabel } from '../facts';
import type { DocumentKind, DocumentParams, SheetTable } from '../kinds';
import { num, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';
import { printedDate } from './summary-ledger';

/*
 * A class's results for a period (the class teacher's report to the deputy): the metrics by subject
 * and for the class, then the pupils behind the numbers that need action: the excellent, those one
 * 3 away from "good", those with 2s and those not certified, each with the subjects concerned.
 * A4 portrait.
 */

const words = {
  ky: {
    title: 'Класстын окуу жетишкендиги боюнча отчет',
    classLine: (c: string) => `${c} класс`,
    subject: 'Сабак',
    overall: 'Класс боюнча',
    no: '№',
    pupil: 'Окуучунун аты-жөнү',
    subjects: 'Сабактар',
    left: 'Мезгил бүткөнгө чейин чыгып кеткендер (эсептелген жок)',
    lists: 'Тизмелер',
  },
  ru: {
    title: 'Отчёт об успеваемости класса',
    classLine: (c: string) => `${c} класс`,
    subject: 'Предмет',
    overall: 'По классу',
    no: '№',
    pupil: 'Фамилия, имя обучающегося',
    subjects: 'Предметы',
    left: 'Выбыли до конца периода (не учитываются)',
    lists: 'Списки',
  },
};

/** The lists under the numbers: which group, and which of a pupil's marks to name beside them. */
const lists = [
  { key: 'excellent', mark: null },
  { key: 'oneThree', mark: '3' },
  { key: 'withTwos', mark: '2' },
  { key: 'notCertified', mark: notCertified },
] as const;

interface Listed {
  name: string;
  /** The subjects with the mark that put the pupil on the list. */
  detail: string;
}

type ListKey = (typeof lists)[number]['key'];

function listsOf(data: ClassPeriodMarks): Record<ListKey, Listed[]> {
  const out: Record<ListKey, Listed[]> = { excellent: [], oneThree: [], withTwos: [], notCertified: [] };
  for (const p of data.counted) {
    const marks = data.subjects.map((s) => ({ s, mark: data.markOf(p.id, s.id) }));
    // One pupil's results: the groups are decided in one place, the same as in the counts.
    const own = resultsOf([{ marks: marks.flatMap((m) => (m.mark ? [m.mark] : [])), scale: data.scale }]);
    for (const list of lists) {
      if (own[list.key] === 0) continue;
      const detail = marks.filter((m) => list.mark !== null && m.mark === list.mark).map((m) => m.s.name);
      out[list.key].push({ name: p.displayName, detail: detail.join(', ') });
    }
  }
  return out;
}

function read(db: Database, params: DocumentParams, language: DocumentLanguage) {
  const data = classPeriodMarksFor(db, params, language);
  return { data, results: classResults(data), listed: listsOf(data) };
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const m = metricWords(language);
  const { data, results, listed } = read(db, params, language);
  const { c, period } = data;
  const columns = classMetrics(data.scale);
  const facts: Fact[] = [];
  // The class's own numbers are labelled by the class alone ("5-А · Сапат %"), a subject's with it.
  const row = (name: string, labelParts: string[], r: Results, options = {}): PdfNode[] => [
    td(name, options),
    ...columns.map((key) => {
      facts.push([factLabel(c.title, ...labelParts, m[key].label), metricText(key, r)]);
      return num(metricText(key, r), options);
    }),
  ];

  const metrics = table({
    // A class without marks has two numbers per subject: a page-wide name column would strand them.
    widths: [data.scale === 'five_point' ? '*' : 200, ...columns.map(() => 37)],
    header: [[th(w.subject), ...columns.map((key) => ({ text: m[key].header, style: 'tableHeader', fontSize: 7 }))]],
    body: [
      ...results.bySubject.map(({ subject, results: r }) => row(subject.name, [subject.name], r)),
      row(w.overall, [], results.overall, { bold: true, fillColor: '#eeeeee' }),
    ],
  });

  const sections: PdfNode[] = lists.map((list) => {
    const title = m[list.key].label;
    const people = listed[list.key];
    people.forEach((p) => facts.push([factLabel(title, p.name), p.detail || '+']));
    const head = { text: `${title}: ${people.length}`, style: 'section' };
    if (!people.length) return head;
    return {
      stack: [
        head,
        table({
          widths: [16, 150, '*'],
          header: [[th(w.no), th(w.pupil), th(list.mark === null ? '' : w.subjects)]],
          body: people.map((p, i) => [num(i + 1), td(p.name), td(p.detail)]),
        }),
      ],
    };
  });

  const left = data.pupils.flatMap((p) => (p.left === null ? [] : [`${p.displayName} (${printedDate(p.left)})`]));
  const content: PdfNode[] = [
    metrics,
    ...resultsNotes(results.overall, data.scale, language).map((text) => ({
      text,
      style: 'caption',
      margin: [0, 3, 0, 0],
    })),
    ...(left.length
      ? [
          {
            text: `${w.left}: ${left.join(', ')}.`,
            margin: [0, 6, 0, 0],
          },
        ]
      : []),
    ...(data.scale === 'five_point' ? sections : []),
  ];
  return {
    title: w.title,
    heading: [w.classLine(c.title), `${period.label} · ${yearLine(db, c.yearId, language)}`],
    orientation: 'portrait',
    content,
    facts,
    signatories: ['deputy', 'classTeacher'],
    classId: c.id,
    fileStem: `${c.title} ${period.label}`,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = words[language];
  const m = metricWords(language);
  const { data, results, listed } = read(db, params, language);
  const columns = classMetrics(data.scale);
  return [
    {
      name: data.c.title,
      header: [[w.subject, ...columns.map((key) => m[key].label)]],
      rows: [
        ...results.bySubject.map(({ subject, results: r }) => [subject.name, ...columns.map((k) => metricValue(k, r))]),
        [w.overall, ...columns.map((k) => metricValue(k, results.overall))],
      ],
    },
    {
      name: w.lists,
      header: [['', w.no, w.pupil, w.subjects]],
      rows: lists.flatMap((list) =>
        listed[list.key].map((p, i) => [m[list.key].label, i + 1, p.name, p.detail || null]),
      ),
    },
  ];
}

export const classReport: DocumentKind = { name: 'class-report', target: 'class', build, tables };
