/**
 * A city's progress against the plan as export tables (progress per material, counties, producers, consumers,
 * key projects, runs), written to XLSX and PDF by the same builders as proposals (app/domain/exports/).
 */
import { materialSpec } from "../materials";
import type { Cell, ExportTable } from "../exports/export-tables";
import type { TablesReport } from "../exports/pdf-export";
import { utilisationTarget } from "../pairing/plan-targets";
import type { ProgressInclusion, ProgressRegion, RegionProgress } from "./progress";
import type { KeyProject } from "./key-projects";
import { type Locale } from "../locale";

type Lang = Locale;

export interface CityReportSite {
  id: string;
  name: string;
  nameEn: string;
  industry: string;
  countyAdcode: string | null;
  synthetic: boolean;
  outputs: readonly { material: string; tonnesPerYear: number; stockpileTonnes: number }[];
  intakes: readonly { material: string; route: string; capacityTonnesPerYear: number }[];
}

export interface CityReportInput {
  city: ProgressRegion;
  progress: RegionProgress;
  counties: RegionProgress[];
  producers: readonly CityReportSite[];
  consumers: readonly CityReportSite[];
  projects: readonly KeyProject[];
  runs: readonly {
    id: string;
    label: string | null;
    finishedAt: string;
    scopeKind: string;
    scopeName: string | null;
  }[];
  provinceRun: { id: string; label: string | null; finishedAt: string; synthetic: boolean } | null;
  inclusion: ProgressInclusion;
}

const T = {
  zh: {
    title: (c: string) => `${c} 规划进展`,
    subtitle: "山西省“十二五”资源节约与综合利用规划 · 按城市的进展",
    progress: "分物料进展",
    counties: "区县",
    producers: "产废企业",
    consumers: "消纳企业",
    projects: "重点工程",
    runs: "配对运行",
    material: "物料",
    produced: "产生量 (t/年)",
    stockpile: "堆存量 (t)",
    capacity: "利用能力 (t/年)",
    matched: "已匹配 (t/年)",
    utilisation: "利用率 (%)",
    target: "规划目标",
    county: "区县",
    name: "名称",
    industry: "行业",
    route: "途径",
    synthetic: "合成数据",
    yes: "是",
    no: "否",
    projectCapacity: "能力",
    unit: "单位",
    targetYear: "目标年份",
    status: "状态",
    planRef: "规划出处",
    runId: "运行编号",
    label: "名称",
    scope: "范围",
    finished: "完成时间",
    bulk: (r: string) => `计入大宗工业固废合计 ${r}`,
    inclusion: (i: ProgressInclusion) =>
      `计入企业：${i.includeSynthetic ? "含合成数据" : "仅真实数据"}，${i.includeNonOperating ? "含非运行" : "仅运行中"}`,
    run: (r: CityReportInput["provinceRun"]) =>
      r
        ? `已匹配量来自最新完成的全省配对运行 ${r.label ?? r.id}（${r.finishedAt}）${r.synthetic ? "，该运行含合成数据" : ""}`
        : "尚无完成的全省配对运行：已匹配量为 0",
    source: "目标来源：山西省“十二五”资源节约与综合利用规划 二（三）、三（二）",
  },
  en: {
    title: (c: string) => `${c}: progress against the plan`,
    subtitle: "Shanxi 12th Five-Year Plan for resource conservation and utilisation · progress by city",
    progress: "Progress by material",
    counties: "Counties",
    producers: "Producers",
    consumers: "Consumers",
    projects: "Key projects",
    runs: "Pairing runs",
    material: "Material",
    produced: "Produced (t/yr)",
    stockpile: "Stockpile (t)",
    capacity: "Utilisation capacity (t/yr)",
    matched: "Matched (t/yr)",
    utilisation: "Utilisation (%)",
    target: "Plan target",
    county: "County",
    name: "Name",
    industry: "Industry",
    route: "Route",
    synthetic: "Synthetic",
    yes: "yes",
    no: "no",
    projectCapacity: "Capacity",
    unit: "Unit",
    targetYear: "Target year",
    status: "Status",
    planRef: "Plan reference",
    runId: "Run id",
    label: "Label",
    scope: "Scope",
    finished: "Finished",
    bulk: (r: string) => `counts towards the bulk total ${r}`,
    inclusion: (i: ProgressInclusion) =>
      `Sites counted: ${i.includeSynthetic ? "real and synthetic" : "real only"}, ${i.includeNonOperating ? "any status" : "operating only"}`,
    run: (r: CityReportInput["provinceRun"]) =>
      r
        ? `Matched tonnes from the latest finished province pairing run ${r.label ?? r.id} (${r.finishedAt})${r.synthetic ? "; that run includes synthetic sites" : ""}`
        : "No finished province pairing run yet: matched tonnes are 0",
    source: "Targets: Shanxi 12th Five-Year Plan for resource conservation and utilisation, §2(3), §3(2)",
  },
} as const;

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const matName = (code: string, lang: Lang) => {
  const m = materialSpec(code);
  return m ? (lang === "zh" ? m.nameZh : m.nameEn) : code;
};

function targetText(code: string, lang: Lang): string {
  const t = materialSpec(code) ? utilisationTarget(materialSpec(code)!.code) : null;
  if (!t) return "—";
  const r = `${Math.round(t.rate * 100)}%`;
  return t.aggregate ? T[lang].bulk(r) : `${t.atLeast ? ">" : "≥"}${r}`;
}

/** Tables of a city's progress in the export language (keys are sheet names). */
export function cityReportTables(
  c: CityReportInput,
  lang: Lang,
): { key: string; title: string; table: Pick<ExportTable, "columns" | "rows"> }[] {
  const L = T[lang];
  const countyName = new Map(c.counties.map((r) => [r.adcode, lang === "en" && r.nameEn ? r.nameEn : r.name]));
  const rowOf = (m: RegionProgress["materials"][string]): Cell[] => [
    round(m.producedTonnes, 0),
    round(m.stockpileTonnes, 0),
    round(m.utilisationCapacityTonnes, 0),
    round(m.matchedTonnes, 0),
    m.utilisation === null ? null : round(100 * m.utilisation),
  ];
  const active = (m: RegionProgress["materials"][string]) =>
    m.producedTonnes > 0 || m.utilisationCapacityTonnes > 0 || m.stockpileTonnes > 0;
  const yn = (b: boolean) => (b ? L.yes : L.no);
  return [
    {
      key: "progress",
      title: L.progress,
      table: {
        columns: [L.material, L.produced, L.stockpile, L.capacity, L.matched, L.utilisation, L.target],
        rows: Object.entries(c.progress.materials).map(([code, m]) => [
          matName(code, lang),
          ...rowOf(m),
          targetText(code, lang),
        ]),
      },
    },
    {
      key: "counties",
      title: L.counties,
      table: {
        columns: [L.county, L.material, L.produced, L.stockpile, L.capacity, L.matched, L.utilisation],
        rows: c.counties.flatMap((r) =>
          Object.entries(r.materials)
            .filter(([, m]) => active(m))
            .map(([code, m]) => [countyName.get(r.adcode) ?? r.adcode, matName(code, lang), ...rowOf(m)]),
        ),
      },
    },
    {
      key: "producers",
      title: L.producers,
      table: {
        columns: [L.name, L.industry, L.county, L.material, L.produced, L.stockpile, L.synthetic],
        rows: c.producers.flatMap((s) =>
          s.outputs
            .filter((o) => materialSpec(o.material)?.unit === "t")
            .map((o): Cell[] => [
              lang === "zh" ? s.name : s.nameEn,
              s.industry,
              countyName.get(s.countyAdcode ?? "") ?? s.countyAdcode,
              matName(o.material, lang),
              round(o.tonnesPerYear, 0),
              round(o.stockpileTonnes, 0),
              yn(s.synthetic),
            ]),
        ),
      },
    },
    {
      key: "consumers",
      title: L.consumers,
      table: {
        columns: [L.name, L.industry, L.county, L.material, L.route, L.capacity, L.synthetic],
        rows: c.consumers.flatMap((s) =>
          s.intakes
            .filter((i) => materialSpec(i.material)?.unit === "t")
            .map((i): Cell[] => [
              lang === "zh" ? s.name : s.nameEn,
              s.industry,
              countyName.get(s.countyAdcode ?? "") ?? s.countyAdcode,
              matName(i.material, lang),
              i.route,
              round(i.capacityTonnesPerYear, 0),
              yn(s.synthetic),
            ]),
        ),
      },
    },
    {
      key: "projects",
      title: L.projects,
      table: {
        columns: [L.name, L.material, L.route, L.projectCapacity, L.unit, L.targetYear, L.status, L.planRef],
        rows: c.projects.map((p) => [
          lang === "zh" ? p.nameZh : p.nameEn,
          p.material ? matName(p.material, lang) : null,
          p.route,
          p.capacity,
          p.capacityUnit,
          p.targetYear,
          p.status,
          `${p.planRef.section}：${p.planRef.quote}`,
        ]),
      },
    },
    {
      key: "runs",
      title: L.runs,
      table: {
        columns: [L.runId, L.label, L.scope, L.finished],
        rows: [
          ...(c.provinceRun
            ? [
                [
                  c.provinceRun.id,
                  c.provinceRun.label,
                  lang === "zh" ? "全省" : "province",
                  c.provinceRun.finishedAt,
                ] as Cell[],
              ]
            : []),
          ...c.runs.map((r): Cell[] => [r.id, r.label, `${r.scopeKind} · ${r.scopeName ?? ""}`, r.finishedAt]),
        ],
      },
    },
  ];
}

const COLS: Record<string, { columns: number[]; widths: number[] }> = {
  progress: { columns: [0, 1, 2, 3, 4, 5, 6], widths: [70, 62, 62, 70, 62, 48, 130] },
  counties: { columns: [0, 1, 2, 3, 4, 5, 6], widths: [80, 70, 62, 62, 70, 62, 48] },
  producers: { columns: [0, 1, 2, 3, 4, 5, 6], widths: [140, 60, 60, 60, 62, 62, 40] },
  consumers: { columns: [0, 1, 2, 3, 4, 5, 6], widths: [140, 60, 60, 60, 62, 62, 40] },
  projects: { columns: [0, 1, 2, 3, 4, 5, 6], widths: [170, 55, 60, 65, 45, 45, 60] },
  runs: { columns: [0, 1, 2, 3], widths: [120, 140, 120, 120] },
};

/** The city's PDF report: title page with the run used and what was counted, then one table per section. */
export function cityTablesReport(c: CityReportInput, lang: Lang): TablesReport {
  const L = T[lang];
  const name = lang === "en" && c.city.nameEn ? c.city.nameEn : c.city.name;
  const synthetic =
    c.inclusion.includeSynthetic || c.producers.some((s) => s.synthetic) || c.consumers.some((s) => s.synthetic);
  return {
    title: L.title(name),
    subtitle: L.subtitle,
    summaryLines: [L.inclusion(c.inclusion), L.run(c.provinceRun), L.source],
    sections: cityReportTables(c, lang).map((t) => ({ title: t.title, table: t.table, ...COLS[t.key] })),
    synthetic,
  };
}

/** ASCII and UTF-8 download names, e.g. plan-progress-140800.xlsx and 运城市-规划进展.xlsx. */
export function cityExportFileName(
  c: Pick<CityReportInput, "city">,
  format: "xlsx" | "pdf" | "docx",
  lang: Lang,
): { ascii: string; utf8: string } {
  const name = lang === "en" && c.city.nameEn ? c.city.nameEn : c.city.name;
  return {
    ascii: `plan-progress-${c.city.adcode}.${format}`,
    utf8: `${name}-${lang === "zh" ? "规划进展" : "plan-progress"}.${format}`,
  };
}
