import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { sealData } from "iron-session";
import { requireLoginResponse } from "./require-login";
import { SESSION_COOKIE } from "../auth/session-config";

const SECRET = "x".repeat(40);
const req = (path: string, cookie?: string) =>
  new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {} });

describe("requireLoginResponse", () => {
  it("redirects pages to /login with the return path, and answers 401 for APIs", async () => {
    const page = await requireLoginResponse(req("/registry?q=a"), SECRET);
    expect(page?.status).toBe(307);
    expect(page?.headers.get("location")).toBe("http://localhost:3000/login?next=%2Fregistry%3Fq%3Da");
    expect((await requireLoginResponse(req("/api/sites"), SECRET))?.status).toBe(401);
  });
  it("lets sign-in, the auth API and the health probe through", async () => {
    for (const p of ["/login", "/api/auth/login", "/api/health"])
      expect(await requireLoginResponse(req(p), SECRET)).toBeNull();
  });
  it("accepts a valid session and rejects forged or foreign-key cookies", async () => {
    const good = await sealData({ userId: "u1" }, { password: SECRET });
    expect(await requireLoginResponse(req("/", good), SECRET)).toBeNull();
    const foreign = await sealData({ userId: "u1" }, { password: "y".repeat(40) });
    expect((await requireLoginResponse(req("/", foreign), SECRET))?.status).toBe(307);
    expect((await requireLoginResponse(req("/api/sites", "garbage"), SECRET))?.status).toBe(401);
  });
  it("refuses a well-sealed session the server has revoked", async () => {
    const old = await sealData({ userId: "u1", sv: 1 }, { password: SECRET });
    const live = async (d: { sv?: number }) => d.sv === 2;
    expect((await requireLoginResponse(req("/api/sites", old), SECRET, live))?.status).toBe(401);
    const current = await sealData({ userId: "u1", sv: 2 }, { password: SECRET });
    expect(await requireLoginResponse(req("/api/sites", current), SECRET, live)).toBeNull();
  });
});
