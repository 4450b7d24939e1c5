import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { fixtureSnapshot } from "../proposals/test-fixtures";
import { proposalQuality } from "../proposals/quality";
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
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Pairings", "Sites", "KPIs", "Assumptions"]);
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
    expect(wb.worksheets.map((w) => w.name)).toEqual(["交换对", "企业", "指标", "假设与来源"]);
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
});
