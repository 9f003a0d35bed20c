import type { HoursCheck } from '../../../src-main/api/contract/plan';
import { useI18n } from '../../i18n/i18n';

/**
 * The hours check in one plain sentence ("Пландалган 68 саат, окуу планы боюнча 68 саат (2 саат × 34
 * жума)"), the difference in red when it is not zero. `planned` is the table's sum as typed.
 */
export function HoursSummary({ hours, planned }: { hours: HoursCheck; planned: number }) {
  const { t, format } = useI18n();
  const n = (x: number) => format.number(x, Number.isInteger(x) ? 0 : 1);
  const difference = Math.round((planned - hours.expected) * 100) / 100;
  return (
    <div className="plan-hours-check" role="status" aria-live="polite">
      <p>
        {t('plan.hours.summary', {
          planned: n(planned),
          expected: n(hours.expected),
          perWeek: n(hours.hoursPerWeek),
          weeks: hours.weeks,
        })}
      </p>
      {difference === 0 ? (
        <p className="plan-ok">{t('plan.hours.ok')}</p>
      ) : (
        <p className="plan-difference" data-difference={difference}>
          {t(difference < 0 ? 'plan.hours.missing' : 'plan.hours.extra', { difference: n(Math.abs(difference)) })}
        </p>
      )}
    </div>
  );
}
