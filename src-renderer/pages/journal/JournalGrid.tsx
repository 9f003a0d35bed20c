import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { JournalPage, JournalPagePupil } from '../../../src-main/api/contract/journal';
import type { PeriodMarkSheet, PeriodMarkSheetPupil } from '../../../src-main/api/contract/period-marks';
import { useI18n } from '../../i18n/i18n';
import { pupilName } from './names';
import { PeriodCell } from './PeriodCell';
import {
  belongsOn,
  cellKey,
  dayMonth,
  emphasisedKinds,
  gridColumns,
  indexPage,
  keyAction,
  moveFocus,
  type GridColumn,
  type KeyAction,
} from './sheet-model';

/** A cell: a pupil in a column, whose lesson may not be entered yet (a planned day of the timetable). */
export interface CellRef {
  column: GridColumn;
  pupil: JournalPagePupil;
}

export type CellAction = Exclude<KeyAction, { type: 'move' }>;

export interface GridFocus {
  row: number;
  col: number;
}

/**
 * The journal as a spreadsheet: pupils down, lessons across, then the period mark, the average and the
 * count. One cell is in the tab order at a time (a roving tabindex); keys act on it as `keyAction` says.
 */
export function JournalGrid({
  page,
  periodSheets,
  focus,
  onFocus,
  onAction,
  onPeriodAction,
  onOpenColumn,
  periodLabel,
}: {
  page: JournalPage;
  /** The period-mark columns' data; without any, one column shows the stored marks and takes no keys. */
  periodSheets: PeriodMarkSheet[];
  focus: GridFocus;
  onFocus(focus: GridFocus): void;
  onAction(cell: CellRef, action: CellAction): void;
  onPeriodAction(sheet: PeriodMarkSheet, pupil: PeriodMarkSheetPupil, action: CellAction): void;
  onOpenColumn(column: GridColumn): void;
  periodLabel: string;
}) {
  const { t, format, lang } = useI18n();
  const index = useMemo(() => indexPage(page), [page]);
  const columns = useMemo(() => gridColumns(page), [page]);
  const table = useRef<HTMLTableElement>(null);
  const firstPeriodCol = columns.length;
  const periodRows = useMemo(
    () => periodSheets.map((sheet) => new Map(sheet.pupils.map((p) => [p.studentId, p]))),
    [periodSheets],
  );
  const size = { rows: page.pupils.length, cols: columns.length + periodSheets.length };

  // The focused cell by what it is (pupil and column), not where it is: a lesson entered before it moves
  // it one column on, and the next key must still land on the same pupil's same day.
  const columnKeys = useMemo(
    () => [...columns.map((c) => c.key), ...periodSheets.map((sheet) => `period:${sheet.kind}`)],
    [columns, periodSheets],
  );
  const focusedCell = useRef<{ studentId: number; columnKey: string } | null>(null);
  useEffect(() => {
    const studentId = page.pupils[focus.row]?.studentId;
    const columnKey = columnKeys[focus.col];
    if (studentId !== undefined && columnKey !== undefined) focusedCell.current = { studentId, columnKey };
    // Recorded only when the focus moves; a new page is mapped back onto the cell below.
  }, [focus]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const was = focusedCell.current;
    if (!was) return;
    const row = page.pupils.findIndex((p) => p.studentId === was.studentId);
    const col = columnKeys.indexOf(was.columnKey);
    if (row >= 0 && col >= 0 && (row !== focus.row || col !== focus.col)) onFocus({ row, col });
  }, [page, columnKeys]); // eslint-disable-line react-hooks/exhaustive-deps

  // Keep the browser's focus on the focused cell when the page is read again after a write.
  useEffect(() => {
    const grid = table.current;
    if (!grid || !grid.contains(document.activeElement)) return;
    const cell = grid.querySelector<HTMLElement>(`[data-row="${focus.row}"][data-col="${focus.col}"]`);
    if (cell && cell !== document.activeElement) cell.focus();
  }, [focus, page]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableCellElement>, row: number, col: number) => {
    const action = keyAction(e);
    if (!action) return;
    const pupil = page.pupils[row];
    const column = columns[col];
    if (action.type === 'move') {
      const next = moveFocus({ row, col }, action, size, e.key === 'Tab');
      // Tab past the last cell leaves the grid as it would leave any other control.
      if (e.key === 'Tab' && next.row === row && next.col === col) return;
      e.preventDefault();
      onFocus(next);
      table.current?.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.col}"]`)?.focus();
      return;
    }
    e.preventDefault();
    const sheet = periodSheets[col - firstPeriodCol];
    const periodRow = pupil && sheet ? periodRows[col - firstPeriodCol]?.get(pupil.studentId) : undefined;
    if (sheet && periodRow) onPeriodAction(sheet, periodRow, action);
    else if (pupil && column) onAction({ pupil, column }, action);
  };

  const sheetLabel = (sheet: PeriodMarkSheet) => t(`periodMarks.column.${sheet.kind}`, { number: sheet.number });
  const subjectName = lang === 'ky' ? page.subject.nameKy : page.subject.nameRu;
  return (
    <div className="journal-scroll">
      <table
        ref={table}
        className="journal-grid"
        role="grid"
        aria-label={t('journal.gridLabel', { subject: subjectName, className: page.className, period: periodLabel })}
      >
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col" className="pupil-head">
              {t('journal.pupil')}
            </th>
            {columns.map((c, col) => (
              <th
                key={c.key}
                scope="col"
                className={`lesson-head${c.lesson ? '' : ' planned'}`}
                data-date={c.date}
                data-col={col}
              >
                <button
                  type="button"
                  className="link"
                  title={c.lesson ? (c.lesson.topic ?? t('journal.noTopic')) : t('journal.plannedLesson')}
                  onClick={() => onOpenColumn(c)}
                >
                  {dayMonth(c.date)}
                </button>
                <span className="lesson-topic">{c.lesson ? (c.lesson.topic ?? '—') : '+'}</span>
              </th>
            ))}
            {periodSheets.length === 0 ? (
              <th scope="col" className="period-head">
                {periodLabel}
              </th>
            ) : (
              periodSheets.map((sheet) => (
                <th key={sheet.kind} scope="col" className="period-head">
                  {sheetLabel(sheet)}
                </th>
              ))
            )}
            <th scope="col">{t('journal.average')}</th>
            <th scope="col">{t('journal.markCount')}</th>
          </tr>
        </thead>
        <tbody>
          {page.pupils.map((pupil, row) => {
            const periodMark = page.periodMarks.find((m) => m.studentId === pupil.studentId);
            return (
              <tr key={pupil.studentId}>
                <td className="row-number">{row + 1}</td>
                <th scope="row" className="pupil-name">
                  {pupilName(pupil)}
                </th>
                {columns.map((column, col) => {
                  const key = column.lesson ? cellKey(column.lesson.lessonId, pupil.studentId) : '';
                  const marks = index.marks.get(key) ?? [];
                  const absence = index.attendance.get(key);
                  const inClass = belongsOn(pupil, column.date);
                  const focused = focus.row === row && focus.col === col;
                  return (
                    <td
                      key={column.key}
                      role="gridcell"
                      tabIndex={focused ? 0 : -1}
                      data-row={row}
                      data-col={col}
                      aria-label={t('journal.cellLabel', { pupil: pupilName(pupil), date: format.date(column.date) })}
                      aria-disabled={inClass ? undefined : true}
                      title={inClass ? undefined : t('journal.notInClass')}
                      className={`cell${inClass ? '' : ' cell-out'}${column.lesson ? '' : ' cell-planned'}${focused ? ' cell-focus' : ''}`}
                      onFocus={() => !focused && onFocus({ row, col })}
                      onClick={() => onFocus({ row, col })}
                      onDoubleClick={() => inClass && onAction({ pupil, column }, { type: 'detail' })}
                      onKeyDown={(e) => onKeyDown(e, row, col)}
                    >
                      {absence && (
                        <span
                          className={`absence absence-${absence.reasonKind}`}
                          title={`${t(`attendance.${absence.status}`)}: ${t(`absence.${absence.reasonKind}`)}`}
                        >
                          {t(`attendance.short.${absence.status}`)}
                        </span>
                      )}
                      {marks.map((m) => (
                        <span
                          key={m.markId}
                          className={`mark mark-${m.kind}${emphasisedKinds.has(m.kind) ? ' mark-strong' : ''}`}
                          title={t(`markKind.${m.kind}`)}
                        >
                          {m.value}
                        </span>
                      ))}
                    </td>
                  );
                })}
                {periodSheets.length === 0 ? (
                  <td className="period-mark">{periodMark?.value ?? ''}</td>
                ) : (
                  periodSheets.map((sheet, i) => {
                    const col = firstPeriodCol + i;
                    return (
                      <PeriodCell
                        key={sheet.kind}
                        row={periodRows[i]?.get(pupil.studentId)}
                        label={`${pupilName(pupil)}, ${sheetLabel(sheet)}`}
                        focused={focus.row === row && focus.col === col}
                        rowIndex={row}
                        col={col}
                        onFocus={() => onFocus({ row, col })}
                        onOpen={(r) => onPeriodAction(sheet, r, { type: 'detail' })}
                        onKeyDown={(e) => onKeyDown(e, row, col)}
                      />
                    );
                  })
                )}
                <td className="number">{pupil.average === null ? '' : format.number(pupil.average, 2)}</td>
                <td className="number">{pupil.markCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
