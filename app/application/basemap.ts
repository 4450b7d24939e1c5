import "server-only";
/** Basemap context layers (Natural Earth rivers and urban areas) from the committed geodata/basemap files. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FeatureCollection } from "geojson";

export interface Basemap {
  rivers: FeatureCollection;
  urbanAreas: FeatureCollection;
}

let cache: Promise<Basemap> | null = null;

async function readCollection(file: string): Promise<FeatureCollection> {
  const fc = JSON.parse(
    await readFile(path.join(process.cwd(), "geodata", "basemap", file), "utf8"),
  ) as FeatureCollection;
  return { type: "FeatureCollection", features: fc.features };
}

/** Rivers (name, nameEn, rank) and urban areas; read once per server process (the files change only with a build). */
export function loadBasemap(): Promise<Basemap> {
  cache ??= Promise.all([readCollection("shanxi-rivers.ne.geojson"), readCollection("shanxi-urban-areas.ne.geojson")])
    .then(([rivers, urbanAreas]) => ({ rivers, urbanAreas }))
    .catch((e: unknown) => {
      cache = null;
      throw e;
    });
  return cache;
}
