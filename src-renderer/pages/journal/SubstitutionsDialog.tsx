import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiErrorBody, ApiResult } from '../../../src-main/api/contract';
import type { JournalChoices, SubstitutionRow } from '../../../src-main/api/contract/journal';
import { api, call } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Modal } from './Modal';

type Write = <T>(request: () => Promise<ApiResult<T>>) => Promise<T | null>;

/**
 * The deputy's plan of who replaces this journal's teacher on which day (004 §5.1): that day the
 * substitute finds the journal among their own and fills the lesson as who taught it.
 */
export function SubstitutionsDialog({
  classSubjectId,
  today,
  teachers,
  write,
  error,
  onClose,
}: {
  classSubjectId: number;
  today: string;
  teachers: JournalChoices['teachers'];
  write: Write;
  error: ApiErrorBody | null;
  onClose(): void;
}) {
  const { t, format } = useI18n();
  const ids = useId();
  const [rows, setRows] = useState<SubstitutionRow[] | null>(null);
  const [version, setVersion] = useState(0);
  const [date, setDate] = useState(today);
  const [lessonNumber, setLessonNumber] = useState('');
  const [substituteId, setSubstituteId] = useState('');
  const [reason, setReason] = useState('');

  useEffect(() => {
    let live = true;
    void call(api()['journal.substitutions']({ classSubjectId })).then((r) => {
      if (live && r.ok) setRows(r.value);
    });
    return () => {
      live = false;
    };
  }, [classSubjectId, version]);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await write(() =>
      api()['journal.substitutionSet']({
        classSubjectId,
        date,
        ...(lessonNumber ? { lessonNumber: Number(lessonNumber) } : {}),
        substituteId: Number(substituteId),
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    );
    if (saved) {
      setReason('');
      setVersion((v) => v + 1);
    }
  };
  const remove = async (substitutionId: number) => {
    if ((await write(() => api()['journal.substitutionRemove']({ substitutionId }))) !== null) setVersion((v) => v + 1);
  };

  return (
    <Modal error={error} title={t('journal.substitutions')} onClose={onClose}>
      <form className="cell-form" onSubmit={(e) => void add(e)}>
        <div className="field">
          <label htmlFor={`${ids}-date`}>{t('journal.date')}</label>
          <input id={`${ids}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-number`}>{t('journal.lessonNumber')}</label>
          <input
            id={`${ids}-number`}
            type="number"
            min={1}
            max={12}
            value={lessonNumber}
            onChange={(e) => setLessonNumber(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-substitute`}>{t('journal.substitute')}</label>
          <select
            id={`${ids}-substitute`}
            required
            value={substituteId}
            onChange={(e) => setSubstituteId(e.target.value)}
          >
            <option value="" />
            {teachers.map((teacher) => (
              <option key={teacher.staffId} value={teacher.staffId}>
                {teacher.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-reason`}>{t('journal.absenceReason')}</label>
          <input id={`${ids}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={!substituteId}>
          {t('journal.substitutionAdd')}
        </button>
      </form>
      {rows && rows.length === 0 && <p className="muted">{t('journal.substitutionsNone')}</p>}
      {rows && rows.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('journal.date')}</th>
              <th scope="col">{t('journal.lessonNumber')}</th>
              <th scope="col">{t('journal.substitute')}</th>
              <th scope="col">{t('journal.absenceReason')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.substitutionId}>
                <td>{format.date(r.date)}</td>
                <td>{r.lessonNumber ?? ''}</td>
                <td>{r.substitute}</td>
                <td>{r.reason ?? ''}</td>
                <td>
                  <button type="button" className="link" onClick={() => void remove(r.substitutionId)}>
                    {t('journal.removeMark')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('journal.close')}
        </button>
      </div>
    </Modal>
  );
}
