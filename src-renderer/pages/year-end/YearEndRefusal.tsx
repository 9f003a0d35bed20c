import type { ApiErrorBody } from '../../../src-main/api/contract';
import { errorText } from '../../components/errors';
import { useI18n } from '../../i18n/i18n';

/**
 * A refusal of a year-end call in words: its field messages say why ("a backup could not be made",
 * "Асанов is marked twice"), so those are shown rather than the generic sentence of the code, except
 * for the fields in `own`, which the form shows beside their inputs.
 */
export function YearEndRefusal({ error, own }: { error: ApiErrorBody | null; own(path: string): boolean }) {
  const i18n = useI18n();
  if (!error) return null;
  const fields = (error.fields ?? []).filter((f) => !own(f.path));
  if (error.fields?.length && !fields.length) return null;
  const reasons = [...new Set(fields.map((f) => i18n.t(f.message, f.params)))];
  return (
    <div className="notice notice-error" role="alert" data-code={error.code}>
      {reasons.length ? reasons.map((r) => <div key={r}>{r}</div>) : errorText(error, i18n)}
    </div>
  );
}
