import { describe, expect, it } from "vitest";
import { paddingForViewport } from "./fit-padding";

describe("paddingForViewport", () => {
  const panel = { top: 24, bottom: 24, left: 330, right: 60 };

  it("keeps a padding that fits a desktop map", () => {
    expect(paddingForViewport(panel, 1400, 850)).toEqual(panel);
  });

  it("scales a side-panel padding down on a 390 px phone so the fit has room", () => {
    const p = paddingForViewport(panel, 390, 790);
    expect(p.left + p.right).toBeLessThanOrEqual(390 * 0.6);
    expect(p.left).toBeGreaterThan(p.right);
    expect(p.top).toBe(24);
  });

  it("uses the phone variant on narrow maps only", () => {
    const responsive = { wide: panel, phone: { top: 16, bottom: 200, left: 16, right: 48 } };
    expect(paddingForViewport(responsive, 390, 790)).toEqual({ top: 16, bottom: 200, left: 16, right: 48 });
    expect(paddingForViewport(responsive, 1024, 790)).toEqual(panel);
  });

  it("never returns negative or non-finite padding, even for a zero-size map", () => {
    const p = paddingForViewport({ top: -5, bottom: Number.NaN, left: 100, right: 100 }, 0, 0);
    expect(p).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
  });

  it("accepts a single number", () => {
    expect(paddingForViewport(60, 100, 1000)).toEqual({ top: 60, bottom: 60, left: 30, right: 30 });
  });
});
