import type { Database } from '../../db/connection';
import { classInfo, pupilsDuring, subjectsOfClass, type ClassPupil } from '../data/class-data';
import { documentPeriod } from '../data/periods';
import { averageText, noAbsences, pupilResultsDuring } from '../data/pupil-period-results';
import { fullName, schoolName, signatories, yearLine } from '../data/school';
import { factLabel } from '../facts';
import { PrintError, type DocumentKind, type DocumentParams } from '../kinds';
import { num, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';
import { frameWords } from '../words';
import { printedDate } from './summary-ledger';

/*
 * The information letter for parents (маалымат кат): one A4 page per pupil, the whole class in one
 * file. Each page stands alone (it goes home in a school bag): it names the pupil, the class and the
 * period, and ends with the class teacher's line and a slip the parent signs and sends back. The
 * frame's signatures come once, at the end of the file, so each page carries its own.
 */

/** Written alike in both languages. */
const same = { no: '№', subject: 'Предмет', classWord: 'Класс' };

const words = {
  ky: {
    ...same,
    title: 'Ата-энелер үчүн маалымат кат',
    greeting: 'Урматтуу ата-эне!',
    intro: 'Балаңыздын окуудагы жетишүүсү жана сабакка катышуусу тууралуу маалымат беребиз.',
    pupil: 'Окуучу',
    periodWord: 'Мезгил',
    marks: 'Предметтер боюнча жетишүү',
    count: 'Баалардын саны',
    average: 'Орточо баа',
    periodMark: { quarter: 'Чейректик баа', half_year: 'Жарым жылдык баа', year: 'Жылдык баа' },
    missed: 'Калтырылган сабактар',
    attendance: 'Сабакка катышуу',
    excused: 'себептүү',
    ill: 'оорусу боюнча',
    unexcused: 'себепсиз',
    late: 'Кечигүү',
    absences: (m: number, e: number, i: number, u: number, l: number) =>
      `Калтырылган сабактар: ${m}, анын ичинен себептүү — ${e}, оорусу боюнча — ${i}, себепсиз — ${u}. Кечигүү: ${l}.`,
    remarks: 'Класс жетекчинин пикири жана сунуштары:',
    cut: 'Кесип алып, класс жетекчиге кайтарыңыз',
    received: (who: string) => `Маалымат кат менен тааныштым: ${who}.`,
    parent: 'Ата-эненин аты-жөнү',
    sign: 'Колу',
    date: 'Күнү',
  },
  ru: {
    ...same,
    title: 'Информационное письмо для родителей',
    greeting: 'Уважаемые родители!',
    intro: 'Сообщаем вам об успеваемости и посещаемости вашего ребёнка.',
    pupil: 'Обучающийся',
    periodWord: 'Период',
    marks: 'Успеваемость по предметам',
    count: 'Количество отметок',
    average: 'Средний балл',
    periodMark: { quarter: 'Четвертная оценка', half_year: 'Полугодовая оценка', year: 'Годовая оценка' },
    missed: 'Пропущено уроков',
    attendance: 'Посещаемость',
    excused: 'по уважительной причине',
    ill: 'по болезни',
    unexcused: 'без уважительной причины',
    late: 'Опоздания',
    absences: (m: number, e: number, i: number, u: number, l: number) =>
      `Пропущено уроков: ${m}, из них по уважительной причине — ${e}, по болезни — ${i}, без уважительной причины — ${u}. Опозданий: ${l}.`,
    remarks: 'Замечания и рекомендации классного руководителя:',
    cut: 'Отрезать и вернуть классному руководителю',
    received: (who: string) => `С информационным письмом ознакомлен(а): ${who}.`,
    parent: 'Ф. И. О. родителя',
    sign: 'Подпись',
    date: 'Дата',
  },
};

/** A line to write on by hand, `width` points long. */
const rule = (width: number, dash = false): PdfNode => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, ...(dash ? { dash: { length: 3 } } : {}) }],
});

const pageWidth = 527;
/** Up to this many subjects a letter has room for everything, and the last one for the closing too. */
const roomyUpTo = 16;

/**
 * A row to fill in by hand: labels, and lines of a given width with an optional caption under them.
 * Every node is made afresh: pdfmake writes its measurements into the nodes it lays out.
 */
function fillRow(items: (string | { line: number; caption?: string; dash?: boolean })[], marginTop = 0): PdfNode {
  return {
    margin: [0, marginTop, 0, 0],
    columnGap: 5,
    columns: items.map((item) =>
      typeof item === 'string'
        ? { width: 'auto', text: item || ' ', margin: [0, 6, 0, 0] }
        : {
            width: item.line,
            stack: [
              // A line to write on sits at the text's foot; a line to cut along, through the scissors' middle.
              { text: ' ', margin: [0, item.dash ? 0 : 6, 0, 0] },
              rule(item.line, item.dash),
              ...(item.caption ? [{ text: `(${item.caption})`, style: 'caption', alignment: 'center' }] : []),
            ],
          },
    ),
  };
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const frame = frameWords[language];
  if (params.classId === undefined) throw new PrintError('print.classRequired');
  const c = classInfo(db, params.classId);
  if (!c) throw new PrintError('print.classNotFound');
  const period = documentPeriod(db, c.yearId, params.period, language);
  if (!period) throw new PrintError('print.periodNotFound');
  // A pupil who left before the period ended is no longer the class teacher's to write home about.
  const pupils = pupilsDuring(db, c.id, period.startsOn, period.endsOn).filter((p) => p.left === null);
  if (!pupils.length) throw new PrintError('print.noPupils', { className: c.title });
  const subjects = subjectsOfClass(db, c.id, language);
  const results = pupilResultsDuring(db, pupils, subjects, period);
  const year = yearLine(db, c.yearId, language);
  const school = schoolName(db, language);
  const teacher = signatories(db, ['classTeacher'], language, c.id)[0]?.name ?? '';
  const periodText = `${period.label}, ${year} (${printedDate(period.startsOn)} – ${printedDate(period.endsOn)})`;
  const facts: Fact[] = pupils.map((p, i) => [factLabel(w.no, i + 1), p.displayName]);

  const letter = (p: ClassPupil, first: boolean, last: boolean): PdfNode => {
    // Only the last page shares its room with the closing signatures (the first page also with the
    // frame's heading): there, each subject past the roomy count takes its row from the page's furniture.
    const spare = last ? Math.max(0, subjects.length - roomyUpTo + (first ? 3 : 0)) : 0;
    const remarkLines = spare === 0 ? [1, 2, 3] : spare < 3 ? [1, 2] : [1];
    const small = (cell: PdfNode) => (spare > 3 ? { ...(cell as object), fontSize: 7.5 } : cell);
    const mine = results.get(p.id) ?? { subjects: [], absences: noAbsences() };
    const a = mine.absences;
    for (const r of mine.subjects) {
      if (r.periodMark) facts.push([factLabel(p.displayName, r.subject.name, period.label), r.periodMark]);
      if (r.average !== null) facts.push([factLabel(p.displayName, r.subject.name, w.average), averageText(r.average)]);
      if (r.missed) facts.push([factLabel(p.displayName, r.subject.name, w.missed), String(r.missed)]);
    }
    facts.push(
      [factLabel(p.displayName, w.missed), String(a.missed)],
      [factLabel(p.displayName, w.missed, w.excused), String(a.excused)],
      [factLabel(p.displayName, w.missed, w.ill), String(a.ill)],
      [factLabel(p.displayName, w.late), String(a.late)],
    );
    const rows = mine.subjects.map((r, i) =>
      [
        num(i + 1),
        td(r.subject.name),
        num(r.count),
        num(averageText(r.average)),
        num(r.periodMark, { bold: true }),
        num(r.missed || ''),
      ].map(small),
    );
    const info = (label: string, text: string, bold = false) => [td(`${label}:`), { text, bold, fontSize: 10 }];
    return {
      ...(first ? {} : { pageBreak: 'before' }),
      stack: [
        ...(first || spare > 0 ? [] : [{ text: school, style: 'school' }]),
        ...(first || spare > 2 ? [] : [{ text: w.title, style: 'title', margin: [0, 4, 0, 10] }]),
        { text: w.greeting, bold: true, fontSize: 11, alignment: 'center', margin: [0, 0, 0, 6] },
        { text: w.intro, fontSize: 10, margin: [0, 0, 0, 6] },
        table({
          layout: 'plain',
          widths: [70, '*'],
          header: [],
          body: [info(w.pupil, fullName(p), true), info(w.classWord, c.title), info(w.periodWord, periodText)],
        }),
        { text: w.marks, style: 'section' },
        table({
          widths: [16, '*', 58, 52, 62, 66],
          header: [[th(w.no), th(w.subject), th(w.count), th(w.average), th(w.periodMark[period.kind]), th(w.missed)]],
          body: rows,
        }),
        { text: w.attendance, style: 'section' },
        { text: w.absences(a.missed, a.excused, a.ill, a.unexcused, a.late), fontSize: 9.5 },
        { text: w.remarks, style: 'section' },
        ...remarkLines.map(() => ({ ...(rule(pageWidth) as object), margin: [0, 14, 0, 0] })),
        fillRow([`${frame.positions.classTeacher}:`, { line: 140, caption: frame.signature }, teacher], 10),
        fillRow(['✂', { line: pageWidth - 17, dash: true }], 8),
        { text: w.cut, style: 'caption', alignment: 'center', margin: [0, 2, 0, 4] },
        { text: w.received(`${fullName(p)}, ${c.title}, ${period.label}`), fontSize: 9.5, margin: [0, 0, 0, 2] },
        fillRow([`${w.parent}:`, { line: 165 }, `${w.sign}:`, { line: 80 }, `${w.date}:`, '«____» ____________ 20___']),
      ],
    };
  };
  return {
    title: w.title,
    heading: [`${c.title} ${w.classWord.toLowerCase()}`, `${period.label}, ${year}`],
    orientation: 'portrait',
    content: pupils.map((p, i) => letter(p, i === 0, i === pupils.length - 1)),
    facts,
    signatories: ['classTeacher'],
    classId: c.id,
    fileStem: `${c.title} ${period.label}`,
  };
}

export const parentLetter: DocumentKind = { name: 'parent-letter', target: 'class', build };
