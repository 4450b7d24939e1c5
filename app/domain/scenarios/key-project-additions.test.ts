import { describe, expect, it } from "vitest";
import { KEY_PROJECTS } from "../plan/key-projects";
import { keyProjectAdditions } from "./key-project-additions";

describe("keyProjectAdditions", () => {
  it("turns the plan's gangue projects into additions from their start (else target) year, placed ones only for the LP", () => {
    const projects = KEY_PROJECTS.map((p, i) => ({
      ...p,
      position: i % 2 === 0 ? ([112, 37] as [number, number]) : null,
    }));
    const all = keyProjectAdditions(projects, ["coal-gangue"], false);
    const gangue = KEY_PROJECTS.filter(
      (p) => p.material === "coal-gangue" && p.route && (p.capacityTonnesPerYear ?? 0) > 0 && p.status !== "cancelled",
    );
    expect(all.additions.length).toBeGreaterThan(0);
    expect(all.additions.map((a) => a.id).sort()).toEqual(gangue.map((p) => `kp-${p.id}`).sort());
    for (const a of all.additions) {
      const p = KEY_PROJECTS.find((k) => `kp-${k.id}` === a.id)!;
      expect(a.tonnesPerYear).toBe(p.capacityTonnesPerYear);
      expect(a.startYear).toBe(p.startYear ?? p.targetYear);
      expect(a.source).toBe("key-project");
    }
    const placed = keyProjectAdditions(projects, ["coal-gangue"], true);
    expect(placed.additions.every((a) => a.lng !== null)).toBe(true);
    expect(placed.additions.length + placed.skipped).toBeGreaterThanOrEqual(all.additions.length);
  });
});
