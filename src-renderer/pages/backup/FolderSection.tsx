import { useState, type FormEvent } from 'react';
import type { BackupStatus } from '../../../src-main/api/contract/backup';
import { api } from '../../api/api';
import { SuccessNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { BackupRefusal } from './BackupRefusal';

/** The local folder (on a second disk where there is one), when to warn, and how often to back up. */
export function FolderSection({ status, onChanged }: { status: BackupStatus; onChanged(): void }) {
  const { t } = useI18n();
  const [folder, setFolder] = useState(status.folderIsDefault ? '' : status.folder);
  const [warnAfterDays, setWarnAfterDays] = useState(String(status.warnAfterDays));
  const [intervalHours, setIntervalHours] = useState(String(status.intervalHours));
  const [saved, setSaved] = useState(false);
  const submit = useSubmit<BackupStatus>();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = {
      folder: folder.trim() || null,
      warnAfterDays: Number(warnAfterDays),
      intervalHours: Number(intervalHours),
    };
    if (await submit.run(() => api()['backup.configure'](input))) {
      setSaved(true);
      onChanged();
    }
  }

  return (
    <section className="panel backup-settings" aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">{t('backup.settings.title')}</h2>
      <form aria-label={t('backup.settings.title')} onSubmit={(e) => void save(e)}>
        <Field
          label={t('backup.settings.folder')}
          path="folder"
          value={folder}
          onChange={setFolder}
          error={submit.error}
          hint={t('backup.settings.folderHint')}
          placeholder={status.folderIsDefault ? status.folder : undefined}
          spellCheck={false}
        />
        <div className="backup-numbers">
          <Field
            label={t('backup.settings.warnAfterDays')}
            path="warnAfterDays"
            type="number"
            min={1}
            max={60}
            value={warnAfterDays}
            onChange={setWarnAfterDays}
            error={submit.error}
          />
          <Field
            label={t('backup.settings.intervalHours')}
            path="intervalHours"
            type="number"
            min={1}
            max={168}
            value={intervalHours}
            onChange={setIntervalHours}
            error={submit.error}
          />
        </div>
        <div className="actions">
          <button type="submit" disabled={submit.busy}>
            {t('backup.settings.save')}
          </button>
        </div>
      </form>
      <BackupRefusal error={submit.error} own={['folder', 'warnAfterDays', 'intervalHours']} />
      <SuccessNotice text={saved ? t('backup.settings.saved') : null} />
    </section>
  );
}
