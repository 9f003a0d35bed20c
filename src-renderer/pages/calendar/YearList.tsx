import type { YearRow } from '../../../src-main/api/contract/calendar';
import { useI18n } from '../../i18n/i18n';

/** Every year, newest first: open one to edit it (or read it, when closed), or make it current. */
export function YearList({
  years,
  selectedId,
  onSelect,
  onMakeCurrent,
}: {
  years: YearRow[];
  selectedId: number | null;
  onSelect(year: YearRow): void;
  onMakeCurrent(year: YearRow): void;
}) {
  const { t, format } = useI18n();
  return (
    <table className="table">
      <thead>
        <tr>
          <th>{t('years.name')}</th>
          <th>{t('years.dates')}</th>
          <th>{t('years.status')}</th>
          <th>{t('years.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {years.map((y) => (
          <tr key={y.id} data-year={y.title} aria-selected={y.id === selectedId}>
            <td>{y.title}</td>
            <td>
              {format.date(y.startsOn)} – {format.date(y.endsOn)}
            </td>
            <td>
              {[y.isCurrent ? t('years.current') : null, y.state === 'closed' ? t('years.closed') : t('years.open')]
                .filter(Boolean)
                .join(', ')}
            </td>
            <td className="row-actions">
              <button type="button" onClick={() => onSelect(y)} aria-pressed={y.id === selectedId}>
                {t('years.show')}
              </button>
              {!y.isCurrent && y.state === 'open' ? (
                <button type="button" onClick={() => onMakeCurrent(y)}>
                  {t('years.makeCurrent')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
