import { describe, expect, it } from "vitest";
import { difference, diffTone, signedText } from "./number-diff";

const fmt = (v: number) => v.toLocaleString("en-US", { maximumFractionDigits: 1 });

describe("difference", () => {
  it("is B − A, 0 within float noise, null when a side is missing", () => {
    expect(difference(250_000, 260_000)).toBe(10_000);
    expect(difference(0.3, 0.1 + 0.2)).toBe(0);
    expect(difference(null, 3)).toBeNull();
    expect(difference(3, undefined)).toBeNull();
    expect(difference(Number.NaN, 3)).toBeNull();
  });
});

describe("diffTone", () => {
  it("judges the direction against what helps", () => {
    expect(diffTone(0.05, "higher")).toBe("better");
    expect(diffTone(-0.05, "higher")).toBe("worse");
    expect(diffTone(1200, "lower")).toBe("worse");
    expect(diffTone(-1200, "lower")).toBe("better");
    expect(diffTone(0, "lower")).toBe("same");
    expect(diffTone(7, null)).toBe("neutral");
    expect(diffTone(null, "higher")).toBe("neutral");
  });
});

describe("signedText", () => {
  it("writes the sign (a true minus) before the formatted magnitude", () => {
    expect(signedText(10_000, fmt)).toBe("+10,000");
    expect(signedText(-1234.56, fmt)).toBe("\u22121,234.6");
    expect(signedText(0, fmt)).toBe("±0");
  });
});
