import type { ClassList } from '../../../src-main/api/contract/students';
import { useI18n } from '../../i18n/i18n';

/** The class list as the journal's first page has it: №, full name, birth date, sex, PIN, phones. */
export function ClassListTable({ list, onOpen }: { list: ClassList; onOpen(studentId: number): void }) {
  const { t, format } = useI18n();
  if (!list.pupils.length) return <p className="muted">{t('students.empty')}</p>;
  return (
    <table className="table" aria-label={list.className}>
      <thead>
        <tr>
          <th>{t('students.number')}</th>
          <th>{t('person.fullName')}</th>
          <th>{t('students.birthDate')}</th>
          <th>{t('students.sex')}</th>
          <th>{t('students.pin')}</th>
          <th>{t('students.phones')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {list.pupils.map((p, i) => {
          const fullName = [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
          return (
            <tr key={p.studentId} data-student={p.studentId}>
              <td>{i + 1}</td>
              <td className="pupil-name">
                {fullName}
                {p.enrolledTo ? (
                  <div className="muted">{t('students.leaves', { date: format.date(p.enrolledTo) })}</div>
                ) : null}
              </td>
              <td>{p.birthDate ? format.date(p.birthDate) : ''}</td>
              <td>{p.sex ? t(`students.sex.${p.sex}`) : ''}</td>
              <td>{p.pin ?? ''}</td>
              <td>{p.phones.join(', ')}</td>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => onOpen(p.studentId)}
                  aria-label={`${t('students.open')}: ${fullName}`}
                >
                  {t('students.open')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
