import { describe, expect, it } from "vitest";
import { prepareImport } from "./import/prepare-import";
import { canonicalSite, type StoredSite } from "./import/stored-site";
import { siteInputSchema } from "./import/site-input";
import { insideShanxiBox } from "./import/test-helpers";
import { Writable } from "node:stream";
import {
  CSV_TAIL,
  csvHead,
  csvRows,
  GEOJSON_HEAD,
  GEOJSON_TAIL,
  registryRows,
  rowsToCsv,
  rowsToXlsx,
  safeCell,
  siteFeature,
  sitesToGeoJson,
  writeRegistryXlsx,
} from "./registry-export";

const evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
const sites: StoredSite[] = [
  {
    ...siteInputSchema.parse({
      name: evil,
      nameEn: '=HYPERLINK("x")',
      industry: "coal-power",
      lng: 112.512345678,
      lat: 37.812345678,
      capacityMw: 600,
      ownerGroup: '集团, "引号"',
      source: "GPPD",
      licence: "CC BY 4.0",
      precision: "county",
      synthetic: true,
      notes: "line1\nline2",
      outputs: [
        {
          material: "fly-ash",
          tonnesPerYear: 330000.5,
          stockpileTonnes: 10,
          estimated: true,
          coefficient: "fly-ash-per-mw-year",
          wasteCode: "441-001-S01",
        },
      ],
      intakes: [{ material: "coal-gangue", route: "power", capacityTonnesPerYear: 1e6, committedTonnesPerYear: 5 }],
    }),
    id: "site-a",
    countyAdcode: "140100",
  },
  {
    ...siteInputSchema.parse({
      name: "无流向企业",
      industry: "cement",
      lng: 113,
      lat: 38,
      outsideProvince: false,
      status: "retired",
    }),
    id: "site-b",
    countyAdcode: null,
  },
];

async function roundTrip(bytes: Uint8Array, format: "csv" | "xlsx" | "geojson") {
  const r = await prepareImport(bytes, {
    format,
    crs: "wgs84",
    onDuplicate: "skip",
    allowOutsideProvince: false,
    insideProvince: insideShanxiBox,
    existing: [],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.planned.map((p) => ({ id: p.targetId, data: canonicalSite(p.site) }));
}

const expected = sites.map((s) => ({ id: s.id, data: canonicalSite(s) }));
// The status round-trips: one site operating (the default), one retired.
expect(expected.map((e) => e.data.status)).toEqual(["operating", "retired"]);

describe("registry export round trip", () => {
  it("CSV (zh and en headers) imports back to the same data", async () => {
    for (const lang of ["zh", "en"] as const) {
      const csv = rowsToCsv(registryRows(sites), lang);
      expect(csv).toContain(evil);
      expect(csv.split("\r\n")[0]).toContain(lang === "zh" ? "状态" : "status");
      expect(csv).toContain(",retired,");
      expect(await roundTrip(new TextEncoder().encode(csv), "csv")).toEqual(expected);
    }
  });
  it("XLSX imports back to the same data", async () => {
    expect(await roundTrip(await rowsToXlsx(registryRows(sites), "zh"), "xlsx")).toEqual(expected);
  });
  it("GeoJSON imports back to the same data", async () => {
    const text = JSON.stringify(sitesToGeoJson(sites));
    expect(await roundTrip(new TextEncoder().encode(text), "geojson")).toEqual(expected);
  });
  it("page-by-page CSV and GeoJSON are the same text as the one-shot builders, whatever the paging", () => {
    for (const pages of [[sites], [[sites[0]], [sites[1]]], [[], sites, []]]) {
      for (const lang of ["zh", "en"] as const)
        expect(csvHead(lang) + pages.map((p) => csvRows(registryRows(p))).join("") + CSV_TAIL).toBe(
          rowsToCsv(registryRows(sites), lang),
        );
      const features = pages.flat().map((s) => JSON.stringify(siteFeature(s)));
      expect(GEOJSON_HEAD + features.join(",") + GEOJSON_TAIL).toBe(JSON.stringify(sitesToGeoJson(sites)));
    }
    expect(rowsToCsv([], "en")).toBe(`\uFEFF${csvHead("en").slice(1)}\r\n`);
  });
  it("the streamed XLSX (exceljs WorkbookWriter, page by page) imports back to the same data", async () => {
    for (const lang of ["zh", "en"] as const) {
      const chunks: Buffer[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _enc, done) {
          chunks.push(chunk);
          done();
        },
      });
      await writeRegistryXlsx([[sites[0]], [], [sites[1]]], lang, sink);
      expect(await roundTrip(new Uint8Array(Buffer.concat(chunks)), "xlsx")).toEqual(expected);
    }
  });
  it("defuses spreadsheet formulas", () => {
    expect(safeCell("=1+1")).toBe("'=1+1");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell("plain")).toBe("plain");
    expect(safeCell(-5)).toBe(-5);
  });
});
