/** Validates raw import records and groups them into sites with their outputs and intakes (coordinates → WGS84). */
import type { ColumnKey } from "./columns";
import { toWgs84, type ImportCrs } from "./crs";
import { issue, type ImportIssue } from "./issues";
import { maxQuantityPerYear } from "./limits";
import { materialSpec } from "../materials";
import { industryCodeOf } from "../industries";
import type { RawRecord } from "./read-file";
import { siteInputSchema, type IntakeInput, type OutputInput, type SiteInput } from "./site-input";
import { cellText, parseBoolean, parseChoice, parseMaterial, parseNumber } from "./values";
import type { SiteStatus } from "../site-status";
import { isWellFormedText } from "../text-safety";

export interface ValidateOptions {
  crs: ImportCrs;
  /** The user confirmed that sites outside Shanxi may be imported (they are flagged outsideProvince). */
  allowOutsideProvince: boolean;
  /** True when a WGS84 point lies inside Shanxi (the province polygon). */
  insideProvince: (lng: number, lat: number) => boolean;
  /** Column → header as written in the file. */
  labels: Partial<Record<ColumnKey, string>>;
}

/** A validated site from the file: `rows` are the file rows it came from, `id` the id column if given. */
export interface ImportSite extends SiteInput {
  id: string | null;
  rows: number[];
}

export interface ValidateResult {
  sites: ImportSite[];
  issues: ImportIssue[];
}

const SITE_COLUMNS: readonly ColumnKey[] = [
  "name",
  "nameEn",
  "ownerGroup",
  "industry",
  "lng",
  "lat",
  "capacityMw",
  "parkId",
  "source",
  "sourceRef",
  "licence",
  "precision",
  "synthetic",
  "outsideProvince",
  "status",
  "notes",
];

const TEXT_LIMITS: Partial<Record<ColumnKey, number>> = {
  id: 80,
  name: 200,
  nameEn: 200,
  ownerGroup: 200,
  industry: 80,
  parkId: 80,
  source: 300,
  sourceRef: 200,
  licence: 200,
  notes: 2000,
  route: 80,
  coefficient: 100,
  wasteCode: 40,
};

const FLOW_CHOICES = {
  output: ["产出", "产生", "产", "produce", "produces", "producer", "out"],
  intake: ["消纳", "利用", "收", "absorb", "absorbs", "consumer", "consume", "in"],
} as const;

const PRECISION_CHOICES = {
  exact: ["精确", "准确"],
  county: ["县级", "县", "区县"],
  estimated: ["估计", "估算", "推算"],
} as const;

// Chinese spellings a planner's sheet may use for the operating status (English codes are accepted as written).
const STATUS_CHOICES: Record<SiteStatus, readonly string[]> = {
  operating: ["运营", "运营中", "在运", "在产", "投产", "正常"],
  construction: ["在建", "建设中", "under construction"],
  proposed: ["拟建", "规划", "规划中", "announced", "pre-permit", "permitted"],
  mothballed: ["封存", "停运", "停产", "封存停运", "shelved"],
  retired: ["退役", "已退役", "关停", "关闭", "closed"],
  cancelled: ["取消", "已取消", "canceled"],
  unknown: ["未知", "状态未知"],
};

/** Validates every record, collecting all issues (never stopping at the first) so one report lists them all. */
export function validateRecords(records: readonly RawRecord[], opts: ValidateOptions): ValidateResult {
  const issues: ImportIssue[] = [];
  const col = (key: ColumnKey) => opts.labels[key] ?? key;
  const text = (r: RawRecord, key: ColumnKey): string | null => {
    const s = cellText(r.values[key]);
    const limit = TEXT_LIMITS[key];
    if (s !== null && limit !== undefined && s.length > limit) {
      issues.push(issue(r.row, col(key), s, "text-too-long", { max: limit }));
      return null;
    }
    return s;
  };

  // Text that cannot be stored (lone UTF-16 surrogates, e.g. from a GeoJSON "\ud800" escape) is reported per cell,
  // so a dry run says what the real import would refuse.
  const badTextRows = new Set<number>();
  for (const r of records) {
    for (const [key, v] of Object.entries(r.values) as [ColumnKey, unknown][]) {
      if (typeof v === "string" && !isWellFormedText(v)) {
        badTextRows.add(r.row);
        issues.push(
          issue(
            r.row,
            col(key),
            v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"),
            "invalid-text",
          ),
        );
      }
    }
  }

  // Group rows into sites: by id when given, else by name + coordinates as written.
  const groups = new Map<string, RawRecord[]>();
  for (const r of records) {
    const id = cellText(r.values.id);
    const key =
      id !== null
        ? `id:${id}`
        : `nc:${cellText(r.values.name) ?? ""}|${cellText(r.values.lng) ?? ""}|${cellText(r.values.lat) ?? ""}|${r.row}`;
    // Rows without id only merge when name and coordinates agree; the row suffix is dropped for named rows.
    const groupKey = id === null && cellText(r.values.name) !== null ? key.replace(/\|\d+$/, "") : key;
    const list = groups.get(groupKey);
    if (list) list.push(r);
    else groups.set(groupKey, [r]);
  }

  const sites: ImportSite[] = [];
  for (const rows of groups.values()) {
    const first = rows[0];
    if (rows.some((r) => badTextRows.has(r.row))) continue; // already reported
    const before = issues.length;

    for (const r of rows.slice(1)) {
      for (const key of SITE_COLUMNS) {
        const a = cellText(first.values[key]);
        const b = cellText(r.values[key]);
        if (b !== null && a !== b)
          issues.push(issue(r.row, col(key), b, "inconsistent-site", { firstRow: first.row, firstValue: a ?? "" }));
      }
    }

    const name = text(first, "name");
    if (name === null && cellText(first.values.name) === null)
      issues.push(issue(first.row, col("name"), null, "missing-value"));
    // Industry by code, or by its Chinese or English name (the Chinese template writes names).
    const industryText = text(first, "industry");
    const industry = industryText === null ? null : industryCodeOf(industryText);
    if (industry === null && cellText(first.values.industry) === null)
      issues.push(issue(first.row, col("industry"), null, "missing-value"));

    const coords = checkCoordinates(first, opts, col, issues);
    const capacityMw = parseNumber(first.values.capacityMw, first.row, col("capacityMw"), { min: 0, max: 1e6 }, issues);
    const precision = parseChoice(first.values.precision, first.row, col("precision"), PRECISION_CHOICES, issues);
    const synthetic = parseBoolean(first.values.synthetic, first.row, col("synthetic"), issues);
    // Optional: an empty cell (or no status column) means operating.
    const status = parseChoice(first.values.status, first.row, col("status"), STATUS_CHOICES, issues);

    const outputs: OutputInput[] = [];
    const intakes: IntakeInput[] = [];
    for (const r of rows) parseFlow(r, col, text, issues, outputs, intakes);

    if (issues.length > before || name === null || industry === null || coords === null) continue;
    const parsed = siteInputSchema.safeParse({
      name,
      nameEn: text(first, "nameEn") ?? "",
      ownerGroup: text(first, "ownerGroup"),
      industry,
      lng: coords.lng,
      lat: coords.lat,
      capacityMw,
      parkId: text(first, "parkId"),
      source: text(first, "source") ?? undefined,
      sourceRef: text(first, "sourceRef"),
      licence: text(first, "licence") ?? undefined,
      precision: precision ?? undefined,
      synthetic: synthetic ?? undefined,
      outsideProvince: coords.outsideProvince,
      status: status ?? undefined,
      notes: text(first, "notes"),
      outputs,
      intakes,
    });
    if (!parsed.success) {
      for (const zi of parsed.error.issues)
        issues.push(issue(first.row, zi.path.join("."), null, "invalid-choice", { allowed: zi.message }));
      continue;
    }
    sites.push({ ...parsed.data, id: cellText(first.values.id), rows: rows.map((r) => r.row) });
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { sites, issues };
}

function parseFlow(
  r: RawRecord,
  col: (k: ColumnKey) => string,
  text: (r: RawRecord, k: ColumnKey) => string | null,
  issues: ImportIssue[],
  outputs: OutputInput[],
  intakes: IntakeInput[],
): void {
  const v = r.values;
  const anyFlowValue = (
    ["flow", "material", "route", "tonnesPerYear", "stockpileTonnes", "committedTonnesPerYear"] as const
  ).some((k) => cellText(v[k]) !== null);
  if (!anyFlowValue) return;
  const before = issues.length;
  const flow = parseChoice(v.flow, r.row, col("flow"), FLOW_CHOICES, issues);
  if (flow === null && cellText(v.flow) === null) issues.push(issue(r.row, col("flow"), null, "missing-value"));
  const material = parseMaterial(v.material, r.row, col("material"), issues);
  if (material === null && cellText(v.material) === null)
    issues.push(issue(r.row, col("material"), null, "missing-value"));
  // Tonnes for solids; gas, heat and water have their own units and a higher limit.
  const max = maxQuantityPerYear(material ? materialSpec(material)?.unit : undefined);
  const tonnes = parseNumber(v.tonnesPerYear, r.row, col("tonnesPerYear"), { min: 0, max }, issues);
  if (tonnes === null && cellText(v.tonnesPerYear) === null)
    issues.push(issue(r.row, col("tonnesPerYear"), null, "missing-value"));
  const estimated = parseBoolean(v.estimated, r.row, col("estimated"), issues) ?? false;
  const coefficient = text(r, "coefficient");
  if (flow === "output") {
    const stockpile = parseNumber(v.stockpileTonnes, r.row, col("stockpileTonnes"), { min: 0, max }, issues);
    const wasteCode = text(r, "wasteCode");
    if (issues.length > before || material === null || tonnes === null) return;
    if (outputs.some((o) => o.material === material)) {
      issues.push(issue(r.row, col("material"), material, "duplicate-flow"));
      return;
    }
    outputs.push({
      material,
      tonnesPerYear: tonnes,
      stockpileTonnes: stockpile ?? 0,
      estimated,
      coefficient,
      wasteCode,
    });
  } else if (flow === "intake") {
    const route = text(r, "route");
    if (route === null && cellText(v.route) === null) issues.push(issue(r.row, col("route"), null, "missing-value"));
    const committed = parseNumber(
      v.committedTonnesPerYear,
      r.row,
      col("committedTonnesPerYear"),
      { min: 0, max },
      issues,
    );
    if (issues.length > before || material === null || tonnes === null || route === null) return;
    if (intakes.some((o) => o.material === material && o.route === route)) {
      issues.push(issue(r.row, col("route"), route, "duplicate-flow"));
      return;
    }
    intakes.push({
      material,
      route,
      capacityTonnesPerYear: tonnes,
      committedTonnesPerYear: committed ?? 0,
      estimated,
      coefficient,
    });
  }
}

function inRange(lng: number, lat: number): boolean {
  return Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
}

/** Range, swapped-axis and province checks; returns WGS84 coordinates or null after pushing the issue. */
function checkCoordinates(
  r: RawRecord,
  opts: ValidateOptions,
  col: (k: ColumnKey) => string,
  issues: ImportIssue[],
): { lng: number; lat: number; outsideProvince: boolean } | null {
  const before = issues.length;
  const lng = parseNumber(r.values.lng, r.row, col("lng"), {}, issues);
  if (lng === null && cellText(r.values.lng) === null) issues.push(issue(r.row, col("lng"), null, "missing-value"));
  const lat = parseNumber(r.values.lat, r.row, col("lat"), {}, issues);
  if (lat === null && cellText(r.values.lat) === null) issues.push(issue(r.row, col("lat"), null, "missing-value"));
  if (issues.length > before || lng === null || lat === null) return null;

  const inShanxi = (x: number, y: number) => inRange(x, y) && opts.insideProvince(...toWgs84(x, y, opts.crs));
  const swapped = () =>
    issues.push(
      issue(r.row, `${col("lng")}/${col("lat")}`, `${lng}, ${lat}`, "swapped-coordinates", { lng: lat, lat: lng }),
    );
  if (!inRange(lng, lat)) {
    if (inShanxi(lat, lng)) swapped();
    else {
      if (Math.abs(lng) > 180) issues.push(issue(r.row, col("lng"), r.values.lng, "lng-out-of-range"));
      if (Math.abs(lat) > 90) issues.push(issue(r.row, col("lat"), r.values.lat, "lat-out-of-range"));
    }
    return null;
  }
  const [wLng, wLat] = toWgs84(lng, lat, opts.crs);
  if (opts.insideProvince(wLng, wLat)) return { lng: wLng, lat: wLat, outsideProvince: false };
  if (inShanxi(lat, lng)) {
    swapped();
    return null;
  }
  const rowFlag = parseBoolean(r.values.outsideProvince, r.row, col("outsideProvince"), []) === true;
  if (opts.allowOutsideProvince || rowFlag) return { lng: wLng, lat: wLat, outsideProvince: true };
  issues.push(
    issue(r.row, `${col("lng")}/${col("lat")}`, `${lng}, ${lat}`, "outside-province", {
      lng: round6(wLng),
      lat: round6(wLat),
    }),
  );
  return null;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
