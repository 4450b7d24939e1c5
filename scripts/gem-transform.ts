/**
 * Pure transformations behind the GEM half of `npm run geodata`: Shanxi subsets of five Global Energy Monitor
 * trackers (CC BY 4.0) → seed site records, one per real plant, merged with the GPPD coal plants, plus a report
 * of every odd row met on the way. No file access here so the rules can be unit-tested.
 */
import { haversineKm } from "../app/domain/distance";
import type { Precision } from "../app/domain/registry-types";
import type { SeedIntake, SeedOutput, SeedSite } from "../prisma/seed/seed-site";
import { gemStatus, plantStatus, type SiteStatus } from "../app/domain/site-status";
import { GROUPS } from "../prisma/seed/plan-sites";
import {
  cokeOvenGasFromCoke,
  fgdGypsumFromCoalMw,
  flyAshFromCoalMw,
  flyAshIntakeOfCement,
  gangueFromRawCoal,
  gangueIntakeFromGanguePowerMw,
  gangueRawMealIntakeOfClinker,
  gypsumIntakeFromCement,
  mineWaterFromRawCoal,
  slagFromIronAndSteel,
  slagIntakeOfCement,
  wasteHeatFromSteel,
  type CementPlantType,
  type CompositeEstimate,
  type Estimate,
} from "../app/domain/tonnage";
import { coefficient } from "../app/domain/coefficients";
import type { CsvRow } from "./geodata-transform";
import { GEM_LICENCE, GEM_TRACKERS, gemAttribution, type GemTracker } from "../app/domain/data-sources";

export { GEM_TRACKERS, GEM_LICENCE, gemAttribution, type GemTracker };

const FILTERED = "filtered to Shanxi and normalised by Symbiosis Atlas";

/** Ids kept from earlier seeds: the plan-named TISCO works is now GIST's Taigang plant under its old id. */
export const STABLE_IDS: Record<string, string> = {
  P100000120258: "plan-tisco",
};

/** Chinese names the source gets wrong, fixed with the reason. */
export const ZH_NAME_FIXES: Record<string, { zh: string; why: string }> = {
  P100000123356: {
    zh: "朔州中联水泥有限公司",
    why: "GCCT gives 宿州 (Suzhou, Anhui) for this Shuozhou plant; its duplicate row P100000125599 reads 朔州中联水泥有限公司.",
  },
};

/** Owner groups shared with the plan sites (enterprise cycles): matched on owner, parent and names. */
const GROUP_PATTERNS: readonly [RegExp, string][] = [
  [/潞安|Lu['’]?an (Mining|Group|Chemical|Coal)|Luan Mining|Tianji Lu/i, GROUPS.luan],
  [/太钢|Taigang|Taiyuan Iron|TISCO/i, GROUPS.tisco],
  [/中铝|Chalco|Chinalco|Aluminum Corporation of China/i, GROUPS.chalco],
  [/中煤|China Coal|Pingshuo/i, GROUPS.chinaCoal],
  [/西山煤电|Xishan Coal/i, GROUPS.xishan],
  [/同煤|大同煤矿|Tongmei|Datong Coal Mine Group/i, GROUPS.tongmei],
  [/安泰|Antai/i, GROUPS.antai],
];

/** "A Co [60.0%]; B [40%]" → "A Co" (the largest holder comes first in GEM's lists). */
export function firstEntity(s: string | undefined): string | null {
  const first = (s ?? "")
    .split(";")[0]
    .replace(/\s*\[[^\]]*\]\s*/g, "")
    .trim();
  return first && first.toLowerCase() !== "unknown" ? first : null;
}

/** The owner group: a shared group when the owner, parent or name says so, else the parent's first entity, else the owner's. */
export function ownerGroupOf(
  owner: string | undefined,
  parent: string | undefined,
  ...names: (string | undefined)[]
): string | null {
  const text = [owner, parent, ...names].filter(Boolean).join(" | ");
  for (const [re, group] of GROUP_PATTERNS) if (re.test(text)) return group;
  return firstEntity(parent) ?? firstEntity(owner);
}

function precisionOf(accuracy: string | undefined): Precision {
  return (accuracy ?? "").trim().toLowerCase() === "exact" ? "exact" : "estimated";
}

/**
 * Control characters in a source name break spreadsheets: removed and counted, also in Excel's escaped form
 * (GCMT has "Shanxi B_x0008_aigou Coal Mine", a backspace that spreadsheet readers decode).
 */
export function cleanText(s: string, tracker: GemTracker, id: string, report: GemReport): string {
  const cleaned = s
    .replace(/_x00[01][0-9A-Fa-f]_|_x007[Ff]_/g, "")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
  if (cleaned !== s.trim())
    report.controlCharacters.push({
      tracker,
      id,
      name: cleaned,
      detail: `control characters removed from ${JSON.stringify(s)}`,
    });
  return cleaned;
}

function stripLang(s: string | undefined): string {
  return (s ?? "").replace(/\s*\((Chinese|中文)\)\s*/g, " ").trim();
}

function numOrNull(s: string | undefined): number | null {
  if (s == null) return null;
  const t = s.trim();
  if (t === "") return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function output(material: SeedOutput["material"], e: Estimate | CompositeEstimate): SeedOutput {
  return {
    material,
    tonnesPerYear: e.quantityPerYear,
    stockpileTonnes: 0,
    estimated: true,
    coefficientKey: e.coefficientKey,
  };
}

function intake(material: SeedIntake["material"], route: string, e: Estimate): SeedIntake {
  return {
    material,
    route,
    capacityTonnesPerYear: e.quantityPerYear,
    estimated: true,
    coefficientKey: e.coefficientKey,
  };
}

const fmt = (n: number) => n.toLocaleString("en", { maximumFractionDigits: 3 });

// ---------------------------------------------------------------- report

export interface GemRowIssue {
  tracker: GemTracker;
  id: string;
  name: string;
  detail: string;
}

/** What the transform met: counts per tracker and kind, and every odd row, by reason. */
export interface GemReport {
  rowsRead: Record<GemTracker, number>;
  sitesByKind: Record<string, number>;
  sitesByStatus: Record<string, number>;
  droppedOutsideShanxi: GemRowIssue[];
  duplicateIds: GemRowIssue[];
  nearDuplicates: GemRowIssue[];
  unknownCapacity: GemRowIssue[];
  greaterThanZeroCapacity: GemRowIssue[];
  zeroCapacity: GemRowIssue[];
  unknownStatus: GemRowIssue[];
  descriptiveChineseNames: number;
  zhNameFixes: GemRowIssue[];
  gppdMerged: { gemId: string; siteId: string; gppdName: string; km: number; by: "distance" | "name" }[];
  gppdAbsorbed: { gemId: string; siteId: string; gppdId: string; gppdName: string; km: number }[];
  gangueUnits: number;
  captivePlants: GemRowIssue[];
  divergentUnitPoints: GemRowIssue[];
  controlCharacters: GemRowIssue[];
  prefectureMismatches: GemRowIssue[];
  sameChineseName: GemRowIssue[];
}

export function emptyGemReport(): GemReport {
  return {
    rowsRead: { gcmt: 0, gcpt: 0, gcct: 0, gist: 0, gchi: 0 },
    sitesByKind: {},
    sitesByStatus: {},
    droppedOutsideShanxi: [],
    duplicateIds: [],
    nearDuplicates: [],
    unknownCapacity: [],
    greaterThanZeroCapacity: [],
    zeroCapacity: [],
    unknownStatus: [],
    descriptiveChineseNames: 0,
    zhNameFixes: [],
    gppdMerged: [],
    gppdAbsorbed: [],
    gangueUnits: 0,
    captivePlants: [],
    divergentUnitPoints: [],
    controlCharacters: [],
    prefectureMismatches: [],
    sameChineseName: [],
  };
}

/** Rows flagged outside the Shanxi polygon (`in_shanxi_polygon` False: Shaanxi rows labelled Shanxi) are dropped and counted. */
function insideShanxi(r: CsvRow, tracker: GemTracker, id: string, name: string, report: GemReport): boolean {
  const flag = (r["in_shanxi_polygon"] ?? "").trim();
  if (flag === "False") {
    report.droppedOutsideShanxi.push({
      tracker,
      id,
      name,
      detail: `${r["lat"]}, ${r["lng"]} (${r["dist_to_shanxi_border_km"]} km from the border)`,
    });
    return false;
  }
  return true;
}

function mappedStatus(word: string, tracker: GemTracker, id: string, name: string, report: GemReport): SiteStatus {
  const s = gemStatus(word);
  if (s) return s;
  report.unknownStatus.push({ tracker, id, name, detail: `status "${word}"` });
  return "unknown";
}

function base(
  tracker: GemTracker,
  id: string,
  url: string,
): Pick<SeedSite, "source" | "sourceRef" | "licence" | "synthetic" | "sourceUrl" | "parkId"> {
  return {
    source: `${gemAttribution(tracker)} (${FILTERED})`,
    sourceRef: id,
    licence: GEM_LICENCE,
    synthetic: false,
    sourceUrl: url.trim() || null,
    parkId: null,
  };
}

// ---------------------------------------------------------------- coal mines (GCMT)

/** County name at a point, for descriptive Chinese names of sources without them. */
export type CountyNamer = (lng: number, lat: number) => string | null;

/** GCMT mine rows → coal-mine sites (gangue and mine water from capacity); rows sharing a mine id are merged. */
export function gcmtSites(rows: readonly CsvRow[], countyName: CountyNamer, report: GemReport): SeedSite[] {
  report.rowsRead.gcmt = rows.length;
  const byId = new Map<string, CsvRow[]>();
  for (const r of rows) {
    if (!insideShanxi(r, "gcmt", r["id"], r["project"], report)) continue;
    byId.set(r["id"], [...(byId.get(r["id"]) ?? []), r]);
  }
  const sites: SeedSite[] = [];
  for (const [id, group] of byId) {
    const r = group[0];
    const name = cleanText(r["project"], "gcmt", id, report);
    if (group.length > 1) {
      report.duplicateIds.push({
        tracker: "gcmt",
        id,
        name,
        detail: group.map((g) => `${g["status"]} ${g["capacity"] || "?"} Mt/yr`).join(" | "),
      });
    }
    const statuses = group.map((g) => mappedStatus(g["status"], "gcmt", id, name, report));
    const status = plantStatus(statuses);
    // Rows of the winning status give the capacity; two rows of one status (an expansion re-listed) → the larger.
    const caps = group.filter((_, i) => statuses[i] === status).map((g) => g["capacity"]);
    const known = caps.map(numOrNull).filter((v): v is number => v !== null);
    const capacityMt = known.length ? Math.max(...known) : null;
    if (capacityMt === null)
      report.unknownCapacity.push({ tracker: "gcmt", id, name, detail: `capacity "${caps.join("/")}"` });
    else if (capacityMt === 0) report.zeroCapacity.push({ tracker: "gcmt", id, name, detail: "capacity 0 Mt/yr" });
    const lng = round6(Number(r["lng"]));
    const lat = round6(Number(r["lat"]));
    const county = countyName(lng, lat);
    report.descriptiveChineseNames += 1;
    const rawCoal = capacityMt ? capacityMt * 1e6 : 0;
    const notes = [
      `中文名为本项目据所在县拟定的描述性名称（GCMT 无中文名）/ Chinese name is a descriptive name given by this project (GCMT has no Chinese names).`,
      `GCMT: ${r["mine-type"] || "unknown"} mine, grade ${r["coal-grade"] || "unknown"}${r["coalfield"] ? `, coalfield ${r["coalfield"]}` : ""}.`,
      r["owner"] ? `Owner: ${r["owner"]}.` : null,
      group.length > 1
        ? `GCMT lists this mine ${group.length} times (${group.map((g) => `${g["status"]} ${g["capacity"] || "no capacity"}`).join("; ")}); merged, capacity of the ${status} row.`
        : null,
      capacityMt === null
        ? "Capacity not given: no tonnage estimated."
        : capacityMt === 0
          ? "Capacity 0: no tonnage estimated."
          : null,
      "GCMT gives no coordinate accuracy: precision set to estimated.",
    ]
      .filter(Boolean)
      .join(" ");
    sites.push({
      ...base("gcmt", id, r["url"] ?? ""),
      id: STABLE_IDS[id] ?? `gem-${id}`,
      nameZh: `${county ?? "山西"}煤矿（源名 ${name}）`,
      nameEn: name,
      ownerGroup: ownerGroupOf(r["owner"], r["parent"], name),
      industry: "coal-mine",
      lng,
      lat,
      capacityMw: null,
      capacity: capacityMt,
      capacityUnit: capacityMt === null ? null : "Mt/yr raw coal",
      status,
      precision: "estimated",
      notes,
      outputs:
        rawCoal > 0
          ? [output("coal-gangue", gangueFromRawCoal(rawCoal)), output("mine-water", mineWaterFromRawCoal(rawCoal))]
          : [],
      intakes: [],
    });
  }
  return sites;
}

// ---------------------------------------------------------------- coal power (GCPT units → plants)

/** Units burning waste coal (gangue, slime, low-calorific coal: CFB boilers in Shanxi) absorb coal gangue. */
const GANGUE_NAME = /gangue|waste coal|低热值|煤矸石|矸石/i;

const CAPTIVE_NOTE: Record<string, string> = {
  aluminum:
    "Captive power plant of an aluminium smelter or alumina refinery (GCPT captive flag): a real location for the aluminium complex, used as the red-mud producers' place where the plan names a red-mud area.",
  "iron & steel": "Captive power plant of an iron and steel works (GCPT captive flag).",
  "other metals & mining": "Captive power plant of a metals/mining complex (GCPT captive flag).",
};

/** English name of the prefecture-level city at a point (for checking a source's own prefecture), or null. */
export type CityNamer = (lng: number, lat: number) => string | null;

/**
 * The point of a plant whose units GCPT places at different points (a new phase beside retired ones, or a stray
 * unit): the point most units in the plant's own status share (ties: fixed order); `odd` = units elsewhere.
 */
function modalPoint(us: readonly CsvRow[], inStatus: readonly boolean[]): { lat: string; lng: string; odd: number } {
  const key = (u: CsvRow) => `${u["Latitude"]}|${u["Longitude"]}`;
  const counts = new Map<string, number>();
  us.forEach((u, i) => {
    if (inStatus[i]) counts.set(key(u), (counts.get(key(u)) ?? 0) + 1);
  });
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const [lat, lng] = best.split("|");
  return { lat, lng, odd: us.filter((u) => key(u) !== best).length };
}

/** Every point GCPT gives a plant's units (a plant may have phases at two points), for matching GPPD rows. */
const UNIT_POINTS = new WeakMap<SeedSite, [number, number][]>();

/** The points to match a GCPT plant on: each distinct unit point (else its own point). */
export function matchPoints(site: SeedSite): [number, number][] {
  return UNIT_POINTS.get(site) ?? [[site.lng, site.lat]];
}

/** GCPT unit rows → one coal-power site per GEM location (plant), with status, MW and gangue-burning units. */
export function gcptSites(units: readonly CsvRow[], report: GemReport, cityAt: CityNamer = () => null): SeedSite[] {
  report.rowsRead.gcpt = units.length;
  const byPlant = new Map<string, CsvRow[]>();
  const seenUnit = new Set<string>();
  for (const u of units) {
    const uid = u["GEM unit/phase ID"];
    if (seenUnit.has(uid)) {
      report.duplicateIds.push({
        tracker: "gcpt",
        id: uid,
        name: u["Plant name"],
        detail: "unit listed twice; second row ignored",
      });
      continue;
    }
    seenUnit.add(uid);
    if (!insideShanxi(u, "gcpt", uid, u["Plant name"], report)) continue;
    const loc = u["GEM location ID"];
    byPlant.set(loc, [...(byPlant.get(loc) ?? []), u]);
  }
  const sites: SeedSite[] = [];
  for (const [loc, us] of byPlant) {
    const u0 = us[0];
    const name = cleanText(u0["Plant name"], "gcpt", loc, report);
    const statuses = us.map((u) => mappedStatus(u["Status"], "gcpt", u["GEM unit/phase ID"], name, report));
    const status = plantStatus(statuses);
    let mw = 0;
    let gangueMw = 0;
    const mwAll = us.reduce((s, u) => s + (numOrNull(u["Capacity (MW)"]) ?? 0), 0);
    us.forEach((u, i) => {
      const cap = numOrNull(u["Capacity (MW)"]);
      if (cap === null)
        report.unknownCapacity.push({
          tracker: "gcpt",
          id: u["GEM unit/phase ID"],
          name,
          detail: `capacity "${u["Capacity (MW)"]}"`,
        });
      const gangue =
        u["Coal type"].trim() === "waste coal" || GANGUE_NAME.test(`${u["Plant name"]} ${u["Plant name (local)"]}`);
      if (gangue) report.gangueUnits += 1;
      if (statuses[i] !== status) return;
      mw += cap ?? 0;
      if (gangue) gangueMw += cap ?? 0;
    });
    const otherMw = mw - gangueMw;
    const captive = us.map((u) => u["Captive"].trim()).find(Boolean) ?? "";
    if (captive) report.captivePlants.push({ tracker: "gcpt", id: loc, name, detail: captive });
    const at = modalPoint(
      us,
      statuses.map((x) => x === status),
    );
    if (at.odd)
      report.divergentUnitPoints.push({
        tracker: "gcpt",
        id: loc,
        name,
        detail: `${at.odd} of ${us.length} units at another point; the point of the ${status} units is used`,
      });
    const lat = round6(Number(at.lat));
    const lng = round6(Number(at.lng));
    // The source's own prefecture must agree with the point, else the point is flagged (not moved: we have no better one).
    const prefecture = (u0["Major area (prefecture, district)"] ?? "").trim();
    const city = cityAt(lng, lat);
    const misplaced = !!prefecture && !!city && city.toLowerCase() !== prefecture.toLowerCase();
    if (misplaced)
      report.prefectureMismatches.push({
        tracker: "gcpt",
        id: loc,
        name,
        detail: `GCPT prefecture ${prefecture}, point in ${city}`,
      });
    const zh = stripLang(u0["Plant name (local)"]);
    if (!zh) report.descriptiveChineseNames += 1;
    const outputs: SeedOutput[] = [];
    const intakes: SeedIntake[] = [];
    if (mw > 0) outputs.push(output("fly-ash", flyAshFromCoalMw(mw)));
    // Waste-coal units are CFB boilers that desulfurise in the furnace (limestone in the bed): no FGD gypsum from them.
    if (otherMw > 0) outputs.push(output("fgd-gypsum", fgdGypsumFromCoalMw(otherMw)));
    if (gangueMw > 0) intakes.push(intake("coal-gangue", "power", gangueIntakeFromGanguePowerMw(gangueMw)));
    const statusList = [...new Set(us.map((u) => u["Status"]))].join(", ");
    const notes = [
      misplaced
        ? `COORDINATE UNRELIABLE: GCPT lists the plant in ${prefecture} (${u0["Local area (taluk, county)"]}) but its ${u0["Location accuracy"]} point lies in ${city}; kept as given.`
        : null,
      at.odd
        ? `GCPT gives ${at.odd} of its ${us.length} units another point; the point most ${status} units share is used.`
        : null,
      `GCPT: ${us.length} unit(s), ${fmt(mwAll)} MW in all (${statusList}); ${fmt(mw)} MW ${status}${gangueMw > 0 ? `, of which ${fmt(gangueMw)} MW burn waste coal (gangue/slime; CFB) and absorb coal gangue` : ""}.`,
      gangueMw > 0 && otherMw === 0
        ? "Waste-coal (CFB) units desulfurise in the furnace, so no FGD gypsum is estimated."
        : null,
      captive ? (CAPTIVE_NOTE[captive] ?? `Captive plant (${captive}).`) : null,
      u0["Owner"] ? `Owner: ${u0["Owner"]}.` : null,
      u0["Parent"] ? `Parent: ${u0["Parent"]}.` : null,
      !zh ? "No Chinese name in GCPT: the English name is shown." : null,
    ]
      .filter(Boolean)
      .join(" ");
    const site: SeedSite = {
      ...base("gcpt", loc, u0["Wiki URL"] ?? ""),
      id: STABLE_IDS[loc] ?? `gem-${loc}`,
      nameZh: zh || name,
      nameEn: name,
      ownerGroup: ownerGroupOf(u0["Owner"], u0["Parent"], name, zh),
      industry: gangueMw > 0 && gangueMw >= otherMw ? "gangue-power" : "coal-power",
      lng,
      lat,
      capacityMw: mw,
      capacity: mw,
      capacityUnit: `MW (${status} units)`,
      status,
      precision: !misplaced && us.every((u) => precisionOf(u["Location accuracy"]) === "exact") ? "exact" : "estimated",
      notes,
      outputs,
      intakes,
    };
    const points = [...new Set(us.map((u) => `${u["Longitude"]}|${u["Latitude"]}`))].map(
      (k) => k.split("|").map(Number) as [number, number],
    );
    UNIT_POINTS.set(site, points);
    sites.push(site);
  }
  return sites;
}

// ---------------------------------------------------------------- cement (GCCT)

const CEMENT_TYPES: Record<string, CementPlantType> = {
  integrated: "integrated",
  grinding: "grinding",
  "clinker only": "clinker",
};

/** Normalised English name for spotting the same plant listed twice. */
function plantKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(co|ltd|limited|company|corp|corporation|group|cement plant|plant)\b/g, "")
    .replace(/[^a-z]/g, "");
}

/** Mt/yr from a GCCT capacity cell; ">0", "unknown" and blanks are null and counted (">0" separately). */
function gcctCapacity(
  cell: string | undefined,
  id: string,
  name: string,
  what: string,
  report: GemReport,
  count: boolean,
): number | null {
  const t = (cell ?? "").trim();
  const v = numOrNull(t);
  if (v !== null && v > 0) return v;
  if (!count) return null;
  if (t === ">0") report.greaterThanZeroCapacity.push({ tracker: "gcct", id, name, detail: `${what} ">0"` });
  else if (v === 0) report.zeroCapacity.push({ tracker: "gcct", id, name, detail: `${what} 0` });
  else report.unknownCapacity.push({ tracker: "gcct", id, name, detail: `${what} "${t}"` });
  return null;
}

/** GCCT rows → cement sites absorbing fly ash, slag, FGD gypsum and gangue by plant type; the same plant listed twice is merged. */
export function gcctSites(rows: readonly CsvRow[], report: GemReport): SeedSite[] {
  report.rowsRead.gcct = rows.length;
  const kept: CsvRow[] = [];
  for (const r of rows) {
    const id = r["GEM Plant ID"];
    const name = r["GEM Asset name (English)"];
    if (!insideShanxi(r, "gcct", id, name, report)) continue;
    // Same plant twice: same normalised name within 1 km → keep the row with exact coordinates and a capacity.
    const twin = kept.find(
      (k) =>
        plantKey(k["GEM Asset name (English)"]) === plantKey(name) &&
        haversineKm(Number(k["lng"]), Number(k["lat"]), Number(r["lng"]), Number(r["lat"])) <= 1,
    );
    if (twin) {
      const score = (x: CsvRow) =>
        (precisionOf(x["Coordinate accuracy"]) === "exact" ? 2 : 0) +
        (numOrNull(x["Cement Capacity (millions metric tonnes per annum)"]) ? 1 : 0);
      const [keep, drop] = score(r) > score(twin) ? [r, twin] : [twin, r];
      report.nearDuplicates.push({
        tracker: "gcct",
        id: drop["GEM Plant ID"],
        name: drop["GEM Asset name (English)"],
        detail: `same plant as ${keep["GEM Plant ID"]}; merged into it`,
      });
      kept.splice(kept.indexOf(twin), 1, { ...keep, __dup: drop["GEM Plant ID"] });
      continue;
    }
    kept.push(r);
  }
  return kept.map((r) => {
    const id = r["GEM Plant ID"];
    const name = cleanText(r["GEM Asset name (English)"], "gcct", id, report);
    const type = CEMENT_TYPES[r["Plant type"].trim()] ?? "integrated";
    const cementMt = gcctCapacity(
      r["Cement Capacity (millions metric tonnes per annum)"],
      id,
      name,
      "cement capacity",
      report,
      type !== "clinker",
    );
    const clinkerMt = gcctCapacity(
      r["Clinker Capacity (millions metric tonnes per annum)"],
      id,
      name,
      "clinker capacity",
      report,
      type === "clinker",
    );
    const status = mappedStatus(r["Operating status"], "gcct", id, name, report);
    const fix = ZH_NAME_FIXES[id];
    if (fix) report.zhNameFixes.push({ tracker: "gcct", id, name, detail: fix.why });
    const intakes: SeedIntake[] = [];
    if (cementMt) {
      const t = cementMt * 1e6;
      const ash = flyAshIntakeOfCement(type, t);
      const slag = slagIntakeOfCement(type, t);
      if (ash) intakes.push(intake("fly-ash", "cement", ash));
      if (slag) intakes.push(intake("steel-slag", "cement", slag));
      intakes.push(intake("fgd-gypsum", "cement", gypsumIntakeFromCement(t)));
    }
    if (clinkerMt && type !== "grinding")
      intakes.push(intake("coal-gangue", "cement", gangueRawMealIntakeOfClinker(clinkerMt * 1e6)));
    const typeLabel = {
      integrated: "integrated (clinker + cement)",
      grinding: "grinding plant",
      clinker: "clinker-only plant",
    }[type];
    const notes = [
      `GCCT: ${typeLabel}; cement ${cementMt ?? `"${r["Cement Capacity (millions metric tonnes per annum)"] || "blank"}"`} Mt/yr, clinker ${clinkerMt ?? `"${r["Clinker Capacity (millions metric tonnes per annum)"] || "blank"}"`} Mt/yr.`,
      type === "integrated"
        ? "Intakes: fly ash and slag as admixture (cement-admixture-share-integrated), FGD gypsum as retarder, gangue in the raw meal (gangue-raw-meal-per-t-clinker)."
        : null,
      type === "grinding"
        ? "Intakes: fly ash and slag as admixture (cement-admixture-share-grinding) and FGD gypsum as retarder; no kiln, so no raw meal."
        : null,
      type === "clinker" ? "Clinker only: gangue in the raw meal; no cement grinding, so no admixture." : null,
      !cementMt && type !== "clinker"
        ? "Cement capacity unknown in the source: no admixture or retarder intake estimated."
        : null,
      r["__dup"] ? `GCCT also lists this plant as ${r["__dup"]}; merged.` : null,
      fix ? `Chinese name corrected: ${fix.why}` : null,
      r["Owner name (English)"] ? `Owner: ${r["Owner name (English)"]}.` : null,
    ]
      .filter(Boolean)
      .join(" ");
    const zh = fix?.zh ?? stripLang(r["Asset name (other language)"]);
    if (!zh) report.descriptiveChineseNames += 1;
    return {
      ...base("gcct", id, r["GEM wiki page"] ?? ""),
      id: STABLE_IDS[id] ?? `gem-${id}`,
      nameZh: zh || name,
      nameEn: name,
      ownerGroup: ownerGroupOf(r["Owner name (English)"], r["Parent"], name),
      industry: "cement",
      lng: round6(Number(r["lng"])),
      lat: round6(Number(r["lat"])),
      capacityMw: null,
      capacity: type === "clinker" ? clinkerMt : cementMt,
      capacityUnit: type === "clinker" ? (clinkerMt ? "Mt/yr clinker" : null) : cementMt ? "Mt/yr cement" : null,
      status,
      precision: precisionOf(r["Coordinate accuracy"]),
      notes,
      outputs: [],
      intakes,
    };
  });
}

// ---------------------------------------------------------------- iron and steel (GIST Sep 2025)

/** GIST plant rows + plant×status capacity rows → steel sites producing BF and steel slag and waste heat. */
export function gistSites(plants: readonly CsvRow[], capacities: readonly CsvRow[], report: GemReport): SeedSite[] {
  report.rowsRead.gist = plants.length;
  const seen = new Set<string>();
  const sites: SeedSite[] = [];
  for (const r of plants) {
    const id = r["Plant ID"];
    const name = cleanText(r["Plant name (English)"], "gist", id, report);
    if (seen.has(id)) {
      report.duplicateIds.push({ tracker: "gist", id, name, detail: "plant listed twice; second row ignored" });
      continue;
    }
    seen.add(id);
    if (!insideShanxi(r, "gist", id, name, report)) continue;
    const rows = capacities.filter((c) => c["Plant ID"] === id);
    const statuses = rows.map((c) => mappedStatus(c["Status"], "gist", id, name, report));
    const status = plantStatus(statuses);
    const sum = (col: string) =>
      rows.reduce((s, c, i) => s + (statuses[i] === status ? (numOrNull(c[col]) ?? 0) : 0), 0);
    const steelKt = sum("Nominal crude steel capacity (ttpa)");
    const ironKt = sum("Nominal iron capacity (ttpa)");
    if (steelKt === 0 && ironKt === 0)
      report.unknownCapacity.push({ tracker: "gist", id, name, detail: `no ${status} capacity` });
    const cokeKt = numOrNull(r["Coking plant capacity (ttpa)"]);
    const outputs: SeedOutput[] = [];
    if (steelKt > 0 || ironKt > 0)
      outputs.push(output("steel-slag", slagFromIronAndSteel(ironKt * 1000, steelKt * 1000)));
    if (cokeKt) outputs.push(output("coke-oven-gas", cokeOvenGasFromCoke(cokeKt * 1000)));
    if (steelKt > 0) outputs.push(output("waste-heat", wasteHeatFromSteel(steelKt * 1000)));
    const stable = STABLE_IDS[id];
    const notes = [
      `GIST: ${status} capacity crude steel ${fmt(steelKt)} kt/yr, iron ${fmt(ironKt)} kt/yr (${rows.map((c) => c["Status"]).join(", ")}); equipment ${r["Main production equipment"] || "unknown"}.`,
      "Slag (material steel-slag) = BF slag from iron capacity (bf-slag-per-t-iron) + steel slag from crude-steel capacity (steel-slag-per-t-crude-steel).",
      cokeKt ? `Coking plant on site: ${fmt(cokeKt)} kt/yr coke (GIST), coke-oven gas estimated from it.` : null,
      stable
        ? `Site id ${stable} kept from the plan-named site this plant replaces (the plan names TISCO as a circular-economy pilot, 三(三)).`
        : null,
      r["Owner"] ? `Owner: ${r["Owner"]}.` : null,
    ]
      .filter(Boolean)
      .join(" ");
    const zh = stripLang(r["Plant name (other language)"]);
    if (!zh) report.descriptiveChineseNames += 1;
    sites.push({
      ...base("gist", id, r["GEM wiki page"] ?? ""),
      id: stable ?? `gem-${id}`,
      nameZh: zh || name,
      nameEn: name,
      ownerGroup: ownerGroupOf(r["Owner"], r["Parent"], name, zh),
      industry: "steel",
      lng: round6(Number(r["lng"])),
      lat: round6(Number(r["lat"])),
      capacityMw: null,
      capacity: steelKt > 0 ? steelKt : ironKt > 0 ? ironKt : null,
      capacityUnit: steelKt > 0 ? "kt/yr crude steel" : ironKt > 0 ? "kt/yr iron" : null,
      status,
      precision: precisionOf(r["Coordinate accuracy"]),
      notes,
      outputs,
      intakes: [],
    });
  }
  return sites;
}

// ---------------------------------------------------------------- coking and coal chemicals (GChI)

/** GChI rows → coking plants (coke-oven gas from an assumed coke output), coke-oven-gas chemical plants and coal-chemical plants. */
export function gchiSites(rows: readonly CsvRow[], report: GemReport): SeedSite[] {
  report.rowsRead.gchi = rows.length;
  const assumedCoke = coefficient("coke-output-assumed-gchi-coking-plant").value;
  const sites: SeedSite[] = [];
  for (const r of rows) {
    const id = r["GEM plant ID"];
    const name = cleanText(r["Plant name (English)"], "gchi", id, report);
    if (!insideShanxi(r, "gchi", id, name, report)) continue;
    const feed = (r["Feedstock"] ?? "").trim().toLowerCase();
    const coking = r["coking_related"] === "True";
    const industry = feed === "coke oven gas" ? "gas-chemicals" : coking ? "coking" : "coal-chemical";
    const outputs = industry === "coking" ? [output("coke-oven-gas", cokeOvenGasFromCoke(assumedCoke))] : [];
    const zh = stripLang(r["Plant name (other language)"]);
    if (!zh) report.descriptiveChineseNames += 1;
    report.unknownCapacity.push({ tracker: "gchi", id, name, detail: "GChI has no capacity column" });
    const notes = [
      `GChI: products ${r["Primary products"] || "unknown"}${r["Secondary products"] ? ` (+ ${r["Secondary products"]})` : ""}; feedstock ${r["Feedstock"] || "unknown"}. GChI lists plants operating on 1 September 2025 and gives no capacity.`,
      industry === "coking"
        ? `Coke-oven gas from an ASSUMED coke output of ${fmt(assumedCoke)} t/yr (coke-output-assumed-gchi-coking-plant, unverified).`
        : null,
      industry === "gas-chemicals"
        ? "Fed with coke-oven gas: a consumer of it, capacity unknown (no intake estimated)."
        : null,
      r["Owner (English)"] ? `Owner: ${r["Owner (English)"]}.` : null,
    ]
      .filter(Boolean)
      .join(" ");
    sites.push({
      ...base("gchi", id, r["GEM wiki page"] ?? ""),
      id: STABLE_IDS[id] ?? `gem-${id}`,
      nameZh: zh || name,
      nameEn: name,
      ownerGroup: ownerGroupOf(r["Owner (English)"], undefined, name, zh),
      industry,
      lng: round6(Number(r["lng"])),
      lat: round6(Number(r["lat"])),
      capacityMw: null,
      capacity: null,
      capacityUnit: null,
      status: "operating",
      precision: precisionOf(r["Coordinate accuracy"]),
      notes,
      outputs,
      intakes: [],
    });
  }
  return sites;
}

// ---------------------------------------------------------------- merge with GPPD

/** A GPPD coal plant and a GCPT plant are the same within this distance (or with the same name within NAME_MATCH_KM). */
export const GPPD_MERGE_KM = 2;
export const NAME_MATCH_KM = 15;

/** How a merged site credits GPPD in its source text. */
export const GPPD_SHORT_CREDIT = "© WRI et al., Global Power Plant Database v1.3.0 (2021), CC BY 4.0";

const NAME_NOISE =
  /\b(power|station|plant|stations|cogen|chp|thermal|thermoelectric|coal|fired|gangue|waste|captive|phase|units?|\d+|[ivx]+)\b/g;

/** "Pingshuo Gangue power station" → "pingshuo": the distinctive part of a power-plant name. */
export function powerPlantKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(.*?\)/g, " ")
    .replace(/[-–]/g, " ")
    .replace(NAME_NOISE, " ")
    .replace(/[^a-z]/g, "");
}

/**
 * Merges GCPT plants with the GPPD coal plants: the nearest GPPD plant within GPPD_MERGE_KM of any of the plant's
 * unit points (or with the same
 * name within NAME_MATCH_KM) becomes one site with the GCPT data (newer) under the GPPD site id, listing both
 * sources; further GPPD plants within GPPD_MERGE_KM of a merged plant are absorbed into it. Returns the merged
 * GCPT sites and the GPPD ids they supersede.
 */
export function mergeWithGppd(
  gcpt: readonly SeedSite[],
  gppd: readonly SeedSite[],
  report: GemReport,
): { sites: SeedSite[]; supersedes: string[] } {
  const coal = gppd.filter((g) => g.industry === "coal-power" || g.industry === "gangue-power");
  type Cand = { i: number; g: SeedSite; km: number; by: "distance" | "name" };
  const cands: Cand[] = [];
  gcpt.forEach((s, i) => {
    for (const g of coal) {
      const km = Math.min(...matchPoints(s).map(([lng, lat]) => haversineKm(lng, lat, g.lng, g.lat)));
      const sameName = powerPlantKey(s.nameEn) !== "" && powerPlantKey(s.nameEn) === powerPlantKey(g.nameEn);
      if (km <= GPPD_MERGE_KM) cands.push({ i, g, km, by: sameName ? "name" : "distance" });
      else if (sameName && km <= NAME_MATCH_KM) cands.push({ i, g, km, by: "name" });
    }
  });
  // Name matches first, then nearest: each GCPT plant takes one GPPD id, each GPPD plant goes to one GCPT plant.
  cands.sort((a, b) => (a.by === b.by ? a.km - b.km || a.g.id.localeCompare(b.g.id) : a.by === "name" ? -1 : 1));
  const primary = new Map<number, Cand>();
  const used = new Set<string>();
  for (const c of cands) {
    if (primary.has(c.i) || used.has(c.g.id)) continue;
    primary.set(c.i, c);
    used.add(c.g.id);
  }
  const absorbed = new Map<number, Cand[]>();
  for (const c of cands.filter((c) => c.km <= GPPD_MERGE_KM).sort((a, b) => a.km - b.km)) {
    if (used.has(c.g.id)) continue;
    used.add(c.g.id);
    absorbed.set(c.i, [...(absorbed.get(c.i) ?? []), c]);
  }
  const sites = gcpt.map((s, i) => {
    const p = primary.get(i);
    if (!p) return s;
    const extra = absorbed.get(i) ?? [];
    report.gppdMerged.push({
      gemId: s.sourceRef!,
      siteId: p.g.id,
      gppdName: p.g.nameEn,
      km: Math.round(p.km * 100) / 100,
      by: p.by,
    });
    for (const e of extra)
      report.gppdAbsorbed.push({
        gemId: s.sourceRef!,
        siteId: p.g.id,
        gppdId: e.g.id,
        gppdName: e.g.nameEn,
        km: Math.round(e.km * 100) / 100,
      });
    const also = [p, ...extra].map(
      (c) => `${c.g.sourceRef} "${c.g.nameEn}" ${fmt(c.g.capacityMw ?? 0)} MW, ${c.km.toFixed(2)} km away`,
    );
    return {
      ...s,
      id: p.g.id,
      // Short GPPD credit (the full one is in geodata/README.md): source texts stay within the registry's 300 characters.
      source: `${s.source}; also in ${GPPD_SHORT_CREDIT} (${[p, ...extra].map((c) => c.g.sourceRef).join(", ")})`,
      notes: [
        s.notes,
        `Same plant as GPPD ${also.join("; ")} (matched by ${p.by}); GCPT data used as the newer source, site id kept from GPPD.`,
      ].join(" "),
    };
  });
  return { sites, supersedes: [...used].sort() };
}

/** Sites sharing a Chinese name get their English source name appended, so every name is distinct (map, search, import). */
export function distinctChineseNames(sites: readonly SeedSite[], report: GemReport): SeedSite[] {
  const byName = new Map<string, number>();
  for (const s of sites) byName.set(s.nameZh, (byName.get(s.nameZh) ?? 0) + 1);
  return sites.map((s) => {
    if ((byName.get(s.nameZh) ?? 0) < 2) return s;
    const tracker =
      (Object.keys(GEM_TRACKERS) as GemTracker[]).find((t) => s.source.includes(GEM_TRACKERS[t].tracker)) ?? "gcpt";
    report.sameChineseName.push({
      tracker,
      id: s.sourceRef ?? s.id,
      name: s.nameEn,
      detail: `shares the Chinese name ${s.nameZh}`,
    });
    return { ...s, nameZh: `${s.nameZh}（${s.nameEn}）` };
  });
}

/** Counts sites by industry and by status into the report. */
export function countSites(sites: readonly SeedSite[], report: GemReport): void {
  for (const s of sites) {
    report.sitesByKind[s.industry] = (report.sitesByKind[s.industry] ?? 0) + 1;
    const st = s.status ?? "operating";
    report.sitesByStatus[st] = (report.sitesByStatus[st] ?? 0) + 1;
  }
}

/** The report as printable lines (npm run geodata prints them). */
export function gemReportLines(r: GemReport, total: number): string[] {
  const list = (xs: GemRowIssue[]) => xs.map((x) => `    ${x.tracker} ${x.id} ${x.name}: ${x.detail}`);
  return [
    `[geodata] GEM rows read: ${Object.entries(r.rowsRead)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}; sites: ${total}`,
    `[geodata] GEM sites by kind: ${Object.entries(r.sitesByKind)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    `[geodata] GEM sites by status: ${Object.entries(r.sitesByStatus)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    `[geodata] dropped outside Shanxi (Shaanxi rows labelled Shanxi): ${r.droppedOutsideShanxi.length}`,
    ...list(r.droppedOutsideShanxi),
    `[geodata] duplicate ids merged: ${r.duplicateIds.length}`,
    ...list(r.duplicateIds),
    `[geodata] near-duplicate plants merged: ${r.nearDuplicates.length}`,
    ...list(r.nearDuplicates),
    `[geodata] capacity ">0": ${r.greaterThanZeroCapacity.length}`,
    ...list(r.greaterThanZeroCapacity),
    `[geodata] capacity unknown or missing: ${r.unknownCapacity.length} (${r.unknownCapacity.filter((x) => x.tracker !== "gchi").length} outside GChI, which has no capacity column)`,
    ...list(r.unknownCapacity.filter((x) => x.tracker !== "gchi")),
    `[geodata] capacity 0: ${r.zeroCapacity.length}`,
    ...list(r.zeroCapacity),
    `[geodata] unknown status words: ${r.unknownStatus.length}`,
    ...list(r.unknownStatus),
    `[geodata] Chinese names fixed: ${r.zhNameFixes.length}; descriptive Chinese names (source has none): ${r.descriptiveChineseNames}`,
    `[geodata] GCPT waste-coal (gangue, CFB) units: ${r.gangueUnits}; captive plants: ${r.captivePlants.length}`,
    `[geodata] GCPT plants whose units have different points (modal point used): ${r.divergentUnitPoints.length}`,
    ...list(r.divergentUnitPoints),
    `[geodata] GCPT points outside the plant's own prefecture (flagged unreliable): ${r.prefectureMismatches.length}`,
    ...list(r.prefectureMismatches),
    `[geodata] names with control characters (removed): ${r.controlCharacters.length}`,
    ...list(r.controlCharacters),
    `[geodata] sites sharing a Chinese name (English name appended): ${r.sameChineseName.length}`,
    ...list(r.sameChineseName),
    `[geodata] GCPT plants merged with GPPD: ${r.gppdMerged.length} (${r.gppdMerged.filter((m) => m.by === "name").length} by name); further GPPD rows absorbed: ${r.gppdAbsorbed.length}`,
    ...r.gppdAbsorbed.map((a) => `    ${a.gppdId} "${a.gppdName}" absorbed into ${a.siteId} (${a.km} km)`),
  ];
}
