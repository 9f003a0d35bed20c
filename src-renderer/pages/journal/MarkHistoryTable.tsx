import { useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { MarkHistoryEntry } from '../../../src-main/api/contract/journal';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';

/** The value a history entry's before/after snapshot holds (a mark row), or a dash for none. */
function shownValue(snapshot: unknown): string {
  if (snapshot && typeof snapshot === 'object' && 'value' in snapshot) return String(snapshot.value);
  return '—';
}

/** Every audited change of one cell's marks, oldest first: who, when, from what to what, and why. */
export function MarkHistoryTable({ lessonId, studentId }: { lessonId: number; studentId: number }) {
  const { t, format } = useI18n();
  const [entries, setEntries] = useState<MarkHistoryEntry[] | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  useEffect(() => {
    let live = true;
    void call(api()['journal.markHistory']({ lessonId, studentId })).then((r) => {
      if (!live) return;
      if (r.ok) setEntries(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [lessonId, studentId]);

  if (error) return <ErrorNotice error={error} />;
  if (!entries) return <p className="muted">{t('journal.loading')}</p>;
  if (entries.length === 0) return <p className="muted">{t('journal.historyEmpty')}</p>;
  return (
    <table className="table history-table">
      <thead>
        <tr>
          <th scope="col">{t('journal.historyWhen')}</th>
          <th scope="col">{t('journal.historyWho')}</th>
          <th scope="col">{t('journal.historyWhat')}</th>
          <th scope="col">{t('journal.historyBefore')}</th>
          <th scope="col">{t('journal.historyAfter')}</th>
          <th scope="col">{t('journal.historyReason')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.auditId}>
            <td>{format.dateTime(e.at)}</td>
            <td>{e.actor ?? '—'}</td>
            <td>
              {t(`journal.history.${e.action}`)} ({t(`markKind.${e.kind}`)})
            </td>
            <td>{shownValue(e.before)}</td>
            <td>{shownValue(e.after)}</td>
            <td>{e.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
