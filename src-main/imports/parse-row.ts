import type { GuardianFields, PupilFields } from '../roster/pupils';
import { parseClassName } from '../text/class-names';
import { cellText, type Cell } from './cells';
import type { ImportField } from './fields';
import type { Column } from './headers';
import { issue, parseDate, parsePin, parseSex, splitFullName, type RowIssue } from './values';

/** One row of the file as read: the pupil's card, the class it names, and what is wrong with it. */
export interface ParsedRow {
  pupil: PupilFields;
  /** Which of the card's fields the file gives at all (an empty cell keeps what the database has). */
  given: (keyof PupilFields)[];
  guardians: GuardianFields[] | null;
  /** The class named in the row's own column, as written ("5A"), or null. */
  className: string | null;
  issues: RowIssue[];
}

function valueOf(row: Cell[], columns: Column[], field: ImportField): Cell {
  for (const c of columns) if (c.field === field && cellText(row[c.index]) !== '') return row[c.index] ?? null;
  return null;
}

/** Null when every mapped cell of the row is empty: such rows are skipped without a word. */
export function parseRow(row: Cell[], columns: Column[]): ParsedRow | null {
  if (columns.every((c) => !c.field || cellText(row[c.index]) === '')) return null;
  const text = (field: ImportField) => cellText(valueOf(row, columns, field)) || null;
  const mapped = new Set(columns.map((c) => c.field));
  const issues: RowIssue[] = [];

  const full = text('fullName');
  const split = full ? splitFullName(full) : { surname: '', name: '', patronymic: null };
  const surname = text('surname') ?? split.surname;
  const name = text('name') ?? split.name;
  const patronymic = text('patronymic') ?? split.patronymic;
  if (!surname) issues.push(issue('noSurname'));
  if (!name) issues.push(issue('noName'));

  const settle = <T>(value: T | RowIssue | null): T | null => {
    if (value !== null && typeof value === 'object' && 'message' in value) {
      issues.push(value);
      return null;
    }
    return value as T | null;
  };
  const birthDate = settle(parseDate(valueOf(row, columns, 'birthDate')));
  const sex = settle(parseSex(valueOf(row, columns, 'sex')));
  const pin = settle(parsePin(valueOf(row, columns, 'pin')));

  const className = text('className');
  if (className && !parseClassName(className)) issues.push(issue('badClass', { value: className }));

  const guardianName = text('guardian');
  const phone = text('phone');
  const hasGuardians = mapped.has('guardian') || mapped.has('phone');
  const pupil: PupilFields = { surname, name, patronymic, birthDate, sex, pin, address: text('address') };
  const given = (Object.keys(pupil) as (keyof PupilFields)[]).filter((k) => pupil[k] !== null && pupil[k] !== '');
  return {
    pupil,
    given,
    // A phone without a name still belongs to "the parent": kept under a dash rather than dropped.
    guardians: !hasGuardians
      ? null
      : guardianName || phone
        ? [{ fullName: guardianName ?? '—', relation: null, phone }]
        : [],
    className,
    issues,
  };
}
