import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

// Messages are split per feature (one JSON file per namespace) so features can be added independently.
const NAMESPACES = [
  "common",
  "map",
  "pairing",
  "search",
  "proposals",
  "registry",
  "auth",
  "plan",
  "siting",
  "scenarios",
  "exports",
] as const;

async function loadMessages(locale: Locale) {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}

/** Locale from the cookie set by the language switch, else Chinese (the UI is Chinese-first). */
export default getRequestConfig(async () => {
  const store = await cookies();
  const candidate = store.get(LOCALE_COOKIE)?.value ?? DEFAULT_LOCALE;
  const locale: Locale = isLocale(candidate) ? candidate : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: "Asia/Shanghai" };
});
