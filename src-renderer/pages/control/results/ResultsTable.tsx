import type { ResultRow } from '../../../../src-main/api/contract/control-results';
import { useI18n } from '../../../i18n/i18n';
import { changeOf, rateKeys, rateText, rowName } from './results-format';

const countKeys = ['pupils', 'excellent', 'good', 'oneThree', 'withTwos', 'notCertified'] as const;

/**
 * One level's rows (classes with parallels and the school, subjects, or teachers): the counts, each
 * rate with its change since the previous period. A row's name is a button: choosing it shows the
 * pupils behind its numbers below.
 */
export function ResultsTable({
  caption,
  rows,
  chosen,
  onChoose,
  compared,
}: {
  caption: string;
  rows: ResultRow[];
  chosen: string | null;
  onChoose(key: string): void;
  /** The previous period's name when there is one to compare with. */
  compared: string | null;
}) {
  const { t, lang, format } = useI18n();
  if (!rows.length) return null;
  return (
    <div className="results-scroll">
      <table className="table results-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.col.name')}</th>
            {countKeys.map((k) => (
              <th key={k} scope="col">
                {t(`results.col.${k}`)}
              </th>
            ))}
            {rateKeys.flatMap((k) => [
              <th key={k} scope="col">
                {t(`results.col.${k}`)}
              </th>,
              ...(compared
                ? [
                    <th key={`${k}-change`} scope="col">
                      <abbr title={`${t(`results.col.${k}`)} ${t('results.change', { period: compared })}`}>
                        {t('results.changeShort')}
                      </abbr>
                    </th>,
                  ]
                : []),
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={[
                row.level === 'parallel' || row.level === 'school' ? 'results-total' : '',
                chosen === row.key ? 'results-chosen' : '',
              ]
                .join(' ')
                .trim()}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  aria-pressed={chosen === row.key}
                  onClick={() => onChoose(row.key)}
                >
                  {rowName(row, t, lang)}
                </button>
              </th>
              {countKeys.map((k) => (
                <td key={k} className="num">
                  {row.counts.graded === 0 && k !== 'pupils' && k !== 'notCertified' ? '—' : row.counts[k]}
                </td>
              ))}
              {rateKeys.flatMap((k) => {
                const change = changeOf(row, k);
                const cells = [
                  <td key={k} className="num">
                    {rateText(format, row.metrics, k)}
                  </td>,
                ];
                if (compared)
                  cells.push(
                    <td
                      key={`${k}-change`}
                      className={`num change ${change.startsWith('+') ? 'up' : change.startsWith('−') ? 'down' : ''}`}
                    >
                      {change}
                    </td>,
                  );
                return cells;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
