import type { MovementLine } from '../../../src-main/api/contract/students';
import { useI18n } from '../../i18n/i18n';

/** The pupil's lines of the movement book, oldest first. */
export function MovementHistory({ lines }: { lines: MovementLine[] }) {
  const { t, format } = useI18n();
  const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('; ');
  return (
    <table className="table" aria-label={t('movement.history')}>
      <thead>
        <tr>
          <th>{t('students.class')}</th>
          <th>{t('movement.from')}</th>
          <th>{t('movement.to')}</th>
          <th>{t('movement.arrival')}</th>
          <th>{t('movement.departure')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => {
          const d = l.departure;
          const where =
            d?.kind === 'transfer'
              ? t('movement.transferTo', { name: d.place ?? '' })
              : joined(d?.kind ? t(`movement.destination.${d.kind}`) : null, d?.place);
          return (
            <tr key={l.enrollmentId}>
              <td>{l.className}</td>
              <td>{format.date(l.fromDate)}</td>
              <td>{l.toDate ? format.date(l.toDate) : ''}</td>
              <td>{joined(l.arrivedFrom, l.arrivalReason, l.orderNo ? `№ ${l.orderNo}` : null)}</td>
              <td>{d ? joined(where, d.reason, d.orderNo ? `№ ${d.orderNo}` : null) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
