// The UI and export languages, and the one rule for picking a Chinese or English name.
export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";

/** True when `value` is a supported locale. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The locale for a language string: English for "en", else Chinese (the default). */
export function toLocale(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "zh";
}

/** Something with a Chinese name (`name` or `nameZh`) and maybe an English one. */
export type Named = { nameEn?: string | null } & ({ name: string } | { nameZh: string });

/** The name to show in `locale`: the English name in English when there is one, else the Chinese name. */
export function localName(o: Named, locale: string): string {
  return localText(locale, "nameZh" in o ? o.nameZh : o.name, o.nameEn);
}

/** The text to show in `locale`: `en` in English when it is not empty, else `zh`. */
export function localText<T extends string | null | undefined>(
  locale: string,
  zh: T,
  en: string | null | undefined,
): T | string {
  return locale === "en" && en ? en : zh;
}
