/** GeoJSON of a scenario for the map: each city's stockpile at a chosen year, and the capacity additions. */
import type { Feature, FeatureCollection, Point } from "geojson";
import type { ScenarioParams, ScenarioResult } from "./types";

export interface CityPlace {
  adcode: string;
  name: string;
  nameEn: string;
  at: [number, number];
}

/** City stockpile circles (base and `year` tonnes) and addition points (route, tonnes, start year). */
export function scenarioFeatures(
  result: ScenarioResult,
  params: ScenarioParams,
  cities: readonly CityPlace[],
  year: number,
): FeatureCollection<Point> {
  const y = result.years.find((r) => r.year === year) ?? result.years[result.years.length - 1];
  const base = new Map(result.cities.map((c) => [c.adcode, c.baseStockpileTonnes]));
  const features: Feature<Point>[] = [];
  for (const c of cities) {
    const tonnes = y?.stockpileByCity[c.adcode] ?? 0;
    const baseTonnes = base.get(c.adcode) ?? 0;
    if (tonnes <= 0 && baseTonnes <= 0) continue;
    features.push({
      type: "Feature",
      id: `city:${c.adcode}`,
      geometry: { type: "Point", coordinates: c.at },
      properties: { kind: "stockpile", adcode: c.adcode, name: c.name, nameEn: c.nameEn, tonnes, baseTonnes },
    });
  }
  for (const a of params.capacityAdditions) {
    if (a.lng === null || a.lat === null) continue;
    features.push({
      type: "Feature",
      id: `addition:${a.id}`,
      geometry: { type: "Point", coordinates: [a.lng, a.lat] },
      properties: {
        kind: "addition",
        id: a.id,
        label: a.label,
        material: a.material,
        route: a.route,
        tonnesPerYear: a.tonnesPerYear,
        startYear: a.startYear,
        active: a.startYear <= (y?.year ?? 0),
        source: a.source,
      },
    });
  }
  return { type: "FeatureCollection", features };
}
