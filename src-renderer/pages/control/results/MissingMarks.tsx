import type { PeriodResults } from '../../../../src-main/api/contract/control-results';
import { useI18n } from '../../../i18n/i18n';

/** The period marks not set yet, by class subject: a warning while the period runs, a fault after it. */
export function MissingMarks({ results }: { results: PeriodResults }) {
  const { t, lang } = useI18n();
  const n = results.missing.reduce((sum, x) => sum + x.pupils.length, 0);
  if (!results.rows.length) return null;
  if (!n) return <p className="notice notice-success">{t('results.missing.none')}</p>;
  return (
    <section aria-label={t('results.missing.title')}>
      <h3>{t('results.missing.title')}</h3>
      <p className={results.period.over ? 'notice notice-error' : 'notice notice-info'}>
        {t(results.period.over ? 'results.missing.over' : 'results.missing.open', { n })}
      </p>
      <ul className="results-missing">
        {results.missing.map((x) => (
          <li key={x.classSubjectId}>
            <strong>
              {x.classTitle}, {lang === 'ky' ? x.nameKy : x.nameRu}
            </strong>
            {x.teacher ? ` (${x.teacher})` : ''}: {x.pupils.join(', ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
