import type { Database } from '../../db/connection';
import { movementBook as readBook, type ClassMovement, type MovementBookLine } from '../data/movement-book';
import { documentPeriod } from '../data/periods';
import { yearLine } from '../data/school';
import { factLabel } from '../facts';
import { PrintError, type DocumentKind, type DocumentParams, type SheetTable } from '../kinds';
import { num, spanned, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';
import { printedDate } from './summary-ledger';

/*
 * The movement book (окуучулардын кыймылы) for a period: every arrival, departure and transfer
 * between classes, by date, then how many pupils each class had at the start and the end. A4
 * landscape; the director signs it.
 */

const words = {
  ky: {
    title: 'Окуучулардын кыймылы китеби',
    lines: 'Окуучулардын келип-кетүүсү',
    summary: 'Класстар боюнча жыйынтык',
    no: '№',
    date: 'Күнү',
    classWord: 'Класс',
    pupil: 'Окуучунун аты-жөнү',
    born: 'Туулган күнү',
    kind: 'Кыймылы',
    place: 'Кайдан / кайда',
    reason: 'Себеби',
    order: 'Буйруктун №',
    kinds: { arrival: 'Келди', departure: 'Кетти', transfer: 'Которулду' },
    destinations: { school: 'башка мектепке', region: 'башка аймакка', country: 'өлкөдөн тышкары' },
    inSchool: 'мектептин ичинде',
    none: 'Бул мезгилде окуучулардын кыймылы болгон жок.',
    atStart: 'Мезгилдин башында',
    arrived: 'Келди',
    left: 'Кетти',
    transferredIn: 'Которулуп келди',
    transferredOut: 'Которулуп кетти',
    atEnd: 'Мезгилдин аягында',
    total: 'Мектеп боюнча',
  },
  ru: {
    title: 'Книга движения обучающихся',
    lines: 'Прибытие и выбытие обучающихся',
    summary: 'Итоги движения по классам',
    no: '№',
    date: 'Дата',
    classWord: 'Класс',
    pupil: 'Ф. И. О. обучающегося',
    born: 'Дата рождения',
    kind: 'Движение',
    place: 'Откуда / куда',
    reason: 'Причина',
    order: '№ приказа',
    kinds: { arrival: 'Прибыл(а)', departure: 'Выбыл(а)', transfer: 'Переведён(а)' },
    destinations: { school: 'в другую школу', region: 'в другой регион', country: 'за пределы страны' },
    inSchool: 'внутри школы',
    none: 'Движения обучающихся за период не было.',
    atStart: 'На начало периода',
    arrived: 'Прибыло',
    left: 'Выбыло',
    transferredIn: 'Переведено в класс',
    transferredOut: 'Переведено из класса',
    atEnd: 'На конец периода',
    total: 'Всего по школе',
  },
};

type Words = (typeof words)[DocumentLanguage];
const counts = ['atStart', 'arrived', 'left', 'transferredIn', 'transferredOut', 'atEnd'] as const;
const zero = () => ({ atStart: 0, arrived: 0, left: 0, transferredIn: 0, transferredOut: 0, atEnd: 0 });

function read(db: Database, params: DocumentParams, language: DocumentLanguage) {
  const period = documentPeriod(db, params.yearId, params.period, language);
  if (!period) throw new PrintError('print.periodNotFound');
  const book = readBook(db, params.yearId, period.startsOn, period.endsOn);
  const total: ClassMovement = { classId: 0, className: words[language].total, ...zero() };
  for (const c of book.byClass) for (const k of counts) total[k] += c[k];
  return { period, ...book, total };
}

/** Where from or where to, as the book writes it: "башка мектепке: Ош, №5 мектеп". */
function placeOf(l: MovementBookLine, w: Words): string {
  if (l.kind === 'transfer') return w.inSchool;
  const where = l.destination ? w.destinations[l.destination] : '';
  return [where, l.place].filter(Boolean).join(': ');
}

function lineCells(l: MovementBookLine, w: Words) {
  return {
    date: printedDate(l.date),
    born: l.birthDate ? printedDate(l.birthDate) : '',
    kind: w.kinds[l.kind],
    place: placeOf(l, w),
  };
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const { period, lines, byClass, total } = read(db, params, language);
  const facts: Fact[] = [];
  const body: PdfNode[][] = lines.map((l, i) => {
    const cells = lineCells(l, w);
    facts.push([factLabel(w.no, i + 1), l.fullName]);
    facts.push([
      factLabel(l.fullName, cells.kind, cells.date),
      [l.className, cells.place, l.reason, l.orderNo ? `№ ${l.orderNo}` : ''].filter(Boolean).join(' · '),
    ]);
    return [
      num(i + 1),
      num(cells.date),
      num(l.className),
      td(l.fullName),
      num(cells.born),
      td(cells.kind),
      td(cells.place),
      td(l.reason ?? ''),
      num(l.orderNo ?? ''),
    ];
  });
  if (!body.length) body.push(spanned({ text: w.none, style: 'cell', colSpan: 9, alignment: 'center' }, 9));
  for (const c of [...byClass, total]) for (const k of counts) facts.push([factLabel(c.className, w[k]), String(c[k])]);
  const summaryRow = (c: ClassMovement, bold = false) => [
    td(c.className, { bold }),
    ...counts.map((k) => num(c[k], { bold })),
  ];
  const content: PdfNode[] = [
    { text: w.lines, style: 'section' },
    table({
      layout: 'form',
      widths: [18, 54, 58, '*', 54, 62, 150, 120, 50],
      header: [[w.no, w.date, w.classWord, w.pupil, w.born, w.kind, w.place, w.reason, w.order].map((h) => th(h))],
      body,
    }),
    { text: w.summary, style: 'section', margin: [0, 14, 0, 4] },
    table({
      layout: 'form',
      widths: [110, ...counts.map(() => 80)],
      header: [[th(w.classWord), ...counts.map((k) => th(w[k]))]],
      body: [...byClass.map((c) => summaryRow(c)), summaryRow(total, true)],
    }),
  ];
  return {
    title: w.title,
    heading: [
      `${period.label} (${printedDate(period.startsOn)} – ${printedDate(period.endsOn)})`,
      yearLine(db, params.yearId, language),
    ],
    orientation: 'landscape',
    content,
    facts,
    signatories: ['director'],
    fileStem: `${w.title}, ${period.label}`,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = words[language];
  const { lines, byClass, total } = read(db, params, language);
  return [
    {
      name: w.lines,
      header: [[w.no, w.date, w.classWord, w.pupil, w.born, w.kind, w.place, w.reason, w.order]],
      rows: lines.map((l, i) => {
        const cells = lineCells(l, w);
        return [i + 1, cells.date, l.className, l.fullName, cells.born, cells.kind, cells.place, l.reason, l.orderNo];
      }),
    },
    {
      name: w.summary,
      header: [[w.classWord, ...counts.map((k) => w[k])]],
      rows: [...byClass, total].map((c) => [c.className, ...counts.map((k) => c[k])]),
    },
  ];
}

export const movementBook: DocumentKind = { name: 'movement', target: 'school', build, tables };
