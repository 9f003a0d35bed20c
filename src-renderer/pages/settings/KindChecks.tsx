import { useId } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import { markKinds, type MarkKindCode } from '../../../src-main/api/contract/journal';
import { useI18n } from '../../i18n/i18n';

/** A choice of mark kinds, one labelled checkbox each, with the messages of the list and its items. */
export function KindChecks({
  legend,
  path,
  value,
  onChange,
  error,
  hint,
}: {
  legend: string;
  path: string;
  value: MarkKindCode[];
  onChange(kinds: MarkKindCode[]): void;
  error: ApiErrorBody | null;
  hint?: string;
}) {
  const { t } = useI18n();
  const helpId = useId();
  const messages = [
    ...new Set(
      (error?.fields ?? [])
        .filter((f) => f.path === path || f.path.startsWith(`${path}.`))
        .map((f) => t(f.message, f.params)),
    ),
  ];
  const toggle = (kind: MarkKindCode, on: boolean) =>
    onChange(markKinds.filter((k) => (k === kind ? on : value.includes(k))));
  return (
    <fieldset
      className={messages.length ? 'settings-kinds field-invalid' : 'settings-kinds'}
      aria-describedby={helpId}
      aria-invalid={messages.length > 0}
    >
      <legend>{legend}</legend>
      {markKinds.map((kind) => (
        <label key={kind} className="checkbox">
          <input
            type="checkbox"
            name={`${path}.${kind}`}
            checked={value.includes(kind)}
            onChange={(e) => toggle(kind, e.target.checked)}
          />
          {t(`markKind.${kind}`)}
        </label>
      ))}
      <div id={helpId} className="field-help">
        {messages.map((m) => (
          <span key={m} className="field-error">
            {m}
          </span>
        ))}
        {hint && !messages.length ? <span className="field-hint">{hint}</span> : null}
      </div>
    </fieldset>
  );
}
