import { backupShownTables, type BackupContents } from '../../../src-main/api/contract/backup';
import { useI18n } from '../../i18n/i18n';

/** What a checked backup holds: the school, when and by which version it was made, the main counts. */
export function ContentsView({ contents }: { contents: BackupContents }) {
  const { t, format, lang } = useI18n();
  const school = contents.school ? (lang === 'ky' ? contents.school.nameKy : contents.school.nameRu) : '—';
  return (
    <div className="backup-contents" data-testid="backup-contents">
      <h3>{t('backup.contents.title', { school })}</h3>
      <p>
        {t('backup.contents.made', {
          at: format.dateTime(contents.createdAt),
          program: contents.programVersion,
          schema: contents.schemaVersion,
        })}
      </p>
      <p className="muted">{t(`backup.protection.${contents.protection}`)}</p>
      <dl className="counts">
        {backupShownTables.map((table) => (
          <div key={table} className="count" data-count={table}>
            <dt>{t(`backup.count.${table}`)}</dt>
            <dd>{format.number(contents.counts[table] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      {contents.newerProgram ? (
        <p className="notice notice-error" role="alert">
          {t('backup.contents.newer')}
        </p>
      ) : null}
    </div>
  );
}
