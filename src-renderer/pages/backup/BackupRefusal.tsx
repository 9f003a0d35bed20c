import type { ApiErrorBody } from '../../../src-main/api/contract';
import { errorText } from '../../components/errors';
import { useI18n } from '../../i18n/i18n';

/**
 * A refusal of a backup call beside its form: the reason's own sentence ("the file is damaged"), and
 * under it what the system said (a disk's error), except for the fields given as `own`, which the
 * form shows beside their input.
 */
export function BackupRefusal({ error, own = [] }: { error: ApiErrorBody | null; own?: string[] }) {
  const i18n = useI18n();
  if (!error) return null;
  const fields = (error.fields ?? []).filter((f) => !own.includes(f.path));
  if (error.code === 'INVALID_INPUT' && !fields.length && error.fields?.length) return null;
  return (
    <div className="notice notice-error" role="alert" data-code={error.code}>
      {fields.length
        ? fields.map((f) => (
            <div key={`${f.path}:${f.message}`}>
              {i18n.t(f.message, f.params)}
              {f.params?.detail ? <div className="muted backup-detail">{f.params.detail}</div> : null}
            </div>
          ))
        : errorText(error, i18n)}
    </div>
  );
}

/** Bytes as megabytes with one decimal (kilobytes below one megabyte), as the office reads sizes. */
export function useSize(): (bytes: number | null) => string {
  const { t, format } = useI18n();
  return (bytes) => {
    if (bytes === null) return '—';
    if (bytes < 1048576) return t('backup.sizeKb', { kb: format.number(Math.max(1, Math.round(bytes / 1024))) });
    return t('backup.size', { mb: format.number(bytes / 1048576, 1) });
  };
}
