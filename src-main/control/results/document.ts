import {
  changeText,
  resultChange,
  resultListGroups,
  type PeriodResults,
  type ResultRow,
} from '../../api/contract/control-results';
import type { Database } from '../../db/connection';
import { periodOf } from '../../print/data/period-results';
import { metricText, metricValue, metricWords, type MetricKey } from '../../print/data/results-columns';
import type { Results } from '../../print/data/results';
import { yearLine } from '../../print/data/school';
import { factLabel } from '../../print/facts';
import { PrintError, type DocumentKind, type DocumentParams, type SheetTable } from '../../print/kinds';
import { num, table, td, th } from '../../print/layout';
import type { DocumentBody, DocumentLanguage, Fact, PdfNode } from '../../print/types';
import { frameWords } from '../../print/words';
import { printedDate } from '../../print/documents/summary-ledger';
import { resultsWords } from './document-words';
import { periodResults } from './period-results';

/*
 * The period's results on paper (document kind `results`): the same rows as the screen, by class with
 * the parallels and the school, by subject and by teacher, each rate beside its change since the
 * previous period; then the pupils behind the numbers and the marks still missing. A4 landscape.
 */

const counts: MetricKey[] = ['pupils', 'excellent', 'good', 'oneThree', 'withTwos', 'notCertified'];
const rates = ['success', 'quality', 'sou', 'average'] as const;
const digitsOf = (key: (typeof rates)[number]) => (key === 'average' ? 2 : 1);

/** A row as the reports' `Results`, so the metrics print through the one formatter. */
const asResults = (row: ResultRow): Results => ({ ...row.counts, counts: row.counts.marks, ...row.metrics });

function read(db: Database, params: DocumentParams, language: DocumentLanguage) {
  const period = periodOf(db, params.yearId, params.period, language);
  const results = periodResults(db, params.yearId, params.period, { classIds: null, today: '' });
  if (!results || !results.rows.length) throw new PrintError('print.nothingToPrint');
  const w = resultsWords[language];
  const nameOf = (row: ResultRow) =>
    row.level === 'parallel' ? w.parallel(row.grade ?? 0) : row.level === 'school' ? w.school : row.name[language];
  // Classes in the ledger's order, each parallel after its classes, the school last.
  const classRows: ResultRow[] = [];
  const classes = results.rows.filter((r) => r.level === 'class');
  classes.forEach((row, i) => {
    classRows.push(row);
    if (classes[i + 1]?.grade !== row.grade) {
      const parallel = results.rows.find((r) => r.key === `parallel:${row.grade}`);
      if (parallel) classRows.push(parallel);
    }
  });
  classRows.push(...results.rows.filter((r) => r.level === 'school'));
  const sections = [
    { title: w.byClass, head: w.cls, rows: classRows },
    { title: w.bySubject, head: w.subject, rows: results.rows.filter((r) => r.level === 'subject') },
    { title: w.byTeacher, head: w.teacher, rows: results.rows.filter((r) => r.level === 'teacher') },
  ];
  return { period, results, sections, nameOf };
}

const highlight = (row: ResultRow) =>
  row.level === 'school' ? '#d9d9d9' : row.level === 'parallel' ? '#eeeeee' : undefined;

function metricsTable(
  rows: ResultRow[],
  head: string,
  language: DocumentLanguage,
  nameOf: (row: ResultRow) => string,
  facts: Fact[],
): PdfNode {
  const m = metricWords(language);
  const w = resultsWords[language];
  const header = [
    th(head),
    ...counts.map((k) => ({ text: m[k].header, style: 'tableHeader', fontSize: 7 })),
    ...rates.flatMap((k) => [{ text: m[k].header, style: 'tableHeader', fontSize: 7 }, th(w.change)]),
  ];
  const body = rows.map((row) => {
    const name = nameOf(row);
    const fill = highlight(row);
    const o = { fontSize: 7.5, ...(fill ? { bold: true, fillColor: fill } : {}) };
    const r = asResults(row);
    const cell = (key: MetricKey) => {
      const text = metricText(key, r);
      facts.push([factLabel(name, m[key].label), text]);
      return { ...(num(text) as object), ...o };
    };
    return [
      { ...(td(name) as object), ...o },
      ...counts.map(cell),
      ...rates.flatMap((key) => {
        const change = changeText(
          resultChange(row.metrics[key], row.previous?.[key] ?? null, digitsOf(key)),
          digitsOf(key),
        );
        if (change) facts.push([factLabel(name, m[key].label, w.change), change]);
        return [cell(key), { ...(num(change) as object), ...o }];
      }),
    ];
  });
  return table({ widths: [120, ...counts.map(() => 34), ...rates.flatMap(() => [36, 30])], header: [header], body });
}

function listsOf(results: PeriodResults, language: DocumentLanguage, facts: Fact[]): PdfNode[] {
  const w = resultsWords[language];
  return resultListGroups.map((group) => {
    const people = results.lists.filter((l) => l.group === group);
    const title = w.groups[group];
    const rows = people.map((p) => {
      const subjects = p.subjects.map((s) => (language === 'ky' ? s.nameKy : s.nameRu)).join(', ');
      facts.push([factLabel(title, p.pupil, p.classTitle), subjects || '+']);
      return [p.pupil, p.classTitle, subjects];
    });
    const head = { text: `${title}: ${people.length}`, style: 'section' };
    if (!rows.length) return head;
    return {
      stack: [
        head,
        table({
          widths: [16, 170, 40, '*'],
          header: [[th(w.no), th(w.pupil), th(w.cls), th(w.subjects)]],
          body: rows.map(([pupil = '', cls = '', subjects = ''], i) => [num(i + 1), td(pupil), td(cls), td(subjects)]),
        }),
      ],
    };
  });
}

function build(db: Database, params: DocumentParams, language: DocumentLanguage): DocumentBody {
  const w = resultsWords[language];
  const { period, results, sections, nameOf } = read(db, params, language);
  const facts: Fact[] = [];
  const caption = (text: string) => ({ text, style: 'caption', margin: [0, 3, 0, 0] });
  const missing = results.missing.map((x) => {
    const subject = language === 'ky' ? x.nameKy : x.nameRu;
    facts.push([factLabel(w.missing, x.classTitle, subject), x.pupils.join(', ')]);
    return w.missingLine(x.classTitle, subject, x.pupils.join(', '));
  });
  const left = results.left.map((p) => `${p.pupil}, ${p.classTitle} (${printedDate(p.left)})`);
  const previous = results.previous ? frameWords[language].periods[results.previous.code] : null;
  const content: PdfNode[] = [
    ...sections.flatMap((s) =>
      s.rows.length ? [{ text: s.title, style: 'section' }, metricsTable(s.rows, s.head, language, nameOf, facts)] : [],
    ),
    caption(previous ? w.compared(previous) : w.noPrevious),
    caption(w.formula),
    ...(left.length ? [caption(`${w.left}: ${left.join('; ')}.`)] : []),
    ...(missing.length ? [{ text: w.missing, style: 'section' }, ...missing.map((line) => ({ text: line }))] : []),
    { text: w.lists, style: 'section', pageBreak: 'before' },
    ...listsOf(results, language, facts),
  ];
  return {
    title: w.title,
    heading: [`${period.label} · ${yearLine(db, params.yearId, language)}`],
    orientation: 'landscape',
    content,
    facts,
    signatories: ['director', 'deputy'],
    fileStem: `${w.title}, ${period.label}`,
  };
}

function tables(db: Database, params: DocumentParams, language: DocumentLanguage): SheetTable[] {
  const w = resultsWords[language];
  const m = metricWords(language);
  const { results, sections, nameOf } = read(db, params, language);
  const header = [...counts.map((k) => m[k].label), ...rates.flatMap((k) => [m[k].label, `${m[k].label} ${w.change}`])];
  const sheets: SheetTable[] = sections.map((s) => ({
    name: s.title.slice(0, 31),
    header: [[s.head, ...header]],
    rows: s.rows.map((row) => [
      nameOf(row),
      ...counts.map((k) => metricValue(k, asResults(row))),
      ...rates.flatMap((k) => [
        metricValue(k, asResults(row)),
        resultChange(row.metrics[k], row.previous?.[k] ?? null, digitsOf(k)),
      ]),
    ]),
  }));
  sheets.push({
    name: w.lists.slice(0, 31),
    header: [['', w.pupil, w.cls, w.subjects]],
    rows: results.lists.map((l) => [
      w.groups[l.group],
      l.pupil,
      l.classTitle,
      l.subjects.map((s) => (language === 'ky' ? s.nameKy : s.nameRu)).join(', '),
    ]),
  });
  if (results.missing.length) {
    sheets.push({
      name: w.missing.slice(0, 31),
      header: [[w.cls, w.subject, w.teacher, w.pupil]],
      rows: results.missing.flatMap((x) =>
        x.pupils.map((p) => [x.classTitle, language === 'ky' ? x.nameKy : x.nameRu, x.teacher, p]),
      ),
    });
  }
  return sheets;
}

export const resultsDocument: DocumentKind = { name: 'results', target: 'school', build, tables };
