/**
 * What the app can say today about each plan target: from the registry (capacities, gangue-power MW) or from the
 * latest finished province pairing run (utilisation, tonnes per route). Targets the registry cannot measure
 * (coal washing, CBM, cement, enterprises…) have no current value.
 */
import type { MaterialCode } from "../materials";
import { BULK_SOLID_WASTES, PLAN_TARGETS, type PlanTarget } from "./targets";
import type { MaterialProgress } from "./progress";

export interface CurrentValue {
  value: number;
  basis: "registry" | "pairing-run";
  /** ISO time the value reflects: the registry's last change, or when the run finished. */
  asOf: string;
  /** The run the value comes from (basis pairing-run). */
  runId: string | null;
  /** True when the run it comes from included synthetic sites. */
  synthetic: boolean;
}

export interface ProvinceRunFacts {
  id: string;
  finishedAt: string;
  synthetic: boolean;
  materials: readonly {
    material: MaterialCode;
    producedTonnes: number;
    matchedTonnes: number;
    byRoute: Readonly<Record<string, number>>;
  }[];
}

export interface RegistryFacts {
  /** Province totals per material (the progress figures of the province). */
  province: Readonly<Record<string, MaterialProgress>>;
  /** Intake capacity per material and route (t/yr). */
  capacityByRoute: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Σ capacityMw of sites with a coal-gangue power intake. */
  gangueFiredMw: number;
  asOf: string;
}

const GANGUE_POWER_TOTALS = new Set([
  "gangue-power-capacity-goals",
  "gangue-power-capacity-power",
  "gangue-power-capacity-gangue",
]);

/** The current value of each target (by id), or null where neither the registry nor the run measures it. */
export function currentValues(
  registry: RegistryFacts,
  run: ProvinceRunFacts | null,
  targets: readonly PlanTarget[] = PLAN_TARGETS,
): Map<string, CurrentValue | null> {
  const fromRegistry = (value: number): CurrentValue => ({
    value,
    basis: "registry",
    asOf: registry.asOf,
    runId: null,
    synthetic: false,
  });
  const fromRun = (value: number): CurrentValue => ({
    value,
    basis: "pairing-run",
    asOf: run!.finishedAt,
    runId: run!.id,
    synthetic: run!.synthetic,
  });
  const runMaterial = (m: MaterialCode) => run?.materials.find((x) => x.material === m && x.producedTonnes > 0);
  const out = new Map<string, CurrentValue | null>();
  for (const t of targets) {
    let v: CurrentValue | null = null;
    if (t.id === "bulk-solid-waste-utilisation" && run) {
      const bulk = run.materials.filter((m) => BULK_SOLID_WASTES.includes(m.material));
      const produced = bulk.reduce((s, m) => s + m.producedTonnes, 0);
      if (produced > 0) v = fromRun((100 * bulk.reduce((s, m) => s + m.matchedTonnes, 0)) / produced);
    } else if (t.id === "bulk-solid-waste-capacity") {
      v = fromRegistry(
        BULK_SOLID_WASTES.reduce((s, m) => s + (registry.province[m]?.utilisationCapacityTonnes ?? 0), 0),
      );
    } else if (GANGUE_POWER_TOTALS.has(t.id)) {
      v = fromRegistry(registry.gangueFiredMw);
    } else if (t.unit === "%" && t.material) {
      const m = runMaterial(t.material);
      if (m) v = fromRun((100 * m.matchedTonnes) / m.producedTonnes);
    } else if (t.unit === "t" && t.material && t.route) {
      const m = run?.materials.find((x) => x.material === t.material);
      if (m) v = fromRun(t.intakeRoutes.reduce((s, r) => s + (m.byRoute[r] ?? 0), 0));
      else
        v = fromRegistry(
          t.intakeRoutes.reduce((s, r) => s + (registry.capacityByRoute.get(t.material!)?.get(r) ?? 0), 0),
        );
    }
    out.set(t.id, v);
  }
  return out;
}
