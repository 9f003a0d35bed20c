import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiErrorBody, ApiResult } from '../../../src-main/api/contract';
import type {
  PeriodMarkHistoryEntry,
  PeriodMarkSheet,
  PeriodMarkSheetPupil,
} from '../../../src-main/api/contract/period-marks';
import { api, call } from '../../api/api';
import { useI18n } from '../../i18n/i18n';
import { Modal } from './Modal';
import { pupilName } from './names';

type Write = <T>(request: () => Promise<ApiResult<T>>) => Promise<T | null>;

const shown = (snapshot: unknown) =>
  snapshot && typeof snapshot === 'object' && 'value' in snapshot ? String(snapshot.value) : '—';

/**
 * One pupil's period mark: the proposal with what it rests on and its warnings, the mark to set (or н/а),
 * and every change made to it. Whether the caller may set it now comes from the sheet.
 */
export function PeriodMarkDialog({
  sheet,
  pupil,
  reason,
  write,
  error,
  onClose,
}: {
  sheet: PeriodMarkSheet;
  pupil: PeriodMarkSheetPupil;
  reason: string;
  write: Write;
  error: ApiErrorBody | null;
  onClose(): void;
}) {
  const { t, format } = useI18n();
  const ids = useId();
  const [value, setValue] = useState('');
  const [history, setHistory] = useState<PeriodMarkHistoryEntry[] | null>(null);
  const [version, setVersion] = useState(0);
  const which = { classSubjectId: sheet.classSubjectId, kind: sheet.kind, number: sheet.number };
  const key = { ...which, studentId: pupil.studentId };
  const correction = reason.trim() ? { reason: reason.trim() } : {};
  const edit = sheet.edit;

  useEffect(() => {
    let live = true;
    void call(api()['periodMarks.history']({ ...which, studentId: pupil.studentId })).then((r) => {
      if (live && r.ok) setHistory(r.value);
    });
    return () => {
      live = false;
    };
    // `which` is rebuilt every render from the sheet; its parts are the real dependencies.
  }, [sheet.classSubjectId, sheet.kind, sheet.number, pupil.studentId, version]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = async (text: string) => {
    const expected = pupil.mark?.value ?? null;
    if (await write(() => api()['periodMarks.set']({ ...key, value: text, ...correction, expected }))) {
      setValue('');
      setVersion((v) => v + 1);
    }
  };
  const clear = async () => {
    const expected = pupil.mark?.value;
    const cleared = await write(() =>
      api()['periodMarks.clear']({ ...key, ...correction, ...(expected !== undefined ? { expected } : {}) }),
    );
    if (cleared) setVersion((v) => v + 1);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void set(value);
  };
  const dates = { opensOn: format.date(edit.opensOn), closesOn: format.date(edit.closesOn) };

  return (
    <Modal error={error} title={`${pupilName(pupil)} — ${t(`periodMarks.kind.${sheet.kind}`)}`} onClose={onClose}>
      <dl className="period-facts">
        <dt>{t('periodMarks.value')}</dt>
        <dd>{pupil.mark?.value ?? '—'}</dd>
        <dt>{t('periodMarks.proposal')}</dt>
        <dd>{pupil.proposal.value ?? '—'}</dd>
        <dt>{t('periodMarks.average')}</dt>
        <dd>{pupil.proposal.average === null ? '—' : format.number(pupil.proposal.average, 2)}</dd>
        <dt>{t('periodMarks.markCount')}</dt>
        <dd>
          {pupil.markCount}
          {pupil.minimum !== null && ` (${t('periodMarks.minimum')} ${pupil.minimum})`}
        </dd>
        {pupil.writtenCount !== null && (
          <>
            <dt>{t('periodMarks.writtenCount')}</dt>
            <dd>{pupil.writtenCount}</dd>
          </>
        )}
      </dl>
      {pupil.warnings.length > 0 && (
        <ul className="notice notice-info period-warnings" aria-label={t('periodMarks.warnings')}>
          {pupil.warnings.map((w) => (
            <li key={w.code}>{t(`periodMarks.warning.${w.code}`, w.params)}</li>
          ))}
        </ul>
      )}
      <p className="muted">{t('periodMarks.window', dates)}</p>
      {!edit.allowed && edit.refusal && (
        <p className="notice notice-info">{t(`periodMarks.refusal.${edit.refusal}`, dates)}</p>
      )}
      {edit.allowed && (
        <form className="cell-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${ids}-value`}>{t('periodMarks.value')}</label>
            <input id={`${ids}-value`} value={value} size={5} onChange={(e) => setValue(e.target.value)} />
            <span className="field-help">{t('periodMarks.valueHint')}</span>
          </div>
          <button type="submit" className="primary" disabled={!value.trim()}>
            {t('periodMarks.set')}
          </button>
          {pupil.proposal.value !== null && (
            <button type="button" onClick={() => void set(pupil.proposal.value ?? '')}>
              {t('periodMarks.acceptProposal')} ({pupil.proposal.value})
            </button>
          )}
          {pupil.mark && (
            <button type="button" className="danger" onClick={() => void clear()}>
              {t('periodMarks.clear')}
            </button>
          )}
        </form>
      )}
      <h3>{t('periodMarks.history')}</h3>
      {history && history.length === 0 && <p className="muted">{t('periodMarks.historyEmpty')}</p>}
      {history && history.length > 0 && (
        <table className="table history-table">
          <thead>
            <tr>
              <th scope="col">{t('journal.historyWhen')}</th>
              <th scope="col">{t('journal.historyWho')}</th>
              <th scope="col">{t('journal.historyBefore')}</th>
              <th scope="col">{t('journal.historyAfter')}</th>
              <th scope="col">{t('journal.historyReason')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.auditId}>
                <td>{format.dateTime(h.at)}</td>
                <td>{h.actor ?? '—'}</td>
                <td>{shown(h.before)}</td>
                <td>{shown(h.after)}</td>
                <td>{h.reason ?? ''}</td>
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
