import { describe, expect, it } from "vitest";
import { labelLines, textWidthPx } from "./label-lines";

describe("labelLines", () => {
  it("keeps a label that fits on one line", () => {
    expect(labelLines("Fly ash", 120)).toEqual(["Fly ash"]);
  });
  it("wraps at spaces, each line within the width", () => {
    const lines = labelLines("Bulk industrial solid waste, total", 120);
    expect(lines).toEqual(["Bulk industrial", "solid waste, total"]);
    for (const l of lines) expect(textWidthPx(l)).toBeLessThanOrEqual(120);
  });
  it("wraps Chinese between characters", () => {
    const lines = labelLines("大宗工业固体废物合计", 60);
    expect(lines.join("")).toBe("大宗工业固体废物合计");
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(textWidthPx(l)).toBeLessThanOrEqual(60);
  });
  it("cuts the last line with an ellipsis when the text needs more lines", () => {
    const lines = labelLines("one two three four five six seven eight", 40, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    for (const l of lines) expect(textWidthPx(l)).toBeLessThanOrEqual(40);
  });
});
