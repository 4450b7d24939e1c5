import { describe, expect, it } from "vitest";
// The style-spec package ships with maplibre-gl; it is MapLibre's own validator and expression evaluator.
import { featureFilter, validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { StyleSpecification } from "maplibre-gl";
import { PARK_LAYERS, SITE_LAYERS, SOURCES, selectedSiteFilter, siteVisibilityFilter } from "./layers";
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
    style.sources[SOURCES.sites] = { type: "geojson", data: EMPTY_FEATURES, promoteId: "id" };
    style.sources[SOURCES.parks] = { type: "geojson", data: EMPTY_FEATURES };
    style.sources[SOURCES.parkLabels] = { type: "geojson", data: EMPTY_FEATURES };
    style.layers.push(...SITE_LAYERS.points, ...SITE_LAYERS.labels, ...SITE_LAYERS.top, ...PARK_LAYERS.areas, ...PARK_LAYERS.labels);
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
    properties: { id: `${role}-${produces.join()}-${absorbs.join()}`, role, produces: materialTokenList(produces), absorbs: materialTokenList(absorbs) },
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
    const withProps = (f: ReturnType<typeof site>, extra: Record<string, unknown>) => ({ ...f, properties: { ...f.properties, ...extra } });
    const realOp = withProps(ashPlant, { synthetic: false, status: "operating" });
    const synth = withProps(cement, { synthetic: true, status: "operating" });
    const retired = withProps(gangue, { synthetic: false, status: "retired" });
    const noSynthetic = siteVisibilityFilter({ roles, materials: [], allMaterials: true, showSynthetic: false });
    expect([realOp, synth, retired].map((s) => visible(noSynthetic, s as never))).toEqual([true, false, true]);
    const operatingOnly = siteVisibilityFilter({ roles, materials: [], allMaterials: true, statuses: ["operating"] });
    expect([realOp, synth, retired, ashPlant].map((s) => visible(operatingOnly, s as never))).toEqual([true, true, false, true]);
    const retiredAsh = siteVisibilityFilter({ roles, materials: ["fly-ash"], allMaterials: false, statuses: ["retired"], showSynthetic: false });
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
