import type { RollOverPreview } from '../../../src-main/api/contract/year-end';
import { useI18n } from '../../i18n/i18n';

/** What the roll-over will do: the counts, then each new class with where it comes from. */
export function RollOverPlan({ preview }: { preview: RollOverPreview }) {
  const { t } = useI18n();
  const leaving = preview.classes
    .map((c) => ({ c, n: c.pupils.filter((p) => p.fate === 'graduates' || p.fate === 'leaves').length }))
    .filter(({ n }) => n > 0)
    .map(({ c, n }) => `${c.fromName} (${n})`);
  return (
    <section aria-labelledby="year-end-plan">
      <h3 id="year-end-plan">{t('yearEnd.roll.plan')}</h3>
      <p role="status" className="year-end-counts">
        {t('yearEnd.roll.counts', preview.counts)}
      </p>
      {leaving.length ? <p>{t('yearEnd.roll.leaving', { classes: leaving.join(', ') })}</p> : null}
      <table className="table year-end-plan">
        <thead>
          <tr>
            <th scope="col">{t('yearEnd.roll.newClass')}</th>
            <th scope="col">{t('yearEnd.roll.fromClass')}</th>
            <th scope="col">{t('yearEnd.roll.classTeacher')}</th>
            <th scope="col">{t('yearEnd.roll.pupilCount')}</th>
            <th scope="col">{t('yearEnd.roll.loadLines')}</th>
            <th scope="col">{t('yearEnd.roll.subgroups')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.newClasses.map((c) => (
            <tr key={c.name} data-class={c.name}>
              <td>{c.name}</td>
              <td>{c.fromName ?? t('yearEnd.roll.forRepeaters')}</td>
              <td>{c.classTeacher ?? '—'}</td>
              <td>{c.pupils}</td>
              <td>{c.loadLines}</td>
              <td>{c.subgroups}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
