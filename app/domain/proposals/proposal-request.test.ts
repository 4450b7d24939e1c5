import { describe, expect, it } from "vitest";
import { createProposalSchema, exportQuerySchema, firstIssue, updateProposalSchema } from "./proposal-request";

describe("proposal request schemas", () => {
  it("accepts each way of building a cluster", () => {
    expect(createProposalSchema.safeParse({ from: "run-component", runId: "r1", componentIndex: 0 }).success).toBe(
      true,
    );
    expect(
      createProposalSchema.safeParse({ from: "run-park", runId: "r1", parkId: "hejin", name: "河津" }).success,
    ).toBe(true);
    expect(createProposalSchema.safeParse({ from: "sites", siteIds: ["a", "b"], cycleLevel: "park" }).success).toBe(
      true,
    );
    expect(createProposalSchema.safeParse({ from: "duplicate", proposalId: "p1" }).success).toBe(true);
  });

  it("gives specific messages for bad input", () => {
    const bad = (v: unknown) => {
      const r = createProposalSchema.safeParse(v);
      return r.success ? null : firstIssue(r.error);
    };
    expect(bad({ from: "sites", siteIds: ["a"] })).toContain("at least 2 sites");
    expect(bad({ from: "run-component", runId: "r", componentIndex: -1 })).toContain("componentIndex");
    expect(bad({ from: "somewhere" })).toContain("from must be");
    expect(bad({ from: "run-park", runId: "r", parkId: "p", cycleLevel: "cross-province" })).toContain("cycleLevel");
    expect(bad({ from: "run-park", runId: "r", parkId: "p", name: "  " })).toContain("name must not be empty");
    expect(bad({ from: "sites", siteIds: ["a", "b"], includeSynthetic: "yes" })).toBe(
      'includeSynthetic: includeSynthetic must be true or false (got "yes")',
    );
    expect(bad({ from: "run-component", runId: "r", componentIndex: 0, includeSynthetic: true })).toMatch(
      /^includeSynthetic: includeSynthetic applies to building from sites; a cluster from a run uses the sites the run used/,
    );
    expect(bad({ from: "run-park", runId: "r", parkId: "p", includeNonOperating: false })).toMatch(
      /^includeNonOperating: includeNonOperating applies to building from sites/,
    );
  });

  it("takes the inclusion options when building from sites", () => {
    const r = createProposalSchema.safeParse({
      from: "sites",
      siteIds: ["a", "b"],
      includeSynthetic: true,
      includeNonOperating: false,
    });
    expect(r.success && r.data.from === "sites" && [r.data.includeSynthetic, r.data.includeNonOperating]).toEqual([
      true,
      false,
    ]);
  });

  it("requires something to update", () => {
    expect(updateProposalSchema.safeParse({}).success).toBe(false);
    expect(updateProposalSchema.safeParse({ notes: null }).success).toBe(true);
  });

  it("defaults export lang and sheet and rejects unknown formats", () => {
    expect(exportQuerySchema.parse({ format: "pdf" })).toEqual({ format: "pdf", lang: "zh", sheet: "pairings" });
    expect(exportQuerySchema.parse({ format: "docx", sheet: "site-materials" }).sheet).toBe("site-materials");
    const r = exportQuerySchema.safeParse({ format: "odt" });
    expect(r.success ? "" : firstIssue(r.error)).toContain("format must be one of geojson, csv, xlsx, pdf, docx");
  });
});
