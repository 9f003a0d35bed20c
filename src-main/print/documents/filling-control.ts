import type { Database } from '../../db/connection';
import type { FillingLine, FillingReport, FillingTotals } from '../../api/contract/control-filling';
import { fillingControl } from '../../control/filling/report';
import { addDays } from '../../journal/edit-policy';
import { classInfo } from '../data/class-data';
import { periodOf } from '../data/period-results';
import { yearLine } from '../data/school';
import { factLabel } from '../facts';
import { PrintError, type DocumentKind, type DocumentParams, type SheetTable } from '../kinds';
import { num, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';
import { fillingWords } from './filling-control-words';

/*
 * The journal access report on paper (004 §4.9.4): the period's report up to the day it was printed
 * (`asOf`, recorded with the document so that verifying it later recounts the same days), summed per
 * teacher, then the class subjects with something to put right and what it is. Lessons of the day of
 * printing are not yet due. Without `asOf` (a period printed after it ended) the whole period counts.
 */

const dmy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const dm = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;
const pct = (n: number, p: number | null) => (p === null ? '' : `${n} (${Math.round(p)}%)`);
const late = (refs: FillingLine['lateMarks']) => refs.reduce((n, r) => n + r.entries, 0);

function lineName(l: FillingLine, language: DocumentLanguage): string {
  const subject = language === 'ky' ? l.subject.nameKy : l.subject.nameRu;
  return `${l.className} ${subject}${l.subgroupName ? ` (${l.subgroupName})` : ''}`;
}

function problems(l: FillingLine): boolean {
  return [l.missing, l.noTopic, l.noHomework, l.lateMarks, l.lateAttendance, l.noMarks, l.oneMark].some(
    (x) => x.length,
  );
}

function read(db: Database, params: DocumentParams, language: DocumentLanguage) {
  const period = periodOf(db, params.yearId, params.period, language);
  const asOf = params.asOf ?? addDays(period.endsOn, 1);
  // The start of the day of printing, in Bishkek: that day's lessons are still being given.
  const now = new Date(Date.parse(`${asOf}T00:00:00.000+06:00`));
  const to = asOf <= period.endsOn ? asOf : period.endsOn;
  if (to < period.startsOn) throw new PrintError('print.nothingToPrint');
  const report = fillingControl(db, { from: period.startsOn, to, classId: params.classId }, now);
  if (!report || !report.lines.length) throw new PrintError('print.nothingToPrint');
  return { period, report };
}

const lineCells = (l: FillingLine) => [
  l.planned,
  l.missing.length,
  l.noTopic.length,
  l.noHomework.length,
  late(l.lateMarks),
  late(l.lateAttendance),
  pct(l.noMarks.length, l.noMarksPercent),
  pct(l.oneMark.length, l.oneMarkPercent),
  l.lastEntryOn ? dmy(l.lastEntryOn) : '',
];
const totalCells = (x: FillingTotals) => [
  x.planned,
  x.missing,
  x.noTopic,
  x.noHomework,
  x.lateMarks,
  x.lateAttendance,
  x.noMarks,
  x.oneMark,
  x.lastEntryOn ? dmy(x.lastEntryOn) : '',
];
const countKeys = [
  'planned',
  'missing',
  'noTopic',
  'noHomework',
  'lateMarks',
  'lateAttendance',
  'noMarks',
  'oneMark',
  'lastEntry',
] as const;

/** What one line lacks, in words: "не внесены уроки: 08.09 (1); без отметок: Жолдошев О.". */
function lineDetails(l: FillingLine, language: DocumentLanguage): string {
  const w = fillingWords[language].lists;
  const dates = (refs: FillingLine['missing']) => refs.map((r) => dm(r.date)).join(', ');
  const parts = [
    l.missing.length ? `${w.missing}: ${dates(l.missing)}` : '',
    l.noTopic.length ? `${w.noTopic}: ${dates(l.noTopic)}` : '',
    l.noHomework.length ? `${w.noHomework}: ${dates(l.noHomework)}` : '',
    l.lateMarks.length ? `${w.lateMarks}: ${dates(l.lateMarks)}` : '',
    l.lateAttendance.length ? `${w.lateAttendance}: ${dates(l.lateAttendance)}` : '',
    l.noMarks.length ? `${w.noMarks}: ${l.noMarks.map((p) => p.fullName).join(', ')}` : '',
    l.oneMark.length ? `${w.oneMark}: ${l.oneMark.map((p) => p.fullName).join(', ')}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

function facts(report: FillingReport, language: DocumentLanguage): Fact[] {
  const w = fillingWords[language];
  const out: Fact[] = [];
  for (const l of report.lines) {
    lineCells(l).forEach((v, i) =>
      out.push([factLabel(lineName(l, language), w.cols[countKeys[i] ?? 'planned']), String(v)]),
    );
    out.push([factLabel(lineName(l, language)), lineDetails(l, language)]);
  }
  return out;
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = fillingWords[language];
  const { period, report } = read(db, params, language);
  const head = countKeys.map((k) => th(w.cols[k]));
  const narrow = countKeys.map(() => 44);
  const shown = report.lines.filter(problems);
  const cls = params.classId === undefined ? null : classInfo(db, params.classId);
  const content: PdfNode[] = [
    { text: w.byTeacher, style: 'section' },
    table({
      widths: ['*', ...narrow, 44],
      header: [[th(w.cols.teacher), ...head, th(w.cols.remarks)]],
      body: [
        ...report.teachers.map((x) => [
          td(x.teacher?.fullName ?? w.noTeacher),
          ...totalCells(x).map((v) => num(v)),
          num(`${x.remarks} (${x.remarksOpen})`),
        ]),
        [
          td(w.school, { bold: true }),
          ...totalCells(report.school).map((v) => num(v, { bold: true })),
          num(`${report.school.remarks} (${report.school.remarksOpen})`, { bold: true }),
        ],
      ],
    }),
    { text: w.byLine, style: 'section' },
    shown.length
      ? table({
          widths: ['*', ...narrow],
          header: [[th(w.cols.line), ...head]],
          body: shown.flatMap((l) => [
            [td(`${lineName(l, language)}\n${l.teacher?.fullName ?? w.noTeacher}`), ...lineCells(l).map((v) => num(v))],
            [{ text: lineDetails(l, language), style: 'caption', colSpan: 10 }, ...Array.from({ length: 9 }, () => '')],
          ]),
        })
      : { text: w.none },
    { text: w.note, style: 'caption', margin: [0, 4, 0, 0] },
  ];
  return {
    title: w.title,
    heading: [
      `${period.label} · ${yearLine(db, params.yearId, language)}`,
      `${w.range(dmy(report.from), dmy(report.until))}${cls ? ` · ${cls.title}` : ''}`,
    ],
    orientation: 'landscape',
    content,
    facts: facts(report, language),
    signatories: ['deputy', 'director'],
    fileStem: `${w.title}, ${period.label}${cls ? `, ${cls.title}` : ''}`,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = fillingWords[language];
  const { report } = read(db, params, language);
  const head = countKeys.map((k) => w.cols[k]);
  return [
    {
      name: w.byTeacher,
      header: [[w.cols.teacher, ...head, w.cols.remarks]],
      rows: [
        ...report.teachers.map((x) => [x.teacher?.fullName ?? w.noTeacher, ...totalCells(x), x.remarks]),
        [w.school, ...totalCells(report.school), report.school.remarks],
      ],
    },
    {
      name: w.cols.line,
      header: [[w.cols.line, w.cols.teacher, ...head, '']],
      rows: report.lines.map((l) => [
        lineName(l, language),
        l.teacher?.fullName ?? w.noTeacher,
        ...lineCells(l),
        lineDetails(l, language),
      ]),
    },
  ];
}

export const fillingControlDocument: DocumentKind = {
  name: 'filling-control',
  target: 'school',
  build,
  tables,
  countsToToday: true,
};
