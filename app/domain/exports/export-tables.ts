/** The tables every export shares (pairings, sites, KPIs, assumptions), so CSV, XLSX and PDF say the same thing. */
import { industryName } from "../industries";
import { materialSpec } from "../materials";
import { siteRole } from "../registry-types";
import { SOURCES } from "../proposals/benchmarks";
import { proposalQuality, unitOf, type ProposalQuality } from "../proposals/quality";
import type { ProposalSnapshot } from "../proposals/proposal-types";
import { PARKS } from "../parks-catalogue";
import { cycleLevelLabel, exportLabels, originTemplate, routeLabel, sheetName, type ExportLang } from "./export-labels";

/** What an export needs of a proposal. */
export interface ExportProposal {
  id: string;
  name: string;
  notes: string | null;
  cycleLevel: string;
  snapshot: ProposalSnapshot;
}

export interface ExportOptions {
  lang: ExportLang;
  /** ISO timestamp written into the export (the only part that differs between two exports of one proposal). */
  generatedAt: string;
}

export type Cell = string | number | boolean | null;

export interface ExportTable {
  key: TableKey | "routes";
  title: string;
  columns: string[];
  rows: Cell[][];
}

/** The tables of a proposal export, in sheet order (CSV `sheet=`, XLSX sheets). */
export const TABLE_KEYS = ["pairings", "sites", "site-materials", "kpis", "assumptions"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

/** Rounds to `digits` decimals (exports avoid float noise so they diff cleanly). */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Material name in the export language, from the snapshot's catalogue copy. */
export function materialName(code: string, snapshot: Pick<ProposalSnapshot, "materials">, lang: ExportLang): string {
  const m = snapshot.materials.find((x) => x.code === code) ?? materialSpec(code);
  return m ? (lang === "zh" ? m.nameZh : m.nameEn) : code;
}

/** Site name in the export language. */
export function siteName(id: string, snapshot: Pick<ProposalSnapshot, "sites">, lang: ExportLang): string {
  const s = snapshot.sites.find((x) => x.id === id);
  return s ? (lang === "zh" ? s.name : s.nameEn) : id;
}

/** Park name in the export language (the snapshot's park, else the plan's catalogue); unknown ids stay as they are. */
export function parkName(id: string | null, snapshot: Pick<ProposalSnapshot, "park">, lang: ExportLang): string | null {
  if (!id) return null;
  const p = snapshot.park?.id === id ? snapshot.park : PARKS.find((x) => x.id === id);
  return p ? (lang === "zh" ? p.nameZh : p.nameEn) : id;
}

/** Pairings table: one row per exchange, units in headers. */
export function pairingsTable(p: ExportProposal, lang: ExportLang): ExportTable {
  const L = exportLabels(lang);
  const s = p.snapshot;
  const synthetic = new Set(s.sites.filter((x) => x.provenance.synthetic).map((x) => x.id));
  return {
    key: "pairings",
    title: sheetName("pairings", lang),
    columns: [
      L.producerId,
      L.producer,
      L.consumerId,
      L.consumer,
      L.materialCode,
      L.material,
      L.unit,
      L.routeCode,
      L.route,
      L.quantityPerYear,
      L.distanceKm,
      L.roadKm,
      L.costYuan,
      L.co2Kg,
      L.cycleLevel,
      L.synthetic,
    ],
    rows: s.pairings.map((x) => [
      x.producerId,
      siteName(x.producerId, s, lang),
      x.consumerId,
      siteName(x.consumerId, s, lang),
      x.material,
      materialName(x.material, s, lang),
      unitOf(x.material, s.materials),
      x.route,
      routeLabel(x.route, lang),
      round(x.tonnesPerYear),
      round(x.distanceKm, 3),
      round(x.roadKm, 3),
      round(x.costYuan),
      round(x.co2Kg),
      cycleLevelLabel(x.cycleLevel, lang),
      synthetic.has(x.producerId) || synthetic.has(x.consumerId) ? L.yes : L.no,
    ]),
  };
}

/** Sites table: location, industry, role, outputs, intakes and provenance. */
export function sitesTable(p: ExportProposal, lang: ExportLang): ExportTable {
  const L = exportLabels(lang);
  const s = p.snapshot;
  const role = (r: string) =>
    r === "producer" ? L.producerLegend : r === "consumer" ? L.consumerLegend : r === "both" ? L.bothLegend : "";
  return {
    key: "sites",
    title: sheetName("sites", lang),
    columns: [
      L.siteId,
      L.name,
      L.nameEn,
      L.ownerGroup,
      L.industry,
      L.lng,
      L.lat,
      L.county,
      L.park,
      L.role,
      L.outputs,
      L.intakes,
      L.source,
      L.licence,
      L.precision,
      L.synthetic,
    ],
    rows: s.sites.map((x) => [
      x.id,
      x.name,
      x.nameEn,
      x.ownerGroup,
      lang === "zh" ? industryName(x.industry).nameZh : industryName(x.industry).nameEn,
      round(x.lng, 6),
      round(x.lat, 6),
      x.countyAdcode,
      parkName(x.parkId, s, lang),
      role(siteRole(x)),
      // Names only: the quantities are numeric cells in the site-materials table.
      x.outputs.map((o) => materialName(o.material, s, lang)).join("; "),
      x.intakes.map((i) => `${materialName(i.material, s, lang)} → ${routeLabel(i.route, lang)}`).join("; "),
      x.provenance.source,
      x.provenance.licence,
      x.provenance.precision,
      x.provenance.synthetic ? L.yes : L.no,
    ]),
  };
}

/**
 * Site materials table: one row per output and per intake of each site, the quantity a number in its unit, and
 * whether it is an estimate (from a coefficient) or synthetic in their own columns.
 */
export function siteMaterialsTable(p: ExportProposal, lang: ExportLang): ExportTable {
  const L = exportLabels(lang);
  const s = p.snapshot;
  const rows: Cell[][] = [];
  for (const x of s.sites) {
    const name = lang === "zh" ? x.name : x.nameEn;
    const synthetic = x.provenance.synthetic ? L.yes : L.no;
    for (const o of x.outputs)
      rows.push([
        x.id,
        name,
        L.outputKind,
        o.material,
        materialName(o.material, s, lang),
        null,
        null,
        round(o.tonnesPerYear),
        unitOf(o.material, s.materials),
        o.estimated ? L.yes : L.no,
        synthetic,
      ]);
    for (const i of x.intakes)
      rows.push([
        x.id,
        name,
        L.intakeKind,
        i.material,
        materialName(i.material, s, lang),
        i.route,
        routeLabel(i.route, lang),
        round(i.capacityTonnesPerYear),
        unitOf(i.material, s.materials),
        L.no,
        synthetic,
      ]);
  }
  return {
    key: "site-materials",
    title: sheetName("site-materials", lang),
    columns: [
      L.siteId,
      L.name,
      L.flowKind,
      L.materialCode,
      L.material,
      L.routeCode,
      L.route,
      L.amountPerYear,
      L.unit,
      L.estimated,
      L.synthetic,
    ],
    rows,
  };
}

/** Route-target table: every provincial route target the cluster contributes to (the rows the page, PDF and DOCX show). */
export function routeTargetsTable(
  p: ExportProposal,
  lang: ExportLang,
  q: ProposalQuality = proposalQuality(p.snapshot),
): ExportTable {
  const L = exportLabels(lang);
  return {
    key: "routes",
    title: L.routeContribution,
    columns: [L.routeTarget, L.clusterTonnes, L.provincialTarget, L.shareOfTarget, L.sourceCol],
    rows: q.plan.routes.map((r) => [
      lang === "zh" ? r.labelZh : r.labelEn,
      round(r.tonnesPerYear),
      r.provincialTargetTonnesPerYear,
      round(r.shareOfTarget * 100, 3),
      lang === "zh" ? r.source.citationZh : r.source.citationEn,
    ]),
  };
}

/** KPI table: totals, 3-2, per material, per cycle level, haul distances, key nodes, plan targets; each with its source. */
export function kpisTable(
  p: ExportProposal,
  lang: ExportLang,
  q: ProposalQuality = proposalQuality(p.snapshot),
): ExportTable {
  const L = exportLabels(lang);
  const s = p.snapshot;
  const cite = (src: { citationZh: string; citationEn: string }) => (lang === "zh" ? src.citationZh : src.citationEn);
  const pct = (x: number | null) => (x === null ? null : round(x * 100, 1));
  const rows: Cell[][] = [
    [L.sites, q.totals.sites, "", "", ""],
    [L.pairings, q.totals.pairings, "", "", ""],
    [L.materials, q.totals.materials, "", "", ""],
    [L.totalTonnes, round(q.totals.tonnesPerYear), `t${L.perYear}`, "", ""],
    [L.tonneKm, round(q.totals.tonneKm), `t·km${L.perYear}`, "", ""],
    [L.totalCost, round(q.totals.costYuan), `${L.yuan}${L.perYear}`, "", ""],
    [L.totalCo2, round(q.totals.co2Kg), `kg${L.perYear}`, "", ""],
    [L.meanDistance, q.totals.meanDistanceKm === null ? null : round(q.totals.meanDistanceKm, 1), "km", "", ""],
    [
      L.chertow,
      q.chertow.pass ? L.pass : L.fail,
      "",
      `≥${q.chertow.minEntities} / ≥${q.chertow.minResources}`,
      cite(q.chertow.source),
    ],
    [L.entities, q.chertow.qualifyingEntityCount, "", `≥${q.chertow.minEntities}`, cite(q.chertow.source)],
    [L.resources, q.chertow.resources.length, "", `≥${q.chertow.minResources}`, cite(q.chertow.source)],
    [
      L.medianKm,
      q.haul.medianKm === null ? null : round(q.haul.medianKm, 1),
      "km",
      q.haul.referenceMedianKm,
      cite(q.haul.source),
    ],
    [
      L.weightedMedianKm,
      q.haul.tonneWeightedMedianKm === null ? null : round(q.haul.tonneWeightedMedianKm, 1),
      "km",
      q.haul.referenceMedianKm,
      cite(q.haul.source),
    ],
    [L.withinNisp, pct(q.haul.shareWithinReference), "%", "", cite(q.haul.source)],
  ];
  for (const f of q.byMaterial) {
    const name = materialName(f.material, s, lang);
    rows.push([`${L.tonnesByMaterial}: ${name}`, round(f.tonnesPerYear), `${f.unit}${L.perYear}`, "", ""]);
    rows.push([`${L.utilisation}: ${name}`, pct(f.utilisationRate), "%", "", ""]);
  }
  for (const c of q.byCycleLevel) {
    rows.push([
      `${L.byCycleLevel}: ${cycleLevelLabel(c.cycleLevel, lang)}`,
      round(c.tonnesPerYear),
      `t${L.perYear}`,
      "",
      "",
    ]);
    rows.push([`${L.share}: ${cycleLevelLabel(c.cycleLevel, lang)}`, pct(c.share), "%", "", ""]);
  }
  for (const [label, k] of [
    [L.keyProducer, q.keyNodes.largestProducer],
    [L.keyConsumer, q.keyNodes.largestConsumer],
  ] as const) {
    if (!k) continue;
    rows.push([`${label}: ${siteName(k.siteId, s, lang)}`, round(k.lostTonnesPerYear), `t${L.perYear}`, "", ""]);
    rows.push([`${label}: ${L.lostShare}`, pct(k.lostShare), "%", "", ""]);
    rows.push([`${label}: ${L.chertowAfter}`, k.after.chertowPass ? L.pass : L.fail, "", "", cite(SOURCES.chertow)]);
  }
  for (const r of q.plan.rates) {
    rows.push([
      `${L.utilisation}: ${lang === "zh" ? r.labelZh : r.labelEn}`,
      pct(r.rate),
      "%",
      pct(r.targetRate),
      cite(r.source),
    ]);
  }
  for (const r of q.plan.routes) {
    rows.push([
      `${L.routeContribution}: ${lang === "zh" ? r.labelZh : r.labelEn}`,
      round(r.tonnesPerYear),
      `t${L.perYear}`,
      r.provincialTargetTonnesPerYear,
      cite(r.source),
    ]);
  }
  return {
    key: "kpis",
    title: sheetName("kpis", lang),
    columns: [L.metric, L.value, L.kpiUnit, L.benchmark, L.sourceCol],
    rows,
  };
}

/** Assumptions table: parameters, radii and costs, coefficients, provenance, the synthetic label and benchmark sources. */
export function assumptionsTable(p: ExportProposal, lang: ExportLang, generatedAt: string): ExportTable {
  const L = exportLabels(lang);
  const s = p.snapshot;
  const rows: Cell[][] = [
    [L.proposalId, p.id, "", ""],
    [L.generatedAt, generatedAt, "", ""],
    [L.builtAt, s.builtAt, "", ""],
    [L.origin, originText(p, lang), "", ""],
    [L.cycleLevelTarget, cycleLevelLabel(p.cycleLevel, lang), "", ""],
    [L.method, s.params.method, "", ""],
    [L.circuity, s.params.circuity, "", L.unverified],
    [L.synthetic, s.synthetic ? L.syntheticLabel : L.no, "", ""],
  ];
  if (s.example) rows.push([L.exampleLabel, L.yes, "", ""]);
  for (const m of s.materials) {
    const name = lang === "zh" ? m.nameZh : m.nameEn;
    rows.push([`${L.maxHaulKm}: ${name}`, s.params.maxHaulKm[m.code] ?? m.maxHaulKm, "km", m.haulStatus]);
    rows.push([
      `${L.costPerTonneKm}: ${name}`,
      s.params.costYuanPerTonneKm[m.code] ?? m.costYuanPerTonneKm,
      `${L.yuan}/${m.unit}·km`,
      m.costStatus,
    ]);
  }
  for (const [k, v] of Object.entries(s.params.extra).sort(([a], [b]) => a.localeCompare(b))) {
    rows.push([k, typeof v === "object" ? JSON.stringify(v) : (v as Cell), "", ""]);
  }
  for (const c of s.coefficients) {
    rows.push([
      `${L.coefficient}: ${lang === "zh" ? c.descriptionZh : c.descriptionEn}`,
      c.value,
      c.unit,
      `${c.status}; ${c.source}`,
    ]);
  }
  const provenance = new Map<string, number>();
  for (const site of s.sites) {
    const key = `${site.provenance.source} (${site.provenance.licence})${site.provenance.synthetic ? ` [${L.synthetic}]` : ""}`;
    provenance.set(key, (provenance.get(key) ?? 0) + 1);
  }
  for (const [src, n] of [...provenance].sort(([a], [b]) => a.localeCompare(b)))
    rows.push([L.dataSources, src, `${n} ${L.sites}`, ""]);
  for (const b of Object.values(SOURCES))
    rows.push([L.benchmarks, lang === "zh" ? b.citationZh : b.citationEn, "", ""]);
  return { key: "assumptions", title: L.assumptionsTitle, columns: [L.assumption, L.value, L.kpiUnit, L.status], rows };
}

/** Where the proposal came from, in words (templates in exports.json, "origin"). */
export function originText(p: ExportProposal, lang: ExportLang): string {
  const o = p.snapshot.origin;
  switch (o.kind) {
    case "run-component":
      return originTemplate("runComponent", lang, { run: o.runId, index: String(o.componentIndex + 1) });
    case "run-park":
      return originTemplate("runPark", lang, { run: o.runId, park: parkName(o.parkId, p.snapshot, lang) ?? o.parkId });
    case "sites":
      return originTemplate("sites", lang, { count: String(o.siteIds.length) });
    case "example":
      return originTemplate("example", lang, {});
  }
}

/** Every table of the export, by key. */
export function exportTables(p: ExportProposal, opts: ExportOptions): Record<TableKey, ExportTable> {
  const q = proposalQuality(p.snapshot);
  return {
    pairings: pairingsTable(p, opts.lang),
    sites: sitesTable(p, opts.lang),
    "site-materials": siteMaterialsTable(p, opts.lang),
    kpis: kpisTable(p, opts.lang, q),
    assumptions: assumptionsTable(p, opts.lang, opts.generatedAt),
  };
}
