import { describe, expect, it } from "vitest";
import { findMalformedText, isWellFormedText } from "./text-safety";

describe("text safety", () => {
  it("accepts ordinary and astral text, rejects lone surrogates", () => {
    expect(isWellFormedText("河津 red mud 😀")).toBe(true);
    expect(isWellFormedText("a\ud800b")).toBe(false);
    expect(isWellFormedText("\udc00")).toBe(false);
    expect(isWellFormedText("end\ud83d")).toBe(false);
  });
  it("finds the path of the first malformed string in JSON, keys included", () => {
    expect(findMalformedText({ a: [1, "ok", { name: "x\ud800" }] })).toEqual(["a", 2, "name"]);
    expect(findMalformedText({ ["k\udfff"]: 1 })).toEqual(["k\udfff"]);
    expect(findMalformedText({ a: ["fine"] })).toBeNull();
  });
});
