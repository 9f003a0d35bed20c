import { useId, type InputHTMLAttributes } from 'react';
import type { ApiErrorBody } from '../../src-main/api/contract';
import { useI18n } from '../i18n/i18n';
import { fieldMessages } from './errors';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  /** The input's path in the API call, to show that field's messages from `error`. */
  path: string;
  value: string;
  onChange(value: string): void;
  error?: ApiErrorBody | null;
  hint?: string;
  /** A message found on the client before anything is sent (e.g. passwords that differ). */
  localError?: string | null;
}

export function Field({ label, path, value, onChange, error = null, hint, localError, ...input }: FieldProps) {
  const i18n = useI18n();
  const id = useId();
  const messages = [...(localError ? [localError] : []), ...fieldMessages(error, path, i18n)];
  return (
    <div className={messages.length ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={path}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={messages.length > 0}
        aria-describedby={`${id}-help`}
        {...input}
      />
      <div id={`${id}-help`} className="field-help">
        {messages.map((m) => (
          <span key={m} className="field-error">
            {m}
          </span>
        ))}
        {hint && !messages.length ? <span className="field-hint">{hint}</span> : null}
      </div>
    </div>
  );
}
