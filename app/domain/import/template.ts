/** Example rows for the downloadable import templates (clearly marked as examples and synthetic). */
import type { ExportRow } from "../registry-export";
import type { ExportLang } from "../registry-export";
import { industryName } from "../industries";
import { materialSpec } from "../materials";

/**
 * Two example sites (a power plant producing fly ash, a cement plant absorbing it) in the import layout. The
 * Chinese template writes values in Chinese (flow 产出/消纳, industry and material names, 是/否, precision and
 * status words), the English one codes; the importer reads both.
 */
export function templateRows(lang: ExportLang): ExportRow[] {
  const zh = lang === "zh";
  const industry = (code: string) => (zh ? industryName(code).nameZh : code);
  const material = (code: string) => (zh ? (materialSpec(code)?.nameZh ?? code) : code);
  const yes = zh ? "是" : "yes";
  const no = zh ? "否" : "no";
  const output = zh ? "产出" : "output";
  const intake = zh ? "消纳" : "intake";
  const plant: ExportRow = {
    id: "example-plant",
    name: zh ? "示例电厂（请替换）" : "Example power plant (replace me)",
    nameEn: "Example power plant",
    ownerGroup: zh ? "示例集团" : "Example group",
    industry: industry("coal-power"),
    lng: 112.55,
    lat: 37.87,
    capacityMw: 600,
    source: zh ? "示例" : "example",
    licence: "user-provided",
    precision: zh ? "精确" : "exact",
    synthetic: yes,
    outsideProvince: no,
    status: zh ? "运营中" : "operating",
  };
  const cement: ExportRow = {
    id: "example-cement",
    name: zh ? "示例水泥厂（请替换）" : "Example cement plant (replace me)",
    nameEn: "Example cement plant",
    industry: industry("cement"),
    lng: 112.43,
    lat: 37.7,
    source: zh ? "示例" : "example",
    licence: "user-provided",
    precision: zh ? "县级" : "county",
    synthetic: yes,
    outsideProvince: no,
  };
  return [
    {
      ...plant,
      flow: output,
      material: material("fly-ash"),
      tonnesPerYear: 330000,
      stockpileTonnes: 50000,
      estimated: yes,
      coefficient: "fly-ash-per-mw-year",
    },
    { ...plant, flow: output, material: material("fgd-gypsum"), tonnesPerYear: 60000, estimated: no },
    {
      ...cement,
      flow: intake,
      material: material("fly-ash"),
      route: "cement",
      tonnesPerYear: 200000,
      committedTonnesPerYear: 0,
      estimated: no,
    },
    {
      ...cement,
      flow: intake,
      material: material("fgd-gypsum"),
      route: "cement",
      tonnesPerYear: 30000,
      estimated: no,
    },
  ];
}
