import type { ApiErrorBody } from '../../../src-main/api/contract';
import { errorText } from '../../components/errors';
import { useI18n } from '../../i18n/i18n';

/**
 * A refusal of a write made from the grid. The grid has no form fields to show a field's message beside,
 * so the messages are given here, after the general sentence: "Check the data: no such mark: 2 to 5".
 */
export function SheetNotice({ error, onDismiss }: { error: ApiErrorBody | null; onDismiss?: () => void }) {
  const i18n = useI18n();
  if (!error) return null;
  const details = (error.fields ?? []).map((f) => i18n.t(f.message, f.params));
  return (
    <p className="notice notice-error" role="alert" data-code={error.code}>
      {errorText(error, i18n)}
      {details.length > 0 && ` ${details.join(' ')}`}
      {onDismiss && (
        <button type="button" className="link notice-dismiss" onClick={onDismiss}>
          {i18n.t('journal.dismiss')}
        </button>
      )}
    </p>
  );
}
