import { useEffect, useState } from 'react';
import type { ApiErrorBody, AuditRow } from '../../src-main/api/contract';
import { api, call } from '../api/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { useI18n } from '../i18n/i18n';

/** The latest entries of the audit trail: sign-ins, account changes, and later every journal change. */
export function AuditPage() {
  const { t, format } = useI18n();
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [error, setError] = useState<ApiErrorBody | null>(null);

  useEffect(() => {
    let live = true;
    void call(api()['audit.recent']({ limit: 200 })).then((r) => {
      if (!live) return;
      if (r.ok) setRows(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <main className="page">
      <h1>{t('audit.title')}</h1>
      <ErrorNotice error={error} />
      <table className="table">
        <thead>
          <tr>
            <th>{t('audit.at')}</th>
            <th>{t('audit.actor')}</th>
            <th>{t('audit.action')}</th>
            <th>{t('audit.object')}</th>
            <th>{t('audit.address')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{format.dateTime(r.at)}</td>
              <td>{r.actor ?? '—'}</td>
              <td>
                <code>{r.action}</code>
              </td>
              <td>{r.entity ? `${r.entity}${r.entityId ? ` #${r.entityId}` : ''}` : '—'}</td>
              <td>{r.address ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
