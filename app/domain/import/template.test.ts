import { describe, expect, it } from "vitest";
import { templateRows } from "./template";
import { rowsToCsv } from "../registry-export";
import { prepareImport } from "./prepare-import";
import { insideShanxiBox } from "./test-helpers";

async function importTemplate(lang: "zh" | "en") {
  const csv = rowsToCsv(templateRows(lang), lang);
  const r = await prepareImport(new TextEncoder().encode(csv), {
    format: "csv",
    crs: "wgs84",
    onDuplicate: "skip",
    allowOutsideProvince: false,
    insideProvince: insideShanxiBox,
    existing: [],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.planned.map((p) => p.site);
}

describe("import templates", () => {
  it("the Chinese template writes Chinese values (flow, industry, material, 是/否)", () => {
    const csv = rowsToCsv(templateRows("zh"), "zh");
    for (const word of ["产出", "消纳", "燃煤电厂", "水泥", "粉煤灰", "脱硫石膏", "是", "否", "精确", "运营中"])
      expect(csv).toContain(word);
    expect(csv).not.toMatch(/,output,|,intake,|,fly-ash,|,coal-power,/);
  });
  it("both templates import to the same sites, with codes", async () => {
    const zh = await importTemplate("zh");
    const en = await importTemplate("en");
    const strip = (sites: Awaited<ReturnType<typeof importTemplate>>) =>
      sites.map((s) => ({
        industry: s.industry,
        synthetic: s.synthetic,
        precision: s.precision,
        outputs: s.outputs.map((o) => [o.material, o.tonnesPerYear, o.estimated]),
        intakes: s.intakes.map((i) => [i.material, i.route, i.capacityTonnesPerYear]),
      }));
    expect(strip(zh)).toEqual(strip(en));
    expect(zh.map((s) => s.industry)).toEqual(["coal-power", "cement"]);
    expect(zh[0].outputs.map((o) => o.material)).toEqual(["fly-ash", "fgd-gypsum"]);
    expect(zh[1].intakes.map((i) => i.material)).toEqual(["fly-ash", "fgd-gypsum"]);
  });
});
