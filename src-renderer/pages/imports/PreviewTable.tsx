import type { ImportRow } from '../../../src-main/api/contract/imports';
import { useI18n } from '../../i18n/i18n';

/** Every row of the file with what importing it would do, and why a row cannot be imported. */
export function PreviewTable({ rows }: { rows: ImportRow[] }) {
  const { t, format } = useI18n();
  return (
    <table className="table" data-testid="import-preview">
      <thead>
        <tr>
          <th>{t('import.row')}</th>
          <th>{t('import.class')}</th>
          <th>{t('import.pupil')}</th>
          <th>{t('import.birthDate')}</th>
          <th>{t('import.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.sheet}:${r.row}`} data-outcome={r.outcome}>
            <td>
              {r.sheet}: {r.row}
            </td>
            <td>{r.className ?? ''}</td>
            <td>{[r.pupil.surname, r.pupil.name, r.pupil.patronymic].filter(Boolean).join(' ')}</td>
            <td>{r.pupil.birthDate ? format.date(r.pupil.birthDate) : ''}</td>
            <td>
              {t(`import.outcome.${r.outcome}`)}
              {r.errors.length ? `: ${r.errors.map((e) => t(e.message, e.params)).join('; ')}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
