import { describe, expect, it } from "vitest";
import { booleanValid } from "@turf/turf";
import { fixtureSnapshot } from "../proposals/test-fixtures";
import { buildGeoJson } from "./geojson-export";
import { golden } from "./golden-file";

const proposal = { id: "p-test", name: "河津测试集群", notes: null, cycleLevel: "park", snapshot: fixtureSnapshot() };
const opts = { lang: "zh" as const, generatedAt: "2026-02-03T04:05:06.000Z" };

describe("buildGeoJson", () => {
  const fc = buildGeoJson(proposal, opts);

  it("matches the golden file", () => {
    const text = JSON.stringify(fc, null, 2) + "\n";
    expect(text).toBe(golden("proposal.geojson", text));
  });

  it("has one Point per site and one LineString per pairing, all valid", () => {
    const points = fc.features.filter((f) => f.geometry.type === "Point");
    const lines = fc.features.filter((f) => f.geometry.type === "LineString");
    expect(points).toHaveLength(4);
    expect(lines).toHaveLength(5);
    for (const f of fc.features)
      expect(booleanValid(f.geometry as never) || f.properties.producerId === f.properties.consumerId).toBe(true);
  });

  it("puts [lng, lat] in WGS84 order and links each line to its producer and consumer", () => {
    const cement = fc.features.find((f) => f.properties.siteId === "cement")!;
    expect(cement.geometry.coordinates).toEqual([110.65, 35.65]);
    const flow = fc.features.find(
      (f) =>
        f.properties.kind === "flow" && f.properties.material === "red-mud" && f.properties.consumerId === "cement",
    )!;
    expect(flow.geometry.coordinates).toEqual([
      [110.71, 35.6],
      [110.65, 35.65],
    ]);
    expect(flow.properties).toMatchObject({
      tonnesPerYear: 200000,
      distanceKm: 7.5,
      cycleLevel: "region",
      unit: "t",
      materialName: "赤泥",
    });
  });

  it("has only scalar attributes (QGIS fields) and labels synthetic sites", () => {
    for (const f of fc.features)
      for (const v of Object.values(f.properties))
        expect(["string", "number", "boolean"].includes(typeof v) || v === null).toBe(true);
    expect(fc.features.find((f) => f.properties.siteId === "brick")!.properties.synthetic).toBe(true);
    expect(fc.metadata.synthetic).toBe(true);
  });

  it("is deterministic apart from the generated-at time", () => {
    const again = buildGeoJson(proposal, { ...opts, generatedAt: "2030-01-01T00:00:00.000Z" });
    expect({ ...again, metadata: { ...again.metadata, generatedAt: null } }).toEqual({
      ...fc,
      metadata: { ...fc.metadata, generatedAt: null },
    });
  });
});
