"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALES, LOCALE_COOKIE } from "../i18n/locales";

const localeSchema = z.enum(LOCALES);

/** Stores the UI language in the "atlas-locale" cookie (read by app/i18n/request.ts). */
export async function setLocaleAction(locale: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = localeSchema.safeParse(locale);
  if (!parsed.success) return { ok: false, error: `unknown locale "${locale}"; use one of ${LOCALES.join(", ")}` };
  const store = await cookies();
  store.set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return { ok: true };
}
