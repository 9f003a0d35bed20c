import type { ResultRow } from '../../../../src-main/api/contract/control-results';
import { useI18n } from '../../../i18n/i18n';
import { BarChart } from './BarChart';
import { rowName } from './results-format';

/**
 * What a person would rather look at than read: the quality of knowledge of every class beside the
 * school's, and how the chosen row's period marks spread over 5, 4, 3, 2 and н/а.
 */
export function ResultCharts({ rows, chosen }: { rows: ResultRow[]; chosen: ResultRow | null }) {
  const { t, lang, format } = useI18n();
  const graded = rows.filter((r) => (r.level === 'class' || r.level === 'school') && r.counts.graded > 0);
  const marks = chosen ?? rows.find((r) => r.level === 'school') ?? null;
  const m = marks?.counts.marks;
  return (
    <div className="results-charts">
      {graded.length ? (
        <BarChart
          title={t('results.chart.quality')}
          max={100}
          bars={graded.map((r) => ({
            key: r.key,
            label: rowName(r, t, lang),
            value: r.metrics.quality,
            text: r.metrics.quality === null ? '—' : format.number(r.metrics.quality, 1),
            strong: r.level === 'school',
          }))}
        />
      ) : null}
      {marks && m ? (
        <BarChart
          title={`${t('results.chart.marks')}: ${rowName(marks, t, lang)}`}
          max={Math.max(m.n5, m.n4, m.n3, m.n2, m.na)}
          bars={(
            [
              ['5', m.n5],
              ['4', m.n4],
              ['3', m.n3],
              ['2', m.n2],
              ['н/а', m.na],
            ] as const
          ).map(([label, n]) => ({ key: label, label: `«${label}»`, value: n, text: String(n) }))}
        />
      ) : null}
    </div>
  );
}
