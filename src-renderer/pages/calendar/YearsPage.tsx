import { useI18n } from '../../i18n/i18n';

/** The calendar screen: being built in issue 3. */
export function YearsPage() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1>{t('nav.calendar')}</h1>
    </main>
  );
}
