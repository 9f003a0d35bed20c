import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../src-main/api/contract/backup';
import { api, call } from '../../api/api';
import { useI18n } from '../../i18n/i18n';

/** How often the window asks again whether a warning is due. */
const recheckMs = 10 * 60 * 1000;
const changedEvent = 'mektep-backup-changed';

/** Tells the warning to look again at once (a backup was made, a restore done, a setting changed). */
export function announceBackupChange(): void {
  window.dispatchEvent(new Event(changedEvent));
}

/**
 * The warning in the window, for the administrator, when there has been no checked backup for the
 * set number of days (or never): on every screen, with the way to the Backup screen.
 */
export function BackupWarning({ onOpen }: { onOpen(): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<BackupStatus | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void call(api()['backup.status']()).then((r) => {
        if (live && r.ok) setStatus(r.value);
      });
    load();
    const timer = setInterval(load, recheckMs);
    window.addEventListener(changedEvent, load);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener(changedEvent, load);
    };
  }, []);

  if (!status || status.warning === 'none') return null;
  return (
    <div className="notice notice-error backup-warning no-print" role="alert" data-testid="backup-warning">
      {status.warning === 'never'
        ? t('backup.warning.never')
        : t('backup.warning.stale', { days: status.daysSinceLast ?? status.warnAfterDays })}{' '}
      <button type="button" className="link" onClick={onOpen}>
        {t('backup.warning.open')}
      </button>
    </div>
  );
}
