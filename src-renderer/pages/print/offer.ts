import type { SessionUser } from '../../../src-main/api/contract';
import type { JournalChoices } from '../../../src-main/api/contract/journal';
import {
  printKindNames,
  printPeriods,
  type PrintChoices,
  type PrintKindChoice,
  type PrintKindName,
  type PrintPeriod,
} from '../../../src-main/api/contract/print';
import type { MessageKey } from '../../i18n/catalogs';
import type { Language } from '../../i18n/languages';

/*
 * What the print screen offers. `print.choices` lists every class of the year; the director and the
 * deputy (`print`) may print any of them, a teacher only their own: as class teacher, their class's
 * documents; as a subject teacher, their class subjects' journal. The journal screen's choices say
 * which those are (and give the subjects' names in both languages).
 */

export const kindLabel: Record<PrintKindName, MessageKey> = {
  journal: 'print.kind.journal',
  'quarter-ledger': 'print.kind.quarter-ledger',
  'summary-ledger': 'print.kind.summary-ledger',
  attendance: 'print.kind.attendance',
  'class-report': 'print.kind.class-report',
  'school-report': 'print.kind.school-report',
  'parent-letter': 'print.kind.parent-letter',
  movement: 'print.kind.movement',
  completion: 'print.kind.completion',
  'journal-work': 'print.kind.journal-work',
  results: 'print.kind.results',
  'weekly-analysis': 'print.kind.weekly-analysis',
  forecast: 'print.kind.forecast',
  'filling-control': 'print.kind.filling-control',
};

export const periodLabel: Record<PrintPeriod, MessageKey> = {
  q1: 'print.period.q1',
  q2: 'print.period.q2',
  q3: 'print.period.q3',
  q4: 'print.period.q4',
  h1: 'print.period.h1',
  h2: 'print.period.h2',
  year: 'print.period.year',
};

export interface OfferedClass {
  id: number;
  title: string;
  subjects: { id: number; name: string }[];
}

export interface PrintOffer {
  kinds: PrintKindChoice[];
  /** The classes offered for a kind, each with the subjects offered (for a class subject's document). */
  classesFor(kind: PrintKindChoice): OfferedClass[];
  periods: PrintPeriod[];
  /** The period chosen at first: the current quarter. */
  defaultPeriod: PrintPeriod;
  canBatch: boolean;
}

function periodCode(p: { kind: string; number: number }): PrintPeriod | null {
  const code = p.kind === 'quarter' ? `q${p.number}` : p.kind === 'half_year' ? `h${p.number}` : p.kind;
  return (printPeriods as readonly string[]).includes(code) ? (code as PrintPeriod) : null;
}

export function printOffer(
  user: SessionUser,
  choices: PrintChoices,
  journals: JournalChoices | null,
  lang: Language,
): PrintOffer {
  const printsAll = user.permissions.includes('print');
  const subjectNames = new Map(
    (journals?.journals ?? []).map((j) => [j.classSubjectId, lang === 'ky' ? j.subject.nameKy : j.subject.nameRu]),
  );
  const named = (c: PrintChoices['classes'][number]): OfferedClass => ({
    ...c,
    subjects: c.subjects.map((s) => ({ id: s.id, name: subjectNames.get(s.id) ?? s.name })),
  });
  const all = choices.classes.map(named);

  const ownClassIds = new Set((journals?.journals ?? []).filter((j) => j.classTeacher).map((j) => j.classId));
  const ownSubjectIds = new Set((journals?.journals ?? []).filter((j) => j.own).map((j) => j.classSubjectId));
  const classesFor = (kind: PrintKindChoice): OfferedClass[] => {
    if (printsAll) return all;
    if (kind.target === 'class') return all.filter((c) => ownClassIds.has(c.id));
    if (kind.target === 'classSubject') {
      return all
        .map((c) => ({ ...c, subjects: c.subjects.filter((s) => ownSubjectIds.has(s.id)) }))
        .filter((c) => c.subjects.length > 0);
    }
    return [];
  };
  // A teacher is offered only what they may print: no school-wide document, no kind without a class.
  const kinds = choices.kinds
    .filter((k) => printsAll || classesFor(k).length > 0)
    .sort((a, b) => printKindNames.indexOf(a.name) - printKindNames.indexOf(b.name));

  const known = (journals?.periods ?? []).map(periodCode).filter((p): p is PrintPeriod => p !== null);
  const periods = known.length ? printPeriods.filter((p) => known.includes(p)) : [...printPeriods];
  const current = journals?.periods.find((p) => p.periodId === journals.currentPeriodId);
  const currentCode = current ? periodCode(current) : null;
  const defaultPeriod = currentCode && periods.includes(currentCode) ? currentCode : (periods[0] ?? 'q1');
  return { kinds, classesFor, periods, defaultPeriod, canBatch: choices.canBatch };
}
