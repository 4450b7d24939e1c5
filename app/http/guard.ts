import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { AppError } from "./app-error";
import { isSameOrigin } from "../auth/origin";
import { hasRole, type Role } from "../auth/roles";
import { currentUser } from "../application/auth";
import type { UserSummary } from "../data/users";

/** Cookie holding the anonymous creator token: lets a visitor without an account cancel and delete what they started. */
export const OWNER_COOKIE = "atlas-owner";
const OWNER_TTL_SECONDS = 365 * 24 * 60 * 60;

/** Who sends a request: the signed-in user, the anonymous creator token (hashed) and the key quotas are counted on. */
export interface Actor {
  user: UserSummary | null;
  ownerTokenHash: string | null;
  /** `user:<id>` when signed in, else `addr:<client address>`. */
  clientKey: string;
  /** For the audit log: the username, else `anonymous:<first 8 hex of the token hash>`. */
  label: string;
}

/** Who owns a run or proposal. */
export interface Owner {
  ownerUserId: string | null;
  ownerTokenHash: string | null;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * The client address: the last X-Forwarded-For entry (Next fills it from the socket when no proxy sent one). A client
 * talking to Next directly can forge it, so address limits are always paired with per-account and global ones.
 */
export function clientAddress(request: Request): string {
  const xff = request.headers.get("x-forwarded-for");
  const last = xff?.split(",").pop()?.trim();
  return last ? last.replace(/^::ffff:/, "") : "unknown";
}

/** 403 unless the request comes from the app's own origin (see app/auth/origin.ts). */
export function requireSameOrigin(request: Request): void {
  if (!isSameOrigin(request.headers))
    throw new AppError(403, "cross-origin request refused: state changes are only accepted from the app's own pages");
}

/** The actor behind the page being rendered (for showing only the buttons that will work). */
export async function pageActor(): Promise<Actor> {
  return actorOf(new Request("http://page.invalid/", { headers: await headers() }));
}

/** The actor behind a request (no checks). */
export async function actorOf(request: Request): Promise<Actor> {
  const user = await currentUser();
  const token = (await cookies()).get(OWNER_COOKIE)?.value;
  const ownerTokenHash = token && /^[A-Za-z0-9_-]{32,64}$/.test(token) ? hashToken(token) : null;
  return {
    user,
    ownerTokenHash,
    clientKey: user ? `user:${user.id}` : `addr:${clientAddress(request)}`,
    label: user
      ? user.username
      : ownerTokenHash
        ? `anonymous:${ownerTokenHash.slice(0, 8)}`
        : `anonymous@${clientAddress(request)}`,
  };
}

/**
 * Guard for every state-changing route: same origin first, then (when `required` is given) a session with that role:
 * 401 without one, 403 below it.
 */
export async function guardMutation(request: Request, required?: Role): Promise<Actor> {
  requireSameOrigin(request);
  const actor = await actorOf(request);
  if (required) {
    if (!actor.user) throw new AppError(401, "sign in required");
    if (!hasRole(actor.user.role, required))
      throw new AppError(403, `requires role ${required}; you are ${actor.user.role}`);
  }
  return actor;
}

/** The owner to store for something the actor creates; an anonymous actor gets a creator-token cookie if it has none. */
export async function ownerForNew(actor: Actor): Promise<Owner> {
  if (actor.user) return { ownerUserId: actor.user.id, ownerTokenHash: null };
  if (actor.ownerTokenHash) return { ownerUserId: null, ownerTokenHash: actor.ownerTokenHash };
  const token = randomBytes(32).toString("base64url");
  (await cookies()).set(OWNER_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.ATLAS_INSECURE_COOKIES !== "1",
    path: "/",
    maxAge: OWNER_TTL_SECONDS,
  });
  const hash = hashToken(token);
  actor.ownerTokenHash = hash;
  actor.label = `anonymous:${hash.slice(0, 8)}`;
  return { ownerUserId: null, ownerTokenHash: hash };
}

/** True when the actor may cancel, edit or delete something with this owner: its creator, or any editor. */
export function canManage(actor: Actor, owner: Owner): boolean {
  if (actor.user && hasRole(actor.user.role, "editor")) return true;
  if (actor.user && owner.ownerUserId === actor.user.id) return true;
  return actor.ownerTokenHash !== null && owner.ownerTokenHash === actor.ownerTokenHash;
}

/** 401/403 unless the actor may manage it (`what` names the thing in the message). */
export function requireManage(actor: Actor, owner: Owner, what: string): void {
  if (canManage(actor, owner)) return;
  throw new AppError(
    actor.user || actor.ownerTokenHash ? 403 : 401,
    `only the creator of this ${what} or an editor may change it`,
  );
}
