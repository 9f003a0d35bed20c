import type { Database } from '../../db/connection';
import { classInfo, periodMarkKey, periodMarksOf, pupilsDuring, subjectsOfClass } from '../data/class-data';
import { yearLine } from '../data/school';
import { documentPeriod } from '../data/periods';
import { factLabel } from '../facts';
import { PrintError, type DocumentKind, type DocumentParams, type SheetTable } from '../kinds';
import type { GridAlign, GridTable } from '../grid/types';
import { chunks, fitColumns, ledgerCellExtra } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact } from '../types';

/*
 * The year's summary ledger of marks (сводная ведомость учёта успеваемости), the archival document:
 * every pupil of the class against every subject, with the quarter, half-year, year, exam and final
 * marks. A4 landscape; the subjects run in bands of four, each band a table with all the pupils.
 * Its geometry is fixed (known widths, one line a pupil), so it is drawn by the grid renderer.
 */

const words = {
  ky: {
    title: 'Жетишүүнүн жыйынтык ведомосту',
    classLine: (c: string) => `${c} класс`,
    no: '№',
    pupil: 'Окуучунун аты-жөнү',
    year: 'Жыл',
    exam: 'Экз.',
    final: 'Жыйн',
    half: (n: number) => `${n}-ж/ж`,
    left: (d: string) => `чыкты ${d}`,
    arrived: (d: string) => `келди ${d}`,
    noPupils: 'print.noPupils',
  },
  ru: {
    title: 'Сводная ведомость учёта успеваемости',
    classLine: (c: string) => `${c} класс`,
    no: '№',
    pupil: 'Фамилия, имя обучающегося',
    year: 'Год',
    exam: 'Экз.',
    final: 'Итог',
    half: (n: number) => `${n} п/г`,
    left: (d: string) => `выбыл(а) ${d}`,
    arrived: (d: string) => `прибыл(а) ${d}`,
    noPupils: 'print.noPupils',
  },
};

const roman = ['I', 'II', 'III', 'IV'];

interface Column {
  kind: string;
  number: number;
  label: string;
}

/** "2026-11-05" → "05.11.2026". */
export function printedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

function columnsFor(language: DocumentLanguage, withHalfYears: boolean): Column[] {
  const w = words[language];
  return [
    ...roman.map((label, i) => ({ kind: 'quarter', number: i + 1, label })),
    ...(withHalfYears ? [1, 2].map((n) => ({ kind: 'half_year', number: n, label: w.half(n) })) : []),
    { kind: 'year', number: 0, label: w.year },
    { kind: 'exam', number: 0, label: w.exam },
    { kind: 'final', number: 0, label: w.final },
  ];
}

function read(db: Database, params: DocumentParams, language: DocumentLanguage) {
  if (params.classId === undefined) throw new PrintError('print.classRequired');
  const c = classInfo(db, params.classId);
  if (!c) throw new PrintError('print.classNotFound');
  const year = documentPeriod(db, c.yearId, 'year', language);
  if (!year) throw new PrintError('print.periodNotFound');
  const pupils = pupilsDuring(db, c.id, year.startsOn, year.endsOn);
  if (!pupils.length) throw new PrintError(words[language].noPupils, { className: c.title });
  const subjects = subjectsOfClass(db, c.id, language);
  const marks = periodMarksOf(
    db,
    subjects.map((s) => s.id),
  );
  const withHalfYears = [...marks.keys()].some((k) => k.includes(':half_year:'));
  return { c, pupils, subjects, marks, columns: columnsFor(language, withHalfYears) };
}

function note(p: { arrived: string | null; left: string | null }, language: DocumentLanguage): string {
  const w = words[language];
  return [p.arrived ? w.arrived(printedDate(p.arrived)) : '', p.left ? w.left(printedDate(p.left)) : '']
    .filter(Boolean)
    .join(', ');
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const { c, pupils, subjects, marks, columns } = read(db, params, language);
  const remarks = pupils.map((p) => note(p, language));
  const facts: Fact[] = [];
  pupils.forEach((p, i) => facts.push([factLabel(w.no, i + 1), p.displayName]));
  for (const p of pupils) {
    for (const s of subjects) {
      for (const col of columns) {
        const value = marks.get(periodMarkKey(p.id, s.id, col.kind, col.number));
        if (value) facts.push([factLabel(p.displayName, s.name, col.label), value]);
      }
    }
  }
  const bandSize = columns.length > 7 ? 3 : 4;
  // Marks grids of fixed geometry: drawn by the grid renderer, not laid out by pdfmake.
  const tables: GridTable[] = chunks(subjects, bandSize).map((band, bandIndex) => {
    const fixed = [16, 128];
    const markWidth = fitColumns('landscape', fixed, band.length * columns.length, 24);
    const markColumns = band.length * columns.length;
    return {
      widths: [...fixed, ...Array<number>(markColumns).fill(markWidth)].map((width) => width + ledgerCellExtra),
      align: ['center', 'left', ...Array<GridAlign>(markColumns).fill('center')],
      header: [
        [
          { col: 0, text: w.no, rowSpan: 2 },
          { col: 1, text: w.pupil, rowSpan: 2 },
          ...band.map((s, i) => ({ col: 2 + i * columns.length, text: s.name, colSpan: columns.length })),
        ],
        band.flatMap((_s, i) =>
          columns.map((col, j) => ({ col: 2 + i * columns.length + j, text: col.label, size: 6 })),
        ),
      ],
      rows: pupils.map((p, i) => [
        String(i + 1),
        p.displayName,
        ...band.flatMap((s) => columns.map((col) => marks.get(periodMarkKey(p.id, s.id, col.kind, col.number)) ?? '')),
      ]),
      notes: remarks,
      noteColumn: 1,
      ...(bandIndex > 0 ? { gapBefore: 10 } : {}),
    };
  });
  return {
    title: w.title,
    heading: [w.classLine(c.title), yearLine(db, c.yearId, language)],
    orientation: 'landscape',
    grid: { tables },
    facts,
    signatories: ['director', 'deputy', 'classTeacher'],
    classId: c.id,
    fileStem: c.title,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = words[language];
  const { c, pupils, subjects, marks, columns } = read(db, params, language);
  return [
    {
      name: c.title,
      header: [
        [w.no, w.pupil, ...subjects.flatMap((s) => columns.map(() => s.name))],
        ['', '', ...subjects.flatMap(() => columns.map((col) => col.label))],
      ],
      rows: pupils.map((p, i) => [
        i + 1,
        p.displayName,
        ...subjects.flatMap((s) =>
          columns.map((col) => marks.get(periodMarkKey(p.id, s.id, col.kind, col.number)) ?? null),
        ),
      ]),
    },
  ];
}

export const summaryLedger: DocumentKind = { name: 'summary-ledger', target: 'class', build, tables };
