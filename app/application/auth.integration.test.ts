// Sessions and guards on a temporary database, with Next's request cookies replaced by an in-memory jar.
import { beforeAll, describe, expect, it, vi } from "vitest";

const jar = new Map<string, string>();
const requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "object") jar.set(name.name, name.value);
      else jar.set(name, value ?? "");
    },
    delete: (name: string) => jar.delete(name),
  }),
  headers: async () => requestHeaders,
}));
process.env.ATLAS_SESSION_SECRET = "integration-test-secret-0123456789abcdef";

const { currentUser, requireRole, signIn, signOut } = await import("./auth");
const { guardMutation } = await import("../http/guard");
const { createUser, setUserRole } = await import("../data/users");
const { prisma } = await import("../data/db");

const post = (headers: Record<string, string> = {}) =>
  new Request("http://localhost:3000/api/sites", { method: "POST", headers: { host: "localhost:3000", ...headers } });

let viewerId = "";
beforeAll(async () => {
  viewerId = (await createUser("cli", "vera", "vera's long password", "viewer")).id;
  await createUser("cli", "ed", "ed's long password", "editor");
});

describe("sessions and guards", () => {
  it("answers 401 without a session and 403 for a cross-origin request", async () => {
    jar.clear();
    expect(await currentUser()).toBeNull();
    await expect(guardMutation(post(), "editor")).rejects.toMatchObject({ status: 401 });
    await expect(guardMutation(post({ origin: "https://evil.example" }), "viewer")).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/cross-origin/),
    });
    expect(await requireRole("viewer")).toEqual({ error: "signInRequired" });
  });

  it("signs in with the right password only; a role change revokes the session and applies at the next sign-in", async () => {
    jar.clear();
    expect(await signIn("vera", "wrong password!!")).toBeNull();
    expect(jar.size).toBe(0);
    expect(await signIn("vera", "vera's long password")).toMatchObject({ username: "vera", role: "viewer" });
    expect([...jar.values()][0]).not.toContain("vera"); // sealed, not readable
    await expect(guardMutation(post({ origin: "http://localhost:3000" }), "editor")).rejects.toMatchObject({
      status: 403,
    });
    expect(await requireRole("editor")).toEqual({ error: "forbidden" });

    // Promoted while signed in: the role change revokes the session, and signing in again brings the new role.
    await setUserRole("admin", viewerId, "editor");
    expect(await currentUser()).toBeNull();
    await expect(guardMutation(post({ origin: "http://localhost:3000" }), "editor")).rejects.toMatchObject({
      status: 401,
    });
    expect(await signIn("vera", "vera's long password")).toMatchObject({ username: "vera", role: "editor" });
    const allowed = await guardMutation(post({ origin: "http://localhost:3000" }), "editor");
    expect(allowed.user?.username).toBe("vera");
  });

  it("drops a session whose account was removed, and signs out", async () => {
    jar.clear();
    await signIn("ed", "ed's long password");
    expect((await currentUser())!.username).toBe("ed");
    await signOut();
    expect(await currentUser()).toBeNull();
    await signIn("ed", "ed's long password");
    await prisma.user.delete({ where: { username: "ed" } });
    expect(await currentUser()).toBeNull();
  });
});
