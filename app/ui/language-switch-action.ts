"use server";
import { cookies, headers } from "next/headers";
import { isSameOrigin } from "../auth/origin";
import { z } from "zod";
import { LOCALES, LOCALE_COOKIE } from "../i18n/locales";

const localeSchema = z.enum(LOCALES);

/** Stores the UI language in the "atlas-locale" cookie (read by app/i18n/request.ts). */
export async function setLocaleAction(locale: string): Promise<{ ok: true } | { ok: false; error: string }> {
  // The one rule for every state change: same origin first (Next checks it for actions too; this keeps it explicit).
  if (!isSameOrigin(await headers())) return { ok: false, error: "cross-origin request refused" };
  const parsed = localeSchema.safeParse(locale);
  if (!parsed.success) return { ok: false, error: `unknown locale "${locale}"; use one of ${LOCALES.join(", ")}` };
  const store = await cookies();
  store.set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return { ok: true };
}
