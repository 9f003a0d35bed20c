import { useI18n } from '../i18n/i18n';
import { languages } from '../i18n/languages';

/** Kyrgyz or Russian, remembered on this computer. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          className={l === lang ? 'link active' : 'link'}
          aria-pressed={l === lang}
          onClick={() => setLang(l)}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
