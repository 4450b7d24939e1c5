import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it("keeps local paths with query and hash", () => {
    expect(safeNextPath("/registry")).toBe("/registry");
    expect(safeNextPath("/registry/sites/plan-tisco?x=1#top")).toBe("/registry/sites/plan-tisco?x=1#top");
    expect(safeNextPath("/?site=a%20b")).toBe("/?site=a%20b");
  });
  it("sends every off-site form to /", () => {
    for (const hostile of [
      "//evil.example",
      "/\\evil.example",
      "/%5Cevil.example",
      "/%5cevil.example",
      "/\t/evil.example",
      "/%09/evil.example",
      "/%2F/evil.example",
      "https://evil.example/",
      "evil.example",
      "/\n/evil.example",
      "/%0a/evil.example",
      "",
      null,
      42,
      "/%E0%A4%A",
      "javascript:alert(1)",
    ]) {
      const out = safeNextPath(hostile);
      expect(out, String(hostile)).toBe("/");
      // Whatever comes back must resolve to this site in a browser too.
      expect(new URL(out, "https://atlas.example").host).toBe("atlas.example");
    }
  });
});
