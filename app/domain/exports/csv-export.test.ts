import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { fixtureSnapshot } from "../proposals/test-fixtures";
import { buildCsv, CSV_BOM } from "./csv-export";
import { golden } from "./golden-file";

const proposal = { id: "p-test", name: "河津测试集群", notes: null, cycleLevel: "park", snapshot: fixtureSnapshot() };
const generatedAt = "2026-02-03T04:05:06.000Z";

describe("buildCsv", () => {
  it("matches the golden pairings CSV (zh) and the golden KPI CSV (en)", () => {
    const zh = buildCsv(proposal, { lang: "zh", generatedAt });
    expect(zh).toBe(golden("pairings.zh.csv", zh));
    const kpis = buildCsv(proposal, { lang: "en", generatedAt, sheet: "kpis" });
    expect(kpis).toBe(golden("kpis.en.csv", kpis));
  });

  it("parses back to one row per pairing with units in the headers", () => {
    const text = buildCsv(proposal, { lang: "en", generatedAt });
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(5);
    expect(parsed.meta.fields).toContain("Great-circle distance (km)");
    const total = parsed.data.reduce((s, r) => s + Number(r["Quantity per year (unit/yr)"]), 0);
    expect(total).toBe(810_000);
    expect(parsed.data.find((r) => r["Consumer id"] === "brick")!["Synthetic"]).toBe("yes");
  });

  it("selects the other tables with sheet=", () => {
    const sites = Papa.parse<string[]>(buildCsv(proposal, { lang: "zh", generatedAt, sheet: "sites" }).slice(1), {
      skipEmptyLines: true,
    });
    expect(sites.data).toHaveLength(1 + 4);
    const assumptions = buildCsv(proposal, { lang: "en", generatedAt, sheet: "assumptions" });
    expect(assumptions).toContain("Circuity factor");
    expect(assumptions).toContain("Contains synthetic");
    expect(assumptions).toContain(generatedAt);
  });

  it("defuses spreadsheet formulas in text cells (a hostile site name stays text)", () => {
    const snap = fixtureSnapshot();
    snap.sites = snap.sites.map((s) =>
      s.id === "brick" ? { ...s, name: '=HYPERLINK("http://x","点我")', nameEn: "@SUM(1)" } : s,
    );
    const sites = buildCsv({ ...proposal, snapshot: snap }, { lang: "zh", generatedAt, sheet: "sites" });
    const rows = Papa.parse<string[]>(sites.slice(1), { skipEmptyLines: true }).data;
    const cells = rows.flat();
    expect(cells).toContain(`'=HYPERLINK("http://x","点我")`);
    expect(cells.some((c) => c.startsWith("="))).toBe(false);
  });
});
