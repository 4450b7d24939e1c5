import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readBodyBytes, readJson } from "./body";
import { AppError } from "./app-error";

const schema = z.object({ name: z.string() }).strict();
const req = (body: BodyInit, type = "application/json", headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/x", { method: "POST", body, headers: { "content-type": type, ...headers } });

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

describe("readJson", () => {
  it("parses a valid body", async () => {
    expect(await readJson(req('{"name":"河津"}'), schema)).toEqual({ name: "河津" });
  });
  it("refuses text/plain (a cross-site form) with 415 even when the body is JSON", async () => {
    expect((await failure(readJson(req('{"name":"x"}', "text/plain"), schema))).status).toBe(415);
  });
  it("refuses bodies over the cap from Content-Length and while streaming, naming the limit", async () => {
    const big = "x".repeat(2048);
    const e = await failure(readJson(req(`{"name":"${big}"}`), schema, { maxBytes: 1024 }));
    expect(e.status).toBe(413);
    expect(e.message).toMatch(/over the 1 kB limit/);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const chunked = new Request("http://localhost/x", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect((await failure(readBodyBytes(chunked, 3000))).status).toBe(413);
  });
  it("refuses lone surrogates (422 with the path) and unknown keys (422 naming the key)", async () => {
    const s = await failure(readJson(req('{"name":"a\\ud800"}'), schema));
    expect([s.status, s.issues?.[0].path]).toEqual([422, "name"]);
    const k = await failure(readJson(req('{"name":"a","nmae":"b"}'), schema));
    expect(k.status).toBe(422);
    expect(k.message).toMatch(/nmae/);
  });
  it("calls broken JSON a 400", async () => {
    expect((await failure(readJson(req("{"), schema))).status).toBe(400);
  });
});
