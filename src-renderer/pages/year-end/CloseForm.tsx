import { useState, type FormEvent } from 'react';
import type { ClosedYear, YearEndCheck } from '../../../src-main/api/contract/year-end';
import { api } from '../../api/api';
import { fieldMessages } from '../../components/errors';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { withLocalDates } from '../calendar/localized-error';
import { YearEndRefusal } from './YearEndRefusal';

/**
 * Closing the year. While marks are missing the deputy ticks that they know how many (the number
 * goes with the call, so a list that changed meanwhile is refused) and writes why; the reason is
 * kept in the audit. Before the year's last day there is nothing to press.
 */
export function CloseForm({ check, onClosed }: { check: YearEndCheck; onClosed(notice: string): void }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [confirmed, setConfirmed] = useState(false);
  const [reason, setReason] = useState('');
  const close = useSubmit<ClosedYear>();
  const error = withLocalDates(close.error, format.date);
  const missing = check.missingCount;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const closed = await close.run(() =>
      api()['yearEnd.close']({
        yearId: check.year.id,
        ...(missing > 0 ? { confirmMissing: confirmed ? missing : 0, reason } : {}),
      }),
    );
    if (closed) onClosed(t('yearEnd.close.done', { title: closed.title }));
  }

  const confirmErrors = fieldMessages(error, 'confirmMissing', i18n);
  return (
    <form className="panel" aria-label={t('yearEnd.close.title')} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('yearEnd.close.title')}</h2>
      <p className="muted">{t('yearEnd.close.lead')}</p>
      {!check.ended ? (
        <p className="notice notice-info">{t('yearEnd.close.notEnded', { date: format.date(check.year.endsOn) })}</p>
      ) : (
        <fieldset disabled={close.busy}>
          {missing > 0 ? (
            <>
              <label className="checkbox">
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                {t('yearEnd.close.confirm', { count: missing })}
              </label>
              {confirmErrors.map((m) => (
                <p key={m} className="field-error">
                  {m}
                </p>
              ))}
              <Field
                label={t('yearEnd.close.reason')}
                path="reason"
                value={reason}
                onChange={setReason}
                error={error}
                hint={t('yearEnd.close.reasonHint')}
                maxLength={500}
              />
            </>
          ) : null}
          <YearEndRefusal error={error} own={(path) => path === 'reason' || path === 'confirmMissing'} />
          <div className="actions">
            <button type="submit" className="primary" disabled={missing > 0 && !confirmed}>
              {t('yearEnd.close.submit')}
            </button>
          </div>
        </fieldset>
      )}
    </form>
  );
}
