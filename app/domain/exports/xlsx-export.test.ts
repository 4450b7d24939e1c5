import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { fixtureSnapshot } from "../proposals/test-fixtures";
import { proposalQuality } from "../proposals/quality";
import { ROUTE_TARGETS } from "../proposals/benchmarks";
import { pairing } from "../proposals/test-fixtures";
import { buildXlsx } from "./xlsx-export";

const proposal = { id: "p-test", name: "河津测试集群", notes: null, cycleLevel: "park", snapshot: fixtureSnapshot() };
const generatedAt = "2026-02-03T04:05:06.000Z";

async function read(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const values = (ws: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe("buildXlsx", () => {
  it("has the four sheets in English with units in headers", async () => {
    const wb = await read(await buildXlsx(proposal, { lang: "en", generatedAt }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Pairings", "Sites", "Site materials", "KPIs", "Assumptions"]);
    const pairings = values(wb.getWorksheet("Pairings")!);
    expect(pairings[0]).toContain("Great-circle distance (km)");
    expect(pairings).toHaveLength(1 + 5);
    expect(wb.created.toISOString()).toBe(generatedAt);
  });

  it("totals in the pairings sheet equal the KPI sheet and the domain metrics", async () => {
    const wb = await read(await buildXlsx(proposal, { lang: "en", generatedAt }));
    const pairings = values(wb.getWorksheet("Pairings")!);
    const col = (pairings[0] as string[]).indexOf("Quantity per year (unit/yr)");
    const sum = pairings.slice(1).reduce((s, r) => s + Number(r[col]), 0);
    const kpis = values(wb.getWorksheet("KPIs")!);
    const total = kpis.find((r) => r[0] === "Solid waste exchanged")!;
    expect(total[1]).toBe(sum);
    expect(total[1]).toBe(proposalQuality(proposal.snapshot).totals.tonnesPerYear);
    expect(kpis.find((r) => r[0] === "Chertow 3-2 test")![1]).toBe("pass");
  });

  it("writes Chinese sheets, the synthetic label, radii and coefficients", async () => {
    const wb = await read(await buildXlsx(proposal, { lang: "zh", generatedAt }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["交换对", "企业", "企业物料", "指标", "假设与来源"]);
    const a = values(wb.getWorksheet("假设与来源")!)
      .map((r) => r.join("|"))
      .join("\n");
    expect(a).toContain("含合成");
    expect(a).toContain("最大运距 (km): 赤泥|50|km");
    expect(a).toContain("道路曲折系数");
    expect(a).toContain("Liu et al.");
    const sites = values(wb.getWorksheet("企业")!);
    expect(sites.map((r) => r[0])).toEqual(["企业编号", "alumina", "brick", "cement", "power"]);
  });

  it("names parks and routes in the export language, never by id or code alone", async () => {
    const snap = fixtureSnapshot();
    snap.sites = snap.sites.map((x) => (x.parkId ? { ...x, parkId: "park-hejin-base" } : x));
    const wb = await read(await buildXlsx({ ...proposal, snapshot: snap }, { lang: "zh", generatedAt }));
    const sites = values(wb.getWorksheet("企业")!);
    const park = (sites[0] as string[]).indexOf("园区/基地");
    expect(sites.find((r) => r[0] === "power")![park]).toBe("河津全国资源综合利用示范基地");
    expect(sites.flat()).not.toContain("park-hejin-base");
    const intakes = (sites[0] as string[]).indexOf("利用物料与途径");
    expect(sites.find((r) => r[0] === "brick")![intakes]).toBe("粉煤灰 → 墙体材料");
    const pairings = values(wb.getWorksheet("交换对")!);
    const [code, name] = ["利用途径代码", "利用途径"].map((h) => (pairings[0] as string[]).indexOf(h));
    const brick = pairings.find((r) => r[2] === "brick")!;
    expect([brick[code], brick[name]]).toEqual(["wall-materials", "墙体材料"]);
    expect(pairings.find((r) => r[2] === "cement")![name]).toBe("水泥");
    const en = await read(await buildXlsx({ ...proposal, snapshot: snap }, { lang: "en", generatedAt }));
    const enPairings = values(en.getWorksheet("Pairings")!);
    expect(enPairings.find((r) => r[2] === "brick")![(enPairings[0] as string[]).indexOf("Route")]).toBe(
      "Wall materials",
    );
  });

  it("stores every quantity as a numeric cell, with estimates and synthetic data flagged in their own columns", async () => {
    const wb = await read(await buildXlsx(proposal, { lang: "en", generatedAt }));
    const ws = wb.getWorksheet("Site materials")!;
    const rows = values(ws);
    const header = rows[0] as string[];
    const [qty, est, syn, kind] = ["Quantity (unit/yr)", "Estimated", "Synthetic", "Kind"].map((h) =>
      header.indexOf(h),
    );
    const redMud = rows.find((r) => r[0] === "alumina" && r[3] === "red-mud")!;
    expect(redMud[qty]).toBe(1_300_000);
    expect(redMud[est]).toBe("yes");
    expect(redMud[kind]).toBe("output");
    const brick = rows.find((r) => r[0] === "brick")!;
    expect([brick[qty], brick[syn], brick[kind]]).toEqual([100_000, "yes", "intake capacity"]);
    // 3 outputs and 4 intakes in the fixture, each a number (no "123*" text anywhere in the workbook).
    expect(rows).toHaveLength(1 + 7);
    ws.eachRow((row, i) => {
      if (i > 1) expect(row.getCell(qty + 1).type).toBe(ExcelJS.ValueType.Number);
    });
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === "string") expect(c.value).not.toMatch(/^\d[\d.,]*\*$|\d\*(;|$)/);
        }),
      );
  });

  it("lists every provincial route target the cluster feeds in the KPI sheet", async () => {
    const snap = fixtureSnapshot();
    snap.pairings = ROUTE_TARGETS.map((r, i) =>
      pairing("power", "cement", { material: r.material, route: r.routes[0], tonnesPerYear: 1000 * (i + 1) }),
    );
    const wb = await read(await buildXlsx({ ...proposal, snapshot: snap }, { lang: "en", generatedAt }));
    const kpis = values(wb.getWorksheet("KPIs")!);
    const routes = kpis.filter((r) => String(r[0]).startsWith("Contribution to provincial route targets"));
    expect(routes).toHaveLength(ROUTE_TARGETS.length);
  });
});
