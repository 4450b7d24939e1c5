import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { createCountyLocator } from "./point-in-county";

type Props = { adcode: string; name: string; center: [number, number] };
const counties = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "..", "geodata", "boundaries", "shanxi-counties.wgs84.geojson"), "utf8"),
) as FeatureCollection<Polygon | MultiPolygon, Props>;
const locator = createCountyLocator(
  counties.features.map((f) => ({ adcode: f.properties.adcode, geometry: f.geometry })),
);
const seat = (adcode: string) => counties.features.find((f) => f.properties.adcode === adcode)!.properties.center;

describe("point-in-county on the committed WGS84 counties", () => {
  it("has Shanxi's 117 county-level units", () => {
    expect(counties.features).toHaveLength(117);
  });

  it("puts the Hejin seat in Hejin (140882)", () => {
    const [lng, lat] = seat("140882");
    expect(locator.locate(lng, lat)).toBe("140882");
  });

  it("tells the two 城区 apart by adcode", () => {
    const [a, b] = [seat("140302"), seat("140502")];
    expect(locator.locate(a[0], a[1])).toBe("140302");
    expect(locator.locate(b[0], b[1])).toBe("140502");
  });

  it("puts Pinglu district (140603) and Pinglu county (140829) in different places", () => {
    const a = seat("140603");
    const b = seat("140829");
    expect(locator.locate(a[0], a[1])).toBe("140603");
    expect(locator.locate(b[0], b[1])).toBe("140829");
  });

  it("returns null outside Shanxi (Beijing, Xi'an) and for non-numbers", () => {
    expect(locator.locate(116.397, 39.908)).toBeNull();
    expect(locator.locate(108.94, 34.34)).toBeNull();
    expect(locator.locate(Number.NaN, 37)).toBeNull();
  });

  it("snaps a point just outside the border to the nearest county only within the tolerance", () => {
    // Due west of the Hejin seat, across the Yellow River in Shaanxi (~1–10 km outside).
    const [lng, lat] = seat("140882");
    let outside: [number, number] | null = null;
    for (let d = 0.01; d < 0.3; d += 0.005) {
      if (!locator.locate(lng - d, lat)) {
        outside = [lng - d - 0.005, lat];
        break;
      }
    }
    expect(outside).not.toBeNull();
    const snapped = locator.locateWithin(outside![0], outside![1], 5);
    expect(snapped?.adcode).toBe("140882");
    expect(snapped!.snappedKm).toBeGreaterThan(0);
    expect(locator.locateWithin(outside![0], outside![1], 0.01)).toBeNull();
  });
});

describe("point-in-county on hand-made shapes", () => {
  const square = (x: number, y: number): Polygon => ({
    type: "Polygon",
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  });
  const loc = createCountyLocator([
    { adcode: "000002", geometry: square(1, 0) },
    { adcode: "000001", geometry: square(0, 0) },
  ]);
  it("assigns by polygon, not by bounding box order", () => {
    expect(loc.locate(0.5, 0.5)).toBe("000001");
    expect(loc.locate(1.5, 0.5)).toBe("000002");
    expect(loc.locate(2.5, 0.5)).toBeNull();
    expect(loc.locateWithin(2.05, 0.5, 10)?.adcode).toBe("000002");
  });
});
