import { useEffect, useState, type FormEvent } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { BackupContents, BackupFileLine, RestoreResult } from '../../../src-main/api/contract/backup';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { BackupRefusal, useSize } from './BackupRefusal';
import { ContentsView } from './ContentsView';

/**
 * Restoring: choose a file of the local folder → check it whole (with the passphrase) → see what it
 * holds → "Restore…" → a confirmation that says what will be lost → the swap, after which everyone
 * signs in again.
 */
export function RestoreSection({ refresh, onRestored }: { refresh: number; onRestored(): void }) {
  const { t, format } = useI18n();
  const size = useSize();
  const [files, setFiles] = useState<BackupFileLine[] | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [chosen, setChosen] = useState<BackupFileLine | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [contents, setContents] = useState<BackupContents | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restored, setRestored] = useState<RestoreResult | null>(null);
  const check = useSubmit<BackupContents>();
  const restore = useSubmit<RestoreResult>();

  useEffect(() => {
    let live = true;
    void call(api()['backup.list']()).then((r) => {
      if (!live) return;
      if (r.ok) setFiles(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [refresh]);

  function choose(line: BackupFileLine) {
    setChosen(line);
    setContents(null);
    setConfirming(false);
    check.setError(null);
    restore.setError(null);
  }

  const input = () => ({ fileName: chosen?.fileName ?? '', ...(passphrase ? { passphrase } : {}) });

  async function inspect(event: FormEvent) {
    event.preventDefault();
    setContents(null);
    setConfirming(false);
    const found = await check.run(() => api()['backup.inspect'](input()));
    if (found) setContents(found);
  }

  async function swap() {
    const done = await restore.run(() => api()['backup.restore'](input()));
    setConfirming(false);
    if (!done) return;
    setPassphrase('');
    setRestored(done);
    onRestored();
  }

  if (restored) {
    return (
      <section className="panel backup-restore" aria-labelledby="backup-restore-title">
        <h2 id="backup-restore-title">{t('backup.restore.title')}</h2>
        <p className="notice notice-success" role="status">
          {t('backup.restore.done', { file: restored.restoredFrom, safety: restored.safetyCopy })}
        </p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('backup.restore.signInAgain')}
        </button>
      </section>
    );
  }

  return (
    <section className="panel backup-restore" aria-labelledby="backup-restore-title">
      <h2 id="backup-restore-title">{t('backup.restore.title')}</h2>
      <p className="muted">{t('backup.restore.lead')}</p>
      <ErrorNotice error={error} />
      {files && !files.length ? <p className="muted">{t('backup.restore.empty')}</p> : null}
      {files?.length ? (
        <table className="table backup-files">
          <thead>
            <tr>
              <th scope="col">{t('backup.list.when')}</th>
              <th scope="col">{t('backup.list.file')}</th>
              <th scope="col">{t('backup.list.version')}</th>
              <th scope="col">{t('backup.list.size')}</th>
              <th scope="col">{t('backup.list.state')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.fileName} className={f.fileName === chosen?.fileName ? 'chosen' : undefined}>
                <td>{f.createdAt ? format.dateTime(f.createdAt) : '—'}</td>
                <td>{f.fileName}</td>
                <td>{f.programVersion ?? '—'}</td>
                <td>{size(f.bytes)}</td>
                <td>{f.unreadable ? t('backup.list.unreadable') : f.verified ? t('backup.list.verified') : ''}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => choose(f)}
                    aria-label={`${t('backup.list.choose')} ${f.fileName}`}
                  >
                    {t('backup.list.choose')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {chosen ? (
        <form className="backup-check" aria-label={t('backup.restore.form')} onSubmit={(e) => void inspect(e)}>
          <h3>{chosen.fileName}</h3>
          {chosen.protection !== 'install' ? (
            <Field
              label={t('backup.restore.passphrase')}
              path="passphrase"
              type="password"
              value={passphrase}
              onChange={setPassphrase}
              error={check.error ?? restore.error}
              autoComplete="off"
            />
          ) : null}
          <div className="actions">
            <button type="submit" disabled={check.busy}>
              {t('backup.restore.check')}
            </button>
          </div>
        </form>
      ) : null}
      <BackupRefusal error={check.error} own={['passphrase']} />
      {contents ? <ContentsView contents={contents} /> : null}
      {contents && !contents.newerProgram && !confirming ? (
        <div className="actions">
          <button type="button" onClick={() => setConfirming(true)}>
            {t('backup.restore.start')}
          </button>
        </div>
      ) : null}
      {contents && confirming ? (
        <div className="notice notice-error backup-confirm" role="alertdialog" aria-label={t('backup.restore.start')}>
          <p>{t('backup.restore.confirm', { at: format.dateTime(contents.createdAt) })}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void swap()} disabled={restore.busy}>
              {t('backup.restore.yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={restore.busy}>
              {t('backup.restore.no')}
            </button>
          </div>
        </div>
      ) : null}
      <BackupRefusal error={restore.error} own={['passphrase']} />
    </section>
  );
}
