import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getIronSession } from "iron-session";
import { sessionOptions, type SessionData } from "../auth/session-config";
import { hasRole, type Role } from "../auth/roles";
import { isSameOrigin } from "../auth/origin";

export { isSameOrigin };
import { authenticate, findUserSession, revokeSessions, sessionVersionOf, type UserSummary } from "../data/users";

async function session() {
  return getIronSession<SessionData>(await cookies(), sessionOptions());
}

/** The signed-in user (role re-read from the database), or null. */
export async function currentUser(): Promise<UserSummary | null> {
  const s = await session();
  if (!s.userId) return null;
  const found = await findUserSession(s.userId);
  // Revoked (signed out elsewhere, password or role changed) or removed: the cookie no longer counts.
  const user = found && found.sessionVersion === s.sv ? found.user : null;
  if (!user) {
    // The account was removed. Clearing the cookie is only allowed in actions and route handlers, not while
    // rendering a page; there the stale cookie is simply ignored.
    try {
      s.destroy();
    } catch {
      /* rendering: cookies are read-only */
    }
  }
  return user;
}

/** Checks the credentials and starts a session; null when they are wrong. */
export async function signIn(username: string, password: string): Promise<UserSummary | null> {
  const user = await authenticate(username, password);
  if (!user) return null;
  const s = await session();
  s.userId = user.id;
  s.username = user.username;
  s.role = user.role;
  s.sv = await sessionVersionOf(user.id);
  await s.save();
  return user;
}

/** Ends the session and revokes every copy of it server-side (an old cookie replayed later is refused). */
export async function signOut(): Promise<void> {
  const s = await session();
  if (s.userId) {
    const found = await findUserSession(s.userId);
    if (found && found.sessionVersion === s.sv) await revokeSessions(s.userId);
  }
  s.destroy();
}

/** Server-action guard: the user when signed in with at least `required`, else an error message key. */
export async function requireRole(
  required: Role,
): Promise<{ user: UserSummary } | { error: "signInRequired" | "forbidden" }> {
  if (!isSameOrigin(await headers())) return { error: "forbidden" };
  const user = await currentUser();
  if (!user) return { error: "signInRequired" };
  if (!hasRole(user.role, required)) return { error: "forbidden" };
  return { user };
}

/** For pages: the user if they have `required`; redirects to sign-in when signed out; null when signed in without the role. */
export async function pageUser(required: Role, nextPath: string): Promise<UserSummary | null> {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(nextPath)}`);
  return hasRole(user.role, required) ? user : null;
}
