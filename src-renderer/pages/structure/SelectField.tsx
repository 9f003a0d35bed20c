import { useId, type ReactNode } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import { fieldMessages } from '../../components/errors';
import { useI18n } from '../../i18n/i18n';

/** A labelled select (or any control given the id) with its field's messages, like Field for inputs. */
export function SelectField({
  label,
  path,
  error,
  children,
}: {
  label: string;
  path: string;
  error: ApiErrorBody | null;
  children(id: string): ReactNode;
}) {
  const i18n = useI18n();
  const id = useId();
  const messages = fieldMessages(error, path, i18n);
  return (
    <div className={messages.length ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      <div className="field-help">
        {messages.map((m) => (
          <span key={m} className="field-error">
            {m}
          </span>
        ))}
      </div>
    </div>
  );
}
