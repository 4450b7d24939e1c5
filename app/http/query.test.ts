import { describe, expect, it } from "vitest";
import { queryOr400, refuseUnknownParameters } from "./query";
import { AppError } from "./app-error";

function thrown(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("nothing was thrown");
}

describe("queryOr400", () => {
  it("returns a parsed value and turns a parse failure into a 400 with its message", () => {
    expect(queryOr400({ ok: true, value: { level: "city" } })).toEqual({ level: "city" });
    const e = thrown(() => queryOr400({ ok: false, error: "level must be province, city or county" }));
    expect([e.status, e.message]).toEqual([400, "level must be province, city or county"]);
  });
});

describe("refuseUnknownParameters", () => {
  it("names every unknown parameter once, with the hint", () => {
    const e = thrown(() => refuseUnknownParameters(new URLSearchParams("a=1&v=2&b=3&a=4"), ["v"], "only v is allowed"));
    expect([e.status, e.message]).toEqual([400, "unknown parameter(s): a, b; only v is allowed"]);
  });
  it("accepts no parameters, or only allowed ones", () => {
    expect(() => refuseUnknownParameters(new URLSearchParams(""))).not.toThrow();
    expect(() => refuseUnknownParameters(new URLSearchParams("v=abc"), ["v"])).not.toThrow();
    expect(thrown(() => refuseUnknownParameters(new URLSearchParams("v=abc"))).status).toBe(400);
  });
});
