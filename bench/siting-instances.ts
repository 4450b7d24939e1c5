// Siting benchmark instances: the province's seeded gangue instance and a deterministic SYNTHETIC one with
// 10^4 producers over Shanxi's bounding box (labelled synthetic in every name).
import type { RegistrySite } from "../app/domain/registry-types";
import type { CountySeat, ParkCentre } from "../app/domain/siting/candidates";
import { mulberry32, syntheticSite } from "./bench-support";

/** n SYNTHETIC gangue producers (20–120 kt/yr), n/10 existing consumers, n/50 power sites that could expand. */
export function syntheticGangueSites(n: number, seed = 13): RegistrySite[] {
  const rnd = mulberry32(seed + n);
  const base = (id: string): RegistrySite =>
    syntheticSite({
      id,
      name: `合成 ${id}`,
      nameEn: `Synthetic ${id}`,
      lng: 110.4 + rnd() * 4.0,
      lat: 34.8 + rnd() * 5.6,
    });
  const sites: RegistrySite[] = [];
  for (let i = 0; i < n; i++) {
    const s = base(`p${i}`);
    s.outputs.push({
      material: "coal-gangue",
      tonnesPerYear: Math.round(20_000 + rnd() * 100_000),
      stockpileTonnes: 0,
      estimated: false,
      coefficient: null,
    });
    sites.push(s);
  }
  for (let i = 0; i < n / 10; i++) {
    const s = base(`c${i}`);
    const route = i % 5 === 0 ? "power" : i % 2 ? "wall-materials" : "cement";
    s.intakes.push({
      material: "coal-gangue",
      route,
      capacityTonnesPerYear: Math.round(50_000 + rnd() * 300_000),
      committedTonnesPerYear: 0,
    });
    sites.push(s);
  }
  return sites;
}

/** A synthetic county-seat grid (about 120 points) for the synthetic instance's candidates. */
export function syntheticSeats(): CountySeat[] {
  const out: CountySeat[] = [];
  for (let i = 0; i < 10; i++)
    for (let j = 0; j < 12; j++)
      out.push({
        adcode: `9${String(i * 12 + j).padStart(5, "0")}`,
        name: `合成县 ${i}-${j}`,
        nameEn: `Synthetic county ${i}-${j}`,
        seat: [110.6 + i * 0.4, 35.0 + j * 0.45],
      });
  return out;
}

export const NO_PARKS: ParkCentre[] = [];
