/**
 * iron-session settings. The sealing secret comes from ATLAS_SESSION_SECRET, else from a random secret generated
 * on first use and kept in prisma/.session-secret (git-ignored, mode 600). There is deliberately no default secret.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SessionOptions } from "iron-session";

export const SESSION_COOKIE = "atlas-session";
const SESSION_TTL_SECONDS = 8 * 60 * 60;

export interface SessionData {
  userId?: string;
  username?: string;
  /** Role at sign-in; authorisation re-reads the role from the database on every request. */
  role?: string;
  /** The user's session version at sign-in; the session is void once the stored version moves on. */
  sv?: number;
}

let secret: string | undefined;

/** The session secret (≥ 32 characters), from env or the persisted random file. */
export function sessionSecret(): string {
  if (secret) return secret;
  const fromEnv = process.env.ATLAS_SESSION_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("ATLAS_SESSION_SECRET must be at least 32 characters");
    return (secret = fromEnv);
  }
  const file = process.env.ATLAS_SESSION_SECRET_FILE ?? path.join(process.cwd(), "prisma", ".session-secret");
  if (!existsSync(/*turbopackIgnore: true*/ file)) {
    try {
      // "wx": never overwrite a secret another process wrote first.
      writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  const value = readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  if (value.length < 32) throw new Error(`${file} holds a session secret shorter than 32 characters`);
  return (secret = value);
}

/** Cookie: HTTP-only, SameSite=Lax, Secure unless ATLAS_INSECURE_COOKIES=1 (plain-HTTP intranet deployments). */
export function sessionOptions(): SessionOptions {
  return {
    password: sessionSecret(),
    cookieName: SESSION_COOKIE,
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: {
      httpOnly: true,
      secure: process.env.ATLAS_INSECURE_COOKIES !== "1",
      sameSite: "lax",
      path: "/",
    },
  };
}

/** True when viewing the app requires signing in (ATLAS_REQUIRE_LOGIN=1). */
export function loginRequired(): boolean {
  return process.env.ATLAS_REQUIRE_LOGIN === "1";
}
