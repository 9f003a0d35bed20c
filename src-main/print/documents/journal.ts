import type { Database } from '../../db/connection';
import { attendanceSign, attendanceSigns } from '../data/attendance-signs';
import type { ClassPupil } from '../data/class-data';
import { dayMonth, journalPages } from '../data/journal-pages';
import { markKindNames } from '../data/mark-kinds';
import type { JournalLesson } from '../data/lessons';
import { periodLine } from '../data/period-line';
import { factLabel } from '../facts';
import type { DocumentKind, DocumentParams, SheetTable } from '../kinds';
import { chunks, num, spanned, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';

/*
 * A class subject's journal pages for a period, as the deputy prints them to compare with the
 * electronic journal: the grid of marks and attendance by lesson date with the period mark after the
 * last lesson, then the topics and homework. A4 landscape; the dates run in bands of at most 25, each
 * band a table with every pupil. A subject split into subgroups prints all its lessons in one grid,
 * each subgroup's date marked with the subgroup's name and greyed for the pupils outside it.
 */

const words = {
  ky: {
    title: 'Класстык журнал',
    classWord: 'класс',
    teacher: (many: boolean) => (many ? 'Мугалимдер' : 'Мугалим'),
    pupil: 'Окуучунун аты-жөнү',
    dates: 'Сабактын күнү, айы',
    grid: 'Баалар жана сабакка катышуу',
    sheets: { marks: 'Баалар', topics: 'Темалар' },
    topics: 'Өтүлгөн темалар жана үй тапшырмалары',
    date: 'Күнү',
    topic: 'Сабактын темасы',
    homework: 'Үй тапшырмасы',
    attendance: 'катышуу',
    greyed: 'Боз уяча — окуучу бул сабакта болгон эмес (башка топто же класста жок).',
  },
  ru: {
    title: 'Классный журнал',
    classWord: 'класс',
    teacher: (many: boolean) => (many ? 'Учителя' : 'Учитель'),
    pupil: 'Фамилия, имя обучающегося',
    dates: 'Число, месяц урока',
    grid: 'Отметки и посещаемость',
    sheets: { marks: 'Отметки', topics: 'Темы' },
    topics: 'Пройденные темы и домашние задания',
    date: 'Дата',
    topic: 'Тема урока',
    homework: 'Домашнее задание',
    attendance: 'посещаемость',
    greyed: 'Серая клетка — урок не для этого обучающегося (другая подгруппа или не в классе).',
  },
};

const [datesPerBand, greyed] = [25, '#e2e2e2'];

/** A cell of tight rows, so that a class of thirty fits a band on one page under the heading. */
function tight(node: PdfNode, fontSize: number, extra: object = {}): PdfNode {
  return { ...(node as object), fontSize, lineHeight: 1, ...extra };
}

/** The journal's pages, and what a cell shows: the attendance letter, then the marks. */
function read(db: Database, params: DocumentParams, language: DocumentLanguage) {
  const pages = journalPages(db, params, language);
  const text = (l: JournalLesson, p: ClassPupil) => {
    const cell = pages.cell(l, p);
    const parts = [attendanceSign(cell?.attendance, language), ...(cell?.marks ?? []).map((m) => m.value)];
    return parts.filter(Boolean).join(' ');
  };
  return { ...pages, text };
}

type Read = ReturnType<typeof read>;

function facts(r: Read, language: DocumentLanguage): Fact[] {
  const w = words[language];
  const out: Fact[] = r.pupils.map((p, i) => [factLabel('№', i + 1), p.displayName]);
  for (const p of r.pupils) {
    for (const l of r.lessons) {
      const cell = r.cell(l, p);
      for (const m of cell?.marks ?? []) {
        const kind = m.kind === 'general' ? [] : [markKindNames[language][m.kind]];
        out.push([factLabel(p.displayName, r.label(l), ...kind), m.value]);
      }
      const sign = attendanceSign(cell?.attendance, language);
      if (sign) out.push([factLabel(p.displayName, r.label(l), w.attendance), sign]);
    }
    if (r.periodMark(p)) out.push([factLabel(p.displayName, r.period.label), r.periodMark(p)]);
  }
  for (const l of r.lessons) {
    if (l.topic) out.push([factLabel(w.topic, r.label(l)), l.topic]);
    if (l.homework) out.push([factLabel(w.homework, r.label(l)), l.homework]);
  }
  return out;
}

function dateHeader(l: JournalLesson): PdfNode {
  const date = { text: dayMonth(l.date), style: 'tableHeader', fontSize: 6.5 };
  return l.subgroupName ? { stack: [date, { text: l.subgroupName, style: 'caption', fontSize: 5.5 }] } : date;
}

/** The page's width inside the margins, and what a ledger column adds to its width (padding, rule). */
const [pageWidth, columnExtra] = [774, 3.4];

function grid(r: Read, language: DocumentLanguage): PdfNode[] {
  const w = words[language];
  const bands = chunks(r.lessons, Math.ceil(r.lessons.length / Math.ceil(r.lessons.length / datesPerBand)));
  const [numberWidth, nameWidth] = [16, 118];
  const markWidth = 34;
  const widest = Math.max(...bands.map((band) => band.length));
  const free = pageWidth - 1 - numberWidth - nameWidth - markWidth - (widest + 3) * columnExtra;
  const dateWidth = Math.min(26, Math.floor(free / widest));
  const tables = bands.map((band, i): PdfNode => {
    const last = i === bands.length - 1;
    const mark = (cell: PdfNode) => (last ? [cell] : []);
    return table({
      widths: [numberWidth, nameWidth, ...band.map(() => dateWidth), ...(last ? [markWidth] : [])],
      header: [
        [
          th('№', { rowSpan: 2 }),
          th(w.pupil, { rowSpan: 2 }),
          ...spanned(th(w.dates, { colSpan: band.length }), band.length),
          ...mark({ text: r.period.label, style: 'tableHeader', fontSize: 6.5, rowSpan: 2 }),
        ],
        ['', '', ...band.map(dateHeader), ...mark('')],
      ],
      body: r.pupils.map((p, n) => [
        tight(num(n + 1), 8),
        tight(td(p.displayName), 8),
        ...band.map((l) => tight(num(r.text(l, p)), 7.5, r.outside(p, l) ? { fillColor: greyed } : {})),
        ...mark(tight(num(r.periodMark(p), { bold: true }), 8)),
      ]),
    });
  });
  // Two bands of a class of more than fifteen never share a page: each further band opens its own.
  const paged = tables.map((t, i) =>
    i === 0 ? t : { ...(t as object), ...(r.pupils.length > 15 ? { pageBreak: 'before' } : { margin: [0, 10, 0, 0] }) },
  );
  const anyGrey = r.pupils.some((p) => r.lessons.some((l) => r.outside(p, l)));
  const { legend: signs } = attendanceSigns[language];
  const legend = anyGrey ? `${signs} ${w.greyed}` : signs;
  return [{ text: w.grid, style: 'section' }, ...paged, { text: legend, style: 'caption', margin: [0, 4, 0, 0] }];
}

function topics(r: Read, language: DocumentLanguage): PdfNode[] {
  const w = words[language];
  return [
    { text: w.topics, style: 'section', pageBreak: 'before' },
    table({
      widths: [18, 62, '*', 230],
      header: [[th('№'), th(w.date), th(w.topic), th(w.homework)]],
      body: r.lessons.map((l, i) => [num(i + 1), num(r.label(l)), td(l.topic), td(l.homework)]),
      layout: 'form',
    }),
  ];
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const r = read(db, params, language);
  const teachers = r.head.teachers;
  return {
    title: w.title,
    heading: [
      `${r.c.title} ${w.classWord}, ${r.head.name}`,
      ...(teachers.length ? [`${w.teacher(teachers.length > 1)}: ${teachers.join(', ')}`] : []),
      periodLine(db, r.period, r.c.yearId, language),
    ],
    orientation: 'landscape',
    content: [...grid(r, language), ...topics(r, language)],
    facts: facts(r, language),
    signatories: ['deputy'],
    classId: r.c.id,
    fileStem: `${r.c.title} ${r.head.name}`,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = words[language];
  const r = read(db, params, language);
  return [
    {
      name: w.sheets.marks,
      header: [['№', w.pupil, ...r.lessons.map((l) => r.label(l)), r.period.label]],
      rows: r.pupils.map((p, i) => [
        i + 1,
        p.displayName,
        ...r.lessons.map((l) => r.text(l, p) || null),
        r.periodMark(p) || null,
      ]),
    },
    {
      name: w.sheets.topics,
      header: [['№', w.date, w.topic, w.homework]],
      rows: r.lessons.map((l, i) => [i + 1, r.label(l), l.topic || null, l.homework || null]),
    },
  ];
}

export const journalDocument: DocumentKind = { name: 'journal', target: 'classSubject', build, tables };
