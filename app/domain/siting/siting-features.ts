/** GeoJSON of a siting result for the map: candidates, chosen plants, and catchment lines supplier → plant. */
import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import type { SitingResult } from "./types";

/** Candidates (kind, chosen) and plants (index, tonnes) as points; catchments as lines with tonnes and km. */
export function sitingFeatures(result: SitingResult): {
  points: FeatureCollection<Point>;
  catchments: FeatureCollection<LineString>;
} {
  const chosen = new Set(result.plants.map((p) => p.candidateId));
  const points: Feature<Point>[] = result.candidates
    .filter((c) => !chosen.has(c.id))
    .map((c) => ({
      type: "Feature",
      id: c.id,
      geometry: { type: "Point", coordinates: [c.lng, c.lat] },
      properties: { kind: "candidate", candidateKind: c.kind, id: c.id, name: c.name, nameEn: c.nameEn },
    }));
  result.plants.forEach((p, i) =>
    points.push({
      type: "Feature",
      id: p.candidateId,
      geometry: { type: "Point", coordinates: [p.lng, p.lat] },
      properties: {
        kind: "plant",
        candidateKind: p.candidateKind,
        id: p.candidateId,
        name: p.name,
        nameEn: p.nameEn,
        plantIndex: i,
        label: String(i + 1),
        tonnesPerYear: p.tonnesPerYear,
      },
    }),
  );
  const catchments: Feature<LineString>[] = result.assignments.map((a) => {
    const from = result.producers[a.producerId];
    const to = result.plants[a.plantIndex];
    return {
      type: "Feature",
      geometry: {
        type: "LineString",
        coordinates: [
          [from.lng, from.lat],
          [to.lng, to.lat],
        ],
      },
      properties: {
        producerId: a.producerId,
        plantIndex: a.plantIndex,
        tonnesPerYear: a.tonnesPerYear,
        distanceKm: a.distanceKm,
        synthetic: from.synthetic,
      },
    };
  });
  for (const [id, p] of Object.entries(result.producers)) {
    points.push({
      type: "Feature",
      id: `producer:${id}`,
      geometry: { type: "Point", coordinates: [p.lng, p.lat] },
      properties: { kind: "supplier", id, name: p.name, nameEn: p.nameEn, synthetic: p.synthetic },
    });
  }
  return {
    points: { type: "FeatureCollection", features: points },
    catchments: { type: "FeatureCollection", features: catchments },
  };
}
