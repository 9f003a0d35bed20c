import { useI18n } from '../../i18n/i18n';

/** The structure screen: being built in issue 3. */
export function StructurePage() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1>{t('nav.structure')}</h1>
    </main>
  );
}
