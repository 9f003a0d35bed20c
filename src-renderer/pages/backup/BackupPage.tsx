import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../src-main/api/contract';
import type { BackupStatus } from '../../../src-main/api/contract/backup';
import { api, call } from '../../api/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/i18n';
import { announceBackupChange } from './BackupWarning';
import { DrivesSection } from './DrivesSection';
import { FolderSection } from './FolderSection';
import { PassphraseSection } from './PassphraseSection';
import { RestoreSection } from './RestoreSection';
import { StatusSection } from './StatusSection';
import './backup.css';

/**
 * The administrator's Backup screen: the status at a glance with "back up now", the flash drives,
 * restoring a file of the folder, the backup passphrase, and the folder and how often.
 */
export function BackupPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => {
    setVersion((n) => n + 1);
    announceBackupChange();
  }, []);

  useEffect(() => {
    let live = true;
    void call(api()['backup.status']()).then((r) => {
      if (!live) return;
      if (r.ok) setStatus(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [version]);

  return (
    <main className="page backup-page" aria-busy={!status && !error}>
      <h1>{t('backup.title')}</h1>
      <p className="lead">{t('backup.lead')}</p>
      <ErrorNotice error={error} />
      {!status && !error ? <p className="muted">{t('backup.loading')}</p> : null}
      {status ? (
        <>
          <StatusSection status={status} onChanged={changed} />
          <DrivesSection onCopied={changed} />
          <RestoreSection refresh={version} onRestored={changed} />
          <PassphraseSection status={status} onChanged={changed} />
          <FolderSection status={status} onChanged={changed} />
        </>
      ) : null}
    </main>
  );
}
