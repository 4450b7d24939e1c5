/**
 * Creates an account (an admin by default) or resets its password/role:
 *   npm run create-admin -- --username alice [--role admin|editor|viewer] [--reset]
 * The password comes from ATLAS_ADMIN_PASSWORD or an interactive prompt; there is no default password.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../prisma/generated/client";
import { databaseUrl } from "../prisma/database-url";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../app/auth/password";
import { isRole, USERNAME_PATTERN } from "../app/auth/roles";

async function promptPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("no terminal to prompt on: set ATLAS_ADMIN_PASSWORD");
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, cb) {
      if (!muted) process.stdout.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(q);
      muted = true;
      rl.question("", (a) => {
        muted = false;
        process.stdout.write("\n");
        resolve(a);
      });
    });
  try {
    const first = await ask(question);
    const second = await ask("Repeat password: ");
    if (first !== second) throw new Error("passwords do not match");
    return first;
  } finally {
    rl.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      username: { type: "string" },
      role: { type: "string", default: "admin" },
      reset: { type: "boolean", default: false },
    },
  });
  const username = values.username ?? "";
  const role = values.role ?? "admin";
  if (!USERNAME_PATTERN.test(username))
    throw new Error("--username is required: 3–40 letters, digits, '.', '-' or '_'");
  if (!isRole(role)) throw new Error("--role must be viewer, editor or admin");
  const password = process.env.ATLAS_ADMIN_PASSWORD ?? (await promptPassword(`Password for ${username}: `));
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);

  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });
  try {
    const existing = await prisma.user.findUnique({ where: { username } });
    if (existing && !values.reset)
      throw new Error(`user ${username} exists; add --reset to set a new password and role`);
    const passwordHash = await hashPassword(password);
    await prisma.$transaction(async (tx) => {
      const user = existing
        ? await tx.user.update({
            where: { id: existing.id },
            data: { passwordHash, role, sessionVersion: { increment: 1 } },
          }) // signs out every old session
        : await tx.user.create({ data: { id: randomUUID(), username, passwordHash, role } });
      await tx.auditLog.create({
        data: {
          username: "cli",
          action: existing ? "update" : "create",
          entity: "user",
          entityId: user.id,
          before: existing ? JSON.stringify({ username, role: existing.role }) : null,
          after: JSON.stringify({ username, role }),
        },
      });
    });
    console.log(`${existing ? "updated" : "created"} ${role} "${username}"`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((e) => {
  console.error(`create-admin: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
