import type { ApiErrorBody } from '../../src-main/api/contract';
import { useI18n } from '../i18n/i18n';
import { errorText } from './errors';

/** A refusal from the API, in the reader's language; fields' own messages appear beside the fields. */
export function ErrorNotice({ error }: { error: ApiErrorBody | null }) {
  const i18n = useI18n();
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert" data-code={error.code}>
      {errorText(error, i18n)}
    </p>
  );
}

export function SuccessNotice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="notice notice-success" role="status">
      {text}
    </p>
  );
}
