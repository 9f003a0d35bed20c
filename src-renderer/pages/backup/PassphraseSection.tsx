import { useState, type FormEvent } from 'react';
import type { BackupStatus } from '../../../src-main/api/contract/backup';
import { api } from '../../api/api';
import { SuccessNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/i18n';
import { BackupRefusal } from './BackupRefusal';

/**
 * Setting or changing the school's backup passphrase: typed twice, confirmed with the administrator's
 * own sign-in password. The fields are emptied once it is set; the program keeps no copy of it.
 */
export function PassphraseSection({ status, onChanged }: { status: BackupStatus; onChanged(): void }) {
  const { t, format } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [password, setPassword] = useState('');
  const [saved, setSaved] = useState(false);
  const submit = useSubmit<{ setAt: string }>();
  const mismatch = repeat !== '' && repeat !== passphrase ? t('backup.passphrase.mismatch') : null;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (passphrase !== repeat) return;
    const done = await submit.run(() => api()['backup.setPassphrase']({ passphrase, password }));
    if (!done) return;
    setPassphrase('');
    setRepeat('');
    setPassword('');
    setSaved(true);
    onChanged();
  }

  return (
    <section className="panel backup-passphrase" aria-labelledby="backup-passphrase-title">
      <h2 id="backup-passphrase-title">{t('backup.passphrase.title')}</h2>
      <p className="muted">{t('backup.passphrase.lead')}</p>
      {status.passphraseSetAt ? (
        <p>{t('backup.passphrase.setAt', { at: format.dateTime(status.passphraseSetAt) })}</p>
      ) : null}
      <form aria-label={t('backup.passphrase.title')} onSubmit={(e) => void save(e)}>
        <Field
          label={t('backup.passphrase.new')}
          path="passphrase"
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          error={submit.error}
          hint={t('backup.passphrase.hint')}
          autoComplete="new-password"
          required
        />
        <Field
          label={t('backup.passphrase.repeat')}
          path="repeat"
          type="password"
          value={repeat}
          onChange={setRepeat}
          localError={mismatch}
          autoComplete="new-password"
          required
        />
        <Field
          label={t('backup.passphrase.password')}
          path="password"
          type="password"
          value={password}
          onChange={setPassword}
          error={submit.error}
          autoComplete="current-password"
          required
        />
        <div className="actions">
          <button type="submit" disabled={submit.busy || !passphrase || passphrase !== repeat || !password}>
            {t('backup.passphrase.submit')}
          </button>
        </div>
      </form>
      <BackupRefusal error={submit.error} own={['passphrase', 'password']} />
      <SuccessNotice text={saved ? t('backup.passphrase.saved') : null} />
    </section>
  );
}
