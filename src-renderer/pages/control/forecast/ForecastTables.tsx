import type {
  ClassForecast,
  ForecastLine,
  ForecastRollup,
  SchoolForecast,
} from '../../../../src-main/api/contract/control-forecast';
import { useI18n } from '../../../i18n/i18n';

const rateKeys = ['success', 'quality'] as const;

/** The numbers of a rollup, as cells: pupils, at risk, without a forecast, success, quality, average. */
function RollupCells({ r }: { r: ForecastRollup }) {
  const { format } = useI18n();
  const n = (x: number | null, decimals: number) => (x === null ? '—' : format.number(x, decimals));
  return (
    <>
      <td>{r.pupils}</td>
      <td className={r.atRisk > 0 ? 'forecast-risk' : undefined}>{r.atRisk}</td>
      <td>{r.withoutForecast}</td>
      {rateKeys.map((k) => (
        <td key={k}>{n(r[k], 1)}</td>
      ))}
      <td>{n(r.average, 2)}</td>
    </>
  );
}

function RollupHeads() {
  const { t } = useI18n();
  return (
    <>
      <th scope="col">{t('control.forecast.pupils')}</th>
      <th scope="col">{t('control.forecast.atRisk')}</th>
      <th scope="col">{t('control.forecast.withoutForecast')}</th>
      <th scope="col">{t('control.forecast.success')}</th>
      <th scope="col">{t('control.forecast.quality')}</th>
      <th scope="col">{t('control.forecast.average')}</th>
    </>
  );
}

/** Every class's rollup and the school's; a class's name opens its pupils. */
export function SchoolForecastTable({ school, onOpen }: { school: SchoolForecast; onOpen: (classId: number) => void }) {
  const { t } = useI18n();
  return (
    <table className="table" aria-label={t('control.forecast.bySchool')}>
      <caption>{t('control.forecast.bySchool')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('control.forecast.class')}</th>
          <RollupHeads />
        </tr>
      </thead>
      <tbody>
        {school.classes.map((c) => (
          <tr key={c.classId}>
            <th scope="row">
              <button
                type="button"
                className="link"
                aria-label={t('control.forecast.open', { name: c.title })}
                onClick={() => onOpen(c.classId)}
              >
                {c.title}
              </button>
            </th>
            <RollupCells r={c.rollup} />
          </tr>
        ))}
        <tr className="forecast-total">
          <th scope="row">{t('control.forecast.school')}</th>
          <RollupCells r={school.school} />
        </tr>
      </tbody>
    </table>
  );
}

/** One class: its rollup, then each pupil's forecast by subject (or only the lines at risk). */
export function ClassForecastTable({ forecast, onlyAtRisk }: { forecast: ClassForecast; onlyAtRisk: boolean }) {
  const { t, lang, format } = useI18n();
  const rows = forecast.pupils.flatMap((p) =>
    p.lines.filter((l) => !onlyAtRisk || l.risks.length > 0).map((line, i) => ({ p, line, first: i === 0 })),
  );
  const value = (l: ForecastLine) => l.value ?? t('control.forecast.early');
  return (
    <>
      <table className="table" aria-label={forecast.title}>
        <thead>
          <tr>
            <th scope="col">{t('control.forecast.class')}</th>
            <RollupHeads />
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{forecast.title}</th>
            <RollupCells r={forecast.rollup} />
          </tr>
        </tbody>
      </table>
      {rows.length === 0 ? (
        <p className="muted">{t('control.forecast.nobodyAtRisk')}</p>
      ) : (
        <table className="table" aria-label={t('control.forecast.byPupil')}>
          <caption>{t('control.forecast.byPupil')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('control.forecast.pupil')}</th>
              <th scope="col">{t('control.forecast.subject')}</th>
              <th scope="col">{t('control.forecast.value')}</th>
              <th scope="col">{t('control.forecast.confidence')}</th>
              <th scope="col">{t('control.forecast.marks')}</th>
              <th scope="col">{t('control.forecast.expected')}</th>
              <th scope="col">{t('control.forecast.absent')}</th>
              <th scope="col">{t('control.forecast.why')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ p, line, first }) => (
              <tr
                key={`${p.studentId}:${line.classSubjectId}`}
                className={line.risks.length ? 'forecast-risk' : undefined}
              >
                <th scope="row">{first ? p.name : ''}</th>
                <td>{line.subject[lang]}</td>
                <td>{value(line)}</td>
                <td>
                  {line.confidence} ({t(`control.forecast.level.${line.level}`)})
                </td>
                <td>
                  {line.markCount} / {line.minimum}
                </td>
                <td>{format.number(line.expectedMarks, 1)}</td>
                <td>
                  {line.absent} / {line.held}
                </td>
                <td>{line.risks.map((r) => t(`control.forecast.risk.${r}`)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
