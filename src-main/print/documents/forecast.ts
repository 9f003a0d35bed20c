import type { ClassForecast, ForecastLine, ForecastPeriod } from '../../api/contract/control-forecast';
import { forecastPeriods } from '../../api/contract/control-forecast';
import { forecastClass, forecastSpan } from '../../control/forecast/forecast';
import type { Database } from '../../db/connection';
import { addDays } from '../../timetable/dates';
import { classInfo } from '../data/class-data';
import { documentPeriod } from '../data/periods';
import { yearLine } from '../data/school';
import { factLabel } from '../facts';
import { PrintError, type DocumentKind, type DocumentParams, type SheetTable } from '../kinds';
import { num, table, td, th } from '../layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../types';
import { forecastWords as words } from './forecast-words';
import { printedDate } from './summary-ledger';

/*
 * The forecast of a class's period marks (docs/forecast.md): the class's rollup, then every pupil at
 * risk with the subjects concerned, the forecast mark, its confidence and why. The forecast day is the
 * last day with a lesson in the class within the period, so the same data always prints the same
 * paper and the code on it verifies. A4 portrait.
 */

const isForecastPeriod = (code: string): code is ForecastPeriod =>
  (forecastPeriods as readonly string[]).includes(code);

/** The last day with a lesson of the class within the period (the day before it starts when none). */
function lastLessonDay(db: Database, classId: number, startsOn: string, endsOn: string): string {
  const day = db.sqlite
    .prepare(
      `select max(l.date) from lesson l join class_subject cs on cs.id = l.class_subject_id
        where cs.class_id = ? and l.date between ? and ?`,
    )
    .pluck()
    .get(classId, startsOn, endsOn) as string | null;
  return day ?? addDays(startsOn, -1);
}

function read(db: Database, params: DocumentParams, language: DocumentLanguage) {
  if (params.classId === undefined) throw new PrintError('print.classRequired');
  const c = classInfo(db, params.classId);
  if (!c) throw new PrintError('print.classNotFound');
  const p = documentPeriod(db, c.yearId, params.period, language);
  if (!p || !isForecastPeriod(params.period)) throw new PrintError('print.periodNotFound');
  const span = forecastSpan(db, c.yearId, params.period, lastLessonDay(db, c.id, p.startsOn, p.endsOn));
  if (!span) throw new PrintError('print.periodNotFound');
  const forecast = forecastClass(db, c, span);
  if (!forecast.pupils.length) throw new PrintError('print.noPupils', { className: c.title });
  return { c, period: p, span, forecast };
}

interface RiskRow {
  pupil: string;
  line: ForecastLine;
}

function riskRows(f: ClassForecast): RiskRow[] {
  return f.pupils.flatMap((p) => p.lines.filter((l) => l.risks.length).map((line) => ({ pupil: p.name, line })));
}

const percentText = (n: number | null) => (n === null ? '—' : n.toFixed(1));

function cells(row: RiskRow, language: DocumentLanguage) {
  const w = words[language];
  const l = row.line;
  return {
    subject: l.subject[language],
    value: l.value ?? w.early,
    confidence: String(l.confidence),
    marks: `${l.markCount} / ${l.minimum}`,
    absent: `${l.absent} / ${l.held}`,
    why: l.risks.map((r) => w.risks[r]).join(', '),
  };
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = words[language];
  const { c, period, span, forecast } = read(db, params, language);
  const r = forecast.rollup;
  const facts: Fact[] = [];
  const summary: [string, string][] = [
    [w.pupils, String(r.pupils)],
    [w.atRisk, String(r.atRisk)],
    [w.success, percentText(r.success)],
    [w.quality, percentText(r.quality)],
    [w.average, r.average === null ? '—' : r.average.toFixed(2)],
  ];
  summary.forEach(([label, value]) => facts.push([factLabel(c.title, label), value]));
  const rows = riskRows(forecast);
  const body: PdfNode[][] = [];
  rows.forEach((row, i) => {
    const x = cells(row, language);
    facts.push([factLabel(row.pupil, x.subject), `${x.value} · ${x.confidence} · ${x.why}`]);
    body.push([
      num(i + 1),
      td(row.pupil),
      td(x.subject),
      num(x.value),
      num(x.confidence),
      num(x.marks),
      num(x.absent),
      td(x.why),
    ]);
  });
  const content: PdfNode[] = [
    { text: w.asOf(printedDate(span.asOf)), margin: [0, 0, 0, 4] },
    table({
      widths: summary.map(() => '*'),
      header: [summary.map(([label]) => th(label))],
      body: [summary.map(([, value]) => num(value))],
      margin: [0, 0, 0, 8],
    }),
    rows.length
      ? table({
          widths: [16, 100, 70, 40, 40, 42, 40, '*'],
          header: [
            [th(w.no), th(w.pupil), th(w.subject), th(w.value), th(w.confidence), th(w.marks), th(w.absent), th(w.why)],
          ],
          body,
        })
      : { text: w.none },
    { text: w.method, style: 'caption', margin: [0, 6, 0, 0] },
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
  const { c, forecast } = read(db, params, language);
  const all = forecast.pupils.flatMap((p) => p.lines.map((line) => ({ pupil: p.name, line })));
  return [
    {
      name: c.title,
      header: [[w.no, w.pupil, w.subject, w.value, w.confidence, w.marks, w.absent, w.why]],
      rows: all.map((row, i) => {
        const x = cells(row, language);
        return [i + 1, row.pupil, x.subject, row.line.value, row.line.confidence, x.marks, x.absent, x.why || null];
      }),
    },
  ];
}

export const forecastDocument: DocumentKind = { name: 'forecast', target: 'class', build, tables };
