import type { TimetableVersion } from '../../../src-main/api/contract/timetable';
import { useI18n } from '../../i18n/i18n';

/** The dates from which the class's week changed; choosing one shows the week of that date. */
export function VersionsList({
  versions,
  on,
  onPick,
}: {
  versions: TimetableVersion[];
  on: string;
  onPick(date: string): void;
}) {
  const { t, format } = useI18n();
  return (
    <section className="panel" aria-label={t('timetable.versions')}>
      <h2>{t('timetable.versions')}</h2>
      {versions.length === 0 ? <p className="muted">{t('timetable.noVersions')}</p> : null}
      <ol className="tt-versions">
        {versions.map((v) => {
          const current = v.from <= on && (v.to === null || on <= v.to);
          const range = v.to
            ? t('timetable.versionClosed', { from: format.date(v.from), to: format.date(v.to) })
            : t('timetable.versionOpen', { from: format.date(v.from) });
          return (
            <li key={v.from}>
              <button
                type="button"
                className={current ? 'link active' : 'link'}
                aria-current={current ? 'date' : undefined}
                onClick={() => onPick(v.from)}
              >
                {range}
              </button>{' '}
              <span className="muted">{t('timetable.versionCount', { count: v.slotCount })}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
