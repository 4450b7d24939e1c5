import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { hasRole } from "./roles";

describe("password hashing", () => {
  it("verifies the right password and rejects others", async () => {
    const h = await hashPassword("correct horse battery");
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(h).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", h)).toBe(true);
    expect(await verifyPassword("correct horse batterY", h)).toBe(false);
  });
  it("salts every hash", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });
  it("rejects malformed stored hashes", async () => {
    expect(await verifyPassword("x", "plain")).toBe(false);
    expect(await verifyPassword("x", "scrypt$a$b$c$d$")).toBe(false);
  });
});

describe("roles", () => {
  it("orders viewer < editor < admin", () => {
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("viewer", "editor")).toBe(false);
    expect(hasRole("editor", "admin")).toBe(false);
    expect(hasRole("root", "viewer")).toBe(false);
    expect(hasRole(null, "viewer")).toBe(false);
  });
});
