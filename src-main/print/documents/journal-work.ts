import type { JournalWorkReport, JournalWorkRow } from '../../api/contract/control-usage';
import { journalWork } from '../../control/journal-work/journal-work';
import type { Database } from '../../db/connection';
import { factLabel } from '../facts';
import { PrintError, type DocumentKind, type DocumentParams, type SheetTable } from '../kinds';
import { num, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact } from '../types';
import { monthName } from '../data/absences';
import { printedDate } from './summary-ledger';

/*
 * The monthly report on teachers' work with the electronic journal (003 §4.2Б): per teacher, the
 * entries and the days they were made, the month's lessons entered against the timetable's, the
 * programme's lag and the remarks. The month is the one of the day the document is as of (`on`),
 * counted up to that day. A4 landscape; the deputy and the director sign it.
 */

const words = {
  ky: {
    title: 'Мугалимдердин электрондук журнал менен иштөөсү',
    monthly: 'Айлык отчет',
    stem: 'Журнал менен иштөө',
    month: (name: string, year: string) => `${year}-жылдын ${name} айы`,
    asOf: (day: string) => `${day} карата`,
    teacher: 'Мугалим',
    entries: 'Жазуулар',
    days: 'Жазуу болгон күндөр',
    lessons: 'Сабактар: киргизилген / жадыбал боюнча',
    lag: 'Программадан артта калуу',
    untaught: 'Өтүлө элек темалар',
    remarks: 'Эскертүүлөр',
    received: 'алынды',
    fixed: 'оңдолду',
    open: 'ачык',
    overdue: 'мөөнөтү өттү',
    total: 'Мектеп боюнча',
    note: 'Жазуу — сабак, баа, катышуу же чейректик баа киргизүү (аудит журналы боюнча). Артта калуу окуу жылынын башынан эсептелет.',
  },
  ru: {
    title: 'Работа учителей с электронным журналом',
    monthly: 'Ежемесячный отчёт',
    stem: 'Работа с журналом',
    month: (name: string, year: string) => `${name} ${year} г.`,
    asOf: (day: string) => `по состоянию на ${day}`,
    teacher: 'Учитель',
    entries: 'Записей',
    days: 'Дней с записями',
    lessons: 'Уроки: внесено / по расписанию',
    lag: 'Отставание от программы',
    untaught: 'Непройденные темы',
    remarks: 'Замечания',
    received: 'получено',
    fixed: 'устранено',
    open: 'открыто',
    overdue: 'просрочено',
    total: 'По школе',
    note: 'Запись — внесение урока, отметки, посещаемости или четвертной отметки (по журналу аудита). Отставание считается с начала учебного года.',
  },
};

function read(db: Database, params: DocumentParams): JournalWorkReport {
  if (!params.on) throw new PrintError('print.dayRequired');
  const report = journalWork(db, params.on.slice(0, 7), params.on);
  if (!report.rows.length) throw new PrintError('print.nothingToPrint');
  return report;
}

type Numbers = Omit<JournalWorkRow, 'teacher'>;

function values(r: Numbers): (string | number)[] {
  const { received, fixed, open, overdue } = r.remarks;
  return [
    r.entries,
    r.days,
    `${r.lessonsEntered} / ${r.lessonsPlanned}`,
    String(r.lag).replace('.', ','),
    r.untaught,
    received,
    fixed,
    open,
    overdue,
  ];
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const report = read(db, params);
  const labels = [
    w.entries,
    w.days,
    w.lessons,
    w.lag,
    w.untaught,
    ...[w.received, w.fixed, w.open, w.overdue].map((x) => `${w.remarks}: ${x}`),
  ];
  const facts: Fact[] = [];
  const row = (name: string, r: Numbers, bold: boolean) => {
    const cells = values(r);
    cells.forEach((v, i) => facts.push([factLabel(name, labels[i] ?? ''), String(v)]));
    const style = bold ? { bold: true, fillColor: '#eeeeee' } : {};
    return [td(name, style), ...cells.map((v) => num(v, style))];
  };
  const body = [...report.rows.map((r) => row(r.teacher.fullName, r, false)), row(w.total, report.total, true)];
  const month = w.month(monthName(report.month).toLowerCase(), report.month.slice(0, 4));
  return {
    title: w.title,
    heading: [`${w.monthly}: ${month} · ${w.asOf(printedDate(report.asOf))}`],
    orientation: 'landscape',
    content: [
      table({
        widths: ['*', 45, 50, 70, 65, 65, 50, 52, 45, 58],
        header: [
          [
            th(w.teacher, { rowSpan: 2 }),
            ...[w.entries, w.days, w.lessons, w.lag, w.untaught].map((x) => th(x, { rowSpan: 2 })),
            th(w.remarks, { colSpan: 4 }),
            '',
            '',
            '',
          ],
          ['', '', '', '', '', '', th(w.received), th(w.fixed), th(w.open), th(w.overdue)],
        ],
        body,
      }),
      { text: w.note, style: 'caption', margin: [0, 3, 0, 0] },
    ],
    facts,
    signatories: ['director', 'deputy'],
    // Short: the job's folder is named by the title and the stem, within the file system's 255 bytes.
    fileStem: `${w.stem} ${report.month}`,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = words[language];
  const report = read(db, params);
  const numbers = (r: Numbers) => [
    r.entries,
    r.days,
    r.lessonsEntered,
    r.lessonsPlanned,
    r.lag,
    r.untaught,
    r.remarks.received,
    r.remarks.fixed,
    r.remarks.open,
    r.remarks.overdue,
  ];
  const lessons =
    language === 'ky'
      ? ['Сабактар киргизилген', 'Сабактар жадыбал боюнча']
      : ['Уроков внесено', 'Уроков по расписанию'];
  return [
    {
      name: report.month,
      header: [
        [
          w.teacher,
          w.entries,
          w.days,
          ...lessons,
          w.lag,
          w.untaught,
          ...[w.received, w.fixed, w.open, w.overdue].map((x) => `${w.remarks}: ${x}`),
        ],
      ],
      rows: [...report.rows.map((r) => [r.teacher.fullName, ...numbers(r)]), [w.total, ...numbers(report.total)]],
    },
  ];
}

export const journalWorkDocument: DocumentKind = { name: 'journal-work', target: 'school', build, tables };
