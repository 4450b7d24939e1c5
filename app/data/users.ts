import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "./db";
import { hashPassword, verifyPassword, dummyHash } from "../auth/password";
import type { Role } from "../auth/roles";
import { recordAudit } from "./audit";

export interface UserSummary {
  id: string;
  username: string;
  role: Role;
  createdAt: string;
}

function summary(u: { id: string; username: string; role: string; createdAt: Date }): UserSummary {
  return { id: u.id, username: u.username, role: u.role as Role, createdAt: u.createdAt.toISOString() };
}

/** The user with these credentials, or null (always runs one scrypt verification so timing does not reveal usernames). */
export async function authenticate(username: string, password: string): Promise<UserSummary | null> {
  const user = await prisma.user.findUnique({ where: { username } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  return user && ok ? summary(user) : null;
}

/** A user by id (sessions re-read the role from here on every request). */
export async function findUser(id: string): Promise<UserSummary | null> {
  const user = await prisma.user.findUnique({ where: { id } });
  return user ? summary(user) : null;
}

/** A user and the current session version (a session issued under an older version is revoked). */
export async function findUserSession(id: string): Promise<{ user: UserSummary; sessionVersion: number } | null> {
  const user = await prisma.user.findUnique({ where: { id } });
  return user ? { user: summary(user), sessionVersion: user.sessionVersion } : null;
}

/** The current session version of an account (to stamp a new session with). */
export async function sessionVersionOf(id: string): Promise<number> {
  return (await prisma.user.findUnique({ where: { id }, select: { sessionVersion: true } }))?.sessionVersion ?? 0;
}

/** Revokes every session of the account (sign-out, password or role change). */
export async function revokeSessions(id: string): Promise<void> {
  await prisma.user.updateMany({ where: { id }, data: { sessionVersion: { increment: 1 } } });
}

/** Every account, oldest first. */
export async function listUsers(): Promise<UserSummary[]> {
  return (await prisma.user.findMany({ orderBy: { createdAt: "asc" } })).map(summary);
}

export class UserExistsError extends Error {}

/** Creates an account (audited); throws UserExistsError when the username is taken. */
export async function createUser(actor: string, username: string, password: string, role: Role): Promise<UserSummary> {
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username } })) throw new UserExistsError(username);
    const user = await tx.user.create({ data: { id: randomUUID(), username, passwordHash, role } });
    await recordAudit(tx, {
      username: actor,
      action: "create",
      entity: "user",
      entityId: user.id,
      before: null,
      after: { username, role },
    });
    return summary(user);
  });
}

/** Changes a user's role (audited). */
export async function setUserRole(actor: string, id: string, role: Role): Promise<UserSummary | null> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id } });
    if (!before) return null;
    // A role change revokes the account's sessions: its holder signs in again under the new role.
    const user = await tx.user.update({ where: { id }, data: { role, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      username: actor,
      action: "update",
      entity: "user",
      entityId: id,
      before: { username: before.username, role: before.role },
      after: { username: user.username, role },
    });
    return summary(user);
  });
}

/** Number of admins (the last admin cannot be demoted). */
export async function countAdmins(): Promise<number> {
  return prisma.user.count({ where: { role: "admin" } });
}
