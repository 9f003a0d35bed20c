import { useId } from 'react';

export interface Bar {
  key: string;
  label: string;
  /** The bar's length; null draws no bar (nothing to show, e.g. a class without marks). */
  value: number | null;
  /** The value as written beside the bar ("50,0"). */
  text: string;
  /** Marks a total or a chosen row. */
  strong?: boolean;
}

const rowHeight = 22;
const labelWidth = 110;
const barWidth = 320;
const textWidth = 60;

/**
 * Horizontal bars in plain SVG: one per item, its label on the left and its value on the right, so
 * that the eye compares lengths and the numbers stay readable. Screen readers get the caption and one
 * label per bar ("5-А: 50,0").
 */
export function BarChart({ title, bars, max }: { title: string; bars: Bar[]; max: number }) {
  const captionId = useId();
  const height = bars.length * rowHeight + 4;
  const scale = max > 0 ? barWidth / max : 0;
  return (
    <figure className="results-chart">
      <figcaption id={captionId}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={captionId}
        viewBox={`0 0 ${labelWidth + barWidth + textWidth} ${height}`}
        width={labelWidth + barWidth + textWidth}
        height={height}
      >
        {bars.map((bar, i) => {
          const y = i * rowHeight + 2;
          const width = bar.value === null ? 0 : Math.max(bar.value * scale, bar.value > 0 ? 1 : 0);
          return (
            <g key={bar.key} role="presentation">
              <title>{`${bar.label}: ${bar.text}`}</title>
              <text x={labelWidth - 6} y={y + 15} textAnchor="end" className={bar.strong ? 'strong' : undefined}>
                {bar.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={width}
                height={rowHeight - 8}
                className={bar.strong ? 'bar strong' : 'bar'}
              />
              <text x={labelWidth + width + 4} y={y + 15}>
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="visually-hidden">
        {bars.map((bar) => (
          <li key={bar.key}>{`${bar.label}: ${bar.text}`}</li>
        ))}
      </ul>
    </figure>
  );
}
