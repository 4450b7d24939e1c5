/**
 * The import/export table layout. One row is a site plus at most one of its flows (an output it produces or an
 * intake it absorbs); a site with several flows spans several rows that repeat the site columns. The same
 * columns are the GeoJSON feature properties. Headers are matched in Chinese or English.
 */
import type { Locale } from "../locale";

export const COLUMN_KEYS = [
  "id",
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
  "flow",
  "material",
  "route",
  "tonnesPerYear",
  "stockpileTonnes",
  "committedTonnesPerYear",
  "estimated",
  "coefficient",
  "wasteCode",
] as const;

export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnSpec {
  key: ColumnKey;
  zh: string;
  en: string;
  /** Extra accepted header spellings (compared after normalisation). */
  aliases?: readonly string[];
  required?: boolean;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { key: "id", zh: "编号", en: "id", aliases: ["siteid", "site id", "企业编号"] },
  {
    key: "name",
    zh: "企业名称",
    en: "name",
    aliases: ["名称", "namezh", "name zh", "site", "site name", "单位名称"],
    required: true,
  },
  { key: "nameEn", zh: "英文名称", en: "name (English)", aliases: ["nameen", "name en", "english name"] },
  { key: "ownerGroup", zh: "所属集团", en: "owner group", aliases: ["ownergroup", "集团", "owner"] },
  { key: "industry", zh: "行业", en: "industry", aliases: ["所属行业"], required: true },
  { key: "lng", zh: "经度", en: "longitude", aliases: ["lng", "lon", "long", "x"], required: true },
  { key: "lat", zh: "纬度", en: "latitude", aliases: ["lat", "y"], required: true },
  { key: "capacityMw", zh: "装机容量(MW)", en: "capacity (MW)", aliases: ["capacitymw", "装机容量", "capacity"] },
  { key: "parkId", zh: "园区编号", en: "park id", aliases: ["parkid", "园区"] },
  { key: "source", zh: "数据来源", en: "source", aliases: ["来源"] },
  { key: "sourceRef", zh: "来源编号", en: "source ref", aliases: ["sourceref", "source id"] },
  { key: "licence", zh: "许可", en: "licence", aliases: ["license", "许可协议"] },
  { key: "precision", zh: "位置精度", en: "precision", aliases: ["精度", "location precision"] },
  { key: "synthetic", zh: "合成数据", en: "synthetic", aliases: ["是否合成"] },
  { key: "outsideProvince", zh: "省外", en: "outside province", aliases: ["outsideprovince", "省外企业"] },
  { key: "status", zh: "状态", en: "status", aliases: ["运营状态", "operating status", "site status"] },
  { key: "notes", zh: "备注", en: "notes", aliases: ["note", "说明"] },
  { key: "flow", zh: "流向", en: "flow", aliases: ["类型", "flow type", "产出/消纳"] },
  { key: "material", zh: "物料", en: "material", aliases: ["物料代码", "material code", "固废", "废物"] },
  { key: "route", zh: "利用途径", en: "route", aliases: ["途径", "用途"] },
  {
    key: "tonnesPerYear",
    zh: "年量(t/年)",
    en: "tonnes per year",
    aliases: ["tonnesperyear", "年量", "产生量", "消纳能力", "t/yr", "tonnes/yr", "quantity"],
  },
  { key: "stockpileTonnes", zh: "堆存量(t)", en: "stockpile (t)", aliases: ["stockpiletonnes", "堆存量", "stockpile"] },
  {
    key: "committedTonnesPerYear",
    zh: "已承诺量(t/年)",
    en: "committed tonnes per year",
    aliases: ["committedtonnesperyear", "已承诺量", "committed"],
  },
  { key: "estimated", zh: "估算", en: "estimated", aliases: ["是否估算"] },
  { key: "coefficient", zh: "估算系数", en: "coefficient", aliases: ["系数"] },
  { key: "wasteCode", zh: "固废代码", en: "waste code", aliases: ["wastecode", "固体废物代码"] },
];

export const REQUIRED_COLUMNS: readonly ColumnKey[] = COLUMNS.filter((c) => c.required).map((c) => c.key);

/** Normalises a header for matching: case, spaces, underscores, full-width brackets. */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-]+/g, " ")
    .trim();
}

const LOOKUP = new Map<string, ColumnKey>();
for (const c of COLUMNS) {
  for (const label of [c.key, c.zh, c.en, ...(c.aliases ?? [])]) LOOKUP.set(normaliseHeader(label), c.key);
}

/** The column a header names, accepting "中文", "English" and bilingual "中文 / English" or "中文 (English)" headers. */
export function columnForHeader(header: string): ColumnKey | null {
  const whole = LOOKUP.get(normaliseHeader(header));
  if (whole) return whole;
  for (const part of header.split(/[/|｜]/)) {
    const key = LOOKUP.get(normaliseHeader(part));
    if (key) return key;
  }
  return null;
}

export interface HeaderMapping {
  /** Column key → index in the header row. */
  index: Partial<Record<ColumnKey, number>>;
  /** Column key → header text as written in the file (for error reports). */
  label: Partial<Record<ColumnKey, string>>;
  missing: ColumnKey[];
  unknown: string[];
}

/** Maps a header row to column keys; reports required columns that are missing and headers it does not know. */
export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const index: HeaderMapping["index"] = {};
  const label: HeaderMapping["label"] = {};
  const unknown: string[] = [];
  headers.forEach((h, i) => {
    if (h.trim() === "") return;
    const key = columnForHeader(h);
    if (key && index[key] === undefined) {
      index[key] = i;
      label[key] = h.trim();
    } else if (!key) unknown.push(h);
  });
  const missing = REQUIRED_COLUMNS.filter((k) => index[k] === undefined);
  return { index, label, missing, unknown };
}

/** Template/export header for a column in a language. */
export function columnHeader(key: ColumnKey, lang: Locale): string {
  const spec = COLUMNS.find((c) => c.key === key)!;
  return lang === "zh" ? spec.zh : spec.en;
}
