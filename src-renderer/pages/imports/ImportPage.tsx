import { useI18n } from '../../i18n/i18n';

/** The imports screen: being built in issue 3. */
export function ImportPage() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1>{t('nav.imports')}</h1>
    </main>
  );
}
