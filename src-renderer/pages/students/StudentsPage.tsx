import { useI18n } from '../../i18n/i18n';

/** The students screen: being built in issue 3. */
export function StudentsPage() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1>{t('nav.students')}</h1>
    </main>
  );
}
