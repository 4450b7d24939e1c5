import { describe, expect, it } from "vitest";
import { closest, levenshtein } from "./closest";

describe("levenshtein / closest", () => {
  it("counts edits", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
    expect(levenshtein("赤泥", "赤尼")).toBe(1);
  });
  it("picks the nearest label", () => {
    expect(closest("fly-ahs", ["fly-ash", "red-mud"], (x) => [x])?.match).toBe("fly-ash");
  });
});
