import type { ApiErrorBody } from '../../../src-main/api/contract';
import { errorText } from '../../components/errors';
import { useI18n } from '../../i18n/i18n';

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * A refusal that says why: the movement book's refusals come as CONFLICT with the reason in a field
 * message, and that reason is the sentence to show, not the generic "already exists".
 */
export function Refusal({ error }: { error: ApiErrorBody | null }) {
  const i18n = useI18n();
  if (!error) return null;
  // Input errors stand beside their fields; the notice then only says that some are wrong.
  const fields = error.code === 'INVALID_INPUT' ? [] : (error.fields ?? []);
  const reasons = fields.map((f) => {
    const params = Object.fromEntries(
      Object.entries(f.params ?? {}).map(([k, v]) => [k, isDate(v) ? i18n.format.date(v) : v]),
    );
    return i18n.t(f.message, params);
  });
  return (
    <div className="notice notice-error" role="alert" data-code={error.code}>
      {reasons.length ? reasons.map((r) => <div key={r}>{r}</div>) : errorText(error, i18n)}
    </div>
  );
}
