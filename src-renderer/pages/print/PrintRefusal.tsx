import type { ApiErrorBody } from '../../../src-main/api/contract';
import { errorText } from '../../components/errors';
import { useI18n } from '../../i18n/i18n';

/**
 * A refusal of a print call, beside its form. The print calls say why in a field message ("the class
 * 5-А has no pupils in that period"): that sentence is shown rather than the generic "check the
 * fields", except for the fields given as `own`, which the form shows beside their own input.
 */
export function PrintRefusal({ error, own = [] }: { error: ApiErrorBody | null; own?: string[] }) {
  const i18n = useI18n();
  if (!error) return null;
  const fields = (error.fields ?? []).filter((f) => !own.includes(f.path));
  if (error.code === 'INVALID_INPUT' && !fields.length && error.fields?.length) return null;
  const reasons = [...new Set(fields.map((f) => i18n.t(f.message, f.params)))];
  return (
    <div className="notice notice-error" role="alert" data-code={error.code}>
      {reasons.length ? reasons.map((r) => <div key={r}>{r}</div>) : errorText(error, i18n)}
    </div>
  );
}
