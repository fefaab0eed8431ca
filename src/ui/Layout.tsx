import type { ReactNode } from "react";
import type { Locale } from "../i18n/locales.ts";
import { useText } from "../i18n/useText.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

type LayoutProps = {
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  /** Placed before <main>, so the skip link passes it (GOV.UK back link). */
  backLink?: ReactNode;
  children: ReactNode;
};

export function Layout({ locale, onLocaleChange, backLink, children }: LayoutProps) {
  const t = useText();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipLink")}
      </a>
      <header className="header">
        <span className="header__name">{t("app.name")}</span>
        <LanguageSwitch current={locale} onChange={onLocaleChange} />
      </header>
      <div className="container">
        {backLink}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
