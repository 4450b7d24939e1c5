import { describe, expect, it } from "vitest";
// The style-spec package ships with maplibre-gl; it is MapLibre's own validator and expression evaluator.
import { createExpression, featureFilter, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { StyleSpecification } from "maplibre-gl";
import {
  LAYERS,
  PARK_LAYERS,
  SITE_LAYERS,
  SOURCES,
  clusterCountText,
  clusterVisibilityFilter,
  selectedSiteFilter,
  siteLabelText,
  siteVisibilityFilter,
} from "./layers";
import { EMPTY_FEATURES, buildOfflineStyle } from "./map-style";
import { materialTokenList } from "../../domain/site-features";

describe("offline style", () => {
  it("is a valid MapLibre style with no network resources", () => {
    const style = buildOfflineStyle();
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined(); // labels are drawn from local fonts
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it("accepts the site and park layers into their sources", () => {
    const style: StyleSpecification = buildOfflineStyle();
    style.sources[SOURCES.sites] = {
      type: "vector",
      tiles: ["http://localhost/api/tiles/sites/{z}/{x}/{y}.pbf"],
      maxzoom: 14,
      promoteId: { sites: "id" },
    };
    style.sources[SOURCES.siteSelected] = { type: "geojson", data: EMPTY_FEATURES };
    style.sources[SOURCES.parks] = { type: "geojson", data: EMPTY_FEATURES };
    style.sources[SOURCES.parkLabels] = { type: "geojson", data: EMPTY_FEATURES };
    style.layers.push(
      ...SITE_LAYERS.points,
      ...SITE_LAYERS.labels,
      ...SITE_LAYERS.top,
      ...PARK_LAYERS.areas,
      ...PARK_LAYERS.labels,
    );
    for (const layer of SITE_LAYERS.points)
      if (layer.type === "circle")
        layer.filter = siteVisibilityFilter({ roles: ["producer"], materials: ["red-mud"], allMaterials: false });
    expect(validateStyleMin(style)).toEqual([]);
    // The per-toggle expressions the map sets at run time are valid too.
    const cluster = style.layers.find((l) => l.id === LAYERS.siteCluster)!;
    (cluster as { filter?: unknown }).filter = clusterVisibilityFilter({
      roles: ["producer", "both"],
      materials: ["fly-ash"],
      allMaterials: false,
    });
    const count = style.layers.find((l) => l.id === LAYERS.siteClusterCount)! as { layout: Record<string, unknown> };
    count.layout["text-field"] = clusterCountText(["producer", "consumer"]);
    (style.layers.find((l) => l.id === LAYERS.siteLabel) as { layout: Record<string, unknown> }).layout["text-field"] =
      siteLabelText("en");
    expect(validateStyleMin(style)).toEqual([]);
  });

  it("adds an online basemap only when configured", () => {
    const style = buildOfflineStyle({ url: "https://tiles.example/{z}/{x}/{y}.png", attribution: "Example" });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources[SOURCES.basemap]).toBeDefined();
    expect(buildOfflineStyle().sources[SOURCES.basemap]).toBeUndefined();
  });
});

describe("site filters", () => {
  const site = (role: string, produces: string[], absorbs: string[]) => ({
    type: 1 as const,
    geometry: [[{ x: 0, y: 0 }]],
    properties: {
      id: `${role}-${produces.join()}-${absorbs.join()}`,
      role,
      produces: materialTokenList(produces),
      absorbs: materialTokenList(absorbs),
    },
  });
  const visible = (filter: ReturnType<typeof siteVisibilityFilter>, f: ReturnType<typeof site>) =>
    featureFilter(filter).filter({ zoom: 7 }, f as never);

  const ashPlant = site("producer", ["fly-ash", "fgd-gypsum"], []);
  const cement = site("consumer", [], ["fly-ash", "red-mud"]);
  const gangue = site("both", ["fly-ash"], ["coal-gangue"]);

  it("keeps every site of a shown role when all materials are on", () => {
    const f = siteVisibilityFilter({ roles: ["producer", "consumer", "both"], materials: [], allMaterials: true });
    expect([ashPlant, cement, gangue].map((s) => visible(f, s))).toEqual([true, true, true]);
    const producersOnly = siteVisibilityFilter({ roles: ["producer"], materials: [], allMaterials: true });
    expect([ashPlant, cement, gangue].map((s) => visible(producersOnly, s))).toEqual([true, false, false]);
  });

  it("shows sites that produce or absorb a checked material, and none when no material is checked", () => {
    const roles = ["producer", "consumer", "both"] as const;
    const redMud = siteVisibilityFilter({ roles, materials: ["red-mud"], allMaterials: false });
    expect([ashPlant, cement, gangue].map((s) => visible(redMud, s))).toEqual([false, true, false]);
    const gangueOnly = siteVisibilityFilter({ roles, materials: ["coal-gangue"], allMaterials: false });
    expect([ashPlant, cement, gangue].map((s) => visible(gangueOnly, s))).toEqual([false, false, true]);
    const none = siteVisibilityFilter({ roles, materials: [], allMaterials: false });
    expect([ashPlant, cement, gangue].map((s) => visible(none, s))).toEqual([false, false, false]);
  });

  it("hides synthetic sites and filters by status when asked (a missing status counts as operating)", () => {
    const roles = ["producer", "consumer", "both"] as const;
    const withProps = (f: ReturnType<typeof site>, extra: Record<string, unknown>) => ({
      ...f,
      properties: { ...f.properties, ...extra },
    });
    const realOp = withProps(ashPlant, { synthetic: false, status: "operating" });
    const synth = withProps(cement, { synthetic: true, status: "operating" });
    const retired = withProps(gangue, { synthetic: false, status: "retired" });
    const noSynthetic = siteVisibilityFilter({ roles, materials: [], allMaterials: true, showSynthetic: false });
    expect([realOp, synth, retired].map((s) => visible(noSynthetic, s as never))).toEqual([true, false, true]);
    const operatingOnly = siteVisibilityFilter({ roles, materials: [], allMaterials: true, statuses: ["operating"] });
    expect([realOp, synth, retired, ashPlant].map((s) => visible(operatingOnly, s as never))).toEqual([
      true,
      true,
      false,
      true,
    ]);
    const retiredAsh = siteVisibilityFilter({
      roles,
      materials: ["fly-ash"],
      allMaterials: false,
      statuses: ["retired"],
      showSynthetic: false,
    });
    expect([realOp, synth, retired].map((s) => visible(retiredAsh, s as never))).toEqual([false, false, true]);
    const none = siteVisibilityFilter({ roles, materials: [], allMaterials: true, statuses: [] });
    expect(visible(none, realOp as never)).toBe(false);
  });

  it("selects exactly one site", () => {
    expect(visible(selectedSiteFilter(cement.properties.id), cement)).toBe(true);
    expect(visible(selectedSiteFilter(cement.properties.id), ashPlant)).toBe(false);
    expect(visible(selectedSiteFilter(null), ashPlant)).toBe(false);
  });
});

describe("cluster filters", () => {
  const cluster = (
    counts: { nProducer?: number; nConsumer?: number; nBoth?: number },
    produces: string[],
    absorbs: string[],
  ) => ({
    type: 1 as const,
    geometry: [[{ x: 0, y: 0 }]],
    properties: {
      nProducer: 0,
      nConsumer: 0,
      nBoth: 0,
      nNone: 0,
      ...counts,
      produces: materialTokenList(produces),
      absorbs: materialTokenList(absorbs),
    },
  });
  const shows = (filter: ReturnType<typeof clusterVisibilityFilter>, f: ReturnType<typeof cluster>) =>
    featureFilter(filter).filter({ zoom: 6 }, f as never);
  const roles = ["producer", "consumer", "both"] as const;
  const producers = cluster({ nProducer: 1200 }, ["coal-gangue"], []);
  const mixed = cluster({ nProducer: 3, nConsumer: 40 }, ["fly-ash"], ["fly-ash", "red-mud"]);

  it("hides a cluster when none of its sites has a shown role or touches a shown material", () => {
    expect(
      [producers, mixed].map((c) => shows(clusterVisibilityFilter({ roles, materials: [], allMaterials: true }), c)),
    ).toEqual([true, true]);
    expect(
      [producers, mixed].map((c) =>
        shows(clusterVisibilityFilter({ roles: ["consumer"], materials: [], allMaterials: true }), c),
      ),
    ).toEqual([false, true]);
    expect(
      [producers, mixed].map((c) =>
        shows(clusterVisibilityFilter({ roles, materials: ["red-mud"], allMaterials: false }), c),
      ),
    ).toEqual([false, true]);
    expect(
      [producers, mixed].map((c) => shows(clusterVisibilityFilter({ roles, materials: [], allMaterials: false }), c)),
    ).toEqual([false, false]);
    expect(shows(clusterVisibilityFilter({ roles: [], materials: [], allMaterials: true }), mixed)).toBe(false);
  });

  it("follows the synthetic and status toggles: a cluster shows while it holds a site they let through", () => {
    const allSynthetic = {
      ...mixed,
      properties: { ...mixed.properties, count: 43, nSynthetic: 43, statuses: "|operating|" },
    };
    const someReal = {
      ...mixed,
      properties: { ...mixed.properties, count: 43, nSynthetic: 40, statuses: "|operating|retired|" },
    };
    const base = { roles, materials: [], allMaterials: true } as const;
    expect(shows(clusterVisibilityFilter({ ...base, showSynthetic: false }), allSynthetic as never)).toBe(false);
    expect(shows(clusterVisibilityFilter({ ...base, showSynthetic: false }), someReal as never)).toBe(true);
    expect(shows(clusterVisibilityFilter({ ...base, statuses: ["retired"] }), allSynthetic as never)).toBe(false);
    expect(shows(clusterVisibilityFilter({ ...base, statuses: ["retired"] }), someReal as never)).toBe(true);
    expect(shows(clusterVisibilityFilter({ ...base, statuses: [] }), someReal as never)).toBe(false);
  });

  it("counts the sites of the shown roles, abbreviated", () => {
    const text = (r: readonly ("producer" | "consumer" | "both")[], c: ReturnType<typeof cluster>) => {
      const e = createExpression(clusterCountText(r));
      if (e.result !== "success") throw new Error(JSON.stringify(e.value));
      return e.value.evaluate({ zoom: 6 }, c as never);
    };
    expect(text(roles, mixed)).toBe("43");
    expect(text(["consumer"], mixed)).toBe("40");
    expect(text(roles, producers)).toBe("1.2k");
    expect(text(roles, cluster({ nProducer: 25_400 }, [], []))).toBe("25k");
  });
});
