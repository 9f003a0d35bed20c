import type { WeeklyCounts, WeeklyRow } from '../../api/contract/control-weekly';
import { isCalendarDate } from '../../api/contract/fields';
import type { Database } from '../../db/connection';
import { yearLine } from '../../print/data/school';
import { printedDate } from '../../print/documents/summary-ledger';
import { factLabel } from '../../print/facts';
import { PrintError, type DocumentKind, type DocumentParams, type SheetTable } from '../../print/kinds';
import { num, table, td } from '../../print/layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../../print/types';
import { noWeeklyCounts, weeklyAnalysis } from './analysis';

/*
 * The weekly analysis for the notice board (kind `weekly-analysis`): one A4 landscape page, a row per
 * class and the school's total. The week is a parameter of its own (`weekOf`, any day of it), so a
 * paper copy is verified against the same week.
 */

type Column = keyof WeeklyCounts | 'share';
const columns: Column[] = [
  'planned',
  'entered',
  'share',
  'noTopic',
  'noHomework',
  'marks',
  'twos',
  'excused',
  'unexcused',
  'late',
];

const words: Record<
  DocumentLanguage,
  {
    title: string;
    cls: string;
    school: string;
    absences: string;
    columns: Record<Column, string>;
    note: string;
    parallel: (grade: number) => string;
    byParallel: string;
  }
> = {
  ky: {
    title: 'Электрондук журналдын жумалык талдоосу',
    cls: 'Класс',
    school: 'Мектеп боюнча',
    absences: 'Сабакка катышкан жок',
    columns: {
      planned: 'Жүгүртмө боюнча сабактар',
      entered: 'Журналга киргизилген сабактар',
      share: '%',
      noTopic: 'Темасы жок',
      noHomework: 'Үй тапшырмасы жок',
      marks: 'Коюлган баалар',
      twos: 'Анын ичинен «2»',
      excused: 'Себептүү',
      unexcused: 'Себепсиз',
      late: 'Кечигүү',
    },
    note: 'Сабактар, баалар жана катышуу сабактын датасы боюнча эсептелет; майрам күндөрү жүгүртмөдө сабак жок.',
    parallel: (grade: number) => `${grade}-класстар`,
    byParallel: 'Бир баракка батыш үчүн параллелдер боюнча; ар бир класс боюнча — экранда жана .xlsx файлында.',
  },
  ru: {
    title: 'Еженедельный анализ ведения электронного журнала',
    cls: 'Класс',
    school: 'По школе',
    absences: 'Пропуски уроков',
    columns: {
      planned: 'Уроков по расписанию',
      entered: 'Уроков внесено в журнал',
      share: '%',
      noTopic: 'Без темы',
      noHomework: 'Без домашнего задания',
      marks: 'Выставлено отметок',
      twos: 'Из них «2»',
      excused: 'По уважительной причине',
      unexcused: 'Без уважительной причины',
      late: 'Опоздания',
    },
    note: 'Уроки, отметки и посещаемость считаются по дате урока; в праздничные дни уроков по расписанию нет.',
    parallel: (grade: number) => `${grade}-е классы`,
    byParallel: 'Чтобы уместиться на одной странице — по параллелям; по каждому классу — на экране и в файле .xlsx.',
  },
};

/** The lessons entered as a share of the timetable's, "87" (a whole percent); "" without a timetable. */
const share = (c: WeeklyCounts) => (c.planned === 0 ? '' : String(Math.round((100 * c.entered) / c.planned)));
const valueOf = (c: WeeklyCounts, column: Column) => (column === 'share' ? share(c) : String(c[column]));

/** The most classes that still fit one landscape page with the signatures, a row each (at 6.5 pt). */
const maxClassRows = 21;

function parallelsOf(rows: readonly WeeklyRow[], name: (grade: number) => string) {
  const out: { name: string; counts: WeeklyCounts }[] = [];
  const byGrade = new Map<number, WeeklyCounts>();
  for (const row of rows) {
    let counts = byGrade.get(row.grade);
    if (!counts) {
      counts = noWeeklyCounts();
      byGrade.set(row.grade, counts);
      out.push({ name: name(row.grade), counts });
    }
    for (const key of Object.keys(counts) as (keyof WeeklyCounts)[]) counts[key] += row[key];
  }
  return out;
}

function read(db: Database, params: DocumentParams) {
  if (!params.weekOf || !isCalendarDate(params.weekOf)) throw new PrintError('print.weekRequired');
  const week = weeklyAnalysis(db, params.weekOf, params.yearId);
  if (!week.rows.length) throw new PrintError('print.nothingToPrint');
  return week;
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const week = read(db, params);
  const facts: Fact[] = [];
  // One page for the notice board: a row per class while they fit (smaller rows for more classes),
  // else a row per parallel; every class stays on the screen and in the .xlsx.
  const byParallel = week.rows.length > maxClassRows;
  const rows = byParallel
    ? parallelsOf(week.rows, w.parallel)
    : week.rows.map((r) => ({ name: r.classTitle, counts: r }));
  const fontSize = rows.length <= 16 ? 8.5 : 6.5;
  const line = (name: string, c: WeeklyCounts, more = {}): PdfNode[] => {
    const options = { fontSize, ...more };
    return [
      { ...(td(name) as object), ...options },
      ...columns.map((column) => {
        const text = valueOf(c, column);
        facts.push([factLabel(name, w.columns[column]), text]);
        return { ...(num(text) as object), ...options };
      }),
    ];
  };
  const small = (text: string, extra = {}) => ({ text, style: 'tableHeader', fontSize: 7, ...extra });
  const absent = columns.indexOf('excused');
  const header: PdfNode[][] = [
    [
      small(w.cls, { rowSpan: 2 }),
      ...columns.map((column, i) =>
        i === absent
          ? small(w.absences, { colSpan: 2 })
          : i === absent + 1
            ? ''
            : small(w.columns[column], { rowSpan: 2 }),
      ),
    ],
    ['', ...columns.map((column, i) => (i === absent || i === absent + 1 ? small(w.columns[column]) : ''))],
  ];
  const content: PdfNode[] = [
    table({
      widths: [90, ...columns.map((c) => (c === 'share' ? 30 : 62))],
      header,
      body: [
        ...rows.map((row) => line(row.name, row.counts)),
        line(w.school, week.total, { bold: true, fillColor: '#eeeeee' }),
      ],
    }),
    { text: w.note, style: 'caption', margin: [0, 3, 0, 0] },
    ...(byParallel ? [{ text: w.byParallel, style: 'caption' }] : []),
  ];
  const span = `${printedDate(week.monday)} – ${printedDate(week.sunday)}`;
  return {
    title: w.title,
    heading: [`${span} · ${yearLine(db, params.yearId, language)}`],
    orientation: 'landscape',
    content,
    facts,
    signatories: ['deputy'],
    fileStem: `${w.title}, ${span}`,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = words[language];
  const week = read(db, params);
  const cells = (c: WeeklyCounts) =>
    columns.map((column) => {
      const text = valueOf(c, column);
      return text === '' ? null : Number(text);
    });
  return [
    {
      name: `${week.monday} – ${week.sunday}`,
      header: [[w.cls, ...columns.map((c) => w.columns[c])]],
      rows: [...week.rows.map((r) => [r.classTitle, ...cells(r)]), [w.school, ...cells(week.total)]],
    },
  ];
}

export const weeklyDocument: DocumentKind = { name: 'weekly-analysis', target: 'school', build, tables };
