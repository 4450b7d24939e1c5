/** Example rows for the downloadable import templates (clearly marked as examples and synthetic). */
import type { ExportLang, ExportRow } from "../registry-export";

/** Two example sites (a power plant producing fly ash, a cement plant absorbing it) in the import layout. */
export function templateRows(lang: ExportLang): ExportRow[] {
  const zh = lang === "zh";
  const plant: ExportRow = {
    id: "example-plant",
    name: zh ? "示例电厂（请替换）" : "Example power plant (replace me)",
    nameEn: "Example power plant",
    ownerGroup: zh ? "示例集团" : "Example group",
    industry: "coal-power",
    lng: 112.55,
    lat: 37.87,
    capacityMw: 600,
    source: zh ? "示例" : "example",
    licence: "user-provided",
    precision: "exact",
    synthetic: "yes",
    outsideProvince: "no",
    status: "operating",
  };
  const cement: ExportRow = {
    id: "example-cement",
    name: zh ? "示例水泥厂（请替换）" : "Example cement plant (replace me)",
    nameEn: "Example cement plant",
    industry: "cement",
    lng: 112.43,
    lat: 37.7,
    source: zh ? "示例" : "example",
    licence: "user-provided",
    precision: "county",
    synthetic: "yes",
    outsideProvince: "no",
  };
  return [
    {
      ...plant,
      flow: "output",
      material: "fly-ash",
      tonnesPerYear: 330000,
      stockpileTonnes: 50000,
      estimated: "yes",
      coefficient: "fly-ash-per-mw-year",
    },
    { ...plant, flow: "output", material: "fgd-gypsum", tonnesPerYear: 60000, estimated: "no" },
    {
      ...cement,
      flow: "intake",
      material: "fly-ash",
      route: "cement",
      tonnesPerYear: 200000,
      committedTonnesPerYear: 0,
      estimated: "no",
    },
    { ...cement, flow: "intake", material: "fgd-gypsum", route: "cement", tonnesPerYear: 30000, estimated: "no" },
  ];
}
