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
import { localName, type Locale } from "../locale";
import { industryName } from "../industries";
import { routeLabel } from "../exports/export-labels";
import zhExports from "../../i18n/messages/zh/exports.json";
import enExports from "../../i18n/messages/en/exports.json";

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

// Words of the report from the next-intl message files (exports.json, "cityReport"); {placeholders} filled here.
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");
const T = Object.fromEntries(
  (["zh", "en"] as const).map((lang) => {
    const m = (lang === "zh" ? zhExports : enExports).cityReport;
    return [
      lang,
      {
        ...m,
        title: (c: string) => fill(m.title, { city: c }),
        bulk: (r: string) => fill(m.bulk, { rate: r }),
        inclusion: (i: ProgressInclusion) =>
          fill(m.inclusion, {
            synthetic: i.includeSynthetic ? m.inclusionSynthetic : m.inclusionReal,
            status: i.includeNonOperating ? m.inclusionAnyStatus : m.inclusionOperating,
          }),
        run: (r: CityReportInput["provinceRun"]) =>
          r
            ? fill(m.run, {
                run: r.label ?? r.id,
                finished: r.finishedAt,
                synthetic: r.synthetic ? m.runSynthetic : "",
              })
            : m.noRun,
      },
    ];
  }),
) as Record<
  Lang,
  Omit<typeof zhExports.cityReport, "title" | "bulk" | "inclusion" | "run"> & {
    title: (c: string) => string;
    bulk: (r: string) => string;
    inclusion: (i: ProgressInclusion) => string;
    run: (r: CityReportInput["provinceRun"]) => string;
  }
>;

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
              localName(industryName(s.industry), lang),
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
              localName(industryName(s.industry), lang),
              countyName.get(s.countyAdcode ?? "") ?? s.countyAdcode,
              matName(i.material, lang),
              routeLabel(i.route, lang),
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
          p.route ? routeLabel(p.route, lang) : null,
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
