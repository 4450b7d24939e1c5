import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { prepareImport, type PrepareOptions } from "./prepare-import";
import { csvBytes, HEADER, insideShanxiBox } from "./test-helpers";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./limits";
import { fromWgs84 } from "./crs";
import type { ImportIssue } from "./issues";

const opts = (o: Partial<PrepareOptions> = {}): PrepareOptions => ({
  format: "csv",
  crs: "wgs84",
  onDuplicate: "skip",
  allowOutsideProvince: false,
  insideProvince: insideShanxiBox,
  existing: [],
  ...o,
});

async function issuesOf(bytes: Uint8Array, o: Partial<PrepareOptions> = {}): Promise<ImportIssue[]> {
  const r = await prepareImport(bytes, opts(o));
  if (r.ok) throw new Error("expected issues, import was accepted");
  return r.issues;
}

const good = ["s1", "太原示例电厂", "coal-power", 112.5, 37.8, "output", "fly-ash", "", 1000];

describe("prepareImport: accepted files", () => {
  it("groups flow rows into one site with outputs and intakes", async () => {
    const r = await prepareImport(
      csvBytes([good, ["s1", "太原示例电厂", "coal-power", 112.5, 37.8, "intake", "coal-gangue", "power", 5000]]),
      opts(),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.planned).toHaveLength(1);
    const site = r.planned[0].site;
    expect(site.rows).toEqual([2, 3]);
    expect(site.outputs).toEqual([expect.objectContaining({ material: "fly-ash", tonnesPerYear: 1000 })]);
    expect(site.intakes).toEqual([
      expect.objectContaining({ material: "coal-gangue", route: "power", capacityTonnesPerYear: 5000 }),
    ]);
    expect(r.planned[0]).toMatchObject({ action: "create", targetId: "s1" });
  });

  it("reads an optional status column (codes or Chinese words); no status means operating", async () => {
    const header = ["编号", "企业名称", "行业", "经度", "纬度", "状态"];
    const r = await prepareImport(
      csvBytes(
        [
          ["a", "A厂", "cement", 112.5, 37.8, "在建"],
          ["b", "B厂", "cement", 112.6, 37.8, "retired"],
          ["c", "C厂", "cement", 112.7, 37.8, ""],
        ],
        header,
      ),
      opts(),
    );
    expect(r.ok && r.planned.map((p) => p.site.status)).toEqual(["construction", "retired", "operating"]);
    const none = await prepareImport(csvBytes([good]), opts());
    expect(none.ok && none.planned[0].site.status).toBe("operating");
    const bad = await issuesOf(csvBytes([["a", "A厂", "cement", 112.5, 37.8, "demolished"]], header));
    expect(bad[0]).toMatchObject({ code: "invalid-choice", column: "状态" });
  });

  it("accepts English headers, material names instead of codes and thousands separators", async () => {
    const header = ["name", "industry", "longitude", "latitude", "flow", "material", "tonnes per year"];
    const r = await prepareImport(
      csvBytes([["Plant A", "cement", 112.5, 37.8, "产出", "粉煤灰", "1,200.5"]], header),
      opts(),
    );
    expect(r.ok && r.planned[0].site.outputs[0]).toMatchObject({ material: "fly-ash", tonnesPerYear: 1200.5 });
  });

  it("flags sites outside Shanxi when the user confirms, instead of rejecting them", async () => {
    const row = ["x", "北京某厂", "cement", 116.4, 39.9, "", "", "", ""];
    expect((await issuesOf(csvBytes([row])))[0].code).toBe("outside-province");
    const r = await prepareImport(csvBytes([row]), opts({ allowOutsideProvince: true }));
    expect(r.ok && r.planned[0].site.outsideProvince).toBe(true);
  });

  it("accepts a row-level outside-province flag", async () => {
    const header = [...HEADER, "省外"];
    const r = await prepareImport(
      csvBytes([["x", "北京某厂", "cement", 116.4, 39.9, "", "", "", "", "是"]], header),
      opts(),
    );
    expect(r.ok && r.planned[0].site.outsideProvince).toBe(true);
  });

  it("converts GCJ-02 and BD-09 coordinates to WGS84", async () => {
    const wgs: [number, number] = [112.55, 37.87];
    for (const crs of ["gcj02", "bd09"] as const) {
      const [x, y] = fromWgs84(wgs[0], wgs[1], crs);
      expect(Math.abs(x - wgs[0]) + Math.abs(y - wgs[1])).toBeGreaterThan(0.003); // the offset is real
      const r = await prepareImport(csvBytes([["c", "示例", "cement", x, y, "", "", "", ""]]), opts({ crs }));
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.planned[0].site.lng).toBeCloseTo(wgs[0], 5);
      expect(r.planned[0].site.lat).toBeCloseTo(wgs[1], 5);
    }
  });
});

describe("prepareImport: validation rules (one issue each, with row and column)", () => {
  const one = async (row: (string | number)[], header?: string[]) => {
    const issues = await issuesOf(csvBytes([good, row], header));
    expect(issues).toHaveLength(1);
    return issues[0];
  };

  it("missing required column", async () => {
    const issues = await issuesOf(csvBytes([["a", 112, 37]], ["企业名称", "经度", "纬度"]));
    expect(issues).toEqual([expect.objectContaining({ code: "missing-column", column: "industry" })]);
  });
  it("missing required value", async () => {
    expect(await one(["s2", "", "cement", 112.5, 37.8, "", "", "", ""])).toMatchObject({
      row: 3,
      column: "企业名称",
      code: "missing-value",
    });
  });
  it("unknown material with the closest suggestion", async () => {
    expect(await one(["s2", "B", "cement", 112.5, 37.8, "output", "fly-ashh", "", 10])).toMatchObject({
      row: 3,
      column: "物料",
      value: "fly-ashh",
      code: "unknown-material",
      params: { suggestion: "fly-ash" },
    });
    expect((await one(["s2", "B", "cement", 112.5, 37.8, "output", "赤尼", "", 10])).params).toMatchObject({
      suggestion: "red-mud",
    });
  });
  it("non-numeric tonnage", async () => {
    expect(await one(["s2", "B", "cement", 112.5, 37.8, "output", "fly-ash", "", "lots"])).toMatchObject({
      row: 3,
      column: "年量(t/年)",
      code: "not-a-number",
    });
  });
  it("negative tonnage", async () => {
    expect((await one(["s2", "B", "cement", 112.5, 37.8, "output", "fly-ash", "", -5])).code).toBe("negative");
  });
  it("NaN and Infinity", async () => {
    expect((await one(["s2", "B", "cement", 112.5, 37.8, "output", "fly-ash", "", "NaN"])).code).toBe("not-finite");
    expect((await one(["s2", "B", "cement", 112.5, 37.8, "output", "fly-ash", "", "Infinity"])).code).toBe(
      "not-finite",
    );
  });
  it("absurd tonnage above 1e9 t/yr", async () => {
    expect(await one(["s2", "B", "cement", 112.5, 37.8, "output", "fly-ash", "", "2e9"])).toMatchObject({
      code: "too-large-value",
      params: { max: 1e9 },
    });
  });
  it("gas, heat and water (not tonnes) get a higher limit of 1e11 per year", async () => {
    const r = await prepareImport(
      csvBytes([good, ["s2", "焦化厂", "coking", 112.5, 37.8, "output", "coke-oven-gas", "", "5e9"]]),
      opts(),
    );
    expect(r.ok && r.planned[1].site.outputs[0].tonnesPerYear).toBe(5e9);
    expect(await one(["s2", "焦化厂", "coking", 112.5, 37.8, "output", "coke-oven-gas", "", "2e11"])).toMatchObject({
      code: "too-large-value",
      params: { max: 1e11 },
    });
  });
  it("coordinates out of range", async () => {
    expect(await one(["s2", "B", "cement", 212.5, 37.8, "", "", "", ""])).toMatchObject({
      code: "lng-out-of-range",
      column: "经度",
    });
    expect(await one(["s2", "B", "cement", 112.5, -97.8, "", "", "", ""])).toMatchObject({
      code: "lat-out-of-range",
      column: "纬度",
    });
  });
  it("swapped longitude and latitude, with the corrected pair", async () => {
    expect(await one(["s2", "B", "cement", 37.8, 112.5, "", "", "", ""])).toMatchObject({
      row: 3,
      code: "swapped-coordinates",
      params: { lng: 112.5, lat: 37.8 },
    });
  });
  it("outside Shanxi without confirmation", async () => {
    expect(await one(["s2", "B", "cement", 121.47, 31.23, "", "", "", ""])).toMatchObject({
      row: 3,
      code: "outside-province",
    });
  });
  it("invalid flow kind", async () => {
    expect(await one(["s2", "B", "cement", 112.5, 37.8, "sideways", "fly-ash", "", 1])).toMatchObject({
      code: "invalid-choice",
      column: "流向",
    });
  });
  it("intake without a route", async () => {
    expect(await one(["s2", "B", "cement", 112.5, 37.8, "intake", "fly-ash", "", 1])).toMatchObject({
      code: "missing-value",
      column: "利用途径",
    });
  });
  it("the same output twice for one site", async () => {
    expect(await one(["s1", "太原示例电厂", "coal-power", 112.5, 37.8, "output", "fly-ash", "", 7])).toMatchObject({
      row: 3,
      code: "duplicate-flow",
    });
  });
  it("conflicting site columns across rows of one site", async () => {
    expect(await one(["s1", "太原示例电厂", "cement", 112.5, 37.8, "output", "red-mud", "", 7])).toMatchObject({
      row: 3,
      code: "inconsistent-site",
      column: "行业",
    });
  });
  it("reports every problem in the file, not only the first", async () => {
    const issues = await issuesOf(
      csvBytes([
        good,
        ["s2", "", "cement", 112.5, 37.8, "", "", "", ""],
        ["s3", "C", "cement", 112.5, 37.8, "output", "fly-ashh", "", 1],
        ["s4", "D", "cement", 112.5, 37.8, "output", "fly-ash", "", "abc"],
        ["s5", "E", "cement", 37.8, 112.5, "", "", "", ""],
        ["s6", "F", "cement", 121.47, 31.23, "", "", "", ""],
      ]),
    );
    expect(issues.map((i) => [i.row, i.code])).toEqual([
      [3, "missing-value"],
      [4, "unknown-material"],
      [5, "not-a-number"],
      [6, "swapped-coordinates"],
      [7, "outside-province"],
    ]);
  });
});

describe("prepareImport: file checks", () => {
  it("empty file", async () => {
    expect((await issuesOf(new Uint8Array()))[0].code).toBe("file-empty");
  });
  it("header only", async () => {
    expect((await issuesOf(csvBytes([])))[0].code).toBe("no-data-rows");
  });
  it("too large, stating the limit", async () => {
    expect((await issuesOf(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65)))[0]).toMatchObject({
      code: "file-too-large",
      params: { limitMb: 5 },
    });
  });
  it("too many rows, stating the limit", async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => [
      `s${i}`,
      `n${i}`,
      "c",
      112.5,
      37.8,
      "",
      "",
      "",
      "",
    ]);
    expect((await issuesOf(csvBytes(rows)))[0]).toMatchObject({
      code: "too-many-rows",
      params: { limit: MAX_IMPORT_ROWS },
    });
  });
  it("wrong type: an XLSX uploaded as CSV, a text file as XLSX, a legacy .xls", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("a").addRow(["x"]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await issuesOf(xlsx, { format: "csv" }))[0].code).toBe("wrong-type");
    expect((await issuesOf(csvBytes([good]), { format: "xlsx" }))[0].code).toBe("wrong-type");
    expect((await issuesOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), { format: "xlsx" }))[0]).toMatchObject({
      code: "wrong-type",
      params: { found: "xls" },
    });
  });
  it("malformed CSV quotes and malformed JSON", async () => {
    const bad = new TextEncoder().encode('企业名称,行业,经度,纬度\n"A,cement,112,37\n');
    expect((await issuesOf(bad))[0].code).toBe("malformed");
    expect((await issuesOf(new TextEncoder().encode("{ nope"), { format: "geojson" }))[0].code).toBe("malformed");
    expect((await issuesOf(new TextEncoder().encode('{"type":"Point"}'), { format: "geojson" }))[0].code).toBe(
      "malformed",
    );
  });
  it("decodes GBK CSV files and says so", async () => {
    // "企业名称,行业,经度,纬度\n太原厂,cement,112.5,37.8" in GBK.
    const gbk = Uint8Array.from(
      Buffer.from(
        "c6f3d2b5c3fbb3c62cd0d0d2b52cbeadb6c82cceb3b6c80ab3a4d6ceb3a72c63656d656e742c3131322e352c33372e38",
        "hex",
      ),
    );
    const r = await prepareImport(gbk, opts());
    expect(r.encoding).toBe("gbk");
    expect(r.ok && r.planned[0].site.name).toBe("长治厂");
  });
});

describe("prepareImport: GeoJSON", () => {
  it("reads points with nested outputs/intakes, the export layout", async () => {
    const doc = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          id: "g1",
          geometry: { type: "Point", coordinates: [112.5, 37.8] },
          properties: {
            name: "G",
            industry: "cement",
            outputs: [{ material: "red-mud", tonnesPerYear: 5 }],
            intakes: [{ material: "fly-ash", route: "cement", capacityTonnesPerYear: 9 }],
          },
        },
      ],
    };
    const r = await prepareImport(new TextEncoder().encode(JSON.stringify(doc)), opts({ format: "geojson" }));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.planned[0]).toMatchObject({
      targetId: "g1",
      site: { outputs: [{ material: "red-mud" }], intakes: [{ capacityTonnesPerYear: 9 }] },
    });
  });
  it("reports feature numbers and non-point geometry", async () => {
    const doc = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          geometry: { type: "Point", coordinates: [112.5, 37.8] },
          properties: { name: "ok", industry: "c" },
        },
        {
          type: "Feature",
          geometry: { type: "LineString", coordinates: [] },
          properties: { name: "x", industry: "c" },
        },
      ],
    };
    const issues = await issuesOf(new TextEncoder().encode(JSON.stringify(doc)), { format: "geojson" });
    expect(issues).toEqual([expect.objectContaining({ row: 2, column: "geometry", code: "malformed" })]);
  });
});

describe("text that cannot be stored", () => {
  it("a lone UTF-16 surrogate in a GeoJSON name is reported by the dry run (row, column, invalid-text)", async () => {
    const geojson =
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[112.55,37.87]},"properties":{"name":"bad \\ud800 name","industry":"cement"}}]}';
    const { prepareImport } = await import("./prepare-import");
    const r = await prepareImport(new TextEncoder().encode(geojson), {
      format: "geojson",
      crs: "wgs84",
      onDuplicate: "skip",
      allowOutsideProvince: false,
      insideProvince: () => true,
      existing: [],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toMatchObject([{ row: 1, column: "name", code: "invalid-text" }]);
  });
});
