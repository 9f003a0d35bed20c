import { useState, type FormEvent } from 'react';
import type { PrintVerification } from '../../../src-main/api/contract/print';
import { api } from '../../api/api';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { PrintRefusal } from './PrintRefusal';

/**
 * "Verify a paper copy": the code from the bottom of a page, and the answer, "unchanged" or what
 * changed since printing (what, as on paper, as now). The deputy's quarterly comparison of paper and
 * journal (003 §4.2Б).
 */
export function VerifySection() {
  const { t, format } = useI18n();
  const [code, setCode] = useState('');
  const [result, setResult] = useState<PrintVerification | null>(null);
  const verify = useSubmit<PrintVerification>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    const found = await verify.run(() => api()['print.verify']({ code }));
    if (found) setResult(found);
  }

  const printed = result?.found ? result.printed : null;
  return (
    <section className="panel print-verify" aria-labelledby="print-verify-title">
      <h2 id="print-verify-title">{t('print.verify')}</h2>
      <p className="muted">{t('print.verify.lead')}</p>
      <form className="print-verify-form" aria-label={t('print.verify')} onSubmit={(e) => void submit(e)}>
        <Field
          label={t('print.verify.code')}
          path="code"
          value={code}
          onChange={setCode}
          error={verify.error}
          hint={t('print.verify.hint')}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          required
        />
        <button type="submit" disabled={verify.busy || !code.trim()}>
          {t('print.verify.submit')}
        </button>
      </form>
      <PrintRefusal error={verify.error} own={['code']} />
      {result && !result.found ? (
        <p className="notice notice-error" role="status">
          {t('print.verify.notFound', { code: result.code })}
        </p>
      ) : null}
      {result?.found && printed ? (
        <div className="print-verdict" data-unchanged={result.unchanged}>
          <p className={result.unchanged ? 'notice notice-success' : 'notice notice-error'} role="status">
            <strong>
              {result.unchanged
                ? t('print.verify.unchanged')
                : t('print.verify.changed', { count: result.changes.length })}
            </strong>
          </p>
          <p>
            <strong>{printed.title}</strong> · <code>{printed.code}</code>
            <br />
            {t('print.verify.printedAt', { at: format.dateTime(printed.printedAt) })}
            {printed.printedBy ? ` · ${t('print.verify.printedBy', { by: printed.printedBy })}` : ''}
            {printed.pages !== null ? ` · ${t('print.pages', { pages: printed.pages })}` : ''}
          </p>
          {result.changes.length ? (
            <table className="table print-changes">
              <thead>
                <tr>
                  <th scope="col">{t('print.verify.what')}</th>
                  <th scope="col">{t('print.verify.before')}</th>
                  <th scope="col">{t('print.verify.after')}</th>
                </tr>
              </thead>
              <tbody>
                {result.changes.map((c, i) => (
                  <tr key={`${c.label}:${i}`}>
                    <td>{c.label}</td>
                    <td>{c.before || '—'}</td>
                    <td>{c.after || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
