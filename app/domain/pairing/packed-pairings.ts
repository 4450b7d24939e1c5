/**
 * A run's pairings as columns for the run page: 10^4 rows as objects repeat every key and every site id per row; as
 * columns each value appears once per row and repeated strings (site ids, materials, routes, levels) once per run.
 */
import type { MaterialCode } from "../materials";
import type { CycleLevel } from "../registry-types";
import type { PairingFlow } from "./types";

/** One stored pairing without its explanation (fetched on selection). */
export type PairingRow = Omit<PairingFlow, "explanation"> & { id: number };

/** Pairing rows as parallel columns; string columns hold indexes into their lookup list. */
export interface PackedPairings {
  sites: string[];
  materials: MaterialCode[];
  routes: string[];
  levels: CycleLevel[];
  id: number[];
  producer: number[];
  consumer: number[];
  material: number[];
  route: number[];
  level: number[];
  tonnesPerYear: number[];
  distanceKm: number[];
  roadKm: number[];
  costYuan: number[];
  co2Kg: number[];
}

/** An index for each distinct value, in first-seen order. */
function lookup<T>() {
  const list: T[] = [];
  const index = new Map<T, number>();
  return {
    list,
    of(v: T): number {
      let i = index.get(v);
      if (i === undefined) index.set(v, (i = list.push(v) - 1));
      return i;
    },
  };
}

/** Packs pairing rows into columns (values unchanged, order kept). */
export function packPairings(rows: readonly PairingRow[]): PackedPairings {
  const sites = lookup<string>();
  const materials = lookup<MaterialCode>();
  const routes = lookup<string>();
  const levels = lookup<CycleLevel>();
  return {
    id: rows.map((r) => r.id),
    producer: rows.map((r) => sites.of(r.producerId)),
    consumer: rows.map((r) => sites.of(r.consumerId)),
    material: rows.map((r) => materials.of(r.material)),
    route: rows.map((r) => routes.of(r.route)),
    level: rows.map((r) => levels.of(r.cycleLevel)),
    tonnesPerYear: rows.map((r) => r.tonnesPerYear),
    distanceKm: rows.map((r) => r.distanceKm),
    roadKm: rows.map((r) => r.roadKm),
    costYuan: rows.map((r) => r.costYuan),
    co2Kg: rows.map((r) => r.co2Kg),
    sites: sites.list,
    materials: materials.list,
    routes: routes.list,
    levels: levels.list,
  };
}

/** The rows back from their columns. */
export function unpackPairings(p: PackedPairings): PairingRow[] {
  return p.id.map((id, i) => ({
    id,
    producerId: p.sites[p.producer[i]],
    consumerId: p.sites[p.consumer[i]],
    material: p.materials[p.material[i]],
    route: p.routes[p.route[i]],
    tonnesPerYear: p.tonnesPerYear[i],
    distanceKm: p.distanceKm[i],
    roadKm: p.roadKm[i],
    costYuan: p.costYuan[i],
    co2Kg: p.co2Kg[i],
    cycleLevel: p.levels[p.level[i]],
  }));
}
