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
      lang={next === "zh" ? "zh-CN" : "en"}
      aria-label={t("switchLanguageLabel")}
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
      <span aria-hidden="true" className="lang-switch__globe">文/A</span>
      {t("switchToOther")}
    </button>
  );
}
