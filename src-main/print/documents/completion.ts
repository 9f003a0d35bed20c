import type { CompletionLine, CompletionReport } from '../../api/contract/control-completion';
import { programmeCompletion } from '../../control/completion/completion';
import type { Database } from '../../db/connection';
import { documentPeriod } from '../data/periods';
import { yearLine } from '../data/school';
import { factLabel } from '../facts';
import { PrintError, type DocumentKind, type DocumentParams, type SheetTable } from '../kinds';
import { num, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';
import { printedDate } from './summary-ledger';

/*
 * Programme completion (000 §5.3) for a period as of a day: the teachers' totals first (what the
 * deputy reports), then every class subject (and group) with its lag and the topics not yet taught.
 * A4 landscape; the deputy and the director sign it. Without a day it is the whole period's.
 */

const words = {
  ky: {
    title: 'Окуу программасынын аткарылышы',
    asOf: (day: string) => `${day} карата`,
    byTeacher: 'Мугалимдер боюнча',
    byLine: 'Класстар жана предметтер боюнча',
    teacher: 'Мугалим',
    noTeacher: 'Мугалим дайындалган эмес',
    cls: 'Класс',
    subject: 'Предмет',
    lines: 'Предметтер',
    planned: 'Пландалган саат (ушул күнгө)',
    delivered: 'Өтүлгөн сабак',
    lag: 'Артта калуу',
    period: 'Мезгилдин планы',
    untaught: 'Өтүлө элек темалар',
    none: '—',
    source: { plan: 'КТП боюнча', timetable: 'сабак жадыбалы боюнча', none: 'план жок' },
    sourceNote: 'Пландалган саат КТПнын даталарынан; даталары жок планда сабак жадыбалынан алынат.',
  },
  ru: {
    title: 'Выполнение учебной программы',
    asOf: (day: string) => `по состоянию на ${day}`,
    byTeacher: 'По учителям',
    byLine: 'По классам и предметам',
    teacher: 'Учитель',
    noTeacher: 'Учитель не назначен',
    cls: 'Класс',
    subject: 'Предмет',
    lines: 'Предметов',
    planned: 'Запланировано часов (на дату)',
    delivered: 'Проведено уроков',
    lag: 'Отставание',
    period: 'План на период',
    untaught: 'Непройденные темы',
    none: '—',
    source: { plan: 'по КТП', timetable: 'по расписанию', none: 'нет плана' },
    sourceNote: 'Запланированные часы берутся из дат КТП; для плана без дат — из расписания.',
  },
};

const hours = (n: number) => String(n).replace('.', ',');

function read(db: Database, params: DocumentParams, language: DocumentLanguage) {
  const period = documentPeriod(db, params.yearId, params.period, language);
  if (!period) throw new PrintError('print.periodNotFound');
  const query =
    period.periodId !== null
      ? { periodId: period.periodId, classId: params.classId }
      : { yearId: params.yearId, classId: params.classId };
  const report = programmeCompletion(db, query, params.on ?? period.endsOn);
  if (!report.lines.length) throw new PrintError('print.nothingToPrint');
  return { period, report };
}

export function lineName(line: CompletionLine, language: DocumentLanguage): string {
  const subject = language === 'ky' ? line.subject.nameKy : line.subject.nameRu;
  return line.subgroupName ? `${subject} (${line.subgroupName})` : subject;
}

const untaughtText = (line: CompletionLine) => line.untaught.map((u) => `${u.position}. ${u.title}`).join('; ');

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const { period, report } = read(db, params, language);
  const facts: Fact[] = [];
  const teacherRows = report.byTeacher.map((g) => {
    const who = g.teacher?.fullName ?? w.noTeacher;
    const values = [g.lines, hours(g.plannedToDate), g.delivered, hours(g.lag), hours(g.periodPlanned), g.untaught];
    [w.lines, w.planned, w.delivered, w.lag, w.period, w.untaught].forEach((label, i) =>
      facts.push([factLabel(who, label), String(values[i])]),
    );
    return [td(who), ...values.map((v) => num(v))];
  });
  const lineRows = report.lines.map((l) => {
    const name = lineName(l, language);
    const label = (what: string) => factLabel(l.className, name, what);
    facts.push(
      [label(w.planned), hours(l.plannedToDate)],
      [label(w.delivered), String(l.delivered)],
      [label(w.lag), hours(l.lag)],
      [label(w.untaught), untaughtText(l)],
    );
    return [
      td(l.className),
      td(`${name}\n${w.source[l.source]}`),
      td(l.teacher?.fullName ?? w.noTeacher),
      num(hours(l.plannedToDate)),
      num(l.delivered),
      num(hours(l.lag), l.lag > 1 ? { bold: true } : {}),
      num(hours(l.periodPlanned)),
      td(untaughtText(l) || w.none),
    ];
  });
  const numbers = [w.planned, w.delivered, w.lag, w.period];
  const content: PdfNode[] = [
    { text: w.byTeacher, style: 'section' },
    table({
      widths: ['*', 58, 70, 60, 60, 60, 60],
      header: [[th(w.teacher), th(w.lines), ...numbers.map((n) => th(n)), th(w.untaught)]],
      body: teacherRows,
      margin: [0, 0, 0, 10],
    }),
    { text: w.byLine, style: 'section' },
    table({
      widths: [34, 110, 110, 55, 50, 50, 50, '*'],
      header: [[th(w.cls), th(w.subject), th(w.teacher), ...numbers.map((n) => th(n)), th(w.untaught)]],
      body: lineRows,
    }),
    { text: w.sourceNote, style: 'caption', margin: [0, 3, 0, 0] },
  ];
  const classTitle = params.classId !== undefined ? report.lines[0]?.className : undefined;
  return {
    title: w.title,
    heading: [
      [classTitle, period.label, yearLine(db, params.yearId, language)].filter(Boolean).join(' · '),
      w.asOf(printedDate(report.asOf)),
    ],
    orientation: 'landscape',
    content,
    facts,
    signatories: ['director', 'deputy'],
    fileStem: [w.title, classTitle, period.label].filter(Boolean).join(', '),
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = words[language];
  const { report } = read(db, params, language);
  const numbers = [w.planned, w.delivered, w.lag, w.period];
  return [
    {
      name: w.byLine,
      header: [[w.cls, w.subject, w.teacher, ...numbers, w.untaught]],
      rows: report.lines.map((l) => [
        l.className,
        lineName(l, language),
        l.teacher?.fullName ?? '',
        l.plannedToDate,
        l.delivered,
        l.lag,
        l.periodPlanned,
        untaughtText(l),
      ]),
    },
    {
      name: w.byTeacher,
      header: [[w.teacher, w.lines, ...numbers, w.untaught]],
      rows: report.byTeacher.map((g: CompletionReport['byTeacher'][number]) => [
        g.teacher?.fullName ?? w.noTeacher,
        g.lines,
        g.plannedToDate,
        g.delivered,
        g.lag,
        g.periodPlanned,
        g.untaught,
      ]),
    },
  ];
}

export const completionDocument: DocumentKind = { name: 'completion', target: 'school', build, tables };
