import type { Database } from '../../db/connection';
import { addCounts, classAbsences, monthName, monthsOf, noAbsences, type AbsenceCounts } from '../data/absences';
import { classInfo, pupilsDuring, type ClassPupil } from '../data/class-data';
import { documentPeriod } from '../data/periods';
import { periodLine } from '../data/period-line';
import { factLabel } from '../facts';
import { PrintError, type DocumentKind, type DocumentParams, type SheetTable } from '../kinds';
import { chunks, num, spanned, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';
import { printedDate } from './summary-ledger';

/*
 * The summary ledger of attendance (сводная ведомость учёта посещаемости) of a class for a period:
 * for each pupil and each month, the lessons missed, of them for a valid reason and for illness, and
 * the days missed; then the pupil's totals, and the class's total below. A quarter fits a portrait
 * page; a longer period turns landscape with the months in bands, the totals in the last band.
 */

const words = {
  ky: {
    title: 'Катышуунун жыйынтык ведомосту',
    classLine: (c: string) => `${c} класс`,
    pupil: 'Окуучунун аты-жөнү',
    total: 'Бардыгы',
    classTotal: 'Класс боюнча бардыгы',
    missedLessons: 'Калтырылган сабактар',
    columns: { lessons: 'баары', excused: 'себеп.', ill: 'оору', days: 'Күн' },
    facts: { lessons: 'калтырылган сабак', excused: 'себептүү', ill: 'ооруп', days: 'калтырылган күн' },
    legend:
      'баары — калтырылган сабактар; себеп. — анын ичинен себептүү себеп менен (оорудан башка); оору — анын ичинен ооруп; ' +
      'күн — окуучу ошол күндүн бардык сабактарын калтырган күндөр. Кечигүү катышпоо катары эсептелбейт.',
    left: (d: string) => `чыкты ${d}`,
    arrived: (d: string) => `келди ${d}`,
  },
  ru: {
    title: 'Сводная ведомость учёта посещаемости',
    classLine: (c: string) => `${c} класс`,
    pupil: 'Фамилия, имя обучающегося',
    total: 'Итого',
    classTotal: 'Итого по классу',
    missedLessons: 'Пропущено уроков',
    columns: { lessons: 'всего', excused: 'уваж.', ill: 'бол.', days: 'Дней' },
    facts: {
      lessons: 'пропущено уроков',
      excused: 'по уважительной причине',
      ill: 'по болезни',
      days: 'пропущено дней',
    },
    legend:
      'всего — пропущено уроков; уваж. — из них по уважительной причине (кроме болезни); бол. — из них по болезни; ' +
      'дней — дни, когда пропущены все уроки дня. Опоздания пропуском не считаются.',
    left: (d: string) => `выбыл(а) ${d}`,
    arrived: (d: string) => `прибыл(а) ${d}`,
  },
};

const counted = ['lessons', 'excused', 'ill', 'days'] as const;
/** At most this many months across one band of the landscape page. */
const monthsPerBand = 6;

function read(db: Database, params: DocumentParams, language: DocumentLanguage) {
  if (params.classId === undefined) throw new PrintError('print.classRequired');
  const c = classInfo(db, params.classId);
  if (!c) throw new PrintError('print.classNotFound');
  const period = documentPeriod(db, c.yearId, params.period, language);
  if (!period) throw new PrintError('print.periodNotFound');
  const pupils = pupilsDuring(db, c.id, period.startsOn, period.endsOn);
  if (!pupils.length) throw new PrintError('print.noPupils', { className: c.title });
  const absences = classAbsences(db, c.id, period.startsOn, period.endsOn);
  const months = monthsOf(period.startsOn, period.endsOn);
  const of = (p: ClassPupil, month: string) => absences.get(p.id)?.get(month) ?? noAbsences();
  const totalOf = (p: ClassPupil) => months.reduce((sum, m) => addCounts(sum, of(p, m)), noAbsences());
  const classOf = (month: string | null) =>
    pupils.reduce((sum, p) => addCounts(sum, month === null ? totalOf(p) : of(p, month)), noAbsences());
  return { c, period, pupils, months, of, totalOf, classOf };
}

type Read = ReturnType<typeof read>;

function facts(r: Read, language: DocumentLanguage): Fact[] {
  const w = words[language];
  const out: Fact[] = r.pupils.map((p, i) => [factLabel('№', i + 1), p.displayName]);
  const push = (who: string, when: string, counts: AbsenceCounts) => {
    for (const k of counted) if (counts[k]) out.push([factLabel(who, when, w.facts[k]), String(counts[k])]);
  };
  for (const p of r.pupils) {
    for (const m of r.months) push(p.displayName, monthName(m), r.of(p, m));
    push(p.displayName, w.total, r.totalOf(p));
  }
  for (const m of r.months) push(w.classTotal, monthName(m), r.classOf(m));
  push(w.classTotal, w.total, r.classOf(null));
  return out;
}

function note(p: ClassPupil, language: DocumentLanguage): string {
  const w = words[language];
  const parts = [p.arrived ? w.arrived(printedDate(p.arrived)) : '', p.left ? w.left(printedDate(p.left)) : ''];
  return parts.filter(Boolean).join(', ');
}

/** The page's width inside the margins, and what a ledger column adds to its width (padding, rule). */
const pageWidths = { portrait: 527, landscape: 774 };
const columnExtra = 3.4;

function ledger(r: Read, language: DocumentLanguage, orientation: 'portrait' | 'landscape'): PdfNode[] {
  const w = words[language];
  const bands = chunks(r.months, Math.ceil(r.months.length / Math.ceil(r.months.length / monthsPerBand)));
  const [numberWidth, nameWidth] = [16, 120];
  const groupsIn = (i: number) => (bands[i]?.length ?? 0) + (i === bands.length - 1 ? 1 : 0);
  const widestColumns = Math.max(...bands.map((_, i) => groupsIn(i))) * counted.length;
  const free = pageWidths[orientation] - 1 - numberWidth - nameWidth - (widestColumns + 2) * columnExtra;
  const countWidth = Math.min(30, Math.floor(free / widestColumns));
  const small = (text: string, options: object = {}) => ({ text, style: 'tableHeader', fontSize: 6.5, ...options });
  const headerRows = (labels: string[]): PdfNode[][] => [
    [th('№', { rowSpan: 3 }), th(w.pupil, { rowSpan: 3 }), ...labels.flatMap((l) => spanned(th(l, { colSpan: 4 }), 4))],
    [
      '',
      '',
      ...labels.flatMap(() => [
        ...spanned(small(w.missedLessons, { colSpan: 3 }), 3),
        small(w.columns.days, { rowSpan: 2 }),
      ]),
    ],
    ['', '', ...labels.flatMap(() => [small(w.columns.lessons), small(w.columns.excused), small(w.columns.ill), ''])],
  ];
  // Tight rows, so that a class of thirty and its total fit one page under the heading.
  const tight = (node: PdfNode) => ({ ...(node as object), fontSize: 8, lineHeight: 1 });
  const cells = (counts: AbsenceCounts, bold = false) => counted.map((k) => tight(num(counts[k] || '', { bold })));
  return bands.map((band, i) => {
    const last = i === bands.length - 1;
    const groups = [...band.map(monthName), ...(last ? [w.total] : [])];
    const monthsShown = (from: (m: string | null) => AbsenceCounts) => [
      ...band.flatMap((m) => cells(from(m), false)),
      ...(last ? cells(from(null), true) : []),
    ];
    return table({
      widths: [numberWidth, nameWidth, ...groups.flatMap(() => counted.map(() => countWidth))],
      header: headerRows(groups),
      body: [
        ...r.pupils.map((p, n) => {
          const remark = note(p, language);
          return [
            tight(num(n + 1)),
            remark
              ? { stack: [tight(td(p.displayName)), { text: remark, style: 'caption' }] }
              : tight(td(p.displayName)),
            ...monthsShown((m) => (m === null ? r.totalOf(p) : r.of(p, m))),
          ];
        }),
        [
          num(''),
          td(w.classTotal, { bold: true }),
          ...monthsShown((m) => r.classOf(m)).map((c) => ({ ...(c as object), bold: true })),
        ],
      ],
      ...(i > 0 ? { margin: [0, 10, 0, 0] as [number, number, number, number], pageBreak: 'before' } : {}),
    });
  });
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const r = read(db, params, language);
  const orientation = r.months.length > 3 ? 'landscape' : 'portrait';
  return {
    title: w.title,
    heading: [w.classLine(r.c.title), periodLine(db, r.period, r.c.yearId, language)],
    orientation,
    content: [...ledger(r, language, orientation), { text: w.legend, style: 'caption', margin: [0, 4, 0, 0] }],
    facts: facts(r, language),
    signatories: ['director', 'classTeacher'],
    classId: r.c.id,
    fileStem: r.c.title,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = words[language];
  const r = read(db, params, language);
  const groups = [...r.months.map(monthName), w.total];
  const row = (months: AbsenceCounts[]) => months.flatMap((c) => counted.map((k) => c[k]));
  return [
    {
      name: r.c.title,
      header: [
        ['№', w.pupil, ...groups.flatMap((g) => counted.map(() => g))],
        ['', '', ...groups.flatMap(() => counted.map((k) => w.facts[k]))],
      ],
      rows: [
        ...r.pupils.map((p, i) => [i + 1, p.displayName, ...row([...r.months.map((m) => r.of(p, m)), r.totalOf(p)])]),
        [null, w.classTotal, ...row([...r.months.map((m) => r.classOf(m)), r.classOf(null)])],
      ],
    },
  ];
}

export const attendanceDocument: DocumentKind = { name: 'attendance', target: 'class', build, tables };
