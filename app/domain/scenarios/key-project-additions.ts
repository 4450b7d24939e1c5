/** The plan's key projects (app/domain/plan/key-projects.ts, edited in the register) as scenario capacity additions. */
import { materialSpec, type MaterialCode } from "../materials";
import type { KeyProject } from "../plan/key-projects";
import type { CapacityAddition } from "./types";

/**
 * Projects of the given materials with a tonnage, a catalogue route and a start (else target) year, not cancelled.
 * `position` places them; province-wide projects (no position) are kept only when `needPosition` is false (the
 * aggregate method has no geography), so the pairing LP never gets a plant without a place.
 */
export function keyProjectAdditions(
  projects: readonly (KeyProject & { position: [number, number] | null })[],
  materials: readonly MaterialCode[],
  needPosition: boolean,
): { additions: CapacityAddition[]; skipped: number } {
  const additions: CapacityAddition[] = [];
  let skipped = 0;
  for (const p of projects) {
    if (!p.material || !materials.includes(p.material)) continue;
    const usable =
      p.status !== "cancelled" &&
      p.route !== null &&
      (materialSpec(p.material)?.routes.includes(p.route) ?? false) &&
      (p.capacityTonnesPerYear ?? 0) > 0;
    if (!usable || (needPosition && !p.position)) {
      skipped++;
      continue;
    }
    additions.push({
      id: `kp-${p.id}`,
      label: p.nameZh,
      material: p.material,
      route: p.route!,
      tonnesPerYear: p.capacityTonnesPerYear!,
      startYear: p.startYear ?? p.targetYear,
      lng: p.position?.[0] ?? null,
      lat: p.position?.[1] ?? null,
      countyAdcode: p.countyAdcode,
      source: "key-project",
    });
  }
  return { additions, skipped };
}
