"use server";
/** User-management server actions (Next checks Origin vs Host for every action). Sign-in/out are form posts to /api/auth. */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole } from "../../application/auth";
import { countAdmins, createUser, listUsers, setUserRole, UserExistsError } from "../../data/users";
import { MIN_PASSWORD_LENGTH } from "../../auth/password";
import { ROLES, USERNAME_PATTERN } from "../../auth/roles";

export interface FormState {
  error?: string;
  ok?: string;
}

const newUser = z.object({
  username: z.string().trim().regex(USERNAME_PATTERN),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  role: z.enum(ROLES),
});

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const auth = await requireRole("admin");
  if ("error" in auth) return { error: auth.error };
  const parsed = newUser.safeParse({
    username: form.get("username"),
    password: form.get("password"),
    role: form.get("role"),
  });
  if (!parsed.success)
    return {
      error:
        parsed.error.issues[0]?.path[0] === "password"
          ? "passwordTooShort"
          : parsed.error.issues[0]?.path[0] === "username"
            ? "badUsername"
            : "badRole",
    };
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
