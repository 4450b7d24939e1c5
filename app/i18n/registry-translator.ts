/** Registry messages for an explicit locale (API responses may be asked for a language other than the cookie's). */
import { createTranslator } from "next-intl";
import zh from "./messages/zh/registry.json";
import en from "./messages/en/registry.json";
import type { Locale } from "./locales";

export function registryTranslator(locale: Locale): (key: string, values?: Record<string, string | number>) => string {
  const t = createTranslator({ locale, messages: { registry: locale === "en" ? en : zh }, namespace: "registry" });
  return (key, values) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
}
