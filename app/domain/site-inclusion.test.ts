import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ANALYSIS_DEFAULT_INCLUSION,
  INCLUDE_ALL_SITES,
  booleanBodyField,
  booleanQueryParam,
  includedSites,
  inclusionKey,
  siteIncluded,
  withInclusionDefaults,
} from "./site-inclusion";
import { isOperating, siteStatusOf } from "./site-status";

const site = (id: string, synthetic: boolean, status?: string) => ({
  id,
  status,
  provenance: { source: "t", licence: "t", precision: "exact" as const, synthetic, sourceRef: null },
});
const sites = [
  site("real-op", false, "operating"),
  site("syn-op", true, "operating"),
  site("real-retired", false, "retired"),
  site("real-proposed", false, "proposed"),
  site("syn-mothballed", true, "mothballed"),
  site("real-old", false),
];

describe("site inclusion", () => {
  it("analyses default to real operating sites (a site without a status is an old operating row)", () => {
    expect(includedSites(sites, ANALYSIS_DEFAULT_INCLUSION).map((s) => s.id)).toEqual(["real-op", "real-old"]);
  });
  it("adds synthetic and non-operating sites only when asked", () => {
    expect(includedSites(sites, { includeSynthetic: true, includeNonOperating: false }).map((s) => s.id)).toEqual([
      "real-op",
      "syn-op",
      "real-old",
    ]);
    expect(includedSites(sites, { includeSynthetic: false, includeNonOperating: true }).map((s) => s.id)).toEqual([
      "real-op",
      "real-retired",
      "real-proposed",
      "real-old",
    ]);
    expect(includedSites(sites, INCLUDE_ALL_SITES)).toHaveLength(sites.length);
    expect(siteIncluded(site("u", false, "unknown"), ANALYSIS_DEFAULT_INCLUSION)).toBe(false);
  });
  it("gives each combination its own cache key and fills defaults", () => {
    const keys = [false, true].flatMap((a) =>
      [false, true].map((b) => inclusionKey({ includeSynthetic: a, includeNonOperating: b })),
    );
    expect(new Set(keys).size).toBe(4);
    expect(withInclusionDefaults({ includeSynthetic: true })).toEqual({
      includeSynthetic: true,
      includeNonOperating: false,
    });
    expect(withInclusionDefaults(undefined, INCLUDE_ALL_SITES)).toEqual(INCLUDE_ALL_SITES);
  });
  it("reads statuses with a default", () => {
    expect(siteStatusOf("retired")).toBe("retired");
    expect(siteStatusOf("closed")).toBe("operating");
    expect(isOperating({ status: "construction" })).toBe(false);
  });
  it("validates boolean parameters with specific messages", () => {
    const q = z.object({ includeSynthetic: booleanQueryParam("includeSynthetic") });
    expect(q.parse({ includeSynthetic: "true" }).includeSynthetic).toBe(true);
    expect(q.parse({ includeSynthetic: "0" }).includeSynthetic).toBe(false);
    expect(q.safeParse({ includeSynthetic: "yes" }).error?.issues[0].message).toBe(
      'includeSynthetic must be true or false (got "yes")',
    );
    const b = z.object({ includeNonOperating: booleanBodyField("includeNonOperating") });
    expect(b.safeParse({ includeNonOperating: "true" }).error?.issues[0].message).toBe(
      'includeNonOperating must be true or false (got "true")',
    );
    expect(b.parse({ includeNonOperating: false }).includeNonOperating).toBe(false);
  });
});
