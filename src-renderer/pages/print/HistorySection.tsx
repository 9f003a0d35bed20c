import { useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { PrintedLine } from '../../../src-main/api/contract/print';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';

/** How many of the latest prints the screen lists. */
const shown = 20;

/** The latest printed documents: when, which, their code, who printed them and how many pages. */
export function HistorySection({ refresh }: { refresh: number }) {
  const { t, format } = useI18n();
  const [lines, setLines] = useState<PrintedLine[] | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);

  useEffect(() => {
    let live = true;
    void call(api()['print.history']()).then((r) => {
      if (!live) return;
      if (r.ok) {
        setLines(r.value.slice(0, shown));
        setError(null);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [refresh]);

  return (
    <section className="panel print-history" aria-labelledby="print-history-title">
      <h2 id="print-history-title">{t('print.history')}</h2>
      <ErrorNotice error={error} />
      {lines && !lines.length ? <p className="muted">{t('print.history.empty')}</p> : null}
      {lines?.length ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('print.history.when')}</th>
              <th scope="col">{t('print.history.title')}</th>
              <th scope="col">{t('print.history.code')}</th>
              <th scope="col">{t('print.history.who')}</th>
              <th scope="col">{t('print.history.pages')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <td>{format.dateTime(line.printedAt)}</td>
                <td>{line.title}</td>
                <td>
                  <code>{line.code}</code>
                </td>
                <td>{line.printedBy ?? '—'}</td>
                <td>{line.pages ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
