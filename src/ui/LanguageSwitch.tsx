import { memo } from "react";
import { type Locale, localeNames, locales, pathOfLocale } from "../i18n/locales.ts";
import { useText } from "../i18n/useText.ts";

type LanguageSwitchProps = { current: Locale; onChange: (locale: Locale) => void };

/** Links to each language's own address, which switch language in place; each is labelled in its own language. A step change leaves them as they are. */
export const LanguageSwitch = memo(function LanguageSwitch({ current, onChange }: LanguageSwitchProps) {
  const t = useText();
  return (
    <nav className="language-switch" aria-label={t("app.language")}>
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {localeNames[locale]}
              </span>
            ) : (
              <a
                href={pathOfLocale(locale, import.meta.env.BASE_URL)}
                lang={locale}
                hrefLang={locale}
                onClick={(event) => {
                  event.preventDefault();
                  onChange(locale);
                }}
              >
                {localeNames[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
});
