"use server";
/** Create / update / delete a site from the registry form (zod-validated; editor role; audited in the data layer). */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "../../application/auth";
import { createSite, deleteSite, updateSite } from "../../data/site-edit";
import { siteInputSchema } from "../../domain/import/site-input";

export type SaveSiteResult =
  | { ok: true; id: string }
  | {
      ok: false;
      error: "signInRequired" | "forbidden" | "invalid" | "not-found" | "outside-province" | "unknown-park";
      issues?: { path: string; message: string }[];
    }
  | { ok: false; error: "conflict"; currentVersion: number; yourVersion: number };

/** Saves the form; `version` is the site version the form was loaded with (a newer stored version is a conflict, not overwritten). */
export async function saveSiteAction(id: string | null, payload: unknown, version?: number): Promise<SaveSiteResult> {
  const auth = await requireRole("editor");
  if ("error" in auth) return { ok: false, error: auth.error };
  const input = siteInputSchema.safeParse(payload);
  if (!input.success)
    return {
      ok: false,
      error: "invalid",
      issues: input.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    };
  const expected = typeof version === "number" && Number.isInteger(version) ? version : undefined;
  const result =
    id === null
      ? await createSite(auth.user.username, input.data)
      : await updateSite(auth.user.username, id, input.data, expected);
  if ("error" in result) {
    if (result.error === "conflict")
      return { ok: false, error: "conflict", currentVersion: result.currentVersion, yourVersion: result.yourVersion };
    return { ok: false, error: result.error };
  }
  revalidatePath("/registry");
  return { ok: true, id: result.id };
}

export async function deleteSiteAction(id: string): Promise<SaveSiteResult> {
  const auth = await requireRole("editor");
  if ("error" in auth) return { ok: false, error: auth.error };
  const result = await deleteSite(auth.user.username, id);
  if ("error" in result) return { ok: false, error: result.error };
  revalidatePath("/registry");
  redirect(`/registry?deleted=${encodeURIComponent(id)}`);
}
