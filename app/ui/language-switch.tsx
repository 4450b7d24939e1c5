"use client";
/** One button that switches the UI between Chinese and English: sets the cookie, then refreshes server components. */
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { setLocaleAction } from "./language-switch-action";

export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next = locale === "zh" ? "en" : "zh";
  return (
    <button
      type="button"
      className="lang-switch"
      title={t("switchLanguageLabel")}
      disabled={pending}
      data-testid="language-switch"
      data-locale={locale}
      onClick={() =>
        startTransition(async () => {
          const result = await setLocaleAction(next);
          if (result.ok) router.refresh();
        })
      }
    >
      <svg aria-hidden="true" className="lang-switch__globe" viewBox="0 0 16 16" width="14" height="14">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
        <path
          d="M1.5 8h13M8 1.5c2 2 2.6 4 2.6 6.5S10 12.5 8 14.5M8 1.5C6 3.5 5.4 5.5 5.4 8S6 12.5 8 14.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.2"
        />
      </svg>
      {/* The visible language name starts the accessible name (axe: label-content-name-mismatch). */}
      <span lang={next === "zh" ? "zh-CN" : "en"}>{t("switchToOther")}</span>
      <span className="visually-hidden">{t("switchLanguageHint")}</span>
    </button>
  );
}
