/** UI locale of an API request: explicit `lang`, else the language cookie, else Chinese. */
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

export function requestLocale(request: Request, explicit?: string | null): Locale {
  if (explicit && isLocale(explicit)) return explicit;
  const cookie = request.headers.get("cookie") ?? "";
  const m = cookie.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`));
  return m && isLocale(m[1]) ? m[1] : DEFAULT_LOCALE;
}
