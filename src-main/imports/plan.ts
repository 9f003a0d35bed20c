import type { Database } from '../db/connection';
import type { ImportOutcome, ImportPreview, ImportRow, ImportSheet } from '../api/contract/imports';
import { findClassByName, type ClassRecord } from '../roster/classes';
import type { GuardianFields, PupilFields } from '../roster/pupils';
import { formatClassName, parseClassName, type ClassName } from '../text/class-names';
import type { Workbook } from './cells';
import type { ColumnMapping } from './fields';
import { findHeaderRow, headingReader, headingScore, proposeColumns } from './headers';
import { classPupils, matchPupil, mergedCard, newGuardians, placement } from './match';
import { parseRow } from './parse-row';
import { issue, type RowIssue } from './values';

/** Who imports: any class with `roster.manage`, their own class with `roster.manageOwnClass`. */
export interface ImportActor {
  manageAll: boolean;
  manageOwn: boolean;
  staffId: number | null;
}

export interface PlanOptions {
  yearId: number;
  /** The date new enrolments start; also the date a found pupil's class is checked on. */
  fromDate: string;
  /** The school's day of the import (Bishkek): no one is born after it. */
  today: string;
  actor: ImportActor;
  mapping?: ColumnMapping;
  sheet?: string;
  defaultClass?: string;
  /** False: a class the year lacks is an error. True or undefined (preview): it is listed to create. */
  createClasses?: boolean;
}

/** A row with what applying it takes. */
export interface PlannedRow extends ImportRow {
  target: { name: ClassName; existing: ClassRecord | null } | null;
  studentId: number | null;
  card: PupilFields;
  cardChanged: boolean;
  /** The guardians to add (an import never removes or rewrites one), or null for none. */
  guardians: GuardianFields[] | null;
  enrol: boolean;
  /** Lines a past year left open, closed when the pupil joins this year's class. */
  closePast: { id: number; toDate: string }[];
}

/**
 * Birth dates before this are taken for typing mistakes: the school's oldest pupils (an evening class
 * of adults is not kept in this journal) were born well after it.
 */
export const earliestBirthDate = '1990-01-01';

export interface Plan extends Omit<ImportPreview, 'rows'> {
  rows: PlannedRow[];
}

/** Reads the workbook against the database: what each row would do, and why a row cannot be taken. */
export function planImport(db: Database, book: Workbook, o: PlanOptions): Plan {
  const classes = new Map<string, ClassRecord | null>();
  const pins = new Map<string, { sheet: string; row: number }>();
  const claimed = new Map<number, { sheet: string; row: number }>();
  const children = new Map<string, { sheet: string; row: number; pin: string | null }>();
  const sheets: ImportSheet[] = [];
  const rows: PlannedRow[] = [];

  const ofClass = classPupils(db, o.fromDate);
  const fieldOf = headingReader();
  const classOf = (name: ClassName) => {
    const key = `${name.grade}-${name.key}`;
    if (!classes.has(key)) classes.set(key, findClassByName(db, o.yearId, key));
    return classes.get(key) ?? null;
  };
  const mayChange = (c: ClassRecord | null) =>
    o.actor.manageAll ||
    (c !== null && o.actor.manageOwn && c.classTeacherId !== null && c.classTeacherId === o.actor.staffId);

  for (const sheet of book.sheets) {
    if (o.sheet !== undefined && sheet.name !== o.sheet) continue;
    const headerRow = findHeaderRow(sheet.rows, fieldOf);
    const columns = headerRow === null ? [] : proposeColumns(sheet.rows[headerRow] ?? [], o.mapping);
    sheets.push({ name: sheet.name, headerRow: headerRow === null ? null : headerRow + 1, columns });
    if (headerRow === null) continue;
    const sheetClass = parseClassName(sheet.name.trim());
    for (let r = headerRow + 1; r < sheet.rows.length; r += 1) {
      const cells = sheet.rows[r] ?? [];
      // A second heading line (the Russian under the Kyrgyz one) is not a pupil.
      if (headingScore(cells, fieldOf) >= 2) continue;
      // A row whose only values are a merged area's (a class column merged down past the list) is empty.
      const merged = sheet.merged?.get(r);
      const typed = merged ? cells.map((c, i) => (merged.has(i) ? null : c)) : cells;
      if (merged && !parseRow(typed, columns)) continue;
      const parsed = parseRow(cells, columns);
      if (!parsed) continue;
      const at = { sheet: sheet.name, row: r + 1 };
      const issues: RowIssue[] = [...parsed.issues];
      const born = parsed.pupil.birthDate;
      if (born && born > o.today) issues.push(issue('bornInFuture', { value: born }));
      else if (born && born < earliestBirthDate) issues.push(issue('bornTooEarly', { value: born }));

      const named = parsed.className ? parseClassName(parsed.className) : null;
      const defaultName = o.defaultClass ? parseClassName(o.defaultClass) : null;
      const className = parsed.className ? named : (sheetClass ?? defaultName);
      let target: PlannedRow['target'] = null;
      if (!parsed.className && !className) issues.push(issue('noClass'));
      if (className) {
        const existing = classOf(className);
        const title = formatClassName(className.grade, className.letter);
        target = { name: className, existing };
        if (!existing && o.createClasses === false) issues.push(issue('noSuchClass', { className: title }));
        else if (!mayChange(existing)) issues.push(issue('notYourClass', { className: title }));
      }

      const pin = parsed.pupil.pin;
      const earlier = pin ? pins.get(pin) : undefined;
      if (earlier) issues.push(issue('pinRepeated', earlier));
      else if (pin) pins.set(pin, at);
      // The same child twice: the same name and birth date, and a PIN on at most one of the rows.
      const child = born ? `${parsed.pupil.surname.toLowerCase()}|${parsed.pupil.name.toLowerCase()}|${born}` : null;
      const sibling = child ? children.get(child) : undefined;
      const twinRow = sibling && (sibling.pin === null || pin === null) ? sibling : undefined;
      if (twinRow && !earlier) issues.push(issue('sameAsRow', { sheet: twinRow.sheet, row: twinRow.row }));
      else if (child && !sibling) children.set(child, { sheet: at.sheet, row: at.row, pin });

      let studentId: number | null = null;
      let card = parsed.pupil;
      let cardChanged = true;
      let guardians = parsed.guardians?.length ? parsed.guardians : null;
      let enrol = true;
      let closePast: PlannedRow['closePast'] = [];
      if (parsed.pupil.surname && parsed.pupil.name && !earlier && !twinRow) {
        const match = matchPupil(db, parsed, target?.existing?.id ?? null, ofClass);
        issues.push(...match.issues);
        const found = match.pupil;
        const twin = found ? claimed.get(found.id) : undefined;
        if (twin) issues.push(issue('sameAsRow', twin));
        if (found && !twin) {
          claimed.set(found.id, at);
          studentId = found.id;
          ({ card, changed: cardChanged } = mergedCard(found, parsed));
          if (guardians) guardians = newGuardians(db, found.id, guardians);
          if (guardians?.length === 0) guardians = null;
          const where = placement(db, found.id, target?.existing?.id ?? null, o.yearId, o.fromDate);
          if (where.kind === 'departed') issues.push(issue('departed'));
          else if (where.kind === 'elsewhere') issues.push(issue('inOtherClass', { className: where.className }));
          // A class teacher keeps their own list: a pupil found elsewhere in the school is not theirs to take.
          else if (!o.actor.manageAll && where.kind !== 'enrolled') issues.push(issue('notYourPupil'));
          enrol = where.kind === 'enrol';
          if (where.kind === 'enrol') closePast = where.closePast;
        }
      }

      const outcome: ImportOutcome = issues.length
        ? 'error'
        : studentId === null
          ? 'new'
          : cardChanged || guardians || enrol
            ? 'update'
            : 'unchanged';
      rows.push({
        sheet: at.sheet,
        row: at.row,
        className: className ? formatClassName(className.grade, className.letter) : (parsed.className ?? null),
        outcome,
        errors: issues,
        pupil: card,
        target,
        studentId,
        card,
        cardChanged,
        guardians,
        enrol,
        closePast,
      });
    }
  }

  const counts: Record<ImportOutcome, number> = { new: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.outcome] += 1;
  const newClasses = [
    ...new Set(rows.filter((r) => r.target && !r.target.existing).map((r) => r.className ?? '')),
  ].sort();
  return { format: book.format, sheets, rows, newClasses, counts };
}

/** The plan as the API returns it, without what only applying needs. */
export function previewOf(plan: Plan): ImportPreview {
  return {
    ...plan,
    rows: plan.rows.map(({ sheet, row, className, outcome, errors, pupil }) => ({
      sheet,
      row,
      className,
      outcome,
      errors,
      pupil,
    })),
  };
}
