"use server";
/** Sign-in, sign-out and user-management server actions (Next checks Origin vs Host for every action). */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole, signIn, signOut } from "../../data/auth";
import { countAdmins, createUser, listUsers, setUserRole, UserExistsError } from "../../data/users";
import { MIN_PASSWORD_LENGTH } from "../../auth/password";
import { ROLES, USERNAME_PATTERN } from "../../auth/roles";

export interface FormState {
  error?: string;
  ok?: string;
}

/** Only same-site relative paths are followed after sign-in (no open redirect). */
function safeNext(next: unknown): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

// Slows down password guessing from one server process: failed attempts per username in the last 15 minutes.
const failures = new Map<string, number[]>();
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 10;

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const username = String(form.get("username") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!username || !password) return { error: "missingCredentials" };
  const now = Date.now();
  const recent = (failures.get(username) ?? []).filter((t) => now - t < WINDOW_MS);
  if (recent.length >= MAX_FAILURES) return { error: "tooManyAttempts" };
  const user = await signIn(username, password);
  if (!user) {
    failures.set(username, [...recent, now]);
    return { error: "badCredentials" };
  }
  failures.delete(username);
  redirect(safeNext(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/");
}

const newUser = z.object({
  username: z.string().trim().regex(USERNAME_PATTERN),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  role: z.enum(ROLES),
});

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const auth = await requireRole("admin");
  if ("error" in auth) return { error: auth.error };
  const parsed = newUser.safeParse({ username: form.get("username"), password: form.get("password"), role: form.get("role") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.path[0] === "password" ? "passwordTooShort" : parsed.error.issues[0]?.path[0] === "username" ? "badUsername" : "badRole" };
  try {
    await createUser(auth.user.username, parsed.data.username, parsed.data.password, parsed.data.role);
  } catch (e) {
    if (e instanceof UserExistsError) return { error: "userExists" };
    throw e;
  }
  revalidatePath("/admin/users");
  return { ok: parsed.data.username };
}

export async function setRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const auth = await requireRole("admin");
  if ("error" in auth) return { error: auth.error };
  const id = String(form.get("id") ?? "");
  const role = z.enum(ROLES).safeParse(form.get("role"));
  if (!role.success) return { error: "badRole" };
  const target = (await listUsers()).find((u) => u.id === id);
  if (!target) return { error: "userMissing" };
  // Keep at least one admin, or nobody could manage accounts any more.
  if (target.role === "admin" && role.data !== "admin" && (await countAdmins()) <= 1) return { error: "lastAdmin" };
  await setUserRole(auth.user.username, id, role.data);
  revalidatePath("/admin/users");
  return { ok: target.username };
}
