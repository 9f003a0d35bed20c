import type { RemarkRow } from '../../../../src-main/api/contract/control-remarks';
import { useI18n } from '../../../i18n/i18n';

/** The remarks as the deputy and the director follow them. */
export function RemarksTable({ rows }: { rows: RemarkRow[] }) {
  const { t, lang, format } = useI18n();
  return (
    <table className="table remarks-table">
      <thead>
        <tr>
          <th scope="col">{t('remarks.col.created')}</th>
          <th scope="col">{t('remarks.col.journal')}</th>
          <th scope="col">{t('remarks.col.teachers')}</th>
          <th scope="col">{t('remarks.col.text')}</th>
          <th scope="col">{t('remarks.col.due')}</th>
          <th scope="col">{t('remarks.col.state')}</th>
          <th scope="col">{t('remarks.col.fixed')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.remarkId} data-remark={r.remarkId} data-state={r.state}>
            <td>{format.dateTime(r.createdAt)}</td>
            <td>
              {r.className} — {lang === 'ky' ? r.subject.nameKy : r.subject.nameRu}
            </td>
            <td>{r.teachers.map((p) => p.fullName).join(', ')}</td>
            <td>{r.text}</td>
            <td>{format.date(r.dueOn)}</td>
            <td className={`remark-state remark-${r.state}`}>{t(`remarks.state.${r.state}`)}</td>
            <td>
              {r.fixedAt ? t('remarks.fixedBy', { date: format.dateTime(r.fixedAt), name: r.fixedBy ?? '' }) : ''}
              {r.fixedNote ? <div className="muted">{r.fixedNote}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
