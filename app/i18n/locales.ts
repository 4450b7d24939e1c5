// The locale list and type live in the domain (exports use them too); the cookie is the UI's.
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../domain/locale";
export const LOCALE_COOKIE = "atlas-locale";
