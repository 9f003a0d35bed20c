import { useId, useState } from 'react';
import type { PlanImportIssue, PlanImportResult, PlanView } from '../../../src-main/api/contract/plan';
import { api } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldMessages } from '../../components/errors';
import { fileToBase64 } from '../../components/files';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A plan from an .xlsx or .csv file: the file is read first (nothing stored) and its topics and row
 * errors shown; only a file without errors can then replace the plan.
 */
export function ImportPanel({
  planKey,
  onApplied,
}: {
  planKey: { classSubjectId: number; subgroupId?: number };
  onApplied(plan: PlanView, message: string): void;
}) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const inputId = useId();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<PlanImportResult | null>(null);
  const reading = useSubmit<PlanImportResult>();
  const applying = useSubmit<PlanImportResult>();
  const busy = reading.busy || applying.busy;
  const n = (x: number) => format.number(x, Number.isInteger(x) ? 0 : 1);

  async function choose(files: FileList | null) {
    const chosen = files?.[0];
    setPreview(null);
    if (!chosen) return;
    const next = { fileName: chosen.name, contentBase64: await fileToBase64(chosen) };
    setFile(next);
    setPreview(await reading.run(() => api()['plan.import']({ ...planKey, ...next, apply: false })));
  }

  async function apply() {
    if (!file) return;
    const done = await applying.run(() => api()['plan.import']({ ...planKey, ...file, apply: true }));
    if (!done?.plan) return;
    setPreview(null);
    setFile(null);
    onApplied(done.plan, t('plan.import.applied', { count: done.topics.length }));
  }

  const issueText = (issue: PlanImportIssue) => {
    const params = Object.fromEntries(
      Object.entries(issue.params).map(([k, v]) => [k, typeof v === 'string' && isoDate.test(v) ? format.date(v) : v]),
    );
    return t('plan.import.rowError', { row: issue.row, message: t(issue.message, params) });
  };
  const fileMessages = [
    ...fieldMessages(reading.error, 'contentBase64', i18n),
    ...fieldMessages(applying.error, 'contentBase64', i18n),
  ];
  const hours = preview ? preview.topics.reduce((s, x) => s + x.hours, 0) : 0;

  return (
    <details className="panel plan-panel">
      <summary>{t('plan.import.title')}</summary>
      <p className="muted">{t('plan.import.intro')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('plan.import.file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,.csv"
          disabled={busy}
          onChange={(e) => void choose(e.target.files)}
        />
      </div>
      {reading.busy ? <p role="status">{t('plan.import.reading')}</p> : null}
      {fileMessages.length ? (
        fileMessages.map((m) => (
          <p key={m} className="notice notice-error" role="alert">
            {m}
          </p>
        ))
      ) : (
        <ErrorNotice error={reading.error ?? applying.error} />
      )}
      {preview ? (
        <>
          <p>
            {t('plan.import.found', {
              sheet: preview.sheet,
              row: preview.headerRow,
              columns: preview.columns.map((c) => `${c.header} (${t(`plan.import.column.${c.kind}`)})`).join(', '),
            })}{' '}
            {t('plan.import.counts', { topics: preview.topics.length, hours: n(Math.round(hours * 100) / 100) })}
          </p>
          {preview.errors.length ? (
            <div className="notice notice-error" role="alert">
              <p>{t('plan.import.errorsTitle')}</p>
              <ul>
                {preview.errors.map((issue, i) => (
                  <li key={`${issue.row}-${i}`}>{issueText(issue)}</li>
                ))}
              </ul>
              <p>{t('plan.import.fixFirst')}</p>
            </div>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={busy || !preview.topics.length}
              onClick={() => void apply()}
            >
              {t('plan.import.apply')}
            </button>
          )}
          <div className="plan-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('plan.import.row')}</th>
                  <th scope="col">{t('plan.col.section')}</th>
                  <th scope="col">{t('plan.col.title')}</th>
                  <th scope="col">{t('plan.col.hours')}</th>
                  <th scope="col">{t('plan.col.date')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.topics.map((x) => (
                  <tr
                    key={x.row}
                    className={preview.errors.some((e) => e.row === x.row) ? 'plan-row-error' : undefined}
                  >
                    <td>{x.row}</td>
                    <td>{x.section ?? ''}</td>
                    <td>{x.title}</td>
                    <td>{x.hours ? n(x.hours) : '—'}</td>
                    <td>{x.plannedDate ? format.date(x.plannedDate) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </details>
  );
}
