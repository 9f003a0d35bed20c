import type { FillingReport, FillingTotals } from '../../../../src-main/api/contract/control-filling';
import { useI18n } from '../../../i18n/i18n';

/** The report summed per teacher (the monthly report on teachers' work with the journal), and the school. */
export function FillingTeachers({ report }: { report: FillingReport }) {
  const { t, format } = useI18n();
  const cells = (x: FillingTotals) => (
    <>
      <td className="num">{x.planned}</td>
      <td className="num">{x.missing}</td>
      <td className="num">{x.noTopic}</td>
      <td className="num">{x.noHomework}</td>
      <td className="num">{x.lateMarks}</td>
      <td className="num">{x.lateAttendance}</td>
      <td className="num">{x.noMarks}</td>
      <td className="num">{x.oneMark}</td>
      <td>{x.lastEntryOn ? format.date(x.lastEntryOn) : t('filling.never')}</td>
      <td className="num">
        {x.remarks} ({x.remarksOpen})
      </td>
    </>
  );
  return (
    <table className="table filling-teachers">
      <thead>
        <tr>
          <th scope="col">{t('filling.col.teacher')}</th>
          <th scope="col">{t('filling.col.planned')}</th>
          <th scope="col">{t('filling.col.missing')}</th>
          <th scope="col">{t('filling.col.noTopic')}</th>
          <th scope="col">{t('filling.col.noHomework')}</th>
          <th scope="col">{t('filling.col.lateMarks')}</th>
          <th scope="col">{t('filling.col.lateAttendance')}</th>
          <th scope="col">{t('filling.col.noMarks')}</th>
          <th scope="col">{t('filling.col.oneMark')}</th>
          <th scope="col">{t('filling.col.lastEntry')}</th>
          <th scope="col">{t('filling.col.remarks')}</th>
        </tr>
      </thead>
      <tbody>
        {report.teachers.map((x) => (
          <tr key={x.teacher?.staffId ?? 0}>
            <th scope="row">{x.teacher?.fullName ?? t('filling.noTeacher')}</th>
            {cells(x)}
          </tr>
        ))}
        <tr className="total">
          <th scope="row">{t('filling.school')}</th>
          {cells(report.school)}
        </tr>
      </tbody>
    </table>
  );
}
