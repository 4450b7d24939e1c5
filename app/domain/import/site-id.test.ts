import { describe, expect, it } from "vitest";
import { idsForCreatedSites, newSiteId } from "./site-id";

describe("site ids", () => {
  it("makes usr- ids of 12 hex digits, different each time", () => {
    const ids = Array.from({ length: 200 }, newSiteId);
    for (const id of ids) expect(id).toMatch(/^usr-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(200);
  });
  it("keeps a file's own id unless it is taken or repeated, and never hands out a taken id", () => {
    let n = 0;
    const fresh = () => (n++ < 1 ? "usr-taken" : `usr-new-${n}`); // the first fresh id collides with an existing one
    const ids = idsForCreatedSites(
      [
        { action: "create", targetId: "a" },
        { action: "skip", targetId: "x" },
        { action: "create", targetId: "x" },
        { action: "create", targetId: "a" },
        { action: "update", targetId: "b" },
        { action: "create", targetId: null },
      ],
      ["x", "usr-taken"],
      fresh,
    );
    expect(ids).toEqual(["a", null, "usr-new-2", "usr-new-3", null, "usr-new-4"]);
  });
});
