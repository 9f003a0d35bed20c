import type { KeyboardEvent, ReactNode } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import { fieldMessages } from '../../components/errors';
import { useI18n } from '../../i18n/i18n';
import type { DraftRow } from './draft';

interface TopicRowProps {
  row: DraftRow;
  index: number;
  count: number;
  editable: boolean;
  /** The last save's refusal: its messages for this row's fields appear in the cells. */
  error: ApiErrorBody | null;
  onChange(patch: Partial<DraftRow>): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  /** Enter in any of the row's inputs: the screen moves to the next row, or adds one after the last. */
  onEnter(): void;
}

export const titleInputId = (key: number) => `plan-title-${key}`;

/** One topic of the plan: real inputs in table cells, with their field's messages beneath. */
export function TopicRow({ row, index, count, editable, error, onChange, onMove, onRemove, onEnter }: TopicRowProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const n = index + 1;
  const messages = (field: string) => fieldMessages(error, `topics.${index}.${field}`, i18n);
  const enter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    onEnter();
  };
  const cell = (field: 'section' | 'title' | 'hours' | 'plannedDate', input: ReactNode) => {
    const list = messages(field);
    return (
      <td className={list.length ? 'field-invalid' : undefined}>
        {input}
        {list.map((m) => (
          <span key={m} className="field-error">
            {m}
          </span>
        ))}
      </td>
    );
  };
  const used = row.lessonCount > 0;
  return (
    <tr data-topic={row.topicId ?? 'new'}>
      <td className="plan-number">{n}</td>
      {cell(
        'section',
        <input
          aria-label={t('plan.row.section', { n })}
          value={row.section}
          maxLength={200}
          readOnly={!editable}
          onChange={(e) => onChange({ section: e.target.value })}
          onKeyDown={enter}
        />,
      )}
      {cell(
        'title',
        <input
          id={titleInputId(row.key)}
          className="plan-title"
          aria-label={t('plan.row.title', { n })}
          value={row.title}
          maxLength={300}
          readOnly={!editable}
          aria-invalid={messages('title').length > 0}
          onChange={(e) => onChange({ title: e.target.value })}
          onKeyDown={enter}
        />,
      )}
      {cell(
        'hours',
        <input
          className="plan-hours"
          aria-label={t('plan.row.hours', { n })}
          inputMode="decimal"
          value={row.hours}
          readOnly={!editable}
          aria-invalid={messages('hours').length > 0}
          onChange={(e) => onChange({ hours: e.target.value })}
          onKeyDown={enter}
        />,
      )}
      {cell(
        'plannedDate',
        <input
          type="date"
          aria-label={t('plan.row.date', { n })}
          value={row.plannedDate}
          readOnly={!editable}
          aria-invalid={messages('plannedDate').length > 0}
          onChange={(e) => onChange({ plannedDate: e.target.value })}
          onKeyDown={enter}
        />,
      )}
      <td className="plan-lessons">{row.lessonCount || ''}</td>
      {editable ? (
        <td>
          <span className="row-actions">
            <button
              type="button"
              aria-label={t('plan.moveUp', { n })}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t('plan.moveDown', { n })}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={t('plan.removeRow', { n })}
              title={used ? t('plan.removeUsed', { count: row.lessonCount }) : t('plan.remove')}
              disabled={used}
              onClick={onRemove}
            >
              ✕
            </button>
          </span>
        </td>
      ) : null}
    </tr>
  );
}
