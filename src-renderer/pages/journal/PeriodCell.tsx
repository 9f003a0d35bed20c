import type { KeyboardEvent } from 'react';
import type { PeriodMarkSheetPupil } from '../../../src-main/api/contract/period-marks';
import { useI18n } from '../../i18n/i18n';

/**
 * A pupil's period mark in the column right after the last lesson (004 §4.14.8): the mark set, else
 * the program's proposal in grey; a "!" when the proposal comes with warnings (too few marks, …).
 */
export function PeriodCell({
  row,
  label,
  focused,
  rowIndex,
  col,
  onFocus,
  onOpen,
  onKeyDown,
}: {
  row: PeriodMarkSheetPupil | undefined;
  label: string;
  focused: boolean;
  rowIndex: number;
  col: number;
  onFocus(): void;
  onOpen(row: PeriodMarkSheetPupil): void;
  onKeyDown(e: KeyboardEvent<HTMLTableCellElement>): void;
}) {
  const { t, format } = useI18n();
  const warnings = (row?.warnings ?? []).map((w) => t(`periodMarks.warning.${w.code}`, w.params));
  const proposal = row?.proposal.value ?? null;
  const title = [
    proposal !== null
      ? `${t('periodMarks.proposal')}: ${proposal}` +
        (row?.proposal.average != null ? ` (${format.number(row.proposal.average, 2)})` : '')
      : null,
    ...warnings,
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <td
      role="gridcell"
      tabIndex={focused ? 0 : -1}
      data-row={rowIndex}
      data-col={col}
      aria-label={label}
      title={title || undefined}
      className={`period-mark cell${focused ? ' cell-focus' : ''}`}
      onFocus={() => !focused && onFocus()}
      onClick={onFocus}
      onDoubleClick={() => row && onOpen(row)}
      onKeyDown={onKeyDown}
    >
      {row?.mark ? (
        <span className="period-value">{row.mark.value}</span>
      ) : (
        proposal !== null && <span className="period-proposal">{proposal}</span>
      )}
      {warnings.length > 0 && (
        <span className="period-warning" aria-hidden="true">
          !
        </span>
      )}
    </td>
  );
}
