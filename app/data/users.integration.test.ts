// Accounts on a temporary database: creation, duplicates, sign-in checks, role changes and their audit entries.
import { describe, expect, it } from "vitest";
import { authenticate, countAdmins, createUser, findUser, listUsers, setUserRole, UserExistsError } from "./users";
import { auditFor } from "./audit";
import { prisma } from "./db";

describe("users", () => {
  it("creates accounts with a scrypt hash, refuses a taken username and audits the creation", async () => {
    const alice = await createUser("cli", "alice", "correct horse battery", "admin");
    expect(alice).toMatchObject({ username: "alice", role: "admin" });
    const row = await prisma.user.findUnique({ where: { id: alice.id } });
    expect(row!.passwordHash).not.toContain("correct horse");
    expect(row!.passwordHash).toMatch(/scrypt/i);
    await expect(createUser("cli", "alice", "another password", "viewer")).rejects.toBeInstanceOf(UserExistsError);
    const [entry] = await auditFor("user", alice.id);
    expect(entry).toMatchObject({ username: "cli", action: "create", after: { username: "alice", role: "admin" } });
    expect(JSON.stringify(entry)).not.toContain("correct horse");
  });

  it("authenticates only the right password for an existing user", async () => {
    await createUser("cli", "bob", "bob's long password", "editor");
    expect(await authenticate("bob", "bob's long password")).toMatchObject({ username: "bob", role: "editor" });
    expect(await authenticate("bob", "wrong password!")).toBeNull();
    expect(await authenticate("nobody", "bob's long password")).toBeNull();
  });

  it("changes roles (audited), counts admins and lists users oldest first", async () => {
    const carol = await createUser("cli", "carol", "carol's long password", "viewer");
    const admins = await countAdmins();
    expect(await setUserRole("alice", carol.id, "admin")).toMatchObject({ role: "admin" });
    expect(await countAdmins()).toBe(admins + 1);
    expect((await findUser(carol.id))!.role).toBe("admin");
    const [change] = await auditFor("user", carol.id);
    expect(change).toMatchObject({
      username: "alice",
      action: "update",
      before: { role: "viewer" },
      after: { role: "admin" },
    });
    expect(await setUserRole("alice", "no-such-id", "viewer")).toBeNull();
    expect(await findUser("no-such-id")).toBeNull();
    const names = (await listUsers()).map((u) => u.username);
    expect(names.indexOf("alice")).toBeLessThan(names.indexOf("carol"));
  });
});
